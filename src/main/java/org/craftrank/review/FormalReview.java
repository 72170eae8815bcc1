package org.craftrank.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.craftrank.review.rules.Outcome;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** 形式审查 of one candidate: the rules' outcome with every reason, and the secretariat's decision on it. */
@Entity
@Table(name = "formal_review")
public class FormalReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "campaign_id")
    public Long campaignId;

    @Column(name = "candidate_id")
    public Long candidateId;

    /** The candidate's version when reviewed: a correction since then makes this result stale. */
    @Column(name = "candidate_version")
    public long candidateVersion;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public Outcome outcome;

    @ElementCollection
    @CollectionTable(name = "formal_review_finding", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    public List<ReviewFinding> findings = new ArrayList<>();

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public ReviewDecision decision;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Version
    public long version;
}
