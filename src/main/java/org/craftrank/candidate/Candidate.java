package org.craftrank.candidate;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.craftrank.security.pii.EncryptedString;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 推荐对象: a nominated worker, with the fields of the summary table (2024 annex 2, 2026 annex 3).
 * Year-months are stored as {@code yyyy-MM} text.
 */
@Entity
@Table(name = "candidate")
public class Candidate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "campaign_id")
    public Long campaignId;

    @Column(name = "unit_id")
    public Long unitId;

    /** Pseudonymous code, unique within the campaign; the only identifier anonymised views carry. */
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public Gender gender;

    @Column(name = "birth_year_month")
    public String birthYearMonth;

    public String ethnicity;
    public String education;

    @Column(name = "political_status")
    public String politicalStatus;

    /** 身份证号, normalised (trailing X upper-case). Personal data: encrypted at rest, masked in every view. */
    @Column(name = "id_number")
    @Convert(converter = EncryptedString.class)
    public String idNumber;

    /** Keyed HMAC of the normalised ID number: finds duplicates without decrypting. */
    @Column(name = "id_number_hmac")
    public String idNumberHmac;

    public String employer;
    public String position;
    public String industry;
    public String trade;
    public String title;

    @Column(name = "skill_level")
    public String skillLevel;

    @Column(name = "work_start")
    public String workStart;

    @Column(name = "shop_floor_years")
    public Integer shopFloorYears;

    @Column(name = "enterprise_type")
    public String enterpriseType;

    @Column(name = "personnel_category")
    public String personnelCategory;

    @Column(name = "migrant_worker")
    public Boolean migrantWorker;

    public String honours;
    public String awards;

    @ElementCollection
    @CollectionTable(name = "candidate_referee", joinColumns = @JoinColumn(name = "candidate_id"))
    @OrderColumn(name = "position")
    public List<Referee> referees = new ArrayList<>();

    @Column(name = "recommendation_reason")
    public String recommendationReason;

    @Column(name = "one_line_reason")
    public String oneLineReason;

    @Column(name = "personal_statement")
    public String personalStatement;

    @Column(name = "employer_address")
    public String employerAddress;

    public String postcode;

    /** 推荐对象联系电话. Personal data: encrypted at rest, masked in every view. */
    @Convert(converter = EncryptedString.class)
    public String phone;

    /** 组别, in campaigns whose model defines groups. */
    @Column(name = "group_name")
    public String group;

    /** 集团公司: the 2026 rule allows one candidate per group company and unit. */
    @Column(name = "group_company")
    public String groupCompany;

    /** 全国总工会已认定的大国工匠: declared by the unit; null when not declared. */
    @Column(name = "declared_recognised")
    public Boolean recognisedGreatCraftsman;

    /** 已担任单位领导职务: declared by the unit; null when not declared. */
    @Column(name = "declared_leadership_post")
    public Boolean leadershipPost;

    /** 已入选国家级和其他部委人才计划: declared by the unit; null when not declared. */
    @Column(name = "declared_talent_programme")
    public Boolean otherTalentProgramme;

    /** Model-specific fields (e.g. Shanghai's patent counts), by the model's extra-field code. */
    @ElementCollection
    @CollectionTable(name = "candidate_extra_field", joinColumns = @JoinColumn(name = "candidate_id"))
    @MapKeyColumn(name = "code")
    @Column(name = "field_value")
    public Map<String, String> extraFields = new TreeMap<>();

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;
}
