package org.craftrank.scoring.sheet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.craftrank.common.InvalidInputException;
import org.craftrank.common.UnprocessableException;
import org.craftrank.common.Sha256;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Submit with an {@code Idempotency-Key}: the first successful response is stored with a hash of the request;
 * a replay of the same request returns it unchanged and changes nothing; the same key on a different request
 * is a 422. Failed attempts are not stored, so a corrected retry may reuse the key.
 */
@ApplicationScoped
public class IdempotentSubmits {

    static final int MAX_KEY_LENGTH = 200;

    private final ScoreSheetService sheets;
    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;

    public IdempotentSubmits(ScoreSheetService sheets, EntityManager em, ObjectMapper json, Clock clock) {
        this.sheets = sheets;
        this.em = em;
        this.json = json;
        this.clock = clock;
    }

    /** A response to send: the status and the sheet. */
    public record Outcome(int status, SheetView sheet, boolean replayed) {
    }

    @Transactional
    public Outcome submit(String owner, String key, String path, String body, long campaignId, long expertId,
                          long candidateId, String ifMatch) {
        if (key == null) {
            return new Outcome(200, sheets.submit(campaignId, expertId, candidateId, SheetBodyReader.read(body),
                    ifMatch), false);
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw InvalidInputException.of("Idempotency-Key", "length",
                    "Idempotency-Key: 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String hash = Sha256.hex(path + "\n" + (body == null ? "" : body.strip()));
        Optional<IdempotencyRecord> previous = em.createQuery(
                        "select r from IdempotencyRecord r where r.scope = :s and r.key = :k", IdempotencyRecord.class)
                .setParameter("s", owner).setParameter("k", key).getResultStream().findFirst();
        if (previous.isPresent()) {
            if (!previous.get().requestHash.equals(hash)) {
                throw new UnprocessableException("idempotency-key-reused", "Idempotency-Key '" + key
                        + "' was already used for a different request; use a new key for a new request");
            }
            return new Outcome(previous.get().status, read(previous.get().body), true);
        }
        SheetView sheet = sheets.submit(campaignId, expertId, candidateId, SheetBodyReader.read(body), ifMatch);
        IdempotencyRecord record = new IdempotencyRecord();
        record.scope = owner;
        record.key = key;
        record.requestHash = hash;
        record.status = 200;
        record.body = write(sheet);
        record.createdAt = Instant.now(clock);
        em.persist(record);
        return new Outcome(200, sheet, false);
    }

    private String write(SheetView sheet) {
        try {
            return json.writeValueAsString(sheet);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private SheetView read(String body) {
        try {
            return json.readValue(body, SheetView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored idempotent response is unreadable", e);
        }
    }
}
