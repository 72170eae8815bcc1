package org.craftrank.expert;

import org.craftrank.common.version.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Expert")
public record ExpertView(long id, long campaignId, String name, String employer, String title, String specialty,
                         String group, @Schema(description = "row version; sent as the ETag, send it back in If-Match") long version) implements Versioned {

    static ExpertView of(Expert e) {
        return new ExpertView(e.id, e.campaignId, e.name, e.employer, e.title, e.specialty, e.group, e.version);
    }
}
