package org.craftrank.candidate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.craftrank.audit.AuditAction;
import org.craftrank.audit.AuditEntry;
import org.craftrank.audit.AuditLog;
import org.craftrank.campaign.Campaign;
import org.craftrank.campaign.CampaignService;
import org.craftrank.candidate.identity.ResidentIdNumber;
import org.craftrank.candidate.intake.ImportProblem;
import org.craftrank.candidate.intake.ImportedCandidate;
import org.craftrank.candidate.intake.RawTable;
import org.craftrank.candidate.intake.ShownValues;
import org.craftrank.candidate.intake.SummaryColumn;
import org.craftrank.candidate.intake.SummaryTableReader;
import org.craftrank.candidate.intake.TableFileException;
import org.craftrank.candidate.intake.TableReaders;
import org.craftrank.candidate.intake.UnitNames;
import org.craftrank.common.FieldError;
import org.craftrank.common.InvalidInputException;
import org.craftrank.security.pii.PersonalDataCipher;
import org.craftrank.unit.RecommendingUnit;
import org.craftrank.unit.RecommendingUnitRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports candidates from the summary table units fill in (汇总表), as XLSX or CSV. A dry run reports every row
 * and every broken rule and stores nothing; a commit stores every row or, if any rule is broken, none at all.
 * Rows pass exactly the checks a nomination through the API passes (Bean Validation of the request, the
 * campaign's {@link CandidateInputChecks}, duplicate ID numbers, the unit's quota), plus duplicates within the file.
 */
@ApplicationScoped
public class CandidateImportService {

    private final CampaignService campaigns;
    private final RecommendingUnitRepository units;
    private final CandidateRepository candidates;
    private final CandidateService candidateService;
    private final PersonalDataCipher cipher;
    private final Validator validator;
    private final AuditLog audit;
    private final ImportConfig config;
    private final Clock clock = Clock.systemDefaultZone();

    public CandidateImportService(CampaignService campaigns, RecommendingUnitRepository units,
                                  CandidateRepository candidates, CandidateService candidateService,
                                  PersonalDataCipher cipher, Validator validator, AuditLog audit, ImportConfig config) {
        this.campaigns = campaigns;
        this.units = units;
        this.candidates = candidates;
        this.candidateService = candidateService;
        this.cipher = cipher;
        this.validator = validator;
        this.audit = audit;
        this.config = config;
    }

    public long maxBytes() {
        return config.maxBytes();
    }

