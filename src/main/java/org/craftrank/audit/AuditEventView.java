package org.craftrank.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;

import java.time.Instant;

/** One audit line as ADMIN reads it; before/after are the stored JSON, passed through unchanged. */
public record AuditEventView(long id, Instant occurredAt, String actor, String actorRole, String action,
                             String objectType, String objectId, Long campaignId,
                             @JsonRawValue String before, @JsonRawValue String after, String reason,
                             String requestId, String address, Long viaTokenId, String viaTokenLabel) {

    static AuditEventView of(AuditEvent e) {
        return new AuditEventView(e.id, e.occurredAt, e.actor, e.actorRole, e.action, e.objectType, e.objectId,
                e.campaignId, e.beforeState, e.afterState, e.reason, e.requestId, e.address,
                e.viaTokenId, e.viaTokenLabel);
    }
}
