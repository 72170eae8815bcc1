package org.craftrank.security.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * Changes to an account. Disabling it ends its sessions and stops its API tokens at once.
 *
 * @param campaignIds for COMMITTEE accounts: the campaigns they sit on (replaces the previous set)
 */
public record UpdateAccountRequest(@NotBlank @Size(max = 100) String displayName, @NotNull Boolean enabled,
                                   @Size(max = 100) Set<Long> campaignIds) {
}
