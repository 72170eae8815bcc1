package org.craftrank.audit;

/**
 * What a caller hands to {@link AuditLog}: the action and its object. Who, when and from where are filled in
 * by the log itself.
 */
public record AuditEntry(AuditAction action, String objectType, String objectId, Long campaignId,
                         Object before, Object after, String reason) {

    public static AuditEntry of(AuditAction action, String objectType, Object objectId) {
        return new AuditEntry(action, objectType, objectId == null ? null : String.valueOf(objectId), null,
                null, null, null);
    }

    public AuditEntry inCampaign(Long id) {
        return new AuditEntry(action, objectType, objectId, id, before, after, reason);
    }

    public AuditEntry change(Object beforeState, Object afterState) {
        return new AuditEntry(action, objectType, objectId, campaignId, beforeState, afterState, reason);
    }

    public AuditEntry because(String why) {
        return new AuditEntry(action, objectType, objectId, campaignId, before, after, why);
    }
}
