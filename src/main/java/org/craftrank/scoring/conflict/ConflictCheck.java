package org.craftrank.scoring.conflict;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Applies every always-on rule and the campaign's optional ones to one expert and one candidate. */
public final class ConflictCheck {

    private final Set<ConflictRule> optionalRules;

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

    static void sameEmployer(ConflictFacts.Expert expert, ConflictFacts.Candidate candidate, List<Conflict> found) {
        if (OrganisationNames.same(expert.employer(), candidate.employer())) {
            found.add(new Conflict(ConflictRule.SAME_EMPLOYER, "the expert works for the candidate's employer ("
                    + candidate.employer() + "); reviewers must come from outside the candidate's unit"));
        }
    }

    /** Same person name and the same organisation: a name alone is too common to decide. */
    static void expertIsReferee(ConflictFacts.Expert expert, ConflictFacts.Candidate candidate,
                                List<Conflict> found) {
        for (ConflictFacts.Referee referee : candidate.referees()) {
            if (OrganisationNames.samePerson(expert.name(), referee.name())
                    && OrganisationNames.same(expert.employer(), referee.employer())) {
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

    static void sameRecommendingUnit(ConflictFacts.Expert expert, ConflictFacts.Candidate candidate,
                                     List<Conflict> found) {
        if (OrganisationNames.same(expert.employer(), candidate.recommendingUnitName())) {
            found.add(new Conflict(ConflictRule.SAME_RECOMMENDING_UNIT, "the expert works for the recommending unit ("
                    + candidate.recommendingUnitName() + ") that nominated the candidate"));
        }
    }
}
