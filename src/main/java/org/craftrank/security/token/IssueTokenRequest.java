package org.craftrank.security.token;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * @param accountId    the account the token acts for; the token gets that account's role
 * @param campaignId   the one campaign the token reaches (required unless the account is an ADMIN)
 * @param validForDays lifetime in days
 */
@Schema(name = "IssueTokenRequest")
public record IssueTokenRequest(@NotNull Long accountId, Long campaignId,
                                @NotBlank @Size(max = 100) String label,
                                @NotNull @Min(1) @Max(366) Integer validForDays) {
}
