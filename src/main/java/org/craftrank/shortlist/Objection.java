package org.craftrank.shortlist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** 异议: an objection against a listed candidate received during the public notice, and its outcome. */
@Entity
@Table(name = "objection")
public class Objection {

    public enum Outcome {
        /** Looked into and not upheld: the candidate stays on the list. */
        DISMISSED,
        /** Upheld, or the candidate withdrew: off the list, and the list is re-solved. */
        WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "campaign_id")
    public Long campaignId;

    @Column(name = "candidate_id")
    public Long candidateId;

    public String summary;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Column(name = "outcome_reason")
    public String outcomeReason;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "resulting_version")
    public Integer resultingVersion;
}
