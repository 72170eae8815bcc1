package org.craftrank.scoring.page;

import org.craftrank.web.Msg;

import org.craftrank.scoring.assignment.AutoAssignRequest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The automatic assignment form as typed (to show it again beside its errors) and its reading into the same
 * {@link AutoAssignRequest} the JSON API takes. A number that does not read is reported, never guessed at; the
 * service's own checks (R or "all", bounds) then judge the request as they judge the API's.
 *
 * @param errors field name → the error shown beside it, in the page's language
 */
public record AutoAssignForm(String reviews, boolean all, String minLoad, String maxLoad, boolean affinity,
                             String seed, Map<String, String> errors) {

    /** The API's own bounds for R ({@link AutoAssignRequest#reviewsPerCandidate()}). */
    static final int MAX_REVIEWS = 100;
    static final int MAX_LOAD = 100_000;

    static AutoAssignForm blank() {
        return new AutoAssignForm("", false, "", "", true, "", Map.of());
    }

    static AutoAssignForm read(Function<String, String> field, AssignMsg texts, Msg msg) {
        String reviews = text(field.apply("reviewsPerCandidate"));
        boolean all = "true".equals(field.apply("allEligibleExperts"));
        String min = text(field.apply("minLoad"));
        String max = text(field.apply("maxLoad"));
        boolean affinity = "true".equals(field.apply("affinity"));
        String seed = text(field.apply("seed"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (reviews.isEmpty() && !all) {
            errors.put("reviewsPerCandidate", texts.error_reviews_required());
        } else if (!reviews.isEmpty() && all) {
            errors.put("reviewsPerCandidate", texts.error_one_of());
        } else if (!reviews.isEmpty() && whole(reviews, 1, MAX_REVIEWS) == null) {
            errors.put("reviewsPerCandidate", texts.error_whole_number(1, MAX_REVIEWS));
        }
        if (!min.isEmpty() && whole(min, 0, MAX_LOAD) == null) {
            errors.put("minLoad", texts.error_whole_number(0, MAX_LOAD));
        }
        if (!max.isEmpty() && whole(max, 0, MAX_LOAD) == null) {
            errors.put("maxLoad", texts.error_whole_number(0, MAX_LOAD));
        }
        Integer minValue = whole(min, 0, MAX_LOAD);
        Integer maxValue = whole(max, 0, MAX_LOAD);
        if (minValue != null && maxValue != null && maxValue < minValue) {
            errors.put("maxLoad", texts.error_max_below_min());
        }
        if (!seed.isEmpty() && !seed.matches("-?\\d{1,18}")) {
            errors.put("seed", msg.error_whole_number());
        }
        return new AutoAssignForm(reviews, all, min, max, affinity, seed, Map.copyOf(errors));
    }

    /** The request to preview or commit; only for a form without errors. */
    AutoAssignRequest toRequest(String fingerprint) {
        return new AutoAssignRequest(all ? null : whole(reviews, 1, MAX_REVIEWS), all ? Boolean.TRUE : null,
                whole(minLoad, 0, MAX_LOAD), whole(maxLoad, 0, MAX_LOAD), null, affinity,
                seed.isEmpty() ? null : Long.valueOf(seed), null, fingerprint);
    }

    AutoAssignForm withErrors(Map<String, String> more) {
        Map<String, String> merged = new LinkedHashMap<>(errors);
        more.forEach(merged::putIfAbsent);
        return new AutoAssignForm(reviews, all, minLoad, maxLoad, affinity, seed, Map.copyOf(merged));
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public String error(String field) {
        return errors.get(field);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static Integer whole(String value, int min, int max) {
        if (value == null || !value.matches("\\d{1,9}")) {
            return null;
        }
        int n = Integer.parseInt(value);
        return n < min || n > max ? null : n;
    }
}
