package org.craftrank.scoring.conflict;

import org.craftrank.campaign.ConflictRule;
import org.craftrank.candidate.field.OrganisationNames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies every always-on rule and the campaign's optional ones to one expert and one candidate.
 *
 * <p>Planning an assignment checks every expert against every candidate (3 million pairs for 300 × 10,000), while
 * the distinct names number only in the tens of thousands; normalising a name (NFKC and a regex) is the costly
 * step, so each check remembers the normal form of every name it has seen. Not thread-safe: one check serves one
 * planning call.
 */
public final class ConflictCheck {

    private final Set<ConflictRule> optionalRules;
    private final Map<String, String> normalForms = new HashMap<>();

    /** @param optionalRules the optional rules the campaign switched on */
    public ConflictCheck(Set<ConflictRule> optionalRules) {
        this.optionalRules = Set.copyOf(optionalRules);
    }

    public List<Conflict> conflicts(ConflictFacts.Expert expert, ConflictFacts.Candidate candidate,
                                    ConflictFacts.Declaration declaration) {
        List<Conflict> found = new ArrayList<>();
        sameEmployer(expert, candidate, found);
        expertIsReferee(expert, candidate, found);
        declared(declaration, found);
        if (optionalRules.contains(ConflictRule.SAME_RECOMMENDING_UNIT)) {
            sameRecommendingUnit(expert, candidate, found);
        }
        return found;
    }

    private String normal(String name) {
        return name == null ? "" : normalForms.computeIfAbsent(name, OrganisationNames::normalise);
    }

    private boolean sameOrganisation(String a, String b) {
        return OrganisationNames.sameNormalised(normal(a), normal(b));
    }

    private void sameEmployer(ConflictFacts.Expert expert, ConflictFacts.Candidate candidate, List<Conflict> found) {
        if (sameOrganisation(expert.employer(), candidate.employer())) {
            found.add(new Conflict(ConflictRule.SAME_EMPLOYER, "the expert works for the candidate's employer ("
                    + candidate.employer() + "); reviewers must come from outside the candidate's unit"));
        }
    }

    /** Same person name and the same organisation: a name alone is too common to decide. */
    private void expertIsReferee(ConflictFacts.Expert expert, ConflictFacts.Candidate candidate,
                                 List<Conflict> found) {
        for (ConflictFacts.Referee referee : candidate.referees()) {
            if (OrganisationNames.samePersonNormalised(normal(expert.name()), normal(referee.name()))
                    && sameOrganisation(expert.employer(), referee.employer())) {
                found.add(new Conflict(ConflictRule.EXPERT_IS_REFEREE,
                        "the expert is one of the candidate's referees (" + referee.name() + ")"));
                return;
            }
        }
    }

    static void declared(ConflictFacts.Declaration declaration, List<Conflict> found) {
        if (declaration != null) {
            found.add(new Conflict(ConflictRule.DECLARED_CONFLICT,
                    "the expert declared a conflict with this candidate: " + declaration.reason()));
        }
    }

    private void sameRecommendingUnit(ConflictFacts.Expert expert, ConflictFacts.Candidate candidate,
                                      List<Conflict> found) {
        if (sameOrganisation(expert.employer(), candidate.recommendingUnitName())) {
            found.add(new Conflict(ConflictRule.SAME_RECOMMENDING_UNIT, "the expert works for the recommending unit ("
                    + candidate.recommendingUnitName() + ") that nominated the candidate"));
        }
    }
}
