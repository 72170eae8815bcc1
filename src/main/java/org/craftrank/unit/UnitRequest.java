package org.craftrank.unit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Creates or replaces a recommending unit. */
@Schema(name = "UnitRequest")
public record UnitRequest(
        @NotBlank @Size(max = 100) @Schema(examples = "江苏省总工会") String name,
        @NotNull UnitKind kind,
        @NotNull @Min(0) @Max(10_000) @Schema(description = "推荐名额: most candidates the unit may nominate")
        Integer quota,
        @Min(0) @Max(10_000) @Schema(description = "fewest candidates a quota range asks for (e.g. 2 of 2-3); "
                + "optional, at most the quota; a unit below it is noticed in the formal review")
        Integer minimum,
        @Size(max = 100) @Schema(description = "the unit's contact (联系人及联系方式); absent keeps the current one, "
                + "an empty string removes it")
        String contact) {

    public UnitRequest(String name, UnitKind kind, Integer quota) {
        this(name, kind, quota, null, null);
    }

    public UnitRequest(String name, UnitKind kind, Integer quota, Integer minimum) {
        this(name, kind, quota, minimum, null);
    }
}
