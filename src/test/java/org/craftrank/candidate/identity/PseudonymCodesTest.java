package org.craftrank.candidate.identity;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PseudonymCodesTest {

    @Test
    void aCodeHasSixCharactersOfTheAlphabet() {
        PseudonymCodes codes = new PseudonymCodes(new Random(42));

        for (int i = 0; i < 1000; i++) {
            String code = codes.next();
            assertEquals(6, code.length(), code);
            for (char c : code.toCharArray()) {
                assertTrue(PseudonymCodes.ALPHABET.indexOf(c) >= 0, code + " holds " + c);
            }
        }
    }

    @Test
    void codesNeverHoldCharactersThatAreMisreadAloud() {
        PseudonymCodes codes = new PseudonymCodes(new Random(7));

        for (int i = 0; i < 1000; i++) {
            String code = codes.next();
            assertTrue(code.matches("[2-9A-HJ-NP-Z]{6}"), code);
        }
        for (char misread : new char[] {'0', '1', 'I', 'O'}) {
            assertFalse(PseudonymCodes.ALPHABET.indexOf(misread) >= 0, "alphabet holds " + misread);
        }
    }

    @Test
    void codesFromARandomSourceAreAlmostAlwaysDistinct() {
        PseudonymCodes codes = new PseudonymCodes(new Random(2024));
        Set<String> seen = new HashSet<>();

        for (int i = 0; i < 1000; i++) {
            seen.add(codes.next());
        }

        assertTrue(seen.size() > 990, "distinct codes: " + seen.size());
    }

    @Test
    void theSameSeedGivesTheSameCodes() {
        PseudonymCodes first = new PseudonymCodes(new Random(99));
        PseudonymCodes second = new PseudonymCodes(new Random(99));

        for (int i = 0; i < 10; i++) {
            assertEquals(first.next(), second.next());
        }
    }
}
