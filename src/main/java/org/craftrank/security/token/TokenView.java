package org.craftrank.security.token;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * A token as listed; {@code token} is present only in the response that issues it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenView(long id, String label, String tokenPrefix, long accountId, String username, String role,
                        Long campaignId, String issuedBy, Instant createdAt, Instant expiresAt,
                        Instant revokedAt, Instant lastUsedAt, boolean usable, String token) {
}
