package org.craftrank.shortlist;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Set;

/**
 * The committee's request for a shortlist version: the campaign's rules apply; these are its own decisions.
 *
 * @param fixedInclusions codes to put on the list whatever their score
 * @param fixedExclusions codes to keep off the list
 */
@Schema(name = "ShortlistProposalRequest")
public record ProposalRequest(@Size(max = 1000) String note, @Size(max = 10000) Set<String> fixedInclusions,
                              @Size(max = 10000) Set<String> fixedExclusions) {
}
