package org.craftrank.campaign;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.craftrank.campaign.calendar.NoticePeriod;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The public notice's minimum length (公示期), as the campaign's settings carry it. */
@Schema(name = "PublicNoticeSettings", description = "how long the public notice (公示) runs at least before the list "
        + "may be published; counted from the day the campaign enters PUBLIC_NOTICE (Asia/Shanghai), that day "
        + "included when it is a working day. Default: 5 WORKING_DAYS")
public record PublicNoticeSettings(
        @NotNull @Min(1) @Max(60) @Schema(examples = "5") Integer length,
        @NotNull @Schema(description = "CALENDAR_DAYS (e.g. 企业公示（不少于5天）) or WORKING_DAYS, counted on the "
                + "official holiday calendar (放假调休安排) shipped in holidays/") NoticePeriod.Unit unit) {

    public static final PublicNoticeSettings DEFAULT = new PublicNoticeSettings(5, NoticePeriod.Unit.WORKING_DAYS);

    public NoticePeriod period() {
        return new NoticePeriod(length, unit);
    }
}
