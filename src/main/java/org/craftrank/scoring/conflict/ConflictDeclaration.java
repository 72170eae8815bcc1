package org.craftrank.scoring.conflict;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An expert's own statement that they should not score a candidate (主动回避), with the reason. */
@Entity
@Table(name = "conflict_declaration")
public class ConflictDeclaration {

    /** The longest reason an expert may give, in characters (API validation, the page's form and its check). */
    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "campaign_id")
    public Long campaignId;

    @Column(name = "expert_id")
    public Long expertId;

    @Column(name = "candidate_id")
    public Long candidateId;

    public String reason;

    @Column(name = "declared_at")
    public Instant declaredAt;
}
