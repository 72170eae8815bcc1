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
        if (normalised.charAt(0) == '0') {
            return Optional.of("region code " + normalised.substring(0, 6) + " is not a valid region code shape");
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
