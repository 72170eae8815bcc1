package org.craftrank.candidate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of candidates, ordered by id. */
@Schema(name = "CandidatePage")
public record CandidatePage(List<CandidateView> items, int page, int size, long total) {
}
