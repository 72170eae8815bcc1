package org.craftrank.shortlist.solver;

import java.util.HashMap;
import java.util.Map;

/**
 * "At most N per key" for one attribute (unit, industry or group): a cap per key, or a default cap for every key
 * that has none of its own. A candidate without a key for the attribute is not capped by it.
 *
 * @param defaultCap the cap for every key not in {@code perKey}; null means those keys are not capped
 * @param perKey     caps for particular keys, overriding the default
 */
public record CapRule(Integer defaultCap, Map<String, Integer> perKey) {

    public CapRule {
        perKey = perKey == null ? Map.of() : Map.copyOf(perKey);
        if (defaultCap != null && defaultCap < 0) {
            throw new InvalidShortlistRequestException("cap", "a cap must not be negative, was " + defaultCap);
        }
        perKey.forEach((key, cap) -> {
            if (cap < 0) {
                throw new InvalidShortlistRequestException("cap",
                        "the cap for " + key + " must not be negative, was " + cap);
            }
        });
    }

    /** The same cap for every key. */
    public static CapRule everyKey(int cap) {
        return new CapRule(cap, Map.of());
    }

    /** Caps for the given keys only. */
    public static CapRule perKey(Map<String, Integer> caps) {
        return new CapRule(null, caps);
    }

    /** This rule with one more (or a replaced) per-key cap. */
    public CapRule with(String key, int cap) {
        Map<String, Integer> caps = new HashMap<>(perKey);
        caps.put(key, cap);
        return new CapRule(defaultCap, caps);
    }

    /** The cap for a key, or null when the key is not capped (and always null for a missing key). */
    public Integer capFor(String key) {
        if (key == null) {
            return null;
        }
        Integer own = perKey.get(key);
        return own != null ? own : defaultCap;
    }
}
