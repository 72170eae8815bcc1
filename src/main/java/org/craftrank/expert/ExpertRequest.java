package org.craftrank.expert;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Creates or replaces an expert. */
@Schema(name = "ExpertRequest")
public record ExpertRequest(
        @NotBlank @Size(max = 50) String name,
        @NotBlank @Size(max = 200) @Schema(description = "工作单位; used by the conflict-of-interest rules") String employer,
        @Size(max = 100) @Schema(description = "职称 or post") String title,
        @Size(max = 200) @Schema(description = "专业领域") String specialty,
        @Size(max = 100) @Schema(description = "组别; must be one of the model's groups when it defines any")
        String group) {
}
