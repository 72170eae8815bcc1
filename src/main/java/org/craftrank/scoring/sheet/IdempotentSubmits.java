package org.craftrank.scoring.sheet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.craftrank.common.InvalidInputException;
import org.craftrank.common.UnprocessableException;
import org.craftrank.common.Sha256;
import org.craftrank.scoring.assignment.AssignmentService;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Submit with an {@code Idempotency-Key}: the first successful response is stored with a hash of the request;
 * a replay of the same request returns it unchanged and changes nothing; the same key on a different request
 * is a 422. Failed attempts are not stored, so a corrected retry may reuse the key.
 *
 * <p>Retries sent while the first attempt is still running wait for it: each keyed submit first locks the row of
 * the assignment it writes to ({@code select … for update}), and only then looks for a stored response. So the
 * second of two concurrent retries finds the first one's committed response and replays it, instead of running
 * the submit again against a sheet whose version has moved (which was a 412, issue 18 defect 9). The lock is
 * the database's, so it holds across instances.
 */
@ApplicationScoped
public class IdempotentSubmits {

    static final int MAX_KEY_LENGTH = 200;

    private final ScoreSheetService sheets;
    private final AssignmentService assignments;
    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;

    public IdempotentSubmits(ScoreSheetService sheets, AssignmentService assignments, EntityManager em,
                             ObjectMapper json, Clock clock) {
        this.sheets = sheets;
        this.assignments = assignments;
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
        // Wait here for a concurrent attempt on the same sheet to commit or roll back (see the class comment).
        // An unassigned candidate has no row to lock: the submit below answers 404 for it.
        assignments.find(campaignId, expertId, candidateId)
                .ifPresent(a -> em.lock(a, LockModeType.PESSIMISTIC_WRITE));
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
