package org.craftrank.candidate;

/** A candidate's unmasked personal data; only the audited reveal endpoint returns it. */
public record PersonalDataView(long candidateId, String name, String idNumber, String phone) {
}
