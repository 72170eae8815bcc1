package org.craftrank.dossier;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A candidate's dossier (申报材料): every section of the campaign's model with its files and text. */
public record DossierView(long campaignId, long candidateId,
                          @Schema(description = "the candidate's pseudonymous code") String candidateCode,
                          @Schema(description = "null for experts in a blind campaign") String candidateName,
                          String phase,
                          @Schema(description = "files and texts may be changed by the caller now") boolean writable,
                          @Schema(description = "a blind campaign read by an expert: file names hidden") boolean blind,
                          long storedBytes, long maxTotalBytes, List<SectionView> sections) {
}
