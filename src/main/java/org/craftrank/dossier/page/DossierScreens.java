package org.craftrank.dossier.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Response;
import org.craftrank.campaign.CampaignService;
import org.craftrank.campaign.page.CampaignHeader;
import org.craftrank.common.FieldError;
import org.craftrank.common.InvalidInputException;
import org.craftrank.common.NotFoundException;
import org.craftrank.common.PayloadTooLargeException;
import org.craftrank.common.RuleConflictException;
import org.craftrank.common.access.Caller;
import org.craftrank.dossier.DossierService;
import org.craftrank.dossier.DossierView;
import org.craftrank.dossier.FileView;
import org.craftrank.dossier.SectionView;
import org.craftrank.dossier.evidence.EvidenceLayout;
import org.craftrank.model.definition.Capability;
import org.craftrank.model.definition.DossierFileType;
import org.craftrank.model.definition.ScoringModel;
import org.craftrank.model.definition.SubIndicator;
import org.craftrank.web.PageFrame;
import org.craftrank.web.PageFrames;
import org.craftrank.web.PageLanguage;
import org.craftrank.web.PageRequest;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The dossier page of one candidate for its unit and for the secretariat (the two roles' resources differ only in
 * their {@link Scope}), and the evidence beside the expert's score form. Everything is read through
 * {@link DossierService#view}, the method the JSON API's {@code GET …/dossier} calls, and written through the same
 * service methods as the API; refusals come back beside their section, worded from the rule codes.
 */
@RequestScoped
public class DossierScreens {

    /** Where the result of a change is said after its redirect: a word, never text a user typed. */
    static final String DONE = "done";

    private static final Pattern DUPLICATE_SECTION = Pattern.compile("in section ([A-Z0-9_]+)");

    @CheckedTemplate(basePath = "DossierPages")
    static class Templates {
        static native TemplateInstance dossier(PageFrame frame, DossierPage page);
    }

    /**
     * Who works on which candidate's dossier, and where the page returns to.
     *
     * @param base the page's path
     */
    public record Scope(long campaignId, long candidateId, Caller caller, String base, String back, String backLabel) {
    }

    /** A refusal to show beside a section (or above all when {@code section} is null), with what was typed. */
    record Refusal(int status, String section, String message, String typedText) {
    }

    private final DossierService dossiers;
    private final CampaignService campaigns;
    private final PageRequest request;
    private final PageFrames frames;

    public DossierScreens(DossierService dossiers, CampaignService campaigns, PageRequest request,
                          PageFrames frames) {
        this.dossiers = dossiers;
        this.campaigns = campaigns;
        this.request = request;
        this.frames = frames;
    }

    // ------------------------------------------------------------------------------------------------------
    // The unit's and the secretariat's page
    // ------------------------------------------------------------------------------------------------------

    public Response page(Scope scope, String done) {
        return Response.ok(render(scope, doneMessage(done), null)).build();
    }

    public Response upload(Scope scope, String section, FileUpload file) {
        if (file == null || file.uploadedFile() == null || file.fileName() == null || file.fileName().isBlank()) {
            return refused(scope, new Refusal(400, section, texts().error_no_file(), null));
        }
        return write(scope, section, null, "uploaded", () -> dossiers.upload(scope.campaignId(),
                scope.candidateId(), section, new DossierService.Upload(file.uploadedFile(), file.fileName()),
                scope.caller()));
    }

    public Response replace(Scope scope, long fileId, FileUpload file) {
        String section = sectionOfFile(scope, fileId).orElse(null);
        if (section == null) {
            return refused(scope, new Refusal(404, null, texts().error_file_gone(), null));
        }
        if (file == null || file.uploadedFile() == null || file.fileName() == null || file.fileName().isBlank()) {
            return refused(scope, new Refusal(400, section, texts().error_no_file(), null));
        }
        return write(scope, section, null, "replaced", () -> dossiers.replace(scope.campaignId(),
                scope.candidateId(), fileId, new DossierService.Upload(file.uploadedFile(), file.fileName()),
                scope.caller()));
    }

    public Response remove(Scope scope, long fileId) {
        String section = sectionOfFile(scope, fileId).orElse(null);
        if (section == null) {
            return refused(scope, new Refusal(404, null, texts().error_file_gone(), null));
        }
        return write(scope, section, null, "removed", () -> {
            dossiers.remove(scope.campaignId(), scope.candidateId(), fileId, scope.caller());
            return null;
        });
    }

    public Response saveText(Scope scope, String section, String text) {
        String typed = text == null ? "" : text;
        return write(scope, section, typed, "text", () -> dossiers.saveText(scope.campaignId(), scope.candidateId(),
                section, typed, scope.caller()));
    }

    private Response write(Scope scope, String section, String typedText, String done, Action action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            FieldError error = e.errors().isEmpty() ? null : e.errors().get(0);
            return refused(scope, new Refusal(400, section, error == null ? texts().error_generic()
                    : invalid(scope, section, error, typedText), typedText));
        } catch (PayloadTooLargeException e) {
            return refused(scope, new Refusal(413, section, tooLarge(scope, section, e.rule()), typedText));
        } catch (RuleConflictException e) {
            if ("phase".equals(e.rule())) {
                return refused(scope, new Refusal(409, null, texts().error_phase(phaseLabel(scope)), typedText));
            }
            return refused(scope, new Refusal(409, section, conflict(scope, e), typedText));
        } catch (NotFoundException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("file ")) {
                return refused(scope, new Refusal(404, null, texts().error_file_gone(), null));
            }
            throw e;
        }
        return Response.seeOther(URI.create(scope.base() + "?" + DONE + "=" + done + "#section-" + section)).build();
    }

    @FunctionalInterface
    private interface Action {
        Object run();
    }

    private Response refused(Scope scope, Refusal refusal) {
        return Response.status(refusal.status()).entity(render(scope, null, refusal)).build();
    }

    private String invalid(Scope scope, String section, FieldError error, String typedText) {
        DossierMsg t = texts();
        return switch (error.rule()) {
            case "file-type" -> t.error_file_type(typesOf(scope, section));
            case "not-empty" -> t.error_not_empty();
            case "pdf-incomplete" -> t.error_pdf_incomplete();
            case "pdf-encrypted" -> t.error_pdf_encrypted();
            case "pdf-javascript" -> t.error_pdf_javascript();
            case "pdf-unreadable" -> t.error_pdf_unreadable();
            case "required" -> t.error_no_file();
            case "max-length" -> {
                int length = typedText == null ? 0 : typedText.strip().codePointCount(0, typedText.strip().length());
                yield t.error_max_length(length, maxChars(scope, section));
            }
            case "control-character", "lone-surrogate" -> t.error_text_characters();
            default -> error.field().equals("text") ? t.error_text_characters() : t.error_generic();
        };
    }

    private String tooLarge(Scope scope, String section, String rule) {
        DossierView view = view(scope);
        if ("candidate-total".equals(rule)) {
            return texts().error_candidate_total(mib(view.maxTotalBytes()));
        }
        return view.sections().stream().filter(s -> s.code().equals(section)).findFirst()
                .map(s -> texts().error_file_size(mib(s.maxFileBytes() == null ? 0 : s.maxFileBytes())))
                .orElse(texts().error_generic());
    }

    private String conflict(Scope scope, RuleConflictException e) {
        return switch (e.rule()) {
            case "duplicate" -> {
                Matcher m = DUPLICATE_SECTION.matcher(e.getMessage() == null ? "" : e.getMessage());
                String code = m.find() ? m.group(1) : null;
                yield texts().error_duplicate(view(scope).sections().stream().filter(s -> s.code().equals(code))
                        .map(SectionView::name).findFirst().orElse("—"));
            }
            case "section-full" -> texts().error_section_full(view(scope).sections().stream()
                    .filter(s -> e.getMessage().contains("section " + s.code() + " "))
                    .map(s -> s.maxFiles() == null ? 0 : s.maxFiles()).findFirst().orElse(0));
            default -> texts().error_generic();
        };
    }

    private TemplateInstance render(Scope scope, String done, Refusal refusal) {
        DossierView view = view(scope);
        ScoringModel model = campaigns.model(scope.campaignId());
        Map<String, SubIndicator> items = model.subIndicators()
                .collect(Collectors.toMap(SubIndicator::code, Function.identity()));
        boolean english = request.language() == PageLanguage.EN;
        DossierMsg t = texts();
        List<DossierPage.Section> sections = new ArrayList<>();
        for (SectionView s : view.sections()) {
            boolean mine = refusal != null && s.code().equals(refusal.section());
            boolean isText = "TEXT".equals(s.kind());
            String text = mine && refusal.typedText() != null ? refusal.typedText() : s.text() == null ? "" : s.text();
            String types = s.types().stream().map(DossierFileType::name).collect(Collectors.joining("、"));
            String limits = isText ? t.kind_text(s.maxChars() == null ? 0 : s.maxChars())
                    : t.kind_files(types, s.maxFiles() == null ? 0 : s.maxFiles(),
                    mib(s.maxFileBytes() == null ? 0 : s.maxFileBytes()));
            String itemNames = s.subIndicators().stream().map(code -> {
                SubIndicator item = items.get(code);
                return item == null ? code : code + " " + (english ? item.nameEn() : item.name());
            }).collect(Collectors.joining("、"));
            String accept = s.types().stream().map(type -> type.mediaType() + ",." + type.extension())
                    .collect(Collectors.joining(","));
            List<DossierPage.File> files = s.files().stream().map(f -> new DossierPage.File(f.id(),
                    f.fileName() == null ? "" : f.fileName(), typeName(f.mediaType()), mib(f.sizeBytes()) + " MiB",
                    f.uploadedAt(), contentHref(view, f))).toList();
            boolean full = !isText && s.maxFiles() != null && files.size() >= s.maxFiles();
            sections.add(new DossierPage.Section(s.code(), s.name(), s.basis(), s.required(), s.complete(), isText,
                    limits, itemNames, accept, full, files, text, text.strip().codePointCount(0, text.strip().length()),
                    s.maxChars(), mine ? refusal.message() : null));
        }
        CampaignService.Heading heading = campaigns.heading(scope.campaignId());
        CampaignHeader header = CampaignHeader.of(heading, request.msg());
        String stored = t.stored(mib(view.storedBytes()), mib(view.maxTotalBytes()));
        String general = refusal != null && refusal.section() == null ? refusal.message() : null;
        DossierPage page = new DossierPage(header, view.candidateId(), view.candidateCode(), view.candidateName(),
                scope.base(), scope.back(), scope.backLabel(), view.writable(), stored, sections, done, general);
        return request.localized(Templates.dossier(frames.frame(), page));
    }

    private DossierView view(Scope scope) {
        return dossiers.view(scope.campaignId(), scope.candidateId(), scope.caller());
    }

    private Optional<String> sectionOfFile(Scope scope, long fileId) {
        return view(scope).sections().stream().filter(s -> s.files().stream().anyMatch(f -> f.id() == fileId))
                .map(SectionView::code).findFirst();
    }

    private String typesOf(Scope scope, String section) {
        return view(scope).sections().stream().filter(s -> s.code().equals(section)).findFirst()
                .map(s -> s.types().stream().map(DossierFileType::name).collect(Collectors.joining("、")))
                .orElse("—");
    }

    private int maxChars(Scope scope, String section) {
        return view(scope).sections().stream().filter(s -> s.code().equals(section)).findFirst()
                .map(s -> s.maxChars() == null ? 0 : s.maxChars()).orElse(0);
    }

    private String phaseLabel(Scope scope) {
        return CampaignHeader.of(campaigns.heading(scope.campaignId()), request.msg()).phaseLabel();
    }

    private String doneMessage(String done) {
        if (done == null) {
            return null;
        }
        DossierMsg t = texts();
        return switch (done) {
            case "uploaded" -> t.done_uploaded();
            case "replaced" -> t.done_replaced();
            case "removed" -> t.done_removed();
            case "text" -> t.done_text();
            default -> null;
        };
    }

    // ------------------------------------------------------------------------------------------------------
    // The evidence beside the expert's score form
    // ------------------------------------------------------------------------------------------------------

    /**
     * The candidate's evidence for an expert's score sheet, read through {@link DossierService#view} with the
     * expert as the caller (so only an assigned, non-conflicted expert reads it, and a blind campaign's names are
     * already withheld).
     */
    public Evidence evidence(long campaignId, long candidateId, Caller caller, ScoringModel model) {
        DossierView view = dossiers.view(campaignId, candidateId, caller);
        DossierMsg t = texts();
        Map<String, String> capabilityOfItem = new LinkedHashMap<>();
        for (Capability c : model.capabilities()) {
            c.subIndicators().forEach(s -> capabilityOfItem.put(s.code(), c.code()));
        }
        Map<String, EvidenceLayout.Section> refs = new LinkedHashMap<>();
        view.sections().forEach(s -> refs.put(s.code(), new EvidenceLayout.Section(s.code(), s.subIndicators(),
                !s.types().isEmpty() && s.types().stream()
                        .allMatch(type -> type == DossierFileType.JPEG || type == DossierFileType.PNG))));
        EvidenceLayout.Placement placement = EvidenceLayout.place(List.copyOf(refs.values()), capabilityOfItem);
        Map<String, Evidence.Section> shown = new LinkedHashMap<>();
        int[] number = {0};
        for (SectionView s : view.sections()) {
            if (view.blind() && EvidenceLayout.isPortrait(refs.get(s.code()))) {
                continue;
            }
            List<Evidence.File> files = s.files().stream().map(f -> {
                number[0]++;
                String label = view.blind() || f.fileName() == null ? t.file_numbered(number[0]) : f.fileName();
                return new Evidence.File(f.id(), label, kindOf(f.mediaType()), mib(f.sizeBytes()) + " MiB",
                        contentHref(view, f));
            }).toList();
            shown.put(s.code(), new Evidence.Section(s.code(), s.name(), s.basis(), files, s.text()));
        }
        List<Evidence.Section> general = placement.general().stream().map(shown::get)
                .filter(s -> s != null && !s.isEmpty()).toList();
        Map<String, List<Evidence.Section>> byItem = new LinkedHashMap<>();
        placement.byItem().forEach((item, codes) -> byItem.put(item, codes.stream().map(shown::get)
                .filter(java.util.Objects::nonNull).toList()));
        Map<String, List<Evidence.Section>> byCapability = new LinkedHashMap<>();
        placement.byCapability().forEach((capability, codes) -> byCapability.put(capability, codes.stream()
                .map(shown::get).filter(java.util.Objects::nonNull).toList()));
        return new Evidence(view.blind(), general, byItem, byCapability);
    }

    // ------------------------------------------------------------------------------------------------------

    private DossierMsg texts() {
        return request.bundle(DossierMsg.class);
    }

    /** The API's download of the file: the same access check, audit line, ranges and expert watermark. */
    private static String contentHref(DossierView view, FileView f) {
        return "/api/campaigns/" + view.campaignId() + "/candidates/" + view.candidateId() + "/dossier/files/"
                + f.id() + "/content";
    }

    private static String kindOf(String mediaType) {
        if ("application/pdf".equals(mediaType)) {
            return "pdf";
        }
        return mediaType != null && mediaType.startsWith("video/") ? "video" : "image";
    }

    private static String typeName(String mediaType) {
        return DossierFileType.ofMediaType(mediaType).map(DossierFileType::name).orElse("—");
    }

    /** Bytes in MiB for people: two decimals below 10 MiB, one above, never 0 for a non-empty file. */
    static String mib(long bytes) {
        if (bytes <= 0) {
            return "0";
        }
        BigDecimal value = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024L), 2,
                RoundingMode.HALF_EVEN);
        if (value.signum() == 0) {
            return "0.01";
        }
        if (value.compareTo(BigDecimal.TEN) >= 0) {
            value = value.setScale(1, RoundingMode.HALF_EVEN);
        }
        return value.stripTrailingZeros().toPlainString();
    }
}
