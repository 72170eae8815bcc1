package org.craftrank.audit;

import java.time.Instant;

/** Optional filters on the audit log; null means "any". {@code from} is inclusive, {@code to} exclusive. */
public record AuditFilter(String actor, String action, String objectType, String objectId, Long campaignId,
                          Instant from, Instant to) {
}
