package org.craftrank.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One file of a candidate's dossier: its metadata. The bytes are in the {@link org.craftrank.dossier.store.FileStore}. */
@Entity
@Table(name = "dossier_file")
public class DossierFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "campaign_id")
    public long campaignId;

    @Column(name = "candidate_id")
    public long candidateId;

    @Column(name = "section_code")
    public String sectionCode;

    /** Random; names the bytes in the file store and nothing else. */
    @Column(name = "storage_key")
    public String storageKey;

    /** SHA-256 of the plain bytes, lower-case hex. */
    public String sha256;

    @Column(name = "size_bytes")
    public long sizeBytes;

    /** Detected from the bytes, never taken from the client. */
    @Column(name = "media_type")
    public String mediaType;

    /** As the uploader named it; personal data of a kind (it may name the candidate), never logged. */
    @Column(name = "file_name")
    public String fileName;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;
}
