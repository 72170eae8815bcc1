package org.craftrank.expert;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Expert")
public record ExpertView(long id, long campaignId, String name, String employer, String title, String specialty,
                         String group) {

    static ExpertView of(Expert e) {
        return new ExpertView(e.id, e.campaignId, e.name, e.employer, e.title, e.specialty, e.group);
    }
}
