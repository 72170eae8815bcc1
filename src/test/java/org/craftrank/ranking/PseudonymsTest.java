package org.craftrank.ranking;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class PseudonymsTest {

    /** Stands in for the keyed HMAC: an order unrelated to the ids. */
    private static final Function<Long, String> KEY = id -> Long.toHexString(id * 0x9E3779B97F4A7C15L);

    @Test
    void numbersFollowTheKeyedDigestNotTheIds() {
        Map<Long, String> pseudonyms = Pseudonyms.number(Pseudonyms.EXPERT, List.of(1L, 2L, 3L), id -> switch (id.intValue()) {
            case 1 -> "c";
            case 2 -> "a";
            default -> "b";
        });

        assertEquals(Map.of(2L, "E01", 3L, "E02", 1L, "E03"), pseudonyms);
        assertEquals(List.of("E01", "E02", "E03"), List.copyOf(pseudonyms.values()));
    }

    @Test
    void theNumberingDoesNotDependOnTheOrderTheExpertsComeIn() {
        List<Long> ids = new ArrayList<>(LongStream.rangeClosed(1, 40).boxed().toList());
        Map<Long, String> first = Pseudonyms.number(Pseudonyms.EXPERT, ids, KEY);
        Collections.shuffle(ids, new Random(7));

        assertEquals(first, Pseudonyms.number(Pseudonyms.EXPERT, ids, KEY));
        assertNotEquals("E01", first.get(1L), "with this key, id 1 is not simply numbered first");
    }

    @Test
    void unitsGetTheirOwnPrefix() {
        assertEquals("U01", Pseudonyms.number(Pseudonyms.UNIT, List.of(5L), KEY).get(5L));
    }

    @Test
    void widthGrowsWithTheNumberOfExperts() {
        Map<Long, String> pseudonyms = Pseudonyms.number(Pseudonyms.EXPERT, LongStream.rangeClosed(1, 120).boxed().toList(), KEY);

        assertEquals(120, pseudonyms.size());
        assertEquals("E001", pseudonyms.values().iterator().next());
        assertEquals(120, pseudonyms.values().stream().distinct().count());
    }
}
