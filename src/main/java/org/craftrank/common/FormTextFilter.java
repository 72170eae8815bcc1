package org.craftrank.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.craftrank.common.text.TextRules;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.util.Optional;

/**
 * The page forms' side of {@link TextRules}: every text field of a posted form (not uploaded files: the import
 * checks their cells) is refused with a 400 naming the field when it holds a lone surrogate or a control
 * character other than TAB, CR and LF, before any page code sees it. JSON bodies get the same rule from
 * {@link StrictJson}.
 */
public class FormTextFilter {

    @ServerRequestFilter
    @WithFormRead
    public void refuseUnsafeFormText(ContainerRequestContext request) {
        if (!(request instanceof ResteasyReactiveContainerRequestContext reactive)
                || !(reactive.getServerRequestContext() instanceof ResteasyReactiveRequestContext context)) {
            return;
        }
        FormData form = context.getFormData();
        if (form == null) {
            return;
        }
        for (String name : form) {
            for (FormValue value : form.get(name)) {
                if (value.isFileItem()) {
                    continue;
                }
                Optional<String> rule = TextRules.violation(value.getValue());
                if (rule.isPresent()) {
                    throw InvalidInputException.of(name, rule.get(), TextRules.message(name, rule.get()));
                }
            }
        }
    }
}
