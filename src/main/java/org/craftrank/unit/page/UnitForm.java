package org.craftrank.unit.page;

import org.craftrank.common.version.IfMatch;
import org.craftrank.unit.UnitKind;
import org.craftrank.unit.UnitRequest;
import org.craftrank.unit.UnitView;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The unit form as typed (add and edit), read into the {@link UnitRequest} the JSON API takes. A number or a
 * choice that does not read is reported by the form ({@link #unreadable()}: rule {@code whole-number} or
 * {@code choice}), never guessed.
 */
public record UnitForm(Map<String, String> values, Map<String, String> unreadable) {

    static final List<String> FIELDS = List.of("name", "kind", "quota", "minimum", "contact");
    static final String VERSION = "version";

    static UnitForm blank() {
        return new UnitForm(Map.of("kind", UnitKind.PROVINCE.name()), Map.of());
    }

    static UnitForm of(UnitView unit) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(VERSION, IfMatch.etag(unit.version()));
        values.put("name", unit.name());
        values.put("kind", unit.kind().name());
        values.put("quota", String.valueOf(unit.quota()));
        if (unit.minimum() != null) {
            values.put("minimum", String.valueOf(unit.minimum()));
        }
        if (unit.contact() != null) {
            values.put("contact", unit.contact());
        }
        return new UnitForm(values, Map.of());
    }

    static UnitForm read(Function<String, String> field) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : FIELDS) {
            String value = field.apply(name);
            if (value != null && !value.isBlank()) {
                values.put(name, value.strip());
            }
        }
        String version = field.apply(VERSION);
        if (version != null && !version.isBlank()) {
            values.put(VERSION, version.strip());
        }
        Map<String, String> unreadable = new LinkedHashMap<>();
        for (String name : List.of("quota", "minimum")) {
            if (values.containsKey(name) && !values.get(name).matches("\\d{1,6}")) {
                unreadable.put(name, "whole-number");
            }
        }
        if (values.containsKey("kind") && Arrays.stream(UnitKind.values())
                .noneMatch(k -> k.name().equals(values.get("kind")))) {
            unreadable.put("kind", "choice");
        }
        return new UnitForm(values, Map.copyOf(unreadable));
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    IfMatch ifMatch() {
        return IfMatch.optional(values.get(VERSION));
    }

    /** The request; an empty contact is sent as "" so that clearing the field removes the stored contact. */
    UnitRequest toRequest() {
        UnitKind kind = unreadable.containsKey("kind") || !values.containsKey("kind") ? null
                : UnitKind.valueOf(values.get("kind"));
        return new UnitRequest(values.get("name"), kind, number("quota"), number("minimum"),
                values.getOrDefault("contact", ""));
    }

    private Integer number(String field) {
        return unreadable.containsKey(field) || !values.containsKey(field) ? null : Integer.valueOf(values.get(field));
    }
}
