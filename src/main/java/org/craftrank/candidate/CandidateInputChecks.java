package org.craftrank.candidate;

import org.craftrank.candidate.field.Vocabularies;
import org.craftrank.candidate.identity.PhoneNumber;
import org.craftrank.candidate.identity.ResidentIdNumber;
import org.craftrank.common.FieldErrors;
import org.craftrank.model.definition.ExtraField;
import org.craftrank.model.definition.ScoringModel;
import org.craftrank.model.definition.TextLength;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

/**
 * Field checks that depend on the campaign's frozen model or on formats Bean Validation cannot express.
 * Eligibility (years, age, referees) is the formal review's business, not a reason to refuse storing data.
 */
final class CandidateInputChecks {

    private final ScoringModel model;
    private final LocalDate today;

    CandidateInputChecks(ScoringModel model, LocalDate today) {
        this.model = model;
        this.today = today;
    }

    FieldErrors check(CandidateRequest request) {
        FieldErrors errors = new FieldErrors();
        idNumberIsValid(request.idNumber(), errors);
        birthYearMonthMatchesTheIdNumber(request.birthYearMonth(), request.idNumber(), errors);
        datesAreInOrder(request, errors);
        phoneIsValid(request.phone(), errors);
        educationIsKnown(request.education(), errors);
        enterpriseTypeIsKnown(request.enterpriseType(), errors);
        textsWithinModelLimits(request, errors);
        groupIsOneOfTheModels(request.group(), errors);
        extraFieldsMatchTheModel(request.extraFields(), errors);
        return errors;
    }

    void idNumberIsValid(String idNumber, FieldErrors errors) {
        if (isBlank(idNumber)) {
            return;
        }
        // The message never repeats the number: errors end up in logs and screens.
        ResidentIdNumber.problem(ResidentIdNumber.normalise(idNumber), today).ifPresent(problem ->
                errors.add("idNumber", "gb11643", "idNumber: " + problem));
    }

    /** GB 11643 numbers carry the birth date: the stated 出生年月 must be its year and month. */
    void birthYearMonthMatchesTheIdNumber(String birthYearMonth, String idNumber, FieldErrors errors) {
        YearMonth stated = yearMonth(birthYearMonth);
        if (stated == null || isBlank(idNumber)) {
            return;
        }
        String normalised = ResidentIdNumber.normalise(idNumber);
        if (ResidentIdNumber.problem(normalised, today).isPresent()) {
            return;
        }
        ResidentIdNumber.birthDate(normalised).map(YearMonth::from).filter(fromId -> !fromId.equals(stated))
                // Neither number is repeated: the message would otherwise disclose part of the ID number.
                .ifPresent(fromId -> errors.add("birthYearMonth", "matches-id-number",
                        "birthYearMonth: 出生年月 does not match the birth date in the ID number (身份证号)"));
    }

    /** Birth and work start are not in the future, work starts after birth, shop-floor years fit the working life. */
    void datesAreInOrder(CandidateRequest request, FieldErrors errors) {
        YearMonth now = YearMonth.from(today);
        YearMonth birth = yearMonth(request.birthYearMonth());
        YearMonth workStart = yearMonth(request.workStart());
        if (birth != null && birth.isAfter(now)) {
            errors.add("birthYearMonth", "not-future", "birthYearMonth: 出生年月 " + birth + " lies in the future");
        } else if (birth != null && birth.getYear() < 1900) {
            errors.add("birthYearMonth", "in-range", "birthYearMonth: 出生年月 " + birth + " is before 1900");
        }
        if (workStart != null && workStart.isAfter(now)) {
            errors.add("workStart", "not-future", "workStart: 何时参加工作 " + workStart + " lies in the future");
        } else if (workStart != null && birth != null && !workStart.isAfter(birth)) {
            errors.add("workStart", "after-birth", "workStart: 何时参加工作 " + workStart
                    + " is not after the birth month " + birth);
        }
        Integer years = request.shopFloorYears();
        if (years != null && workStart != null && !workStart.isAfter(now)) {
            long working = java.time.temporal.ChronoUnit.YEARS.between(workStart, now) + 1;
            if (years > working) {
                errors.add("shopFloorYears", "within-working-life", "shopFloorYears: 生产现场工作年限 " + years
                        + " is more than the years since 何时参加工作 (" + workStart + ")");
            }
        }
    }

