package org.craftrank.candidate;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Deletes expired kept imports ({@link ImportDrafts}) every few minutes, so an upload nobody imports does not keep
 * its personal data for longer than needed even when no further upload comes. Every instance runs it; deleting
 * expired rows twice is harmless, so no coordination is needed.
 */
@ApplicationScoped
public class ImportDraftPurge {

    static final Duration PERIOD = Duration.ofMinutes(5);
    private static final Logger LOG = Logger.getLogger(ImportDraftPurge.class);

    void start(@Observes StartupEvent event, Vertx vertx, ImportDrafts drafts) {
        vertx.setPeriodic(PERIOD.toMillis(), id -> vertx.executeBlocking(() -> {
            try {
                drafts.purgeExpired();
            } catch (RuntimeException e) {
                // The next run tries again; the message names no data.
                LOG.warnf("purging expired imports failed: %s", e.getClass().getSimpleName());
            }
            return null;
        }, false));
    }
}
