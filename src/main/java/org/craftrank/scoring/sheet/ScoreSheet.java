package org.craftrank.scoring.sheet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** 评分表: one expert's scores for one candidate, item by item. */
@Entity
@Table(name = "score_sheet")
public class ScoreSheet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "campaign_id")
    public Long campaignId;

    @Column(name = "expert_id")
    public Long expertId;

    @Column(name = "candidate_id")
    public Long candidateId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public SheetStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "score_sheet_item", joinColumns = @JoinColumn(name = "sheet_id"))
    @MapKeyColumn(name = "item_code")
    public Map<String, SheetItem> items = new TreeMap<>();

    @Column(name = "overall_comment")
    public String overallComment;

    @Column(name = "total_exact")
    public String totalExact;

    @Column(precision = 20, scale = 10)
    public BigDecimal total;

    /** The exact total as a reduced fraction in integers: what the ranking reads (see {@link SheetTotals#set}). */
    @Column(name = "total_numerator")
    public Long totalNumerator;

    @Column(name = "total_denominator")
    public Long totalDenominator;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "score_sheet_capability", joinColumns = @JoinColumn(name = "sheet_id"))
    @MapKeyColumn(name = "capability_code")
    public Map<String, CapabilityTotal> capabilityTotals = new TreeMap<>();

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** When the secretariat last reopened the submitted sheet, and why: shown to the expert while in draft. */
    @Column(name = "reopened_at")
    public Instant reopenedAt;

    @Column(name = "reopen_reason")
    public String reopenReason;

    @Version
    public long version;
}
