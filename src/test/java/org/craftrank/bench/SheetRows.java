package org.craftrank.bench;

import org.craftrank.model.ScoringModelReader;
import org.craftrank.model.definition.ExactDecimals;
import org.craftrank.model.definition.ScoringModel;
import org.craftrank.scoring.sheet.SheetTotals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Score-sheet rows written and read with plain JDBC, on the application's own H2 file (while the application is
 * stopped: H2 embedded allows one process per file) with the application's durability ({@code WRITE_DELAY=0}).
 * The rows are exactly what {@code ScoreSheetService.submit} stores: the items, the exact and rounded totals from
 * the application's own {@link SheetTotals}, the five capability totals, status SUBMITTED and version 1 (one
 * save, one submit). Audit entries are not written (the ranking does not read them).
 */
final class SheetRows {

    private final ScoringModel model;

    SheetRows(Path modelFile) {
        try {
            ScoringModelReader.Result read = new ScoringModelReader().read(modelFile.getFileName().toString(),
                    Files.readString(modelFile));
            if (!read.valid()) {
                throw new IllegalStateException("invalid model " + modelFile + ": " + read.violations());
            }
            this.model = read.model();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Connection open(Path dataDir) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("craftrank")
                + ";WRITE_DELAY=0", "craftrank", "craftrank");
        c.setAutoCommit(false);
        return c;
    }

    record Pair(long expertId, long candidateId) {
    }

