package org.craftrank.candidate;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.craftrank.common.Sha256;
import org.craftrank.security.pii.PersonalDataCipher;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Keeps an uploaded summary table between the check the import page shows and the operator's "import" click, so
 * the operator does not have to choose the file again and imports exactly the file whose report they read.
 *
 * <p>Why the database: several instances may serve the two requests, so nothing that matters may live in one
 * instance's memory; a hidden form field would put the unmasked ID numbers into the page (and forms' attributes
 * are limited to a few KiB); a re-upload checked against a hash would be safe but makes the operator pick the
 * file twice. Stored here, the file is encrypted with the personal-data key like every ID number at rest, found
 * only through the SHA-256 of a random 256-bit token the page holds (a database reader cannot use a row), bound
 * to the uploading account, campaign and unit, deleted when it is imported, unusable {@link #LIFETIME} after the
 * upload and deleted within minutes after that ({@link ImportDraftPurge}, and on every upload).
 */
@ApplicationScoped
public class ImportDrafts implements PanacheRepository<ImportDraft> {

    /** How long a checked upload may wait for its import. */
    public static final Duration LIFETIME = Duration.ofMinutes(30);

    private final PersonalDataCipher cipher;
    private final CandidateImportService importer;
    private final SecureRandom random = new SecureRandom();

    public ImportDrafts(PersonalDataCipher cipher, CandidateImportService importer) {
        this.cipher = cipher;
        this.importer = importer;
    }

    /** The file to import and where it goes. */
    public record Kept(byte[] file, String fileName, Long unitId) {
    }

    /** Deletes every kept file past its lifetime; run on every upload and every few minutes ({@link ImportDraftPurge}). */
    @Transactional
    public long purgeExpired() {
        return delete("expiresAt < ?1", Instant.now());
    }

    /** Stores the file and returns the token that finds it again. */
    @Transactional
    public String keep(long campaignId, Long unitId, String account, byte[] file, String fileName) {
        Instant now = Instant.now();
        purgeExpired();
        byte[] tokenBytes = new byte[32];
        random.nextBytes(tokenBytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(tokenBytes);
        ImportDraft draft = new ImportDraft();
        draft.tokenHash = Sha256.hex(token);
        draft.campaignId = campaignId;
        draft.unitId = unitId;
        draft.account = account;
        draft.fileSha256 = Sha256.hex(file);
        draft.fileName = fileName == null || fileName.length() <= 255 ? fileName : fileName.substring(0, 255);
        draft.content = cipher.encrypt(Base64.getEncoder().encodeToString(file));
        draft.createdAt = now;
        draft.expiresAt = now.plus(LIFETIME);
        persist(draft);
        return token;
    }

    /**
     * The file kept under the token, if the token is known, not expired, and was issued to this account for this
     * campaign; its content is checked against the hash taken at upload.
     */
    @Transactional
    public Optional<Kept> find(String token, long campaignId, String account) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return find("tokenHash", Sha256.hex(token)).firstResultOptional()
                .filter(d -> d.campaignId == campaignId && d.account.equals(account))
                .filter(d -> d.expiresAt.isAfter(Instant.now()))
                .map(d -> {
                    byte[] file = Base64.getDecoder().decode(cipher.decrypt(d.content));
                    if (!Sha256.hex(file).equals(d.fileSha256)) {
                        throw new IllegalStateException("a kept import does not match its hash");
                    }
                    return new Kept(file, d.fileName, d.unitId);
                });
    }

    /**
     * Imports the kept file (every row or none, as {@link CandidateImportService#importTable} does) and forgets it,
     * in one transaction: a refused import keeps the file for another look, a stored one cannot be imported twice.
     * The file is deleted first: of two clicks racing with the same token, the second waits on the row's lock and
     * then finds nothing to delete, so it imports nothing (empty).
     */
    @Transactional
    public Optional<ImportReport> importKept(String token, Kept kept, long campaignId, Nominator by) {
        if (delete("tokenHash", Sha256.hex(token)) != 1) {
            return Optional.empty();
        }
        return Optional.of(importer.importTable(campaignId, kept.file(), kept.unitId(), false, by));
    }
}
