package org.craftrank.security.account;

import org.craftrank.common.access.Role;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * A new account. Which binding is required depends on the role: UNIT needs {@code unitId}, EXPERT needs
 * {@code expertId}, COMMITTEE takes {@code campaignIds}; ADMIN takes none.
 *
 * @param password optional; when absent a random one is generated and returned once
 */
public record AccountRequest(
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}",
                message = "3 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit")
        String username,
        @NotBlank @Size(max = 100) String displayName,
        @NotNull Role role,
        Long unitId,
        Long expertId,
        @Size(max = 100) Set<Long> campaignIds,
        @Size(min = AccountService.MIN_PASSWORD_LENGTH, max = 200) String password) {
}
