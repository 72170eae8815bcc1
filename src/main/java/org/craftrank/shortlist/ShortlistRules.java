package org.craftrank.shortlist;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The secretariat's constraints on a campaign's shortlist; the size K is the campaign's {@code shortlistSize}.
 * Every field is optional. The committee adds its fixed inclusions and exclusions per proposal.
 *
 * @param maxPerUnit       at most this many per recommending unit (推荐单位)
 * @param unitCaps         caps for particular units, by unit id, overriding {@code maxPerUnit}
 * @param maxPerIndustry   at most this many per industry
 * @param industryCaps     caps for particular industries, by name
 * @param maxPerGroup      at most this many per group (组别)
 * @param groupCaps        caps for particular groups, by name
 * @param women            at least a count or a share of women
 * @param young            at least a count or a share of young candidates
 * @param youngAgeLimit    young = at most this old on {@code ageReferenceDate} (age from the birth year-month)
 * @param ageReferenceDate the day ages are counted on; default 1 January of the campaign year
 */
@Schema(name = "ShortlistRules")
public record ShortlistRules(
        @Min(0) Integer maxPerUnit,
        Map<Long, @Min(0) Integer> unitCaps,
        @Min(0) Integer maxPerIndustry,
        Map<String, @Min(0) Integer> industryCaps,
        @Min(0) Integer maxPerGroup,
        Map<String, @Min(0) Integer> groupCaps,
        @Valid MinimumRule women,
        @Valid MinimumRule young,
        @Min(16) @Max(80) Integer youngAgeLimit,
        LocalDate ageReferenceDate) {

    public static final ShortlistRules NONE = new ShortlistRules(null, Map.of(), null, Map.of(), null, Map.of(),
            null, null, null, null);

    public ShortlistRules {
        unitCaps = unitCaps == null ? Map.of() : Map.copyOf(unitCaps);
        industryCaps = industryCaps == null ? Map.of() : Map.copyOf(industryCaps);
        groupCaps = groupCaps == null ? Map.of() : Map.copyOf(groupCaps);
    }

    /** Exactly one of {@code count} and {@code share} (0.3 for 30%, rounded up to whole places). */
    @Schema(name = "MinimumRule")
    public record MinimumRule(@Min(0) Integer count,
                              @DecimalMin("0") @DecimalMax("1") BigDecimal share) {
    }
}
