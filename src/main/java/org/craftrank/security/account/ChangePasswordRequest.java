package org.craftrank.security.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user changes their own password, proving the current one. */
@Schema(name = "ChangePasswordRequest")
public record ChangePasswordRequest(@NotNull @Size(max = 200) String currentPassword,
                                    @NotNull @Size(max = 200) @Schema(description = "at least 12 characters")
                                    String newPassword) {
}
