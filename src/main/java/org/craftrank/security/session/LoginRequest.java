package org.craftrank.security.session;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record LoginRequest(@NotNull @Size(max = 64) String username, @NotNull @Size(max = 200) String password) {
}
