package org.craftrank.campaign.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.craftrank.common.FieldError;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The campaign form's errors beside its fields: what the form could not read, the request's bean constraints (as
 * the API's {@code @Valid} checks them) and the service's field errors, each worded from its rule.
 */
@ApplicationScoped
public class CampaignFormChecks {

    private final Validator validator;

    public CampaignFormChecks(Validator validator) {
        this.validator = validator;
    }

    /** The form's own and the request's constraint errors, by form field. */
    Map<String, String> check(CampaignSettingsForm form, Object request, CampaignMsg texts) {
        Map<String, String> errors = new LinkedHashMap<>();
        form.unreadable().forEach((field, rule) -> errors.put(field, texts.error(rule, "")));
        for (ConstraintViolation<Object> v : validator.validate(request)) {
            Object max = v.getConstraintDescriptor().getAttributes().get("max");
            String rule = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()
                    .replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
            errors.putIfAbsent(form.fieldOf(v.getPropertyPath().toString()),
                    texts.error(rule, max == null ? "" : String.valueOf(max)));
        }
        return errors;
    }

    /** The service's field errors, by form field. */
    static void add(Map<String, String> errors, List<FieldError> fieldErrors, CampaignSettingsForm form,
                    CampaignMsg texts) {
        fieldErrors.forEach(e -> errors.putIfAbsent(form.fieldOf(e.field()), texts.error(e.rule(), "")));
    }
}
