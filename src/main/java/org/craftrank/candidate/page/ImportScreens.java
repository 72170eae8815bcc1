package org.craftrank.candidate.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Response;
import org.craftrank.campaign.CampaignService;
import org.craftrank.campaign.CampaignView;
import org.craftrank.candidate.CandidateImportService;
import org.craftrank.candidate.ImportConfig;
import org.craftrank.candidate.ImportDrafts;
import org.craftrank.candidate.ImportReport;
import org.craftrank.candidate.Nominator;
import org.craftrank.candidate.intake.ImportProblem;
import org.craftrank.candidate.intake.SummaryLayout;
import org.craftrank.candidate.intake.SummaryTemplate;
import org.craftrank.common.FieldError;
import org.craftrank.common.InvalidInputException;
import org.craftrank.common.NotFoundException;
import org.craftrank.common.RuleConflictException;
import org.craftrank.unit.RecommendingUnitService;
import org.craftrank.unit.UnitView;
import org.craftrank.campaign.page.CampaignHeader;
import org.craftrank.web.Flash;
import org.craftrank.web.PageFrame;
import org.craftrank.web.PageFrames;
import org.craftrank.web.PageRequest;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The summary-table import page, for a unit's operator (its own unit) and the secretariat (any unit): upload and
 * check (a dry run through {@link CandidateImportService}, the same as the JSON API's), then import the checked file
 * kept by {@link ImportDrafts}, or read why not. The two roles' resources differ only in their {@link Scope}.
 */
@RequestScoped
public class ImportScreens {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @CheckedTemplate(basePath = "ImportPages")
    static class Templates {
        static native TemplateInstance upload(PageFrame frame, ImportPage page);
    }

    /**
     * Who imports where.
     *
     * @param path     the import page's path
     * @param back     the page the import returns to
     * @param ownUnit  the operator's unit, or null for the secretariat (who chooses)
     */
    public record Scope(long campaignId, String path, String back, Long ownUnit, Nominator nominator, String account) {
    }

    private final CandidateImportService importer;
    private final ImportDrafts drafts;
    private final ImportConfig config;
    private final CampaignService campaigns;
    private final RecommendingUnitService units;
    private final PageRequest request;
    private final PageFrames frames;

    public ImportScreens(CandidateImportService importer, ImportDrafts drafts, ImportConfig config,
                          CampaignService campaigns, RecommendingUnitService units, PageRequest request,
                          PageFrames frames) {
        this.importer = importer;
        this.drafts = drafts;
        this.config = config;
        this.campaigns = campaigns;
        this.units = units;
        this.request = request;
        this.frames = frames;
    }

    public Response form(Scope scope) {
        return Response.ok(page(scope, "", null, null, null, null)).build();
    }

    /** Checks the uploaded file and shows the report; a clean file is kept for the import button. */
    public Response check(Scope scope, FileUpload file, String unitChoice) {
        UnitMsg texts = request.bundle(UnitMsg.class);
        String chosen = unitChoice == null ? "" : unitChoice.strip();
        Long unitId = scope.ownUnit();
        if (unitId == null && !chosen.isEmpty()) {
            if (!chosen.matches("\\d{1,18}")) {
                return status(400, page(scope, chosen, null, texts.error_unit(), null, null));
            }
            unitId = Long.valueOf(chosen);
        }
        if (file == null || file.fileName() == null || file.fileName().isBlank() || file.size() == 0) {
            return status(400, page(scope, chosen, texts.error_no_file(), null, null, null));
        }
        String name = file.fileName().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xlsx") && !name.endsWith(".csv")) {
            return status(400, page(scope, chosen, texts.error_file_type(), null, null, null));
        }
        if (file.size() > config.maxBytes()) {
            return status(413, page(scope, chosen, texts.error_too_large(maxMib()), null, null, null));
        }
        byte[] bytes = read(file);
        ImportReport report;
        try {
            report = importer.importTable(scope.campaignId(), bytes, unitId, true, scope.nominator());
        } catch (InvalidInputException e) {
            return status(400, refusedUpload(scope, chosen, e, texts));
        } catch (RuleConflictException e) {
            return status(409, page(scope, chosen, null, null, refusal(e, texts), null));
        }
        boolean clean = report.counts().problems() == 0 && report.counts().accepted() > 0;
        String token = clean ? drafts.keep(scope.campaignId(), unitId, scope.account(), bytes, file.fileName()) : null;
        return status(clean ? 200 : 400, page(scope, chosen, null, null, null, report(report, file.fileName(), token)));
    }

    /** Imports the file checked before; anything that changed meanwhile shows the new check instead. */
    public Response commit(Scope scope, String token) {
        UnitMsg texts = request.bundle(UnitMsg.class);
        Optional<ImportDrafts.Kept> kept = drafts.find(token, scope.campaignId(), scope.account());
        if (kept.isEmpty() || (scope.ownUnit() != null && !scope.ownUnit().equals(kept.get().unitId()))) {
            return status(400, page(scope, "", null, null, texts.error_expired(), null));
        }
        String chosen = kept.get().unitId() == null ? "" : String.valueOf(kept.get().unitId());
        try {
            if (drafts.importKept(token, kept.get(), scope.campaignId(), scope.nominator()).isEmpty()) {
                return status(400, page(scope, "", null, null, texts.error_expired(), null));
            }
            return Response.seeOther(URI.create(scope.back())).cookie(Flash.CANDIDATES_IMPORTED.cookie()).build();
        } catch (InvalidInputException e) {
            // Rows that passed the check fail now (a nomination took the last place, say): show the new check.
            try {
                ImportReport again = importer.importTable(scope.campaignId(), kept.get().file(), kept.get().unitId(),
                        true, scope.nominator());
                return status(400, page(scope, chosen, null, null, texts.import_changed(),
                        report(again, kept.get().fileName(), null)));
            } catch (InvalidInputException | RuleConflictException refused) {
                return status(400, page(scope, chosen, null, null, texts.import_changed(), null));
            }
        } catch (RuleConflictException e) {
            return status(409, page(scope, chosen, null, null, refusal(e, texts), null));
        }
    }

    /** An empty summary table of the given layout (the 2024 national one by default). */
    public Response template(String layout) {
        SummaryLayout chosen = Arrays.stream(SummaryLayout.values()).filter(l -> l.name().equals(layout)).findFirst()
                .orElse(SummaryLayout.NATIONAL_2024_ANNEX_2);
        String fileName = chosen == SummaryLayout.NATIONAL_2024_ANNEX_2 ? "summary-table-2024.xlsx"
                : "summary-table-2026.xlsx";
        return Response.ok(SummaryTemplate.xlsx(chosen), XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    private TemplateInstance refusedUpload(Scope scope, String chosen, InvalidInputException e, UnitMsg texts) {
        String fileError = null;
        String unitError = null;
        for (FieldError error : e.errors()) {
            if (error.field().startsWith("unitId")) {
                unitError = texts.error_unit();
            } else if (fileError == null) {
                fileError = ImportRule.of(error.rule()).map(texts::problem).orElse(error.message());
            }
        }
        return page(scope, chosen, fileError, unitError, null, null);
    }

    private static String refusal(RuleConflictException e, UnitMsg texts) {
        return switch (e.rule()) {
            case "phase" -> texts.import_refused_phase();
            case "unit-quota" -> texts.import_refused_quota();
            default -> texts.refused(e.getMessage());
        };
    }

    private ImportPage.Report report(ImportReport report, String fileName, String token) {
        UnitMsg texts = request.bundle(UnitMsg.class);
        List<ImportPage.Problem> problems = report.problems().stream().map((ImportProblem p) -> new ImportPage.Problem(
                p.row(), p.column(), p.cell(), p.value(), p.rule(),
                ImportRule.of(p.rule()).map(texts::problem).orElse(p.message()), p.message())).toList();
        ImportReport.Counts counts = report.counts();
        return new ImportPage.Report(fileName, counts.rows(), counts.accepted(), counts.rejected(), counts.skipped(),
                problems, token);
    }

    private TemplateInstance page(Scope scope, String chosenUnit, String fileError, String unitError, String refusal,
                                  ImportPage.Report report) {
        CampaignView campaign = campaigns.find(scope.campaignId())
                .orElseThrow(() -> new NotFoundException("campaign", scope.campaignId()));
        CampaignHeader header = new CampaignHeader(campaign.id(), campaign.name(), campaign.phase(),
                CampaignHeader.phases(request.msg()).of(campaign.phase()));
        UnitMsg texts = request.bundle(UnitMsg.class);
        String unitName = null;
        List<ImportPage.UnitOption> options = List.of();
        if (scope.ownUnit() != null) {
            unitName = units.find(scope.campaignId(), scope.ownUnit()).map(UnitView::name)
                    .orElseThrow(() -> new NotFoundException("unit", scope.ownUnit()));
        } else {
            options = withUnits(new ImportPage.UnitOption("", texts.import_unit_from_table()),
                    units.list(scope.campaignId()));
        }
        List<ImportPage.TemplateLink> templates = Arrays.stream(SummaryLayout.values())
                .map(l -> new ImportPage.TemplateLink(scope.path() + "/template.xlsx?layout=" + l.name(), l.title()))
                .toList();
        return request.localized(Templates.upload(frames.frame(), new ImportPage(header, scope.path(), scope.back(),
                unitName, options, chosenUnit, scope.nominator().mayNominateIn(campaign.phase()), maxMib(),
                config.maxRows(), templates, fileError, unitError, refusal, report)));
    }

    private static List<ImportPage.UnitOption> withUnits(ImportPage.UnitOption first, List<UnitView> units) {
        List<ImportPage.UnitOption> all = new java.util.ArrayList<>();
        all.add(first);
        units.forEach(u -> all.add(new ImportPage.UnitOption(String.valueOf(u.id()), u.name())));
        return List.copyOf(all);
    }

    private String maxMib() {
        return BigDecimal.valueOf(config.maxBytes()).divide(BigDecimal.valueOf(1024L * 1024L), 1, RoundingMode.DOWN)
                .stripTrailingZeros().toPlainString();
    }

    private static Response status(int status, TemplateInstance page) {
        return Response.status(status).entity(page).build();
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
