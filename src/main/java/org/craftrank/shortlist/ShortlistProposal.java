package org.craftrank.shortlist;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * One version of a shortlist (建议名单): what was solved and the explained result, immutable once stored except
 * for the adoption stamp. The committee stores as many as it likes; ADMIN adopts one.
 */
@Entity
@Table(name = "shortlist_proposal")
public class ShortlistProposal {

    public enum Origin {
        /** Proposed by the committee (or the secretariat) during deliberation. */
        PROPOSED,
        /** Re-solved after a candidate withdrew during the public notice; adopted at once. */
        WITHDRAWAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "campaign_id")
    public Long campaignId;

    public int version;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Origin origin;

    @Column(name = "based_on_version")
    public Integer basedOnVersion;

    public String note;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "rules_json")
    public String rulesJson;

    @Column(name = "decisions_json")
    public String decisionsJson;

    @Column(name = "result_json", length = 1_000_000)
    public String resultJson;

    @Column(name = "adopted_at")
    public Instant adoptedAt;

    @Column(name = "adopted_by")
    public String adoptedBy;

    /** Candidate id by position on the list (1 = first in merit order). */
    @ElementCollection
    @CollectionTable(name = "shortlist_member", joinColumns = @JoinColumn(name = "proposal_id"))
    @MapKeyColumn(name = "position")
    @Column(name = "candidate_id")
    public Map<Integer, Long> members = new TreeMap<>();

    public boolean adopted() {
        return adoptedAt != null;
    }
}
