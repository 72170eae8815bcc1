package org.craftrank.security.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A bearer token an admin issued for a machine client (e.g. the committee's ranking puller). It acts for one
 * account, in that account's role, restricted to one campaign, until it expires or is revoked. Only a hash of
 * the token is stored; the client sees the token once, when it is issued.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "token_hash")
    public String tokenHash;

    /** The first characters of the token, so people can tell their tokens apart. */
    @Column(name = "token_prefix")
    public String tokenPrefix;

    public String label;

    @Column(name = "account_id")
    public Long accountId;

    public String role;

    /** Null only for ADMIN tokens, which then reach every campaign. */
    @Column(name = "campaign_id")
    public Long campaignId;

    @Column(name = "issued_by")
    public String issuedBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
