package org.craftrank.security;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random secrets. Session ids and API tokens carry 256 random bits, so a plain SHA-256 ({@link
 * org.craftrank.common.Sha256}) is a sufficient one-way store for them (no salt or stretching needed, unlike
 * human passwords).
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** No look-alike characters (0/O, 1/l/I), so a printed password can be typed. */
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private Secrets() {
    }

    /** 32 random bytes, URL-safe Base64 without padding. */
    public static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A typeable random password of four dash-separated groups of five (about 116 bits). */
    public static String randomPassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                sb.append('-');
            }
            sb.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return sb.toString();
    }

}
