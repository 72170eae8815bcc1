package org.craftrank.security.pii;

import io.quarkus.logging.LoggingFilter;
import org.jboss.logmanager.ExtLogRecord;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Masks ID-number- and phone-shaped text in every log line before it is written, whatever logged it.
 * Enabled on the handlers with {@code quarkus.log.console.filter=pii-mask}.
 */
@LoggingFilter(name = "pii-mask")
public class PersonalDataLogFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            String formatted = ext.getFormattedMessage();
            String masked = PersonalDataMasking.mask(formatted);
            if (masked != null && !masked.equals(formatted)) {
                ext.setMessage(masked, ExtLogRecord.FormatStyle.NO_FORMAT);
                ext.setParameters(null);
            }
        } else if (record.getMessage() != null) {
            record.setMessage(PersonalDataMasking.mask(record.getMessage()));
        }
        return true;
    }
}
