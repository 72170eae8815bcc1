package org.craftrank.campaign;

import org.craftrank.campaign.calendar.NoticePeriod;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The campaign's public-notice period and, once the notice is up, its dates in Asia/Shanghai. */
@Schema(name = "PublicNoticePeriod")
public record PublicNoticeView(
        int length, NoticePeriod.Unit unit,
        @Schema(description = "the day the notice went up (entering PUBLIC_NOTICE); null before")
        LocalDate opensOn,
        @Schema(description = "the last day of the minimum period; null before the notice, or when the holiday "
                + "calendar of a year it reaches is not on file (calendarMissingFor)")
        LocalDate lastDay,
        @Schema(description = "the first day the list may be published") LocalDate publishableFrom,
        @Schema(description = "a year the period reaches whose official holiday calendar is not on file")
        Integer calendarMissingFor) {
}