    /**
     * @param unitId every row goes to this unit (a UNIT operator's own); null to take each row's 推荐单位 column
     * @param dryRun report only; otherwise store all rows or, when any rule is broken, refuse with every problem
     */
    @Transactional
    public ImportReport importTable(long campaignId, byte[] file, Long unitId, boolean dryRun, Nominator by) {
        Campaign campaign = campaigns.require(campaignId);
        CampaignService.requirePhase(campaign, by.nominating, dryRun ? "check an import" : "import candidates");
        RecommendingUnit fixedUnit = unitId == null ? null : units.findInCampaign(campaignId, unitId)
                .orElseThrow(() -> InvalidInputException.of("unitId", "known-unit", "unitId: no unit " + unitId
                        + " in this campaign"));
        if (fixedUnit != null) {
            candidateService.requireListOpen(fixedUnit, by);
        }
        SummaryTableReader.Result table;
        try {
            RawTable raw = TableReaders.read(file, config.limits());
            table = SummaryTableReader.read(raw);
        } catch (TableFileException e) {
            throw InvalidInputException.of("file", e.rule(), "file: " + e.getMessage());
        }
        List<ImportProblem> problems = new ArrayList<>(table.fileProblems());
        if (fixedUnit == null && table.headerRow() != null && !table.hasColumn(SummaryColumn.UNIT)) {
            problems.add(ImportProblem.ofFile("unit-required", "the table has no 推荐单位 column: name the unit of "
                    + "all rows with ?unitId=… or add the column"));
        }
        RowChecks checks = new RowChecks(campaign, fixedUnit, units.listByCampaign(campaignId), !dryRun,
                table.hasColumn(SummaryColumn.UNIT));
        List<Row> rows = new ArrayList<>();
        for (SummaryTableReader.RowOutcome outcome : table.rows()) {
            Row row = new Row(outcome);
            if (outcome.status() == SummaryTableReader.RowStatus.READ) {
                checks.check(row);
            }
            rows.add(row);
            problems.addAll(row.problems);
        }
        problems.sort(PROBLEM_ORDER);
        if (!dryRun && !problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().map(CandidateImportService::fieldError).toList());
        }
        if (!dryRun) {
            Set<String> takenCodes = candidates.codesOf(campaignId);
            for (Row row : rows) {
                if (row.request != null) {
                    row.candidateId = candidateService.persistNew(campaignId, row.request, row.unit, row.idNumberHmac,
                            takenCodes).id;
                }
            }
            List<Long> ids = rows.stream().map(r -> r.candidateId).filter(java.util.Objects::nonNull).toList();
            audit.append(AuditEntry.of(AuditAction.CANDIDATES_IMPORTED, "campaign", campaignId).inCampaign(campaignId)
                    .change(null, Map.of("format", table.format(), "rows", ids.size(), "candidateIds", ids,
                            "unitIds", rows.stream().filter(r -> r.unit != null).map(r -> r.unit.id).distinct().toList())));
        }
        return report(table, rows, problems, dryRun);
    }

    private static final Comparator<ImportProblem> PROBLEM_ORDER = Comparator
            .comparing((ImportProblem p) -> p.row() == null ? -1 : p.row())
            .thenComparing(p -> columnOrder(p.column()))
            .thenComparing(ImportProblem::rule);

    private static int columnOrder(String header) {
        return header == null ? -1 : SummaryColumn.forHeader(header).map(Enum::ordinal).orElse(Integer.MAX_VALUE);
    }

    /** A problem as a field error of the refused commit: {@code rows[5].身份证号} (5 is the spreadsheet row). */
    private static FieldError fieldError(ImportProblem p) {
        String field = p.row() == null ? "file" : "rows[" + p.row() + "]" + (p.column() == null ? "" : "." + p.column());
        String value = p.value() == null || p.value().isEmpty() ? "" : " '" + p.value() + "'";
        String where = p.row() == null ? "" : "row " + p.row() + (p.cell() == null ? "" : " (" + p.cell() + ")")
                + value + ": ";
        return new FieldError(field, p.rule(), where + p.message());
    }

    /** One row on its way through the checks. */
    private static final class Row {
        final SummaryTableReader.RowOutcome outcome;
        final List<ImportProblem> problems;
        CandidateRequest request;
        RecommendingUnit unit;
        String idNumberHmac;
        Long candidateId;

        Row(SummaryTableReader.RowOutcome outcome) {
            this.outcome = outcome;
            this.problems = new ArrayList<>(outcome.problems());
        }

        boolean hasProblemIn(SummaryColumn column) {
            return problems.stream().anyMatch(p -> column.header().equals(p.column()));
        }

        void add(SummaryColumn column, String rule, String message) {
            ImportedCandidate c = outcome.candidate();
            String cell = column == null ? null : c.cells().get(column);
            String value = column == null ? null : ShownValues.shown(column, c.values().get(column));
            problems.add(new ImportProblem(c.row(), column == null ? null : column.header(), cell, value, rule, message));
        }
    }

    /** The checks that need the campaign: units, field rules of its model, duplicates, quotas. */
    private final class RowChecks {
        final Campaign campaign;
        final RecommendingUnit fixedUnit;
        final List<RecommendingUnit> campaignUnits;
        final boolean lockUnits;
        final boolean hasUnitColumn;
        final CandidateInputChecks inputChecks;
        final Map<String, Integer> idNumberRows = new HashMap<>();
        final Map<Long, Long> placesTaken = new HashMap<>();

        RowChecks(Campaign campaign, RecommendingUnit fixedUnit, List<RecommendingUnit> campaignUnits, boolean lockUnits,
                  boolean hasUnitColumn) {
            this.campaign = campaign;
            this.hasUnitColumn = hasUnitColumn;
            this.fixedUnit = fixedUnit;
            this.campaignUnits = campaignUnits;
            this.lockUnits = lockUnits;
            this.inputChecks = new CandidateInputChecks(campaigns.modelOf(campaign), LocalDate.now(clock));
        }

        void check(Row row) {
            ImportedCandidate c = row.outcome.candidate();
            row.unit = unitOf(row, c);
            CandidateRequest request = request(c, row.unit == null ? -1L : row.unit.id);
            for (ConstraintViolation<CandidateRequest> v : validator.validate(request)) {
                fieldProblem(row, v.getPropertyPath().toString(), ruleOf(v),
                        SummaryColumn.forField(v.getPropertyPath().toString()).map(SummaryColumn::header)
                                .orElse(v.getPropertyPath().toString()) + ": " + v.getMessage());
            }
            for (FieldError e : inputChecks.check(request).list()) {
                fieldProblem(row, e.field(), e.rule(), e.message());
            }
            idNumberIsUnique(row, c);
            if (row.unit != null) {
                withinQuota(row);
            }
            if (row.problems.isEmpty()) {
                row.request = request;
            }
        }

        private RecommendingUnit unitOf(Row row, ImportedCandidate c) {
            String written = c.unitName();
            if (fixedUnit != null) {
                if (written != null && !UnitNames.matches(written, fixedUnit.name)) {
                    row.add(SummaryColumn.UNIT, "unit-mismatch", "推荐单位 names another unit than '" + fixedUnit.name
                            + "', the unit this import is for");
                }
                return fixedUnit;
            }
            if (written == null) {
                if (hasUnitColumn) {
                    row.add(SummaryColumn.UNIT, "required", "推荐单位 is empty");
                }
                return null;
            }
            List<RecommendingUnit> matching = campaignUnits.stream().filter(u -> UnitNames.matches(written, u.name))
                    .toList();
            if (matching.size() != 1) {
                row.add(SummaryColumn.UNIT, matching.isEmpty() ? "known-unit" : "ambiguous-unit", matching.isEmpty()
                        ? "推荐单位 is not a unit of this campaign; its units are "
                        + campaignUnits.stream().map(u -> u.name).collect(Collectors.joining("、"))
                        : "推荐单位 matches several units: " + matching.stream().map(u -> u.name)
                        .collect(Collectors.joining("、")) + "; write the unit's full name");
                return null;
            }
            return matching.get(0);
        }

        /** A field error of the candidate's checks, reported against its column unless that column already has one. */
        private void fieldProblem(Row row, String field, String rule, String message) {
            SummaryColumn column = SummaryColumn.forField(field).orElse(null);
            if (column == SummaryColumn.UNIT) {
                return;
            }
            if (column != null && row.hasProblemIn(column)) {
                return;
            }
            // The checks speak of JSON fields ("idNumber: ..."); the report speaks of the table's columns.
            String text = column != null && message.startsWith(field + ": ")
                    ? column.header() + ": " + message.substring(field.length() + 2) : message;
            row.add(column, rule, text);
        }

        /** Keyed HMACs of the ID numbers the campaign already holds, read at the first row that needs them. */
        private Set<String> storedIdNumbers;

        private void idNumberIsUnique(Row row, ImportedCandidate c) {
            if (c.idNumber() == null || row.hasProblemIn(SummaryColumn.ID_NUMBER)) {
                return;
            }
            String normalised = ResidentIdNumber.normalise(c.idNumber());
            Integer first = idNumberRows.putIfAbsent(normalised, c.row());
            if (first != null) {
                row.add(SummaryColumn.ID_NUMBER, "duplicate-id-number", "the same 身份证号 as row " + first);
                return;
            }
            row.idNumberHmac = cipher.hmac(normalised);
            if (storedIdNumbers == null) {
                // Read once per import: one query per row was a sixth of a large import's time.
                storedIdNumbers = candidates.idNumberHmacsOf(campaign.id);
            }
            if (storedIdNumbers.contains(row.idNumberHmac)) {
                row.add(SummaryColumn.ID_NUMBER, "duplicate-id-number",
                        "another candidate of this campaign has the same 身份证号");
            }
        }

        /** Rows count against the unit's quota in file order, after the unit's existing nominations. */
        private void withinQuota(Row row) {
            RecommendingUnit unit = row.unit;
            long taken = placesTaken.computeIfAbsent(unit.id, id -> {
                if (lockUnits) {
                    units.getEntityManager().lock(unit, LockModeType.PESSIMISTIC_WRITE);
                }
                return candidates.countByUnit(id);
            }) + 1;
            placesTaken.put(unit.id, taken);
            if (taken > unit.quota) {
                row.add(SummaryColumn.UNIT, "unit-quota", "'" + unit.name + "' has " + unit.quota + " places and "
                        + "this row would be its candidate number " + taken);
            }
        }
    }

    private static String ruleOf(ConstraintViolation<?> v) {
        String annotation = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return annotation.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
    }

    private static CandidateRequest request(ImportedCandidate c, long unitId) {
        List<CandidateRequest.RefereeRequest> referees = c.referees().stream()
                .map(r -> new CandidateRequest.RefereeRequest(r.name(), r.employer(), r.title())).toList();
        CandidateRequest.Declarations declarations = c.recognisedGreatCraftsman() == null && c.leadershipPost() == null
                && c.otherTalentProgramme() == null ? null : new CandidateRequest.Declarations(
                c.recognisedGreatCraftsman(), c.leadershipPost(), c.otherTalentProgramme());
        return new CandidateRequest(unitId, c.name(), c.gender(), c.birthYearMonth(), c.ethnicity(), c.education(),
                c.politicalStatus(), c.idNumber(), c.employer(), c.position(), c.industry(), c.trade(), c.title(),
                c.skillLevel(), c.workStart(), c.shopFloorYears(), c.enterpriseType(), c.personnelCategory(),
                c.migrantWorker(), c.honours(), c.awards(), referees, c.recommendationReason(), c.oneLineReason(),
                c.personalStatement(), c.employerAddress(), c.postcode(), c.phone(), c.group(), c.groupCompany(),
                null, declarations);
    }

    private static ImportReport report(SummaryTableReader.Result table, List<Row> rows, List<ImportProblem> problems,
                                       boolean dryRun) {
        List<ImportReport.ColumnView> columns = table.columns().stream().map(c -> new ImportReport.ColumnView(c.cell(),
                c.header(), c.column().header(), c.column().field())).toList();
        Set<Integer> rejectedRows = problems.stream().map(ImportProblem::row).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        List<ImportReport.RowView> views = new ArrayList<>();
        int accepted = 0;
        int rejected = 0;
        int skipped = 0;
        for (Row row : rows) {
            SummaryTableReader.RowOutcome o = row.outcome;
            if (o.status() == SummaryTableReader.RowStatus.SKIPPED) {
                skipped++;
                views.add(new ImportReport.RowView(o.row(), "SKIPPED", null, null, null, o.note()));
                continue;
            }
            boolean ok = !rejectedRows.contains(o.row());
            if (ok) {
                accepted++;
            } else {
                rejected++;
            }
            views.add(new ImportReport.RowView(o.row(), ok ? "ACCEPTED" : "REJECTED", o.candidate().name(),
                    row.unit == null ? o.candidate().unitName() : row.unit.name, row.candidateId, null));
        }
        return new ImportReport(dryRun, !dryRun, table.format(), table.sheet(),
                table.layout() == null ? null : table.layout().title(), table.headerRow(), columns,
                new ImportReport.Counts(accepted + rejected, accepted, rejected, skipped, problems.size()), views,
                problems);
    }
}