    void educationIsKnown(String education, FieldErrors errors) {
        if (!isBlank(education) && Vocabularies.education(education).isEmpty()) {
            errors.add("education", "known-value", "education: '" + education.strip() + "' is not a known 学历; "
                    + Vocabularies.EDUCATION.unknownMessage() + " (a degree such as /学士 may follow)");
        }
    }

    void enterpriseTypeIsKnown(String enterpriseType, FieldErrors errors) {
        if (!isBlank(enterpriseType) && Vocabularies.ENTERPRISE_TYPE.canonical(enterpriseType).isEmpty()) {
            errors.add("enterpriseType", "known-value", "enterpriseType: '" + enterpriseType.strip()
                    + "' is not a known 单位性质; " + Vocabularies.ENTERPRISE_TYPE.unknownMessage());
        }
    }

    private static YearMonth yearMonth(String text) {
        if (text == null || !text.matches(CandidateRequest.YEAR_MONTH)) {
            return null;
        }
        return YearMonth.parse(text);
    }

    void phoneIsValid(String phone, FieldErrors errors) {
        if (!isBlank(phone) && !PhoneNumber.isValid(PhoneNumber.normalise(phone))) {
            errors.add("phone", "phone-format",
                    "phone: must be an 11-digit mobile number or a landline with area code (e.g. 010-68591845)");
        }
    }

    void textsWithinModelLimits(CandidateRequest request, FieldErrors errors) {
        Map<String, String> texts = Map.of(
                "recommendationReason", nullToEmpty(request.recommendationReason()),
                "oneLineReason", nullToEmpty(request.oneLineReason()),
                "personalStatement", nullToEmpty(request.personalStatement()));
        model.eligibility().textLimits().forEach((field, limit) -> {
            int length = TextLength.of(texts.getOrDefault(field, ""));
            if (length > limit) {
                errors.add(field, "max-length", field + ": " + length + " characters, over the limit of " + limit
                        + " set by model " + model.id());
            }
        });
    }

    void groupIsOneOfTheModels(String group, FieldErrors errors) {
        if (model.hasGroups() && isBlank(group)) {
            errors.add("group", "required", "group: model " + model.id() + " reviews by group; choose one of "
                    + model.groups());
        } else if (!isBlank(group) && !model.groups().contains(group.strip())) {
            errors.add("group", "known-group", model.hasGroups()
                    ? "group: '" + group + "' is not one of " + model.groups()
                    : "group: model " + model.id() + " has no groups; leave it empty");
        }
    }

    void extraFieldsMatchTheModel(Map<String, Object> extraFields, FieldErrors errors) {
        if (extraFields == null) {
            return;
        }
        extraFields.forEach((code, value) -> {
            String field = "extraFields." + code;
            Optional<ExtraField> definition = model.extraFields().stream().filter(f -> f.code().equals(code)).findFirst();
            if (definition.isEmpty()) {
                errors.add(field, "known-field", field + ": model " + model.id() + " defines no such field; it has "
                        + model.extraFields().stream().map(ExtraField::code).toList());
            } else if (value != null && !fits(definition.get().type(), value)) {
                errors.add(field, "type", field + ": " + (definition.get().type() == ExtraField.ExtraFieldType.BOOLEAN
                        ? "must be true or false" : "must be a whole number of at least 0"));
            }
        });
    }

    /** The stored text form of an extra field's value (already checked by {@link #fits}). */
    static String storedForm(Object value) {
        return value instanceof Number n ? String.valueOf(n.longValue()) : String.valueOf(value);
    }

    private static boolean fits(ExtraField.ExtraFieldType type, Object value) {
        return switch (type) {
            case BOOLEAN -> value instanceof Boolean;
            case COUNT -> (value instanceof Integer || value instanceof Long) && ((Number) value).longValue() >= 0;
        };
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
