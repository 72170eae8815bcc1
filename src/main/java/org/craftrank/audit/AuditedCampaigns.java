package org.craftrank.audit;

import java.util.List;

/**
 * The campaigns the audit log can be filtered by. Declared here and implemented by the campaign feature, which
 * itself writes to the audit log, so the audit feature needs no link back to it.
 */
public interface AuditedCampaigns {

    /** A campaign as the filter names it. */
    record Named(long id, String name) {
    }

    /** Every campaign, newest first. */
    List<Named> all();
}
