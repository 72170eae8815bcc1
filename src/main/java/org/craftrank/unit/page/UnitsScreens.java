package org.craftrank.unit.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.craftrank.campaign.CampaignService;
import org.craftrank.campaign.page.CampaignHeader;
import org.craftrank.campaign.page.CampaignTabs;
import org.craftrank.campaign.page.SecretariatMsg;
import org.craftrank.campaign.phase.CampaignPhase;
import org.craftrank.common.FieldError;
import org.craftrank.common.NotFoundException;
import org.craftrank.unit.QuotaTableService;
import org.craftrank.unit.RecommendingUnitService;
import org.craftrank.unit.UnitKind;
import org.craftrank.unit.UnitListStatus;
import org.craftrank.unit.UnitView;
import org.craftrank.unit.ReturnListRequest;
import org.craftrank.web.Msg;
import org.craftrank.web.NavLink;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the secretariat's unit pages show, from the same read as {@code GET /api/campaigns/{id}/units}: every unit
 * with quota, nominations, the state of its list (未上报 / 已上报 / 已退回) and contact, sorted by name in the
 * page's collation (pinyin for Chinese names), and the choices of the forms.
 */
@ApplicationScoped
public class UnitsScreens {

    /** Units and quotas change in these phases (as the service allows). */
    static boolean editable(CampaignPhase phase) {
        return phase == CampaignPhase.DRAFT || phase == CampaignPhase.NOMINATION;
    }

    static final List<String> FILTERS = List.of("all", "not-nominated", "not-submitted");

    private final RecommendingUnitService units;
    private final QuotaTableService quotaTables;
    private final CampaignService campaigns;
    private final Validator validator;

    public UnitsScreens(RecommendingUnitService units, QuotaTableService quotaTables, CampaignService campaigns,
                        Validator validator) {
        this.units = units;
        this.quotaTables = quotaTables;
        this.campaigns = campaigns;
        this.validator = validator;
    }

    public record Option(String value, String label) {
    }

    public record ErrorLink(String id, String message) {
    }

    public record Row(long id, String name, String kind, String quota, long nominated, boolean nominatedNobody,
                      String status, String statusKey, String contact) {
    }

    /** The list page: the table (filtered), the add form and the quota-table form. */
    public record ListPage(CampaignHeader campaign, List<NavLink> tabs, String summary, List<Option> filters,
                           String filter, List<Row> rows, boolean editable, String lockedNote, List<Option> kinds,
                           List<Option> quotaTables, UnitForm form, Map<String, String> errors,
                           List<ErrorLink> summaryLinks, String tableError, String refusal) {

        public String error(String field) {
            return errors.get(field);
        }
    }

    /** The edit page of one unit, with its list's state and the return form. */
    public record EditPage(CampaignHeader campaign, List<NavLink> tabs, long unitId, String unitName, boolean editable,
                           String lockedNote, List<Option> kinds, UnitForm form, Map<String, String> errors,
                           List<ErrorLink> summaryLinks, String status, boolean submitted, java.time.Instant submittedAt,
                           java.time.Instant returnedAt, String returnReason, long nominated, boolean returnable,
                           String reasonTyped, String reasonError, int reasonMax, String refusal) {

        public String error(String field) {
            return errors.get(field);
        }
    }

