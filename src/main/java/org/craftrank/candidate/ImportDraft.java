package org.craftrank.candidate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/**
 * An uploaded summary table kept between its check and its import on the import page ({@link ImportDrafts}).
 * The content is the file, Base64-encoded and then encrypted with the personal-data key.
 */
@Entity
@Table(name = "import_draft")
public class ImportDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** SHA-256 of the token the page holds; the token itself is never stored. */
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "campaign_id")
    public long campaignId;

    @Column(name = "unit_id")
    public Long unitId;

    /** The account that uploaded it: nobody else may import it. */
    public String account;

    @Column(name = "file_sha256")
    public String fileSha256;

    @Column(name = "file_name")
    public String fileName;

    // VARCHAR on both databases (PostgreSQL's limit is 10,485,760 characters; a 5 MiB file takes 9.4 million).
    @Column(name = "content", length = 10_000_000)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public String content;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;
}
