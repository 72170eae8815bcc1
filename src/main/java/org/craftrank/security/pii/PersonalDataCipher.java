package org.craftrank.security.pii;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Encrypts personal data (ID and phone numbers) at rest with AES-256-GCM, a fresh random 96-bit IV per value,
 * and computes a keyed HMAC-SHA256 of ID numbers so duplicates can be found without decrypting anything.
 * Stored form: {@code v1:} + Base64(IV ‖ ciphertext ‖ tag); the version prefix leaves room for key rotation.
 */
public final class PersonalDataCipher {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    public static final int KEY_BYTES = 32;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec hmacKey;
    private final byte[] fileKey;
    private final SecureRandom random = new SecureRandom();

    /** @param masterKey 32 random bytes; the encryption and HMAC keys are derived from it, so they differ */
    public PersonalDataCipher(byte[] masterKey) {
        if (masterKey.length != KEY_BYTES) {
            throw new IllegalArgumentException("the personal-data key must be " + KEY_BYTES + " bytes, not "
                    + masterKey.length);
        }
        this.encryptionKey = new SecretKeySpec(derive(masterKey, "craftrank/pii/aes-gcm"), "AES");
        this.hmacKey = new SecretKeySpec(derive(masterKey, "craftrank/pii/hmac"), "HmacSHA256");
        this.fileKey = derive(masterKey, "craftrank/files/aes-gcm-stream");
    }

    /**
     * The key that encrypts dossier files at rest: derived from the same personal-data key (files are personal
     * data too, and one key to keep is one key to back up), but distinct from the keys above.
     */
    public byte[] fileKey() {
        return fileKey.clone();
    }

    public String encrypt(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required by every Java platform", e);
        }
    }

    /** @throws IllegalStateException when the value was not sealed with this key (or was tampered with) */
    public String decrypt(String stored) {
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("stored personal data is not in the v1 encrypted form");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // The message names no value: it may end up in a log.
            throw new IllegalStateException("stored personal data cannot be decrypted with the configured key");
        }
    }

    /** Hex HMAC-SHA256 of a normalised value: equal values give equal digests, and nothing else is revealed. */
    public String hmac(String normalised) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hmacKey);
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    private static byte[] derive(byte[] masterKey, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(masterKey, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8)), KEY_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }
}
