package org.craftrank.candidate.field;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A closed list of values people write in many ways (大专 / 大学专科 / 专科). {@link #canonical} says which listed
 * value a written one means, after {@link CellText#normalise normalising} width and blanks; a value it does not
 * know is a clear error naming the listed values, never a silent guess.
 */
public final class Vocabulary {

    private final String name;
    private final List<String> values;
    private final Map<String, String> byAlias = new LinkedHashMap<>();

    /** @param aliases for each listed value, the other ways of writing it */
    public Vocabulary(String name, Map<String, List<String>> aliases) {
        this.name = name;
        this.values = List.copyOf(aliases.keySet());
        aliases.forEach((value, others) -> {
            byAlias.put(key(value), value);
            others.forEach(alias -> byAlias.put(key(alias), value));
        });
    }

    public String name() {
        return name;
    }

    /** The listed values, in order. */
    public List<String> values() {
        return values;
    }

    /** The listed value {@code written} stands for, if any. */
    public Optional<String> canonical(String written) {
        return written == null ? Optional.empty() : Optional.ofNullable(byAlias.get(key(written)));
    }

    private static String key(String text) {
        return CellText.normalise(text).toUpperCase(Locale.ROOT);
    }

    /** A sentence for a value that is not on the list. */
    public String unknownMessage() {
        return name + " must be one of " + String.join("、", values);
    }
}
