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

    static final String DECL_RECOGNISED = "declarations.recognisedGreatCraftsman";
    static final String DECL_LEADERSHIP = "declarations.leadershipPost";
    static final String DECL_PROGRAMME = "declarations.otherTalentProgramme";
    /** Field names of the form; referees are {@code referees[i].name} etc., as the API's errors name them. */
    static final List<String> TEXT_FIELDS = List.of("name", "gender", "birthYearMonth", "ethnicity", "education",
            "politicalStatus", "idNumber", "employer", "enterpriseType", "groupCompany", "employerAddress", "postcode",
            "position", "industry", "trade", "title", "skillLevel", "personnelCategory", "migrantWorker", "workStart",
            "shopFloorYears", "phone", "group", "honours", "awards", "recommendationReason", "oneLineReason",
            "personalStatement", DECL_RECOGNISED, DECL_LEADERSHIP, DECL_PROGRAMME);
    /** Yes/no choices, sent as true/false (empty: not said). */
    static final List<String> YES_NO_FIELDS = List.of("migrantWorker", DECL_RECOGNISED, DECL_LEADERSHIP, DECL_PROGRAMME);

    /** The element id of each field (what the error summary links to), as the form names them. */
    private static final Map<String, String> IDS = Map.ofEntries(Map.entry("name", "f-name"),
            Map.entry("gender", "f-gender"), Map.entry("birthYearMonth", "f-birth"), Map.entry("ethnicity", "f-ethnicity"),
            Map.entry("education", "f-education"), Map.entry("politicalStatus", "f-political"),
            Map.entry("idNumber", "f-id"), Map.entry("employer", "f-employer"), Map.entry("enterpriseType", "f-enterprise"),
            Map.entry("groupCompany", "f-group-company"), Map.entry("employerAddress", "f-address"),
            Map.entry("postcode", "f-postcode"), Map.entry("position", "f-position"), Map.entry("industry", "f-industry"),
            Map.entry("trade", "f-trade"), Map.entry("title", "f-title"), Map.entry("skillLevel", "f-skill"),
            Map.entry("personnelCategory", "f-personnel"), Map.entry("migrantWorker", "f-migrant"),
            Map.entry("workStart", "f-work-start"), Map.entry("shopFloorYears", "f-years"), Map.entry("phone", "f-phone"),
            Map.entry("group", "f-group"), Map.entry("honours", "f-honours"), Map.entry("awards", "f-awards"),
            Map.entry("recommendationReason", "f-reason"), Map.entry("oneLineReason", "f-one-line"),
            Map.entry("personalStatement", "f-statement"), Map.entry(DECL_RECOGNISED, "f-decl-recognised"),
            Map.entry(DECL_LEADERSHIP, "f-decl-leadership"), Map.entry(DECL_PROGRAMME, "f-decl-programme"));

    /** The element id of a field of the form ({@code referees[1].name} is {@code f-referee2-name}). */
    static String idOf(String field) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("referees\\[(\\d)]\\.(\\w+)").matcher(field);
        if (m.matches()) {
            return "f-referee" + (Integer.parseInt(m.group(1)) + 1) + "-" + m.group(2);
        }
        return IDS.getOrDefault(field, "f-name");
    }

    /** An error of the summary above the form, linking to its field. */
    public record ErrorLink(String id, String message) {
    }

    /** Every error, in the form's order, each linking to its field. */
    static List<ErrorLink> links(Map<String, String> errors) {
        List<ErrorLink> links = new ArrayList<>();
        for (String field : allFields()) {
            if (errors.containsKey(field)) {
                links.add(new ErrorLink(idOf(field), errors.get(field)));
            }
        }
        errors.forEach((field, message) -> {
            if (!allFields().contains(field)) {
                links.add(new ErrorLink(idOf(field), message));
            }
        });
        return links;
    }

    /** A candidate's stored fields, to correct them; ID number and phone are left empty (kept unless typed). */
    static NominationForm of(org.craftrank.candidate.CandidateView c) {
        Map<String, String> values = new java.util.HashMap<>();
        java.util.function.BiConsumer<String, Object> put = (field, value) -> {
            if (value != null && !String.valueOf(value).isBlank()) {
                values.put(field, String.valueOf(value));
            }
        };
        put.accept("name", c.name());
        put.accept("gender", c.gender() == null ? null : c.gender().name());
        put.accept("birthYearMonth", c.birthYearMonth());
        put.accept("ethnicity", c.ethnicity());
        put.accept("education", c.education());
        put.accept("politicalStatus", c.politicalStatus());
        put.accept("employer", c.employer());
        put.accept("enterpriseType", c.enterpriseType());
        put.accept("groupCompany", c.groupCompany());
        put.accept("employerAddress", c.employerAddress());
        put.accept("postcode", c.postcode());
        put.accept("position", c.position());
        put.accept("industry", c.industry());
        put.accept("trade", c.trade());
        put.accept("title", c.title());
        put.accept("skillLevel", c.skillLevel());
        put.accept("personnelCategory", c.personnelCategory());
        put.accept("migrantWorker", c.migrantWorker());
        put.accept("workStart", c.workStart());
        put.accept("shopFloorYears", c.shopFloorYears());
        put.accept("group", c.group());
        put.accept("honours", c.honours());
        put.accept("awards", c.awards());
        put.accept("recommendationReason", c.recommendationReason());
        put.accept("oneLineReason", c.oneLineReason());
        put.accept("personalStatement", c.personalStatement());
        if (c.declarations() != null) {
            put.accept(DECL_RECOGNISED, c.declarations().recognisedGreatCraftsman());
            put.accept(DECL_LEADERSHIP, c.declarations().leadershipPost());
            put.accept(DECL_PROGRAMME, c.declarations().otherTalentProgramme());
        }
        for (int i = 0; i < REFEREES && c.referees() != null && i < c.referees().size(); i++) {
            put.accept(refereeField(i, "name"), c.referees().get(i).name());
            put.accept(refereeField(i, "employer"), c.referees().get(i).employer());
            put.accept(refereeField(i, "title"), c.referees().get(i).title());
        }
        put.accept(VERSION, org.craftrank.common.version.IfMatch.etag(c.version()));
        return new NominationForm(Map.copyOf(values), List.of());
    }

    /** The hidden field carrying the version a correction form was rendered from. */
    static final String VERSION = "version";
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
        for (String yesNo : YES_NO_FIELDS) {
            if (values.containsKey(yesNo) && !values.get(yesNo).matches("true|false")) {
                unreadable.add(yesNo);
            }
        }
        return new NominationForm(Map.copyOf(values), List.copyOf(unreadable));
    }

    static List<String> allFields() {
        List<String> names = new ArrayList<>(TEXT_FIELDS);
        names.add(VERSION);
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

    /** One declaration of the unit: its number (1 recognised, 2 leadership post, 3 talent programme), field and id. */
    public record DeclarationRow(int number, String field, String id, String value) {
    }

    public List<DeclarationRow> declarationRows() {
        return List.of(new DeclarationRow(1, DECL_RECOGNISED, idOf(DECL_RECOGNISED), value(DECL_RECOGNISED)),
                new DeclarationRow(2, DECL_LEADERSHIP, idOf(DECL_LEADERSHIP), value(DECL_LEADERSHIP)),
                new DeclarationRow(3, DECL_PROGRAMME, idOf(DECL_PROGRAMME), value(DECL_PROGRAMME)));
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
        Boolean recognised = yesNo(DECL_RECOGNISED);
        Boolean leadership = yesNo(DECL_LEADERSHIP);
        Boolean programme = yesNo(DECL_PROGRAMME);
        CandidateRequest.Declarations declarations = recognised == null && leadership == null && programme == null
                ? null : new CandidateRequest.Declarations(recognised, leadership, programme);
        return new CandidateRequest(unitId, values.get("name"), gender, values.get("birthYearMonth"),
                values.get("ethnicity"), values.get("education"), values.get("politicalStatus"),
                values.get("idNumber"), values.get("employer"), values.get("position"),
                values.get("industry"), values.get("trade"), values.get("title"), values.get("skillLevel"),
                values.get("workStart"), years, values.get("enterpriseType"), values.get("personnelCategory"),
                yesNo("migrantWorker"), values.get("honours"), values.get("awards"),
                referees, values.get("recommendationReason"), values.get("oneLineReason"),
                values.get("personalStatement"), values.get("employerAddress"), values.get("postcode"),
                values.get("phone"), values.get("group"), values.get("groupCompany"), null, declarations);
    }

    private Boolean yesNo(String field) {
        return unreadable.contains(field) || !values.containsKey(field) ? null : Boolean.valueOf(values.get(field));
    }
}
