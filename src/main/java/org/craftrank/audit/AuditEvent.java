package org.craftrank.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/**
 * One line of the append-only audit log. {@link Immutable}: Hibernate never issues an UPDATE for it, and no
 * code path deletes it.
 */
@Entity
@Table(name = "audit_event")
@Immutable
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** UTC. */
    @Column(name = "occurred_at")
    public Instant occurredAt;

    /** Username, or {@code anonymous} / {@code system}. */
    public String actor;

    @Column(name = "actor_role")
    public String actorRole;

    public String action;

    @Column(name = "object_type")
    public String objectType;

    @Column(name = "object_id")
    public String objectId;

    @Column(name = "campaign_id")
    public Long campaignId;

    /** JSON of the object before the change, where the action changes one. */
    @Column(name = "before_state", length = 100_000)
    public String beforeState;

    @Column(name = "after_state", length = 100_000)
    public String afterState;

    public String reason;

    /** The API token the actor acted through; null for a session, a sign-in or the system. */
    @Column(name = "via_token_id")
    public Long viaTokenId;

    @Column(name = "via_token_label")
    public String viaTokenLabel;

    @Column(name = "request_id")
    public String requestId;

    /** Client address as the server saw it (behind a proxy: as forwarded, when forwarding is configured). */
    public String address;
}
