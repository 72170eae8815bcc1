package org.craftrank.scoring.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** 评审分配: an expert is to score a candidate. */
@Entity
@Table(name = "assignment")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "campaign_id")
    public Long campaignId;

    @Column(name = "expert_id")
    public Long expertId;

    @Column(name = "candidate_id")
    public Long candidateId;

    @Column(name = "created_at")
    public Instant createdAt;
}
