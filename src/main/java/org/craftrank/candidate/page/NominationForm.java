package org.craftrank.candidate.page;

import org.craftrank.candidate.CandidateRequest;
import org.craftrank.candidate.Gender;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The nomination form's fields as typed (to show them again beside their errors) and their reading into the
 * same {@link CandidateRequest} the JSON API takes, so the same checks judge both. A number or a choice that
 * does not read is left empty here and reported by the form ({@link #unreadable()}), never guessed at.
 */
public record NominationForm(Map<String, String> values, List<String> unreadable) {

    /** Field names of the form; referees are {@code referees[i].name} etc., as the API's errors name them. */
    static final List<String> TEXT_FIELDS = List.of("name", "gender", "birthYearMonth", "idNumber", "employer",
            "position", "industry", "trade", "title", "skillLevel", "workStart", "shopFloorYears", "phone", "group",
            "honours", "awards", "recommendationReason", "oneLineReason");
    static final int REFEREES = 3;
    static final List<String> REFEREE_FIELDS = List.of("name", "employer", "title");

    public static NominationForm blank() {
        return new NominationForm(Map.of(), List.of());
    }

    static NominationForm read(Function<String, String> field) {
        Map<String, String> values = new java.util.HashMap<>();
        for (String name : allFields()) {
            String value = field.apply(name);
            if (value != null && !value.isBlank()) {
                values.put(name, value.strip());
            }
        }
        List<String> unreadable = new ArrayList<>();
        if (values.containsKey("gender") && Arrays.stream(Gender.values())
                .noneMatch(g -> g.name().equals(values.get("gender")))) {
            unreadable.add("gender");
        }
        if (values.containsKey("shopFloorYears") && !values.get("shopFloorYears").matches("\\d{1,3}")) {
            unreadable.add("shopFloorYears");
        }
        return new NominationForm(Map.copyOf(values), List.copyOf(unreadable));
    }

    static List<String> allFields() {
        List<String> names = new ArrayList<>(TEXT_FIELDS);
        for (int i = 0; i < REFEREES; i++) {
            for (String f : REFEREE_FIELDS) {
                names.add(refereeField(i, f));
            }
        }
        return names;
    }

    static String refereeField(int index, String field) {
        return "referees[" + index + "]." + field;
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** One referee row of the form: its field names (as errors name them), element ids and values. */
    public record RefereeRow(int number, String nameField, String employerField, String titleField, String name,
                             String employer, String title) {

        public String id(String part) {
            return "f-referee" + number + "-" + part;
        }
    }

    public List<RefereeRow> referees() {
        List<RefereeRow> rows = new ArrayList<>();
        for (int i = 0; i < REFEREES; i++) {
            rows.add(new RefereeRow(i + 1, refereeField(i, "name"), refereeField(i, "employer"),
                    refereeField(i, "title"), value(refereeField(i, "name")), value(refereeField(i, "employer")),
                    value(refereeField(i, "title"))));
        }
        return rows;
    }

    /**
     * The request to validate and store. Referee rows are sent up to the last one with anything in it, so a
     * blank row between filled ones is reported against its own row (index i of the form is index i of the
     * request) rather than silently dropped.
     */
    CandidateRequest toRequest(long unitId) {
        int last = -1;
        for (int i = 0; i < REFEREES; i++) {
            for (String f : REFEREE_FIELDS) {
                if (values.containsKey(refereeField(i, f))) {
                    last = i;
                }
            }
        }
        List<CandidateRequest.RefereeRequest> referees = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            referees.add(new CandidateRequest.RefereeRequest(values.get(refereeField(i, "name")),
                    values.get(refereeField(i, "employer")), values.get(refereeField(i, "title"))));
        }
        Gender gender = unreadable.contains("gender") || !values.containsKey("gender") ? null
                : Gender.valueOf(values.get("gender"));
        Integer years = unreadable.contains("shopFloorYears") || !values.containsKey("shopFloorYears") ? null
                : Integer.valueOf(values.get("shopFloorYears"));
        return new CandidateRequest(unitId, values.get("name"), gender, values.get("birthYearMonth"),
                null, null, null, values.get("idNumber"), values.get("employer"), values.get("position"),
                values.get("industry"), values.get("trade"), values.get("title"), values.get("skillLevel"),
                values.get("workStart"), years, null, null, null, values.get("honours"), values.get("awards"),
                referees, values.get("recommendationReason"), values.get("oneLineReason"), null, null, null,
                values.get("phone"), values.get("group"), null, null, null);
    }
}
