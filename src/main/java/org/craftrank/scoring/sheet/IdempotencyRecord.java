package org.craftrank.scoring.sheet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The first response to a request sent with an Idempotency-Key, replayed when the same request comes again. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Whose key it is (keys are the client's choice, so they are only unique per account). */
    public String scope;

    @Column(name = "idem_key")
    public String key;

    @Column(name = "request_hash")
    public String requestHash;

    public int status;

    public String body;

    @Column(name = "created_at")
    public Instant createdAt;
}
