package org.craftrank.campaign;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.craftrank.campaign.calendar.HolidayYear;
import org.craftrank.campaign.calendar.HolidayYearValidator;
import org.craftrank.campaign.calendar.WorkingDayCalendar;
import org.craftrank.common.BundledText;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The official holiday calendars shipped in {@code src/main/resources/holidays/} (listed in its {@code index.txt}),
 * read and checked against their own quotes once at start; a faulty year stops the service, naming the file and
 * every fault. Gives the working-day calendar the public-notice period is counted on.
 */
@Startup
@ApplicationScoped
public class HolidayCalendarCatalog {

    static final String FOLDER = "holidays/";

    private static final Logger LOG = Logger.getLogger(HolidayCalendarCatalog.class);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final WorkingDayCalendar calendar;

    public HolidayCalendarCatalog() {
        List<HolidayYear> years = load();
        this.calendar = new WorkingDayCalendar(years);
        LOG.infof("Loaded the official holiday calendars of %s", calendar.years());
    }

    public WorkingDayCalendar workingDays() {
        return calendar;
    }

    /** Every year of the index, checked; package-private for tests. */
    static List<HolidayYear> load() {
        List<HolidayYear> years = new ArrayList<>();
        for (String line : BundledText.read(FOLDER + "index.txt").split("\n")) {
            String file = line.strip();
            if (!file.isEmpty() && !file.startsWith("#")) {
                years.add(parse(file, BundledText.read(FOLDER + file)));
            }
        }
        return years;
    }

    static HolidayYear parse(String fileName, String content) {
        HolidayYear year;
        try {
            year = YAML.readValue(content, HolidayYear.class);
        } catch (IOException e) {
            throw new IllegalStateException("Holiday calendar " + fileName + " cannot be read: " + e.getMessage(), e);
        }
        List<String> faults = new ArrayList<>(HolidayYearValidator.faults(year));
        if (!fileName.equals(year.year() + ".yaml")) {
            faults.add("year " + year.year() + " must be the file name without extension");
        }
        if (!faults.isEmpty()) {
            throw new IllegalStateException("Holiday calendar " + fileName + " is invalid:\n  - "
                    + String.join("\n  - ", faults));
        }
        return year;
    }

}
