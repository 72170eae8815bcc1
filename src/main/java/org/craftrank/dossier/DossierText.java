package org.craftrank.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The text of one TEXT section of a candidate's dossier (e.g. 工作成果, 300字以内). */
@Entity
@Table(name = "dossier_text")
public class DossierText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "campaign_id")
    public long campaignId;

    @Column(name = "candidate_id")
    public long candidateId;

    @Column(name = "section_code")
    public String sectionCode;

    @Column(length = 20000)
    public String body;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
