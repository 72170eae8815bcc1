package org.craftrank.audit;

import java.util.List;

/** A page of audit lines, newest first. */
public record AuditPage(long total, int page, int size, List<AuditEventView> events) {
}
