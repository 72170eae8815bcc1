package org.craftrank.security.pii;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonalDataCipherTest {

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    private final PersonalDataCipher cipher = new PersonalDataCipher(key(7));

    @Test
    void encryptsToAVersionedFormThatDecryptsBack() {
        String sealed = cipher.encrypt("11010519491231002X");
        assertTrue(sealed.startsWith("v1:"), sealed);
        assertEquals("11010519491231002X", cipher.decrypt(sealed));
    }

    @Test
    void theSameValueEncryptsDifferentlyEachTime() {
        assertNotEquals(cipher.encrypt("13912345678"), cipher.encrypt("13912345678"));
    }

    @Test
    void anotherKeyOrATamperedValueCannotBeDecrypted() {
        String sealed = cipher.encrypt("13912345678");
        assertThrows(IllegalStateException.class, () -> new PersonalDataCipher(key(8)).decrypt(sealed));
        char last = sealed.charAt(sealed.length() - 3);
        String tampered = sealed.substring(0, sealed.length() - 3) + (last == 'A' ? 'B' : 'A')
                + sealed.substring(sealed.length() - 2);
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(tampered));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt("13912345678"));
    }

    @Test
    void theHmacIsStablePerKeyAndDiffersAcrossKeys() {
        assertEquals(cipher.hmac("11010519491231002X"), cipher.hmac("11010519491231002X"));
        assertNotEquals(cipher.hmac("11010519491231002X"), new PersonalDataCipher(key(8)).hmac("11010519491231002X"));
        assertNotEquals(cipher.hmac("11010519491231002X"), cipher.hmac("110105194912310038"));
    }

    @Test
    void aKeyOfTheWrongLengthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PersonalDataCipher(new byte[16]));
    }
}
