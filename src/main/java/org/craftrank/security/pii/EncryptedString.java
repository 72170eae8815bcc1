package org.craftrank.security.pii;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** JPA converter that stores a personal-data column encrypted ({@link PersonalDataCipher}). */
@Converter
@ApplicationScoped
public class EncryptedString implements AttributeConverter<String, String> {

    private final PersonalDataCipher cipher;

    public EncryptedString(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String plain) {
        return plain == null ? null : cipher.encrypt(plain);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return stored == null ? null : cipher.decrypt(stored);
    }
}
