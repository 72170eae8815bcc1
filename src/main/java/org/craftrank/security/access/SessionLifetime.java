package org.craftrank.security.access;

import java.time.Duration;
import java.time.Instant;

/** When a sign-in session is still alive: used within the idle timeout and younger than the absolute one. */
public record SessionLifetime(Duration idleTimeout, Duration absoluteTimeout) {

    public boolean alive(Instant createdAt, Instant lastSeenAt, Instant now) {
        return now.isBefore(lastSeenAt.plus(idleTimeout)) && now.isBefore(createdAt.plus(absoluteTimeout));
    }

    /**
     * Whether to record use now. Writing on every request would turn each read into a write; a minute's
     * slack on a 30-minute idle timeout is immaterial.
     */
    public boolean worthTouching(Instant lastSeenAt, Instant now) {
        return Duration.between(lastSeenAt, now).compareTo(Duration.ofMinutes(1)) >= 0;
    }
}
