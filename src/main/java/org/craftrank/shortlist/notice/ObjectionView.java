package org.craftrank.shortlist.notice;

import org.craftrank.shortlist.Objection;

import java.time.Instant;

/** An objection as the secretariat sees it: the candidate by code (identities go through the audited reveal). */
public record ObjectionView(long id, String code, String summary, Instant receivedAt, String recordedBy,
                            Objection.Outcome outcome, String outcomeReason, Instant decidedAt, String decidedBy,
                            Integer resultingVersion) {

    static ObjectionView of(Objection o, String code) {
        return new ObjectionView(o.id, code, o.summary, o.receivedAt, o.recordedBy, o.outcome, o.outcomeReason,
                o.decidedAt, o.decidedBy, o.resultingVersion);
    }
}
