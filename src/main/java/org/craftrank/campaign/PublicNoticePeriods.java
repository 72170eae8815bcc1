package org.craftrank.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import org.craftrank.campaign.calendar.WorkingDayCalendar;
import org.craftrank.campaign.phase.CampaignPhase;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;

/**
 * The public notice's period of a campaign and, from PUBLIC_NOTICE on, its dates: it opens on the day the campaign
 * last entered PUBLIC_NOTICE (in {@link #ZONE}) and its minimum period is counted from there on the official
 * holiday calendar. One answer for the phase rule, the campaign's view and the notice itself.
 */
@ApplicationScoped
public class PublicNoticePeriods {

    /** The campaigns' dates are the secretariat's, in China: notice periods are counted in this zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final CampaignRepository campaigns;
    private final HolidayCalendarCatalog holidays;
    private final Clock clock;

    public PublicNoticePeriods(CampaignRepository campaigns, HolidayCalendarCatalog holidays, Clock clock) {
        this.campaigns = campaigns;
        this.holidays = holidays;
        this.clock = clock;
    }

    public PublicNoticeView of(Campaign campaign) {
        PublicNoticeSettings settings = settingsOf(campaign);
        Optional<LocalDate> opens = campaign.phase.compareTo(CampaignPhase.PUBLIC_NOTICE) < 0 ? Optional.empty()
                : campaigns.history(campaign.id).stream().filter(t -> t.toPhase == CampaignPhase.PUBLIC_NOTICE)
                .map(t -> t.happenedAt).max(Comparator.naturalOrder()).map(at -> at.atZone(ZONE).toLocalDate());
        if (opens.isEmpty()) {
            return new PublicNoticeView(settings.length(), settings.unit(), null, null, null, null);
        }
        try {
            LocalDate last = settings.period().lastDay(opens.get(), holidays.workingDays());
            return new PublicNoticeView(settings.length(), settings.unit(), opens.get(), last, last.plusDays(1), null);
        } catch (WorkingDayCalendar.NoHolidayCalendarException e) {
            return new PublicNoticeView(settings.length(), settings.unit(), opens.get(), null, null, e.year());
        }
    }

    /** Today where the campaigns' dates are counted. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    static PublicNoticeSettings settingsOf(Campaign campaign) {
        return new PublicNoticeSettings(campaign.noticePeriodLength, campaign.noticePeriodUnit);
    }
}
