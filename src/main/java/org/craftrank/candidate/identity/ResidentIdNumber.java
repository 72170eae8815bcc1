package org.craftrank.candidate.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The 18-character resident identity number of GB 11643: a 6-digit region code, the birth date as yyyyMMdd,
 * a 3-digit sequence and an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";

    private ResidentIdNumber() {
    }

    /** Upper-cases a trailing x and strips surrounding blanks; does not validate. */
    public static String normalise(String raw) {
        return raw.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * Why {@code normalised} is not a valid number, or empty when it is.
     *
     * @param today the date birth dates may not lie after
     */
    public static Optional<String> problem(String normalised, LocalDate today) {
        if (!normalised.matches("\\d{17}[0-9X]")) {
            return Optional.of("must be 17 digits followed by a digit or X");
        }
        if (!regionCodeHasAValidShape(normalised.substring(0, 6))) {
            // The region code is not secret on its own (it is kept visible when masking), so it may be named.
            return Optional.of("region code " + normalised.substring(0, 6) + " is not a valid region code shape "
                    + "(a province code of GB/T 2260 followed by a city and county)");
        }
        Optional<LocalDate> birth = birthDate(normalised);
        if (birth.isEmpty()) {
            return Optional.of("birth date " + normalised.substring(6, 14) + " is not a real date");
        }
        if (birth.get().isAfter(today) || birth.get().getYear() < 1900) {
            return Optional.of("birth date " + birth.get() + " is out of range");
        }
        if (checkChar(normalised) != normalised.charAt(17)) {
            return Optional.of("check digit does not match (GB 11643, ISO 7064 MOD 11-2)");
        }
        return Optional.empty();
    }

    /**
     * The region code (GB/T 2260) starts with a province-level code and names a place below it: 11-15, 21-23,
     * 31-37, 41-46, 50-54, 61-65, 71 (台湾), 81/82 (香港/澳门) and 83 (residence permits of Taiwan residents);
     * the last four digits are never all zero (a whole province is not a place of registration).
     */
    static boolean regionCodeHasAValidShape(String region) {
        return PROVINCES.contains(region.substring(0, 2)) && !region.endsWith("0000");
    }

    private static final java.util.Set<String> PROVINCES = java.util.Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82", "83");

    /** The check character for the first 17 digits. */
    public static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    public static Optional<LocalDate> birthDate(String normalised) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(normalised.substring(6, 10)),
                    Integer.parseInt(normalised.substring(10, 12)), Integer.parseInt(normalised.substring(12, 14))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** {@code 110105********002X}: region code and the last four characters stay visible. */
    public static String mask(String normalised) {
        if (normalised.length() < 10) {
            return "*".repeat(normalised.length());
        }
        return normalised.substring(0, 6) + "*".repeat(normalised.length() - 10)
                + normalised.substring(normalised.length() - 4);
    }
}