    /** Assigned pairs of the campaign that have no sheet yet, in a stable order. */
    static List<Pair> unscoredPairs(Connection c, long campaignId) throws SQLException {
        List<Pair> pairs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select a.expert_id, a.candidate_id from assignment a"
                + " where a.campaign_id = ? and not exists (select 1 from score_sheet s where s.campaign_id = a.campaign_id"
                + " and s.expert_id = a.expert_id and s.candidate_id = a.candidate_id) order by a.expert_id, a.candidate_id")) {
            ps.setLong(1, campaignId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    pairs.add(new Pair(rs.getLong(1), rs.getLong(2)));
                }
            }
        }
        return pairs;
    }

    /**
     * Seeds a submitted sheet for every pair with JDBC batches (explicit ids, then the identity restarted past
     * them so the application's own inserts do not collide). Returns the number of sheets written.
     */
    int seedSubmitted(Connection c, long campaignId, List<Pair> pairs, CampaignData data) throws SQLException {
        long nextId;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select coalesce(max(id), 0) + 1 from score_sheet")) {
            rs.next();
            nextId = rs.getLong(1);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement sheet = c.prepareStatement("insert into score_sheet (id, campaign_id, expert_id, candidate_id,"
                + " status, total_exact, total, submitted_at, updated_at, version, total_numerator, total_denominator,"
                + " capability_exact) values (?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, 1, ?, ?, ?)");
             PreparedStatement item = c.prepareStatement("insert into score_sheet_item (sheet_id, item_code, score) values (?, ?, ?)");
             PreparedStatement cap = c.prepareStatement("insert into score_sheet_capability (sheet_id, capability_code,"
                     + " total_exact, total, total_numerator, total_denominator) values (?, ?, ?, ?, ?, ?)")) {
            int inBatch = 0;
            for (Pair p : pairs) {
                long id = nextId++;
                Map<String, BigDecimal> scores = data.scores(p.expertId(), p.candidateId());
                SheetTotals totals = SheetTotals.of(model, scores);
                sheet.setLong(1, id);
                sheet.setLong(2, campaignId);
                sheet.setLong(3, p.expertId());
                sheet.setLong(4, p.candidateId());
                sheet.setString(5, ExactDecimals.toText(totals.overall()));
                sheet.setBigDecimal(6, SheetTotals.decimal(totals.overall()));
                sheet.setObject(7, now);
                sheet.setObject(8, now);
                sheet.setLong(9, totals.overall().getNumerator().longValueExact());
                sheet.setLong(10, totals.overall().getDenominator().longValueExact());
                sheet.setString(11, SheetTotals.capabilityText(totals.capabilities()));
                sheet.addBatch();
                for (Map.Entry<String, BigDecimal> s : scores.entrySet()) {
                    item.setLong(1, id);
                    item.setString(2, s.getKey());
                    item.setBigDecimal(3, s.getValue());
                    item.addBatch();
                }
                for (var t : totals.capabilities().entrySet()) {
                    cap.setLong(1, id);
                    cap.setString(2, t.getKey());
                    cap.setString(3, ExactDecimals.toText(t.getValue()));
                    cap.setBigDecimal(4, SheetTotals.decimal(t.getValue()));
                    cap.setLong(5, t.getValue().getNumerator().longValueExact());
                    cap.setLong(6, t.getValue().getDenominator().longValueExact());
                    cap.addBatch();
                }
                if (++inBatch == 2000) {
                    flush(sheet, item, cap);
                    c.commit();
                    inBatch = 0;
                }
            }
            flush(sheet, item, cap);
            c.commit();
        }
        try (Statement st = c.createStatement()) {
            st.execute("alter table score_sheet alter column id restart with " + nextId);
        }
        c.commit();
        return pairs.size();
    }

    private static void flush(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement s : statements) {
            s.executeBatch();
        }
    }

    /**
     * The raw-JDBC floor of one sheet as the API writes it: one transaction for the draft (sheet row and 15
     * items, like PUT), one for the submit (totals, status and the five capability rows, like POST …/submit).
     */
    void saveAndSubmit(Connection c, long campaignId, Pair p, CampaignData data) throws SQLException {
        Map<String, BigDecimal> scores = data.scores(p.expertId(), p.candidateId());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long id;
        try (PreparedStatement sheet = c.prepareStatement("insert into score_sheet (campaign_id, expert_id, candidate_id,"
                + " status, updated_at, version) values (?, ?, ?, 'DRAFT', ?, 0)", Statement.RETURN_GENERATED_KEYS)) {
            sheet.setLong(1, campaignId);
            sheet.setLong(2, p.expertId());
            sheet.setLong(3, p.candidateId());
            sheet.setObject(4, now);
            sheet.executeUpdate();
            try (ResultSet keys = sheet.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement item = c.prepareStatement("insert into score_sheet_item (sheet_id, item_code, score) values (?, ?, ?)")) {
            for (Map.Entry<String, BigDecimal> s : scores.entrySet()) {
                item.setLong(1, id);
                item.setString(2, s.getKey());
                item.setBigDecimal(3, s.getValue());
                item.addBatch();
            }
            item.executeBatch();
        }
        c.commit();

        SheetTotals totals = SheetTotals.of(model, scores);
        try (PreparedStatement sheet = c.prepareStatement("update score_sheet set status = 'SUBMITTED', total_exact = ?,"
                + " total = ?, submitted_at = ?, updated_at = ?, version = version + 1, total_numerator = ?,"
                + " total_denominator = ?, capability_exact = ? where id = ? and version = 0");
             PreparedStatement cap = c.prepareStatement("insert into score_sheet_capability (sheet_id, capability_code,"
                     + " total_exact, total, total_numerator, total_denominator) values (?, ?, ?, ?, ?, ?)")) {
            sheet.setString(1, ExactDecimals.toText(totals.overall()));
            sheet.setBigDecimal(2, SheetTotals.decimal(totals.overall()));
            sheet.setObject(3, now);
            sheet.setObject(4, now);
            sheet.setLong(5, totals.overall().getNumerator().longValueExact());
            sheet.setLong(6, totals.overall().getDenominator().longValueExact());
            sheet.setString(7, SheetTotals.capabilityText(totals.capabilities()));
            sheet.setLong(8, id);
            if (sheet.executeUpdate() != 1) {
                throw new IllegalStateException("lost update of sheet " + id);
            }
            for (var t : totals.capabilities().entrySet()) {
                cap.setLong(1, id);
                cap.setString(2, t.getKey());
                cap.setString(3, ExactDecimals.toText(t.getValue()));
                cap.setBigDecimal(4, SheetTotals.decimal(t.getValue()));
                cap.setLong(5, t.getValue().getNumerator().longValueExact());
                cap.setLong(6, t.getValue().getDenominator().longValueExact());
                cap.addBatch();
            }
            cap.executeBatch();
        }
        c.commit();
    }

    /**
     * The raw SQL floor of a ranking: mean, count and standard deviation of the submitted totals per candidate,
     * ordered, every row fetched. Returns the number of candidates ranked.
     */
    static int rawAggregation(Connection c, long campaignId) throws SQLException {
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("select candidate_id, avg(total) as score, count(*), stddev_samp(total)"
                + " from score_sheet where campaign_id = ? and status = 'SUBMITTED' and total > ?"
                + " group by candidate_id order by score desc")) {
            ps.setLong(1, campaignId);
            ps.setLong(2, neverMatching());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(1);
                    rs.getBigDecimal(2);
                    rs.getLong(3);
                    rs.getDouble(4);
                    n++;
                }
            }
        }
        c.commit();
        return n;
    }

    private static final java.util.concurrent.atomic.AtomicLong RUNS = new java.util.concurrent.atomic.AtomicLong();

    /**
     * A bound below every total (scores are 0–10) that differs on each run: H2 hands back the previous result of
     * an identical query with identical parameters on an unchanged database, which would time nothing.
     */
    private static long neverMatching() {
        return -1 - RUNS.incrementAndGet();
    }

    /** As {@link #rawAggregation} plus the mean of each capability total (the ranking's second projection). */
    static int rawAggregationWithCapabilities(Connection c, long campaignId) throws SQLException {
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("select s.candidate_id, t.capability_code, avg(t.total)"
                + " from score_sheet s join score_sheet_capability t on t.sheet_id = s.id"
                + " where s.campaign_id = ? and s.status = 'SUBMITTED' and s.total > ? group by s.candidate_id, t.capability_code")) {
            ps.setLong(1, campaignId);
            ps.setLong(2, neverMatching());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(1);
                    rs.getString(2);
                    rs.getBigDecimal(3);
                    n++;
                }
            }
        }
        c.commit();
        return rawAggregation(c, campaignId) + n * 0;
    }
}
