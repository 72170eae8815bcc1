package org.craftrank.web;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import org.craftrank.common.FieldError;
import org.craftrank.common.InvalidInputException;
import org.craftrank.common.text.TextRules;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The text rule of {@link TextRules} for every field of every page form at once (issue 18, defects 2/3 on the
 * pages): before any page resource runs, each text field of a posted form (URL-encoded, or the text parts of a
 * multipart form; file parts are the import's to check) is checked, and a lone surrogate or a control character
 * other than TAB, CR and LF refuses the whole form with a 400 page that names each field and the rule in the
 * page's language ({@link PageErrors#invalidText}). Nothing is stored. A new page form is covered without code of
 * its own. JSON bodies get the same rule from {@code common/StrictJson}.
 */
public class FormTextFilter {

    /** {@code @WithFormRead}: the form is parsed before this runs (as for the CSRF filter), only for form requests. */
    @ServerRequestFilter(priority = 20)
    @WithFormRead
    public void refuseBadText(ResteasyReactiveContainerRequestContext request, ResourceInfo resource) {
        if (!"POST".equals(request.getMethod()) || resource == null || resource.getResourceClass() == null) {
            return;
        }
        String path = request.getUriInfo().getPath();
        if ((path.startsWith("/") ? path.substring(1) : path).startsWith("api/")) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type == null || !(MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(type)
                || MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(type))) {
            return;
        }
        FormData form = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormData();
        if (form == null) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        for (String name : form) {
            for (FormValue value : form.get(name)) {
                if (value.isFileItem()) {
                    continue;
                }
                String field = TextRules.violation(name).isPresent() ? "?" : name;
                TextRules.violation(name).or(() -> TextRules.violation(value.getValue())).ifPresent(rule ->
                        errors.add(new FieldError(field, rule, TextRules.message(field, rule))));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
