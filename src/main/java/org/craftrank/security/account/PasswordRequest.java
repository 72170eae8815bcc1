package org.craftrank.security.account;

import jakarta.validation.constraints.Size;

/** @param password the new password; when absent a random one is generated and returned once */
public record PasswordRequest(@Size(min = AccountService.MIN_PASSWORD_LENGTH, max = 200) String password) {
}
