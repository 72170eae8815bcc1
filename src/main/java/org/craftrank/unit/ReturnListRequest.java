package org.craftrank.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The secretariat returns a unit's submitted list (退回) for corrections, saying why. */
@Schema(name = "ReturnListRequest")
public record ReturnListRequest(
        @NotBlank @Size(max = ReturnListRequest.MAX_REASON)
        @Schema(description = "what the unit should correct; shown to the unit", examples = "请补充第2名推荐对象的推荐人信息")
        String reason) {

    /** The longest reason (characters), for the API's check, the service and the form's counter. */
    public static final int MAX_REASON = 500;
}
