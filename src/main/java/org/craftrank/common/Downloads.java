package org.craftrank.common;

import jakarta.ws.rs.core.Response;
import org.craftrank.export.ExportLanguage;

import java.util.Locale;

/** What every export route shares: its media types, the {@code lang} parameter and the attachment response. */
public final class Downloads {

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    /** {@code zh} (the default) or {@code en}; anything else is a 400 naming the parameter. */
    public static ExportLanguage language(String lang) {
        return switch (lang.toLowerCase(Locale.ROOT)) {
            case "zh", "zh-cn" -> ExportLanguage.ZH;
            case "en" -> ExportLanguage.EN;
            default -> throw InvalidInputException.of("lang", "known-language", "lang must be zh or en, was " + lang);
        };
    }

    public static Response attachment(byte[] body, String type, String fileName) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
