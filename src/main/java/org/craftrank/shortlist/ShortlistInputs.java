package org.craftrank.shortlist;

import jakarta.enterprise.context.ApplicationScoped;
import org.craftrank.candidate.CandidateRepository;
import org.craftrank.campaign.Campaign;
import org.craftrank.candidate.Gender;
import org.craftrank.ranking.Pseudonyms;
import org.craftrank.ranking.RankingService;
import org.craftrank.ranking.engine.RankingEntry;
import org.craftrank.security.pii.PersonalDataCipher;
import org.craftrank.shortlist.solver.CapRule;
import org.craftrank.shortlist.solver.ExactScore;
import org.craftrank.shortlist.solver.Minimum;
import org.craftrank.shortlist.solver.ShortlistCandidate;
import org.craftrank.shortlist.solver.ShortlistConstraints;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the shortlist solver needs about a campaign, still anonymised: every candidate that entered scoring under
 * its code, with its rank and exact score from the ranking of record and the attributes the constraints look at.
 * Recommending units appear as U01… (numbered by a keyed digest like the experts), so a cap's explanation never
 * names a unit.
 */
@ApplicationScoped
public class ShortlistInputs {

    private final CandidateRepository candidates;
    private final RankingService rankings;
    private final PersonalDataCipher cipher;

    public ShortlistInputs(CandidateRepository candidates, RankingService rankings, PersonalDataCipher cipher) {
        this.candidates = candidates;
        this.rankings = rankings;
        this.cipher = cipher;
    }

    /**
     * @param candidates  the solver's lines
     * @param idByCode    candidate id per code, for storing and de-anonymising the result
     * @param unitKeys    unit pseudonym per unit id
     */
    public record Inputs(List<ShortlistCandidate> candidates, Map<String, Long> idByCode, Map<Long, String> unitKeys) {
    }

    private record Attributes(long id, Long unitId, String industry, String group, Gender gender,
                              String birthYearMonth) {
    }

    /** Within the caller's transaction. */
    public Inputs load(Campaign campaign, ShortlistRules rules) {
        RankingService.OfRecord ofRecord = rankings.ofRecord(campaign);
        Map<String, Attributes> byCode = new HashMap<>();
        candidates.shortlistProfiles(campaign.id).forEach(p -> byCode.put(p.code(), new Attributes(p.id(),
                p.unitId(), p.industry(), p.group(), p.gender(), p.birthYearMonth())));
        Set<Long> unitIds = new TreeSet<>();
        byCode.values().forEach(a -> {
            if (a.unitId() != null) {
                unitIds.add(a.unitId());
            }
        });
        Map<Long, String> unitKeys = Pseudonyms.number(Pseudonyms.UNIT, unitIds,
                id -> cipher.hmac("unit-pseudonym:" + campaign.id + ":" + id));
        LocalDate ageDay = rules.ageReferenceDate() != null ? rules.ageReferenceDate()
                : LocalDate.of(campaign.year, 1, 1);

        List<ShortlistCandidate> candidates = new ArrayList<>();
        Map<String, Long> idByCode = new HashMap<>();
        for (RankingEntry entry : ofRecord.ranking().entries()) {
            // The exact score (563/90) beside the displayed one: the solver compares and optimises the exact value.
            candidates.add(line(entry.candidateId(), entry.rank(), entry.score(), exact(entry.exactScore()), byCode,
                    unitKeys, rules, ageDay));
            idByCode.put(entry.candidateId(), byCode.get(entry.candidateId()).id());
        }
        for (String code : ofRecord.unscoredCodes()) {
            candidates.add(line(code, null, null, null, byCode, unitKeys, rules, ageDay));
            idByCode.put(code, byCode.get(code).id());
        }
        return new Inputs(candidates, idByCode, unitKeys);
    }

    private static ShortlistCandidate line(String code, Integer rank, java.math.BigDecimal score,
                                           ExactScore exactScore,
                                           Map<String, Attributes> byCode, Map<Long, String> unitKeys,
                                           ShortlistRules rules, LocalDate ageDay) {
        Attributes a = byCode.get(code);
        Boolean woman = a.gender() == null ? null : a.gender() == Gender.FEMALE;
        return new ShortlistCandidate(code, rank, score, a.unitId() == null ? null : unitKeys.get(a.unitId()),
                blankToNull(a.industry()), blankToNull(a.group()), woman,
                young(a.birthYearMonth(), rules.youngAgeLimit(), ageDay), exactScore);
    }

    private static ExactScore exact(org.apache.commons.numbers.fraction.BigFraction value) {
        return value == null ? null : new ExactScore(value.getNumerator(), value.getDenominator());
    }

    /**
     * Age in whole years on the reference day, counting from the first of the birth month: the ID number's day is
     * not used here, so someone born later in that month is never counted older than they are.
     */
    static Boolean young(String birthYearMonth, Integer ageLimit, LocalDate on) {
        if (ageLimit == null || birthYearMonth == null || birthYearMonth.isBlank()) {
            return null;
        }
        LocalDate born = YearMonth.parse(birthYearMonth).atDay(1);
        return Period.between(born, on).getYears() <= ageLimit;
    }

    /** The campaign's rules and the committee's decisions as the solver's constraints. */
    static ShortlistConstraints constraints(ShortlistRules rules, Map<Long, String> unitKeys, Set<String> include,
                                            Set<String> exclude) {
        Map<String, Integer> unitCaps = new HashMap<>();
        rules.unitCaps().forEach((unitId, cap) -> unitCaps.put(unitKeys.getOrDefault(unitId, "unit-" + unitId), cap));
        return new ShortlistConstraints(
                cap(rules.maxPerUnit(), unitCaps), cap(rules.maxPerIndustry(), rules.industryCaps()),
                cap(rules.maxPerGroup(), rules.groupCaps()), minimum(rules.women()), minimum(rules.young()),
                include, exclude);
    }

    private static CapRule cap(Integer defaultCap, Map<String, Integer> perKey) {
        return defaultCap == null && perKey.isEmpty() ? null : new CapRule(defaultCap, perKey);
    }

    private static Minimum minimum(ShortlistRules.MinimumRule rule) {
        return rule == null ? null : new Minimum(rule.count(), rule.share());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
