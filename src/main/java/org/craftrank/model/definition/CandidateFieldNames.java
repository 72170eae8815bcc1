package org.craftrank.model.definition;

import java.util.Set;

/**
 * The candidate fields a model may refer to by name. Kept here, beside the model, because a model file names
 * them (publishable allow-list, text limits) and the loader must reject a name that means nothing.
 */
public final class CandidateFieldNames {

    /** Fields a public notice may show, if the model allows them. */
    public static final Set<String> PUBLISHABLE_CANDIDATES = Set.of(
            "name", "gender", "ethnicity", "employer", "position", "industry", "trade", "title",
            "skillLevel", "honours", "awards", "recommendingUnit", "group");

    /** Personal data: never publishable, whatever a model says. */
    public static final Set<String> PERSONAL = Set.of("idNumber", "phone");

    /** Free-text fields whose length a model may limit. */
    public static final Set<String> LIMITABLE_TEXTS = Set.of(
            "recommendationReason", "oneLineReason", "personalStatement");

    private CandidateFieldNames() {
    }
}
