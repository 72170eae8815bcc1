package org.craftrank.security.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A signed-in browser. The cookie carries a random id; only its hash is stored, so a database reader cannot
 * ride a session. Sessions live server-side so that logout and account disabling end them for good: a copied
 * cookie is worth nothing once its row is gone.
 */
@Entity
@Table(name = "login_session")
public class LoginSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "account_id")
    public Long accountId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "last_seen_at")
    public Instant lastSeenAt;
}
