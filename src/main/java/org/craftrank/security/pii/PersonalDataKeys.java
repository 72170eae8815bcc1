package org.craftrank.security.pii;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** Builds the one {@link PersonalDataCipher} of the application from the configured (or local demo) key. */
@ApplicationScoped
public class PersonalDataKeys {

    private static final Logger LOG = Logger.getLogger(PersonalDataKeys.class);

    /** Builds the cipher at start, so that a missing key stops the service at once, not at the first write. */
    void requireKeyAtStart(@Observes StartupEvent event, PersonalDataCipher cipher) {
        LOG.debug("Personal-data key ready");
    }

    @Produces
    @Singleton
    PersonalDataCipher cipher(PersonalDataConfig config, @ConfigProperty(name = "craftrank.data-dir") String dataDir) {
        if (config.key().isPresent()) {
            return new PersonalDataCipher(decode(config.key().get()));
        }
        if (!config.generateLocalKey()) {
            throw new IllegalStateException("craftrank.pii.key (CRAFTRANK_PII_KEY) is not set: personal data cannot "
                    + "be protected. Generate one with: head -c 32 /dev/urandom | base64");
        }
        return new PersonalDataCipher(localKey(Path.of(dataDir, "pii.key")));
    }

    private static byte[] localKey(Path file) {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII));
            }
            byte[] key = new byte[PersonalDataCipher.KEY_BYTES];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the file stays with default permissions
            }
            LOG.warnf("Generated a local personal-data key at %s: for demo and development only; production "
                    + "sets craftrank.pii.key", file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the local personal-data key " + file, e);
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("craftrank.pii.key is not valid Base64");
        }
    }
}
