package org.craftrank.common;

import java.util.List;

/** Client input that breaks one or more field rules; rendered as a 400 problem+json listing every error. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String rule, String message) {
        return new InvalidInputException(List.of(new FieldError(field, rule, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
