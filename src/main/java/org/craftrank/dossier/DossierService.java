package org.craftrank.dossier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.craftrank.audit.AuditAction;
import org.craftrank.audit.AuditEntry;
import org.craftrank.audit.AuditLog;
import org.craftrank.campaign.Campaign;
import org.craftrank.campaign.CampaignService;
import org.craftrank.campaign.phase.CampaignPhase;
import org.craftrank.candidate.Candidate;
import org.craftrank.candidate.CandidateRepository;
import org.craftrank.common.InvalidInputException;
import org.craftrank.common.NotFoundException;
import org.craftrank.common.PayloadTooLargeException;
import org.craftrank.common.RuleConflictException;
import org.craftrank.common.ServiceUnavailableException;
import org.craftrank.common.access.Caller;
import org.craftrank.common.access.Role;
import org.craftrank.common.text.TextRules;
import org.craftrank.dossier.content.FileInspector;
import org.craftrank.dossier.form.FormData;
import org.craftrank.unit.RecommendingUnitRepository;
import org.craftrank.dossier.store.BlobStore;
import org.craftrank.dossier.store.EncryptedFiles;
import org.craftrank.dossier.store.StoreUnavailableException;
import org.craftrank.model.definition.DossierRules;
import org.craftrank.model.definition.DossierSection;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Candidates' dossiers (申报材料): the files and texts of each section the campaign's frozen model declares.
 *
 * <p>Who may do what: the candidate's recommending unit writes while nomination is open, the secretariat until the
 * formal review ends; the unit, the secretariat and the experts assigned to the candidate read; anybody else gets
 * 404, as for a missing candidate. Every upload, replacement, removal, read and text change is audited (without
 * file names or contents).
 *
 * <p>Transactions: a file's bytes are checked and stored <em>outside</em> a transaction (they may take minutes),
 * then its row and audit line commit in one; if that fails the stored bytes are deleted again, and whatever a crash
 * leaves between the two is removed by {@link #purgeOrphans}.
 */
@ApplicationScoped
public class DossierService {

    private static final Logger LOG = Logger.getLogger(DossierService.class);

    /** The secretariat may complete a dossier during the formal review too; a unit only during nomination. */
    static final Set<CampaignPhase> SECRETARIAT_WRITES = EnumSet.of(CampaignPhase.DRAFT, CampaignPhase.NOMINATION,
            CampaignPhase.FORMAL_REVIEW);
    static final Set<CampaignPhase> UNIT_WRITES = EnumSet.of(CampaignPhase.NOMINATION);

    private final DossierRepository repository;
    private final CandidateRepository candidates;
    private final CampaignService campaigns;
    private final DossierReaders readers;
    private final RecommendingUnitRepository units;
    private final EncryptedFiles files;
    private final AuditLog audit;
    private final FilesConfig config;
    private final Clock clock;
    private final FileInspector inspector = new FileInspector();

    public DossierService(DossierRepository repository, CandidateRepository candidates, CampaignService campaigns,
                          DossierReaders readers, EncryptedFiles files, AuditLog audit, FilesConfig config,
                          Clock clock, RecommendingUnitRepository units) {
        this.units = units;
        this.repository = repository;
        this.candidates = candidates;
        this.campaigns = campaigns;
        this.readers = readers;
        this.files = files;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    /**
     * An uploaded file as the HTTP layer received it: a temporary file (never the whole file in memory), in plain
     * text, which {@link #upload} and {@link #replace} delete as soon as it is stored or refused.
     */
    public record Upload(Path file, String fileName) {
    }

    // ------------------------------------------------------------------------------------------------------
    // Reading
    // ------------------------------------------------------------------------------------------------------

    @Transactional
    public DossierView view(long campaignId, long candidateId, Caller caller) {
        Campaign campaign = campaigns.require(campaignId);
        Candidate candidate = requireReadable(campaign, candidateId, caller);
        DossierRules rules = campaigns.modelOf(campaign).dossier();
        boolean expert = caller.is(Role.EXPERT);
        boolean blind = expert && campaign.blindScoring;
        Map<String, List<FileView>> bySection = new LinkedHashMap<>();
        for (DossierFile f : repository.filesOf(campaignId, candidate.id)) {
            bySection.computeIfAbsent(f.sectionCode, k -> new ArrayList<>()).add(view(f, expert, blind));
        }
        Map<String, String> texts = new LinkedHashMap<>();
        repository.textsOf(campaignId, candidate.id).forEach(t -> texts.put(t.sectionCode, t.body));
        List<SectionView> sections = new ArrayList<>();
        for (DossierSection s : rules.sections()) {
            List<FileView> list = bySection.getOrDefault(s.code(), List.of());
            String text = texts.get(s.code());
            boolean complete = s.isText() ? text != null && !text.isBlank() : !list.isEmpty();
            sections.add(new SectionView(s.code(), s.name(), s.kind().name(), s.required(), s.maxChars(), s.types(),
                    s.maxFiles(), s.isText() ? null : s.maxFileBytes(), s.subIndicators(), s.basis(), list, text,
                    complete));
        }
        return new DossierView(campaignId, candidate.id, candidate.code, blind ? null : candidate.name,
                campaign.phase.name(), mayWrite(campaign, caller), blind,
                repository.storedBytes(candidate.id), rules.maxTotalBytes(), sections);
    }

    /**
     * Checks that the caller may read the file, records the read, and says where its bytes are. The bytes are
     * streamed afterwards, outside the transaction ({@link #content}).
     */
    @Transactional
    public FileContent openForReading(long campaignId, long candidateId, long fileId, Caller caller) {
        Campaign campaign = campaigns.require(campaignId);
        Candidate candidate = requireReadable(campaign, candidateId, caller);
        DossierFile f = repository.file(campaignId, candidate.id, fileId)
                .orElseThrow(() -> new NotFoundException("file", fileId));
        boolean expert = caller.is(Role.EXPERT);
        audit.append(AuditEntry.of(AuditAction.DOSSIER_FILE_READ, "dossier-file", f.id).inCampaign(campaignId)
                .change(null, auditState(f)));
        String ext = org.craftrank.model.definition.DossierFileType.ofMediaType(f.mediaType)
                .map(t -> t.extension()).orElse("bin");
        String name = expert && campaign.blindScoring ? candidate.code + "-" + f.sectionCode + "-" + f.id + "." + ext
                : f.fileName;
        String watermark = expert ? "CraftRank reviewer " + caller.username() + " / candidate " + candidate.code
                + " / " + Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS) : null;
        return new FileContent(f.id, f.storageKey, f.sizeBytes, f.mediaType, name, watermark);
    }

    /**
     * The plain bytes of a stored file from {@code offset} on. A store that cannot be reached is a
     * {@link ServiceUnavailableException} (503); call this before the response starts so the caller gets that status.
     */
    public InputStream content(String storageKey, long offset) throws IOException {
        try {
            return files.open(storageKey, offset);
        } catch (StoreUnavailableException e) {
            throw storeUnavailable("read", e);
        }
    }

    /** 503 with rule {@code file-store-unavailable}: says which store failed and how, never a key or a path. */
    private static ServiceUnavailableException storeUnavailable(String operation, IOException e) {
        String detail = e instanceof StoreUnavailableException ? e.getMessage()
                : "could not " + operation + " the file in the file store (" + e.getClass().getSimpleName() + ")";
        return new ServiceUnavailableException("file-store-unavailable", "the file store is unavailable, nothing was "
                + ("store".equals(operation) ? "stored" : "read") + "; try again later: " + detail, e);
    }

    /** A candidate's 推荐表 before rendering: its data, and the storage key of the photo (null without one). */
    public record FormSource(FormData data, String photoKey, String fileName) {
    }

    /**
     * The data of the candidate's 推荐表 (the form the campaign's model names), for the candidate's unit and the
     * secretariat; the generation is audited (without the data). The photo's bytes are read afterwards, outside the
     * transaction ({@link #withPhoto}). The form carries the full ID and phone numbers: it is printed, stamped and
     * sent by the unit that entered them.
     */
    @Transactional
    public FormSource recommendationForm(long campaignId, long candidateId, Caller caller) {
        Campaign campaign = campaigns.require(campaignId);
        if (!(caller.is(Role.ADMIN) || caller.is(Role.UNIT))) {
            throw new NotFoundException("candidate", candidateId);
        }
        Candidate c = requireReadable(campaign, candidateId, caller);
        DossierRules rules = campaigns.modelOf(campaign).dossier();
        String form = rules.form().orElseThrow(() -> new RuleConflictException("no-recommendation-form",
                "the campaign's model names no recommendation form (推荐表) to generate"));
        String unitName = units.findInCampaign(campaignId, c.unitId).map(u -> u.name).orElse("");
        List<String> referees = c.referees.stream().map(r -> String.join("，",
                java.util.stream.Stream.of(r.name, r.employer, r.title).filter(v -> v != null && !v.isBlank())
                        .toList())).toList();
        String photoKey = repository.filesOf(campaignId, c.id).stream().filter(f -> "PHOTO".equals(f.sectionCode))
                .findFirst().map(f -> f.storageKey).orElse(null);
        FormData data = new FormData(form, c.name, c.gender == null ? "" : switch (c.gender) {
            case MALE -> "男";
            case FEMALE -> "女";
        }, c.birthYearMonth, c.ethnicity, c.education, c.politicalStatus, c.idNumber, c.employer, c.position,
                c.industry, c.trade, c.title, c.skillLevel, c.workStart,
                c.shopFloorYears == null ? "" : c.shopFloorYears.toString(), c.enterpriseType, c.phone,
                c.employerAddress, c.postcode, c.honours, c.awards, c.recommendationReason, c.personalStatement,
                referees, unitName, null);
        audit.append(AuditEntry.of(AuditAction.DOSSIER_FORM_GENERATED, "candidate", c.id).inCampaign(campaignId)
                .change(null, Map.of("form", form, "photo", photoKey != null)));
        return new FormSource(data, photoKey, "recommendation-form-" + c.code + ".pdf");
    }

    /** The form's data with the photo's bytes (at most the photo section's few MiB) read from the store. */
    public FormData withPhoto(FormSource source) throws IOException {
        FormData d = source.data();
        if (source.photoKey() == null) {
            return d;
        }
        byte[] photo;
        try (InputStream in = content(source.photoKey(), 0)) {
            photo = in.readAllBytes();
        }
        return new FormData(d.form(), d.name(), d.gender(), d.birthYearMonth(), d.ethnicity(), d.education(),
                d.politicalStatus(), d.idNumber(), d.employer(), d.position(), d.industry(), d.trade(), d.title(),
                d.skillLevel(), d.workStart(), d.shopFloorYears(), d.enterpriseType(), d.phone(), d.employerAddress(),
                d.postcode(), d.honours(), d.awards(), d.recommendationReason(), d.personalStatement(), d.referees(),
                d.unitName(), photo);
    }

    // ------------------------------------------------------------------------------------------------------
    // Writing files
    // ------------------------------------------------------------------------------------------------------

    public FileView upload(long campaignId, long candidateId, String sectionCode, Upload upload, Caller caller) {
        return store(campaignId, candidateId, sectionCode, null, upload, caller);
    }

    /** Replaces a file by another in the same section: the new one takes the old one's place in every check. */
    public FileView replace(long campaignId, long candidateId, long fileId, Upload upload, Caller caller) {
        String section = QuarkusTransaction.requiringNew().call(() -> {
            Campaign campaign = campaigns.require(campaignId);
            requireWritable(campaign, candidateId, caller);
            return repository.file(campaignId, candidateId, fileId)
                    .orElseThrow(() -> new NotFoundException("file", fileId)).sectionCode;
        });
        return store(campaignId, candidateId, section, fileId, upload, caller);
    }

    /**
     * Stores the upload and deletes its plaintext temporary file as soon as the bytes are encrypted in the store or
     * refused, rather than when the HTTP request ends (which, for a slow client on a big file, is much later).
     */
    private FileView store(long campaignId, long candidateId, String sectionCode, Long replacing, Upload upload,
                           Caller caller) {
        try {
            return checkAndStore(campaignId, candidateId, sectionCode, replacing, upload, caller);
        } finally {
            if (upload != null && upload.file() != null) {
                try {
                    Files.deleteIfExists(upload.file());
                } catch (IOException e) {
                    LOG.warn("An upload's temporary file could not be deleted; the HTTP layer deletes it at the end");
                }
            }
        }
    }

    private FileView checkAndStore(long campaignId, long candidateId, String sectionCode, Long replacing,
                                   Upload upload, Caller caller) {
        // Cheap checks first, so a refused request stores nothing.
        DossierSection section = QuarkusTransaction.requiringNew().call(
                () -> checkWrite(campaignId, candidateId, sectionCode, replacing, caller, -1, null));
        if (upload == null || upload.file() == null) {
            throw InvalidInputException.of("file", "required", "send the file as the multipart part 'file'");
        }
        String fileName = cleanName(upload.fileName());
        long size;
        FileInspector.Inspection inspection;
        String sha256;
        try {
            size = Files.size(upload.file());
            if (size > section.maxFileBytes()) {
                throw new PayloadTooLargeException("file-size", "the file has " + size + " bytes; section "
                        + section.code() + " takes files of at most " + section.maxFileBytes() + " bytes");
            }
            inspection = inspector.inspect(upload.file());
            sha256 = sha256(upload.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!inspection.accepted()) {
            throw InvalidInputException.of("file", inspection.refusal().rule(), inspection.refusal().detail());
        }
        if (!section.types().contains(inspection.type())) {
            throw InvalidInputException.of("file", "file-type", "the bytes are " + inspection.type()
                    + "; section " + section.code() + " takes " + section.types());
        }
        QuarkusTransaction.requiringNew().run(
                () -> checkWrite(campaignId, candidateId, sectionCode, replacing, caller, size, sha256));
        String key = files.newKey();
        try (InputStream in = Files.newInputStream(upload.file())) {
            files.put(key, in, size);
        } catch (IOException e) {
            // An object store may have kept the object although the answer was lost: remove it (or leave it to
            // the orphan purge), and tell the caller that nothing was stored.
            deleteQuietly(key);
            throw storeUnavailable("store", e);
        }
        String[] oldKey = new String[1];
        try {
            FileView saved = QuarkusTransaction.requiringNew().call(() -> {
                checkWrite(campaignId, candidateId, sectionCode, replacing, caller, size, sha256);
                Map<String, Object> before = null;
                if (replacing != null) {
                    DossierFile old = repository.file(campaignId, candidateId, replacing).orElseThrow();
                    before = auditState(old);
                    oldKey[0] = old.storageKey;
                    repository.delete(old);
                    repository.flush();
                }
                DossierFile f = new DossierFile();
                f.campaignId = campaignId;
                f.candidateId = candidateId;
                f.sectionCode = sectionCode;
                f.storageKey = key;
                f.sha256 = sha256;
                f.sizeBytes = size;
                f.mediaType = inspection.type().mediaType();
                f.fileName = fileName.isEmpty() ? f.sectionCode + "." + inspection.type().extension() : fileName;
                f.uploadedBy = caller.username();
                f.uploadedAt = Instant.now(clock);
                repository.persistAndFlush(f);
                audit.append(AuditEntry.of(replacing == null ? AuditAction.DOSSIER_FILE_UPLOADED
                                : AuditAction.DOSSIER_FILE_REPLACED, "dossier-file", f.id).inCampaign(campaignId)
                        .change(before, auditState(f)));
                return view(f, false, false);
            });
            deleteQuietly(oldKey[0]);
            return saved;
        } catch (RuntimeException e) {
            deleteQuietly(key);
            throw e;
        }
    }

    /**
     * Attaches a file as the demo seeder does, inside its transaction and without a caller or a phase: the seeder
     * fills every feature's rows like a test fixture. The file still passes every check of its bytes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long attachWhileSeeding(long campaignId, long candidateId, String sectionCode, Path file, String fileName,
                                   String by) throws IOException {
        Campaign campaign = campaigns.require(campaignId);
        DossierSection section = sectionOf(campaign, sectionCode);
        FileInspector.Inspection inspection = inspector.inspect(file);
        if (!inspection.accepted() || !section.types().contains(inspection.type())) {
            throw new IllegalStateException("a demo file does not suit section " + sectionCode);
        }
        long size = Files.size(file);
        String key = files.newKey();
        try (InputStream in = Files.newInputStream(file)) {
            files.put(key, in, size);
        }
        DossierFile f = new DossierFile();
        f.campaignId = campaignId;
        f.candidateId = candidateId;
        f.sectionCode = sectionCode;
        f.storageKey = key;
        f.sha256 = sha256(file);
        f.sizeBytes = size;
        f.mediaType = inspection.type().mediaType();
        f.fileName = cleanName(fileName);
        f.uploadedBy = by;
        f.uploadedAt = Instant.now(clock);
        repository.persist(f);
        audit.appendAs(by, null, AuditEntry.of(AuditAction.DOSSIER_FILE_UPLOADED, "dossier-file", f.id)
                .inCampaign(campaignId).change(null, auditState(f)));
        return f.id;
    }

    public void remove(long campaignId, long candidateId, long fileId, Caller caller) {
        String key = QuarkusTransaction.requiringNew().call(() -> {
            Campaign campaign = campaigns.require(campaignId);
            requireWritable(campaign, candidateId, caller);
            DossierFile f = repository.file(campaignId, candidateId, fileId)
                    .orElseThrow(() -> new NotFoundException("file", fileId));
            audit.append(AuditEntry.of(AuditAction.DOSSIER_FILE_REMOVED, "dossier-file", f.id).inCampaign(campaignId)
                    .change(auditState(f), null));
            repository.delete(f);
            return f.storageKey;
        });
        deleteQuietly(key);
    }

    // ------------------------------------------------------------------------------------------------------
    // Writing texts
    // ------------------------------------------------------------------------------------------------------

    @Transactional
    public SectionView saveText(long campaignId, long candidateId, String sectionCode, String text, Caller caller) {
        Campaign campaign = campaigns.require(campaignId);
        requireWritable(campaign, candidateId, caller);
        DossierSection section = sectionOf(campaign, sectionCode);
        if (!section.isText()) {
            throw InvalidInputException.of("section", "section-kind", "section " + sectionCode
                    + " takes files, not a text");
        }
        String body = text == null ? "" : text.strip();
        TextRules.violation(body).ifPresent(rule -> {
            throw InvalidInputException.of("text", rule, TextRules.message("text", rule));
        });
        int length = body.codePointCount(0, body.length());
        if (length > section.maxChars()) {
            throw InvalidInputException.of("text", "max-length", "the text has " + length + " characters; section "
                    + sectionCode + " takes at most " + section.maxChars());
        }
        var existing = repository.text(candidateId, sectionCode);
        Map<String, Object> before = existing.map(t -> Map.<String, Object>of("section", sectionCode,
                "characters", t.body.codePointCount(0, t.body.length()))).orElse(null);
        if (body.isEmpty()) {
            existing.ifPresent(repository::removeText);
        } else {
            DossierText t = existing.orElseGet(() -> {
                DossierText n = new DossierText();
                n.campaignId = campaignId;
                n.candidateId = candidateId;
                n.sectionCode = sectionCode;
                return n;
            });
            t.body = body;
            t.updatedBy = caller.username();
            t.updatedAt = Instant.now(clock);
            if (existing.isEmpty()) {
                repository.persistText(t);
            }
        }
        audit.append(AuditEntry.of(AuditAction.DOSSIER_TEXT_SAVED, "dossier-text", candidateId + "/" + sectionCode)
                .inCampaign(campaignId).change(before, body.isEmpty() ? null
                        : Map.of("section", sectionCode, "characters", length)));
        return new SectionView(section.code(), section.name(), section.kind().name(), section.required(),
                section.maxChars(), section.types(), null, null, section.subIndicators(), section.basis(), List.of(),
                body.isEmpty() ? null : body, !body.isEmpty());
    }

    // ------------------------------------------------------------------------------------------------------
    // Orphans
    // ------------------------------------------------------------------------------------------------------

    /**
     * Deletes stored objects that no dossier row names and that are older than the grace period (younger ones may
     * belong to an upload under way on this or another instance). Returns how many were removed.
     */
    public int purgeOrphans() {
        Set<String> known = QuarkusTransaction.requiringNew().call(repository::storageKeys);
        Instant before = Instant.now(clock).minus(config.orphanGrace());
        int purged = 0;
        try {
            for (BlobStore.Blob blob : files.blobs().list()) {
                if (!known.contains(blob.key()) && blob.writtenAt().isBefore(before)) {
                    files.blobs().delete(blob.key());
                    purged++;
                }
            }
        } catch (IOException e) {
            LOG.warn("The orphan purge of the dossier file store stopped: " + e.getClass().getSimpleName());
        }
        return purged;
    }

    // ------------------------------------------------------------------------------------------------------
    // Rules
    // ------------------------------------------------------------------------------------------------------

    /**
     * Everything that decides whether a file may be added now: the caller, the phase, the section, its count, the
     * candidate's total and duplicates. Called before and after the bytes are stored (the second time in the
     * transaction that writes the row), so a race between two uploads cannot pass a limit.
     *
     * @param size   the new file's size, or -1 before it is known
     * @param sha256 the new file's digest, or null before it is known
     */
    private DossierSection checkWrite(long campaignId, long candidateId, String sectionCode, Long replacing,
                                      Caller caller, long size, String sha256) {
        Campaign campaign = campaigns.require(campaignId);
        requireWritable(campaign, candidateId, caller);
        DossierSection section = sectionOf(campaign, sectionCode);
        if (section.isText()) {
            throw InvalidInputException.of("section", "section-kind", "section " + sectionCode
                    + " takes a text, not files");
        }
        List<DossierFile> present = repository.filesOf(campaignId, candidateId);
        long inSection = present.stream().filter(f -> f.sectionCode.equals(sectionCode))
                .filter(f -> !f.id.equals(replacing)).count();
        if (inSection >= section.maxFiles()) {
            throw new RuleConflictException("section-full", "section " + sectionCode + " holds at most "
                    + section.maxFiles() + " file(s); remove or replace one");
        }
        if (sha256 != null) {
            for (DossierFile f : present) {
                if (f.sha256.equals(sha256) && !f.id.equals(replacing)) {
                    throw new RuleConflictException("duplicate", "the same file (SHA-256 " + sha256
                            + ") is already in this dossier as file " + f.id + " in section " + f.sectionCode);
                }
            }
        }
        if (size >= 0) {
            long stored = present.stream().filter(f -> !f.id.equals(replacing)).mapToLong(f -> f.sizeBytes).sum();
            long max = campaigns.modelOf(campaign).dossier().maxTotalBytes();
            if (stored + size > max) {
                throw new PayloadTooLargeException("candidate-total", "the candidate's files would take "
                        + (stored + size) + " bytes; at most " + max + " bytes per candidate");
            }
        }
        return section;
    }

    private DossierSection sectionOf(Campaign campaign, String code) {
        return campaigns.modelOf(campaign).dossier().section(code)
                .orElseThrow(() -> new NotFoundException("section", code));
    }

    private Candidate requireReadable(Campaign campaign, long candidateId, Caller caller) {
        Candidate candidate = candidates.findInCampaign(campaign.id, candidateId)
                .orElseThrow(() -> new NotFoundException("candidate", candidateId));
        boolean allowed = caller.mayKnowCampaign(campaign.id) && switch (caller.role()) {
            case ADMIN -> true;
            case UNIT -> candidate.unitId.equals(caller.unitId());
            case EXPERT -> caller.expertId() != null
                    && readers.reviewsCandidate(campaign.id, caller.expertId(), candidateId);
            default -> false;
        };
        if (!allowed) {
            throw new NotFoundException("candidate", candidateId);
        }
        return candidate;
    }

    private Candidate requireWritable(Campaign campaign, long candidateId, Caller caller) {
        Candidate candidate = candidates.findInCampaign(campaign.id, candidateId)
                .orElseThrow(() -> new NotFoundException("candidate", candidateId));
        if (!caller.mayKnowCampaign(campaign.id)
                || (caller.is(Role.UNIT) && !candidate.unitId.equals(caller.unitId()))
                || !(caller.is(Role.UNIT) || caller.is(Role.ADMIN))) {
            throw new NotFoundException("candidate", candidateId);
        }
        CampaignService.requirePhase(campaign, caller.is(Role.UNIT) ? UNIT_WRITES : SECRETARIAT_WRITES,
                "change a dossier");
        return candidate;
    }

    private static boolean mayWrite(Campaign campaign, Caller caller) {
        return (caller.is(Role.UNIT) && UNIT_WRITES.contains(campaign.phase))
                || (caller.is(Role.ADMIN) && SECRETARIAT_WRITES.contains(campaign.phase));
    }

    private static FileView view(DossierFile f, boolean expert, boolean blind) {
        return new FileView(f.id, f.sectionCode, blind ? null : f.fileName, f.mediaType, f.sizeBytes, f.sha256,
                expert ? null : f.uploadedBy, f.uploadedAt);
    }

    /** What the audit log keeps of a file: never its name or content. */
    private static Map<String, Object> auditState(DossierFile f) {
        return Map.of("candidateId", f.candidateId, "section", f.sectionCode, "sha256", f.sha256,
                "sizeBytes", f.sizeBytes, "mediaType", f.mediaType);
    }

    /** The last path segment, without control characters, at most 255 characters. */
    static String cleanName(String name) {
        if (name == null) {
            return "";
        }
        String base = utf8SentAsLatin1(name).replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        StringBuilder out = new StringBuilder();
        base.codePoints().filter(c -> !Character.isISOControl(c) && !Character.isSurrogate((char) c)
                && c != '"').forEach(out::appendCodePoint);
        String clean = out.toString();
        return clean.length() > 255 ? clean.substring(clean.length() - 255) : clean;
    }

    /**
     * Browsers send a multipart file name as raw UTF-8, which the HTTP layer may read as ISO-8859-1 (证明.pdf then
     * arrives as "è¯æ.pdf"); such a name is decoded again when it is valid UTF-8.
     */
    static String utf8SentAsLatin1(String name) {
        if (name.chars().allMatch(c -> c < 256) && name.chars().anyMatch(c -> c >= 0x80)) {
            byte[] raw = name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            java.nio.charset.CharsetDecoder utf8 = java.nio.charset.StandardCharsets.UTF_8.newDecoder();
            try {
                return utf8.decode(java.nio.ByteBuffer.wrap(raw)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                return name;
            }
        }
        return name;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private void deleteQuietly(String key) {
        if (key == null) {
            return;
        }
        try {
            files.delete(key);
        } catch (IOException | RuntimeException e) {
            LOG.warn("A stored dossier object could not be deleted; the orphan purge will remove it");
        }
    }
}
