package org.craftrank.security.access;

import java.util.Optional;

/**
 * The records an account can be bound to (a unit, an expert record, a campaign), looked up by the feature that
 * holds them. Every feature depends on security, so security asks these CDI beans instead of naming the
 * features' tables.
 */
public interface BindableRecords {

    enum Kind { UNIT, EXPERT, CAMPAIGN }

    Kind kind();

    /** The campaign the record belongs to (a campaign's own id for CAMPAIGN), or empty when there is no such record. */
    Optional<Long> campaignOf(long id);
}
