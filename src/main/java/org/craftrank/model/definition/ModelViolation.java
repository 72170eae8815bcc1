package org.craftrank.model.definition;

/**
 * One fault in a scoring-model file.
 *
 * @param path    where in the file, e.g. {@code capabilities[2].subIndicators[0].weight}
 * @param rule    the rule broken, e.g. {@code weights-sum-to-one}
 * @param message what is wrong, with the values involved
 */
public record ModelViolation(String path, String rule, String message) {

    @Override
    public String toString() {
        return (path.isEmpty() ? "(root)" : path) + ": " + message + " [" + rule + "]";
    }
}
