package org.craftrank.shortlist.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.craftrank.audit.AuditAction;
import org.craftrank.audit.AuditEntry;
import org.craftrank.audit.AuditLog;
import org.craftrank.campaign.Campaign;
import org.craftrank.campaign.CampaignPhaseChanged;
import org.craftrank.campaign.CampaignService;
import org.craftrank.campaign.PublicNoticePeriods;
import org.craftrank.campaign.phase.CampaignPhase;
import org.craftrank.candidate.Candidate;
import org.craftrank.candidate.CandidateRepository;
import org.craftrank.candidate.Gender;
import org.craftrank.common.NotFoundException;
import org.craftrank.common.Sha256;
import org.craftrank.export.CsvWriter;
import org.craftrank.export.ExportLanguage;
import org.craftrank.export.ExportTable;
import org.craftrank.export.SpreadsheetText;
import org.craftrank.shortlist.ShortlistProposal;
import org.craftrank.shortlist.ShortlistService;
import org.craftrank.unit.RecommendingUnit;
import org.craftrank.unit.RecommendingUnitRepository;

import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The public notice (公示) of the adopted list and its publication (公布): the model's publishable fields only,
 * exports, and the checksum that freezes the published list.
 */
@ApplicationScoped
public class NoticeService {

    /** Phases in which anybody, signed in or not, may read the notice. */
    public static final Set<CampaignPhase> PUBLIC = EnumSet.of(CampaignPhase.PUBLIC_NOTICE, CampaignPhase.PUBLISHED);

    private final EntityManager em;
    private final CandidateRepository candidates;
    private final CampaignService campaigns;
    private final PublicNoticePeriods noticePeriods;
    private final ShortlistService shortlists;
    private final AuditLog audit;
    private final Clock clock;
    private final RecommendingUnitRepository unitRepository;

    public NoticeService(EntityManager em, CampaignService campaigns, ShortlistService shortlists, AuditLog audit,
                         Clock clock, RecommendingUnitRepository unitRepository, CandidateRepository candidates,
                         PublicNoticePeriods noticePeriods) {
        this.em = em;
        this.candidates = candidates;
        this.unitRepository = unitRepository;
        this.campaigns = campaigns;
        this.noticePeriods = noticePeriods;
        this.shortlists = shortlists;
        this.audit = audit;
        this.clock = clock;
    }

    /** For the secretariat, from APPROVED on. */
    @Transactional
    public NoticeView notice(long campaignId, ExportLanguage language) {
        Campaign campaign = campaigns.require(campaignId);
        return build(campaign, shortlists.adoptedList(campaign), language);
    }

    /** For the public: only while the notice is up or after publication; otherwise the notice does not exist. */
    @Transactional
    public NoticeView publicNotice(long campaignId, ExportLanguage language) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null || !PUBLIC.contains(campaign.phase)) {
            throw new NotFoundException("public notice", campaignId);
        }
        return build(campaign, shortlists.adoptedList(campaign), language);
    }

    /** The notice as a table for CSV and XLSX. */
    public static ExportTable table(NoticeView notice) {
        List<List<Object>> rows = new ArrayList<>();
        for (List<String> row : notice.rows()) {
            rows.add(row.stream().map(cell -> (Object) SpreadsheetText.neutralise(cell)).toList());
        }
        return new ExportTable(SpreadsheetText.neutralise(notice.heading()), notice.headings(), rows);
    }

    /** 公布: freezes the list with the checksum of its canonical (Chinese) CSV, in the transaction of the move. */
    void onPublished(@Observes CampaignPhaseChanged change) {
        if (change.to() != CampaignPhase.PUBLISHED) {
            return;
        }
        Campaign campaign = campaigns.require(change.campaignId());
        NoticeView notice = build(campaign, shortlists.adoptedList(campaign), ExportLanguage.ZH);
        campaign.publishedChecksum = checksum(notice);
        campaign.publishedAt = clock.instant();
        audit.append(AuditEntry.of(AuditAction.CAMPAIGN_PUBLISHED, "campaign", campaign.id).inCampaign(campaign.id)
                .change(null, Map.of("checksum", campaign.publishedChecksum, "count", notice.count())));
    }

    static String checksum(NoticeView notice) {
        return Sha256.hex(new String(CsvWriter.write(table(notice)), StandardCharsets.UTF_8));
    }

    private NoticeView build(Campaign campaign, ShortlistProposal adopted, ExportLanguage language) {
        boolean zh = language == ExportLanguage.ZH;
        List<NoticeColumns.Column> columns = NoticeColumns.of(campaigns.modelOf(campaign).publishableFields());
        Map<Long, RecommendingUnit> units = new HashMap<>();
        unitRepository.listByCampaign(campaign.id).forEach(u -> units.put(u.id, u));
        List<Candidate> listed = candidates.listByIds(adopted.members.values());
        // By unit (in the order the units were entered, which follows the notices' annexes), then by name.
        Collator chinese = Collator.getInstance(Locale.CHINA);
        List<Candidate> ordered = listed.stream()
                .sorted(Comparator.comparing((Candidate c) -> c.unitId, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(c -> c.name, chinese).thenComparing(c -> c.id))
                .toList();
        List<List<String>> rows = new ArrayList<>();
        for (Candidate c : ordered) {
            NoticePerson person = person(c, units.get(c.unitId), zh);
            rows.add(columns.stream().map(col -> {
                String value = col.value().apply(person);
                return value == null ? "" : value;
            }).toList());
        }
        String heading = campaign.name + (zh ? "拟入选人员名单" + (campaign.phase == CampaignPhase.PUBLISHED ? "公布"
                : "公示") : " — " + (campaign.phase == CampaignPhase.PUBLISHED ? "published list" : "public notice"));
        String introduction = zh
                ? "经推荐单位推荐、形式审查、专家评审和审定，现将拟入选人员名单予以"
                + (campaign.phase == CampaignPhase.PUBLISHED ? "公布" : "公示") + "（排名不分先后）。"
                : "After nomination, formal review, expert review and approval, the following candidates are listed "
                + "(in no order of merit).";
        return new NoticeView(campaign.id, heading, introduction, campaign.phase,
                columns.stream().map(NoticeColumns.Column::field).toList(),
                columns.stream().map(col -> zh ? col.zh() : col.en()).toList(), rows, rows.size(),
                campaign.publishedChecksum, campaign.publishedAt, noticePeriods.of(campaign));
    }

    private static NoticePerson person(Candidate c, RecommendingUnit unit, boolean zh) {
        String gender = c.gender == null ? null : zh ? (c.gender == Gender.FEMALE ? "女" : "男")
                : (c.gender == Gender.FEMALE ? "female" : "male");
        return new NoticePerson(c.name, gender, c.ethnicity, c.employer, c.position, c.industry, c.trade, c.title,
                c.skillLevel, c.honours, c.awards, unit == null ? null : unit.name, c.group);
    }
}
