package org.craftrank.common;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors while a request is checked, so the client learns every problem in one answer. */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, String rule, String message) {
        errors.add(new FieldError(field, rule, message));
        return this;
    }

    /** Adds the error unless the condition holds. */
    public FieldErrors check(boolean holds, String field, String rule, String message) {
        return holds ? this : add(field, rule, message);
    }

    /** What was collected so far, in order. */
    public List<FieldError> list() {
        return List.copyOf(errors);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Throws a 400 listing everything collected, if anything was. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
