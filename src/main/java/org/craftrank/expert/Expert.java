package org.craftrank.expert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 评审专家: a panel member. The employer matters: experts never score candidates of their own employer. */
@Entity
@Table(name = "expert")
public class Expert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "campaign_id")
    public Long campaignId;

    public String name;
    public String employer;
    public String title;
    public String specialty;

    /** 组别, in campaigns whose model defines groups. */
    @Column(name = "group_name")
    public String group;

    @Version
    public long version;
}
