package org.craftrank.web;

import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How numbers and times look on the pages. Scores are stored exactly; pages round them for display only, with
 * the project's one rounding rule (half-even).
 */
@TemplateExtension
public final class TemplateFormats {

    /** Campaigns are run by Chinese secretariats: pages show Beijing time (the API speaks UTC). */
    public static final ZoneId PAGE_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(PAGE_ZONE);

    private TemplateFormats() {
    }

    /** A floating-point statistic to the given number of decimal places. */
    static String places(Double value, int places) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return "—";
        }
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** A score or weight as entered, without trailing zeros (8.5, not 8.5000). */
    public static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    static String time(Instant instant) {
        return instant == null ? "—" : TIME.format(instant);
    }

    static String urlEncode(String text) {
        return text == null ? "" : URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A share as a whole percentage for progress bars, 0 when there is nothing to do. */
    static int percentOf(int part, int whole) {
        return whole <= 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }
}
