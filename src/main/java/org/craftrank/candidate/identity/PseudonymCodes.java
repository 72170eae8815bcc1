package org.craftrank.candidate.identity;

import java.util.random.RandomGenerator;

/**
 * Pseudonymous candidate codes (e.g. {@code K7QM2X}) used in every anonymised view. Random, not derived from
 * anything about the candidate, so a code reveals nothing; the alphabet leaves out 0/O and 1/I, which people
 * misread when a committee discusses codes aloud.
 */
public final class PseudonymCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public static final int LENGTH = 6;

    private final RandomGenerator random;

    public PseudonymCodes(RandomGenerator random) {
        this.random = random;
    }

    public String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
