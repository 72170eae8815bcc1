package org.craftrank.web;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.craftrank.testing.Auth;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.craftrank.testing.Auth.asAdmin;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scoring screens read their data with a few set-based queries, not one per expert, assignment or declared
 * conflict: at 50 experts × 270 candidates the expert's work list (page and API) and the secretariat's
 * assignments page each prepare a small, fixed number of SQL statements (Hibernate statistics). The panel is
 * seeded with JDBC batches so the test stays quick.
 */
@QuarkusTest
class ScoringStatementCountTest {

    private static final int EXPERTS = 50;
    private static final int CANDIDATES = 270;
    /** Generous against a stray lookup, far below the hundreds of statements a per-row loop prepares. */
    private static final long BOUND = 10;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    DataSource dataSource;

    @Test
    void theScoringScreensPrepareAFixedNumberOfStatements() throws SQLException {
        PageFixtures.Scoring world = PageFixtures.scoringCampaign("语句计数测试", 1, 1);
        long campaign = world.campaign();
        long firstExpert = world.experts().get(0);
        seed(campaign, world.unit(), firstExpert);
        String expert = world.expertAccounts().get(0);

        long api = statements(() -> Auth.as(expert, PageFixtures.PASSWORD)
                .get("/api/campaigns/" + campaign + "/my/assignments").then().statusCode(200));
        long page = statements(() -> Auth.as(expert, PageFixtures.PASSWORD)
                .get("/expert/campaigns/" + campaign).then().statusCode(200));
        long assignments = statements(() -> asAdmin()
                .get("/secretariat/campaigns/" + campaign + "/assignments").then().statusCode(200));
        System.out.printf("SQL statements at %d experts x %d candidates: work list API %d, work list page %d,"
                + " assignments page %d%n", EXPERTS, CANDIDATES, api, page, assignments);
        assertTrue(api <= BOUND, "work list API prepared " + api + " statements");
        assertTrue(page <= BOUND, "work list page prepared " + page + " statements");
        assertTrue(assignments <= BOUND, "assignments page prepared " + assignments + " statements");
    }

    /** Statements prepared by one request, measured after a first run has signed in and warmed the caches. */
    private long statements(Runnable request) {
        request.run();
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }

    /**
     * 269 more candidates and 49 more experts; the first expert is assigned every candidate and has submitted,
     * draft, not started and declared-conflict rows; every other expert has 27 candidates and two declared
     * conflicts.
     */
    private void seed(long campaign, long unit, long firstExpert) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("insert into candidate (campaign_id, unit_id, code,"
                    + " name, gender, employer, trade, created_at, version) values (?, ?, ?, ?, 'FEMALE', ?, '数控车工', ?, 0)")) {
                for (int i = 1; i < CANDIDATES; i++) {
                    insert.setLong(1, campaign);
                    insert.setLong(2, unit);
                    insert.setString(3, "N" + campaign + "-" + i);
                    insert.setString(4, "计数候选" + i);
                    insert.setString(5, "计数公司" + i);
                    insert.setTimestamp(6, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = db.prepareStatement("insert into expert (campaign_id, name, employer,"
                    + " version) values (?, ?, ?, 0)")) {
                for (int e = 1; e < EXPERTS; e++) {
                    insert.setLong(1, campaign);
                    insert.setString(2, "计数专家" + e);
                    insert.setString(3, "计数大学" + e);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            List<Long> candidates = ids(db, "select id from candidate where campaign_id = ? order by id", campaign);
            List<Long> experts = ids(db, "select id from expert where campaign_id = ? order by id", campaign);
            try (PreparedStatement assign = db.prepareStatement("insert into assignment (campaign_id, expert_id,"
                    + " candidate_id, created_at) values (?, ?, ?, ?)");
                 PreparedStatement declare = db.prepareStatement("insert into conflict_declaration (campaign_id,"
                         + " expert_id, candidate_id, reason, declared_at) values (?, ?, ?, '亲属', ?)");
                 PreparedStatement sheet = db.prepareStatement("insert into score_sheet (campaign_id, expert_id,"
                         + " candidate_id, status, updated_at, version) values (?, ?, ?, ?, ?, 0)")) {
                for (int e = 0; e < experts.size(); e++) {
                    long expert = experts.get(e);
                    boolean first = expert == firstExpert;
                    List<Long> mine = first ? candidates
                            : candidates.subList((e * 27) % (CANDIDATES - 27), (e * 27) % (CANDIDATES - 27) + 27);
                    for (int k = 0; k < mine.size(); k++) {
                        long candidate = mine.get(k);
                        // The fixture already assigned the first expert to the first candidate.
                        if (!(first && candidate == candidates.get(0))) {
                            row(assign, campaign, expert, candidate, now);
                        }
                        if (k % 10 == 1) {
                            row(declare, campaign, expert, candidate, now);
                        } else if (k % 10 == 2 || k % 10 == 3) {
                            sheet.setLong(1, campaign);
                            sheet.setLong(2, expert);
                            sheet.setLong(3, candidate);
                            sheet.setString(4, k % 10 == 2 ? "SUBMITTED" : "DRAFT");
                            sheet.setTimestamp(5, now);
                            sheet.addBatch();
                        }
                    }
                }
                assign.executeBatch();
                declare.executeBatch();
                sheet.executeBatch();
            }
            db.commit();
        }
    }

    private static void row(PreparedStatement statement, long campaign, long expert, long candidate, Timestamp at)
            throws SQLException {
        statement.setLong(1, campaign);
        statement.setLong(2, expert);
        statement.setLong(3, candidate);
        statement.setTimestamp(4, at);
        statement.addBatch();
    }

    private static List<Long> ids(Connection db, String sql, long campaign) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, campaign);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }
}
