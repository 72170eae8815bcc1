package org.craftrank.campaign;

import org.craftrank.model.definition.AggregationMethod;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.craftrank.campaign.phase.CampaignPhase;
import org.craftrank.model.definition.CampaignLevel;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;


import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** One selection round, bound to the frozen copy of the scoring model it was opened with. */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public CampaignLevel level;

    @Column(name = "campaign_year")
    public int year;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public CampaignPhase phase;

    /** Id of the model file the campaign was opened from (informational: the frozen copy below rules). */
    @Column(name = "model_id")
    public String modelId;

    /** SHA-256 of {@link #modelContent}. */
    @Column(name = "model_hash")
    public String modelHash;

    @Column(name = "model_file_name")
    public String modelFileName;

    /** The model file's text as it was when the campaign was opened. */
    @Column(name = "model_content", length = 1_000_000)
    public String modelContent;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "aggregation_method")
    public AggregationMethod aggregationMethod;

    @Column(name = "trim_count")
    public int trimCount;

    /** Tie-break steps in order, comma-separated (e.g. {@code CAPABILITY:LEAD,MEDIAN}). */
    @Column(name = "tie_break_order")
    public String tieBreakOrder;

    /** Sample SD of a candidate's totals above which the diagnostics flag disagreement, as a share of the range. */
    @Column(name = "disagreement_threshold", precision = 10, scale = 4)
    public BigDecimal disagreementThreshold = AggregationSettings.DEFAULT_DISAGREEMENT_THRESHOLD;

    /** Smallest mean deviation from the consensus, in points, for which leniency or severity is flagged. */
    @Column(name = "leniency_margin", precision = 10, scale = 4)
    public BigDecimal leniencyMargin;

    /** Blind scoring: experts see the candidate's code instead of their identity (see {@link ScoringSettings}). */
    @Column(name = "blind_scoring")
    public boolean blindScoring;

    /** The shortlist's constraints as JSON, owned by the shortlist feature. */
    @Column(name = "shortlist_rules", length = 20_000)
    public String shortlistRules;

    /** SHA-256 of the canonical public notice, fixed when the campaign is published (公布). */
    @Column(name = "published_checksum")
    public String publishedChecksum;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "shortlist_size")
    public Integer shortlistSize;

    /** The public notice's minimum length (公示期) and whether it counts calendar or working days. */
    @Column(name = "notice_period_length")
    public int noticePeriodLength = PublicNoticeSettings.DEFAULT.length();

    @Enumerated(EnumType.STRING)
    @Column(name = "notice_period_unit")
    public org.craftrank.campaign.calendar.NoticePeriod.Unit noticePeriodUnit = PublicNoticeSettings.DEFAULT.unit();

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    public List<String> tieBreakSteps() {
        return tieBreakOrder == null || tieBreakOrder.isEmpty() ? List.of()
                : Arrays.asList(tieBreakOrder.split(","));
    }

    /** Optional conflict rules switched on for this campaign, comma-separated. */
    @Column(name = "optional_conflict_rules")
    public String optionalConflictRulesText = "";

    public Set<ConflictRule> optionalConflictRules() {
        Set<ConflictRule> rules =
                EnumSet.noneOf(ConflictRule.class);
        for (String name : optionalConflictRulesText.split(",")) {
            if (!name.isBlank()) {
                rules.add(ConflictRule.valueOf(name));
            }
        }
        return rules;
    }

    public void setOptionalConflictRules(Collection<ConflictRule> rules) {
        optionalConflictRulesText = String.join(",", new TreeSet<>(rules).stream().map(Enum::name).toList());
    }
}
