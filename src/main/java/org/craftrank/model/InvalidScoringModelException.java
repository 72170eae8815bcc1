package org.craftrank.model;

import org.craftrank.model.definition.ModelViolation;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown at start when a model file is invalid: the service refuses to run on a broken model. */
public class InvalidScoringModelException extends RuntimeException {

    public InvalidScoringModelException(String file, List<ModelViolation> violations) {
        super("Scoring model file " + file + " is invalid:\n" + violations.stream()
                .map(v -> "  - " + file + " at " + v).collect(Collectors.joining("\n")));
    }

    public InvalidScoringModelException(String message) {
        super(message);
    }
}