    public ListPage list(long campaignId, String filter, UnitForm form, Map<String, String> errors, String tableError,
                         String refusal, Msg msg, UnitsMsg texts, SecretariatMsg sec) {
        CampaignService.Heading heading = campaigns.heading(campaignId);
        CampaignHeader header = CampaignHeader.of(heading, msg);
        List<UnitView> all = units.list(campaignId);
        String shown = filter != null && FILTERS.contains(filter) ? filter : "all";
        Collator collator = Collator.getInstance("en".equals(msg.language_tag()) ? Locale.ENGLISH : Locale.CHINA);
        List<Row> rows = all.stream()
                .filter(u -> switch (shown) {
                    case "not-nominated" -> u.nominated() == 0;
                    case "not-submitted" -> u.listStatus() != UnitListStatus.SUBMITTED;
                    default -> true;
                })
                .sorted(Comparator.comparing(UnitView::name, collator))
                .map(u -> new Row(u.id(), u.name(), texts.kind(u.kind()), quota(u), u.nominated(), u.nominated() == 0,
                        texts.list_status(u.listStatus()), u.listStatus().name().toLowerCase(Locale.ROOT),
                        u.contact() == null ? "" : u.contact()))
                .toList();
        int places = all.stream().mapToInt(UnitView::quota).sum();
        long nominated = all.stream().mapToLong(UnitView::nominated).sum();
        int missing = (int) all.stream().filter(u -> u.nominated() == 0).count();
        int open = (int) all.stream().filter(u -> u.listStatus() != UnitListStatus.SUBMITTED).count();
        boolean editable = editable(heading.phase());
        List<Option> tables = quotaTables.tables().stream().map(t -> new Option(t.id(), texts.quota_table_option(
                t.name(), t.total() == null ? "—" : String.valueOf(t.total())))).toList();
        return new ListPage(header, CampaignTabs.of(campaignId, heading.phase(), CampaignTabs.Tab.UNITS, sec, msg),
                texts.summary(all.size(), places, nominated, missing, open),
                FILTERS.stream().map(f -> new Option(f, texts.filter(f))).toList(), shown, rows, editable,
                editable ? null : texts.locked(header.phaseLabel()), kinds(texts), tables,
                form == null ? UnitForm.blank() : form, errors, links(errors), tableError, refusal);
    }

    public EditPage edit(long campaignId, long unitId, UnitForm form, Map<String, String> errors, String reasonTyped,
                         String reasonError, String refusal, Msg msg, UnitsMsg texts, SecretariatMsg sec) {
        CampaignService.Heading heading = campaigns.heading(campaignId);
        CampaignHeader header = CampaignHeader.of(heading, msg);
        UnitView unit = units.find(campaignId, unitId).orElseThrow(() -> new NotFoundException("recommending unit",
                unitId));
        boolean editable = editable(heading.phase());
        return new EditPage(header, CampaignTabs.of(campaignId, heading.phase(), CampaignTabs.Tab.UNITS, sec, msg),
                unitId, unit.name(), editable, editable ? null : texts.locked(header.phaseLabel()), kinds(texts),
                form == null ? UnitForm.of(unit) : form, errors, links(errors), texts.list_status(unit.listStatus()),
                unit.listStatus() == UnitListStatus.SUBMITTED, unit.listSubmittedAt(), unit.listReturnedAt(),
                unit.listReturnReason(), unit.nominated(),
                unit.listStatus() == UnitListStatus.SUBMITTED && heading.phase() == CampaignPhase.NOMINATION,
                reasonTyped == null ? "" : reasonTyped, reasonError, ReturnListRequest.MAX_REASON, refusal);
    }

    /** The form's own and the request's constraint errors, by form field. */
    Map<String, String> check(UnitForm form, Object request, UnitsMsg texts) {
        Map<String, String> errors = new LinkedHashMap<>();
        form.unreadable().forEach((field, rule) -> errors.put(field, texts.error(rule, "")));
        for (ConstraintViolation<Object> v : validator.validate(request)) {
            Object max = v.getConstraintDescriptor().getAttributes().get("max");
            String rule = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()
                    .replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
            String field = v.getPropertyPath().toString();
            errors.putIfAbsent(UnitForm.FIELDS.contains(field) ? field : "name",
                    texts.error(rule, max == null ? "" : String.valueOf(max)));
        }
        return errors;
    }

    /** The service's field errors, by form field. */
    static void add(Map<String, String> errors, List<FieldError> fieldErrors, UnitsMsg texts) {
        fieldErrors.forEach(e -> errors.putIfAbsent(UnitForm.FIELDS.contains(e.field()) ? e.field() : "name",
                texts.error(e.rule(), "")));
    }

    private static String quota(UnitView u) {
        return u.minimum() == null || u.minimum() == u.quota() ? String.valueOf(u.quota())
                : u.minimum() + "–" + u.quota();
    }

    private static List<Option> kinds(UnitsMsg texts) {
        return Arrays.stream(UnitKind.values()).map(k -> new Option(k.name(), texts.kind(k))).toList();
    }

    private static List<ErrorLink> links(Map<String, String> errors) {
        List<ErrorLink> links = new ArrayList<>();
        for (String field : UnitForm.FIELDS) {
            if (errors.containsKey(field)) {
                links.add(new ErrorLink("u-" + field, errors.get(field)));
            }
        }
        return links;
    }
}
