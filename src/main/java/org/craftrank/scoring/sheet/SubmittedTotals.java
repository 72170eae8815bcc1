package org.craftrank.scoring.sheet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The submitted sheets' stored exact totals and the assignments, as projections (no sheet entities), for the
 * features that aggregate them (the ranking). Scoring owns these tables, so the queries live here; callers read
 * within their own transaction.
 */
@ApplicationScoped
public class SubmittedTotals {

    /** A submitted sheet's exact overall total and its exact total per capability code. */
    public record Sheet(long sheetId, long expertId, long candidateId, long totalNumerator, long totalDenominator,
                        Map<String, long[]> capabilities) {
    }

    /** An expert assigned to a candidate. */
    public record Pair(long expertId, long candidateId) {
    }

    /**
     * The few numbers that move whenever the sheets or assignments change: submitted count, sum of their versions,
     * last change, assignment count and newest assignment id.
     */
    public record State(long submitted, long versionSum, Instant lastChange, long assignments, long lastAssignment) {
    }

    /**
     * Every submitted sheet of a campaign, column by column in primitive arrays (index {@code i} is one sheet, in
     * the order the database returns them — no ORDER BY, a sort of every sheet the ranking does not need, since
     * it orders by ids itself): who scored whom and the exact totals as integer numerator and denominator. Capability
     * {@code capabilityCodes.get(k)} of sheet {@code i} is {@code capabilityNumerators[k][i] /
     * capabilityDenominators[k][i]}, the denominator 0 where the sheet has no such capability.
     */
    public record Columns(long[] sheetIds, long[] expertIds, long[] candidateIds, long[] totalNumerators,
                          long[] totalDenominators, List<String> capabilityCodes, long[][] capabilityNumerators,
                          long[][] capabilityDenominators) {

        public int size() {
            return sheetIds.length;
        }
    }

    private final EntityManager em;

    public SubmittedTotals(EntityManager em) {
        this.em = em;
    }

    /** One aggregate query per table. */
    public State state(long campaignId) {
        Object[] sheetState = em.createQuery("select count(s), coalesce(sum(s.version), 0), max(s.updatedAt)"
                        + " from ScoreSheet s where s.campaignId = :c and s.status = :submitted", Object[].class)
                .setParameter("c", campaignId).setParameter("submitted", SheetStatus.SUBMITTED).getSingleResult();
        Object[] assignmentState = em.createQuery("select count(a), coalesce(max(a.id), 0) from Assignment a"
                        + " where a.campaignId = :c", Object[].class)
                .setParameter("c", campaignId).getSingleResult();
        return new State(((Number) sheetState[0]).longValue(), ((Number) sheetState[1]).longValue(),
                (Instant) sheetState[2], ((Number) assignmentState[0]).longValue(),
                ((Number) assignmentState[1]).longValue());
    }

    /**
     * The assignments counted in the database rather than read pair by pair (10,000 rows instead of 90,000 for a
     * 10,000 × 9 campaign): {@code [0]} every assigned candidate, {@code [1]} its number of assigned experts (an
     * assignment is unique per campaign, expert and candidate, so the rows are the experts).
     */
    public long[][] assignmentsPerCandidate(long campaignId) {
        return longColumns("select candidate_id, count(*) from assignment where campaign_id = ? group by candidate_id",
                campaignId, 2);
    }

    /** Every expert with an assignment in the campaign, once each. */
    public long[] assignedExperts(long campaignId) {
        return longColumns("select distinct expert_id from assignment where campaign_id = ?", campaignId, 1)[0];
    }

    /** The first {@code width} columns of a query with one campaign parameter, all of them whole numbers. */
    private long[][] longColumns(String sql, long campaignId, int width) {
        return em.unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
            LongList[] columns = new LongList[width];
            for (int k = 0; k < width; k++) {
                columns[k] = new LongList();
            }
            try (java.sql.PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setLong(1, campaignId);
                ps.setFetchSize(4096);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        for (int k = 0; k < width; k++) {
                            columns[k].add(rs.getLong(k + 1));
                        }
                    }
                }
            }
            long[][] result = new long[width][];
            for (int k = 0; k < width; k++) {
                result[k] = columns[k].toArray();
            }
            return result;
        });
    }

    /** Every distinct (expert, candidate) assignment of the campaign. */
    public List<Pair> assignedPairs(long campaignId) {
        return em.createQuery("select distinct a.expertId, a.candidateId from Assignment a where a.campaignId = :c",
                        Object[].class).setParameter("c", campaignId).getResultStream()
                .map(r -> new Pair((Long) r[0], (Long) r[1])).toList();
    }

    /**
     * Every submitted sheet's exact totals in one plain JDBC read of the sheet rows (no entities, no boxed values,
     * no join: the capability totals come from the row's {@code capability_exact} text). Sheets submitted before
     * that column existed (V14) are completed from their capability rows. Reads what the database holds: the
     * caller's unflushed changes to sheets are not seen (the ranking's transactions change none).
     */
    public Columns columns(long campaignId) {
        return em.unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
            LongList ids = new LongList();
            LongList experts = new LongList();
            LongList candidates = new LongList();
            LongList numerators = new LongList();
            LongList denominators = new LongList();
            List<String> texts = new java.util.ArrayList<>();
            try (java.sql.PreparedStatement ps = connection.prepareStatement("select id, expert_id, candidate_id,"
                    + " total_numerator, total_denominator, capability_exact from score_sheet"
                    + " where campaign_id = ? and status = ?")) {
                ps.setLong(1, campaignId);
                ps.setString(2, SheetStatus.SUBMITTED.name());
                ps.setFetchSize(4096);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                        experts.add(rs.getLong(2));
                        candidates.add(rs.getLong(3));
                        numerators.add(rs.getLong(4));
                        denominators.add(rs.getLong(5));
                        texts.add(rs.getString(6));
                    }
                }
            }
            int n = ids.size;
            Map<Long, Map<String, long[]>> legacy = new HashMap<>();
            if (texts.contains(null)) {
                legacyCapabilities(campaignId).forEach(legacy::put);
            }
            CapabilityColumns capabilities = new CapabilityColumns(n);
            for (int i = 0; i < n; i++) {
                String text = texts.get(i);
                if (text == null) {
                    capabilities.put(i, legacy.getOrDefault(ids.values[i], Map.of()));
                } else {
                    capabilities.parse(i, text);
                }
            }
            return capabilities.columns(ids.toArray(), experts.toArray(), candidates.toArray(),
                    numerators.toArray(), denominators.toArray());
        });
    }

    /**
     * The capability columns, filled sheet by sheet as the rows are read: each {@code capability_exact} text
     * ({@code LEAD=17/2;PRAC=7}, as written by {@link SheetTotals#capabilityText}) is parsed straight into the
     * arrays — the code matched against the few codes already met, the numbers read in place — so reading 90,000
     * sheets makes no map, substring or array per sheet.
     */
    private static final class CapabilityColumns {
        private final int size;
        private final List<String> codes = new java.util.ArrayList<>();
        private final List<long[]> numerators = new java.util.ArrayList<>();
        private final List<long[]> denominators = new java.util.ArrayList<>();

        CapabilityColumns(int size) {
            this.size = size;
        }

        void parse(int sheet, String text) {
            int start = 0;
            while (start < text.length()) {
                int end = text.indexOf(';', start);
                if (end < 0) {
                    end = text.length();
                }
                int eq = text.indexOf('=', start);
                int slash = text.indexOf('/', eq);
                int k = codeIndex(text, start, eq);
                if (slash < 0 || slash > end) {
                    numerators.get(k)[sheet] = Long.parseLong(text, eq + 1, end, 10);
                    denominators.get(k)[sheet] = 1;
                } else {
                    numerators.get(k)[sheet] = Long.parseLong(text, eq + 1, slash, 10);
                    denominators.get(k)[sheet] = Long.parseLong(text, slash + 1, end, 10);
                }
                start = end + 1;
            }
        }

        void put(int sheet, Map<String, long[]> values) {
            values.forEach((code, value) -> {
                int k = codeIndex(code, 0, code.length());
                numerators.get(k)[sheet] = value[0];
                denominators.get(k)[sheet] = value[1];
            });
        }

        private int codeIndex(String text, int start, int end) {
            int length = end - start;
            for (int k = 0; k < codes.size(); k++) {
                String code = codes.get(k);
                if (code.length() == length && text.regionMatches(start, code, 0, length)) {
                    return k;
                }
            }
            codes.add(text.substring(start, end));
            numerators.add(new long[size]);
            denominators.add(new long[size]);
            return codes.size() - 1;
        }

        /** The columns with the capabilities in code order. */
        Columns columns(long[] sheetIds, long[] expertIds, long[] candidateIds, long[] totalNumerators,
                        long[] totalDenominators) {
            Integer[] order = new Integer[codes.size()];
            for (int k = 0; k < order.length; k++) {
                order[k] = k;
            }
            java.util.Arrays.sort(order, java.util.Comparator.comparing(codes::get));
            List<String> sortedCodes = new java.util.ArrayList<>(order.length);
            long[][] capabilityNumerators = new long[order.length][];
            long[][] capabilityDenominators = new long[order.length][];
            for (int k = 0; k < order.length; k++) {
                sortedCodes.add(codes.get(order[k]));
                capabilityNumerators[k] = numerators.get(order[k]);
                capabilityDenominators[k] = denominators.get(order[k]);
            }
            return new Columns(sheetIds, expertIds, candidateIds, totalNumerators, totalDenominators,
                    List.copyOf(sortedCodes), capabilityNumerators, capabilityDenominators);
        }
    }

    private Map<Long, Map<String, long[]>> legacyCapabilities(long campaignId) {
        Map<Long, Map<String, long[]>> capabilitiesBySheet = new HashMap<>();
        em.createQuery("select s.id, key(c), c.numerator, c.denominator from ScoreSheet s join s.capabilityTotals c"
                        + " where s.campaignId = :c and s.status = :submitted and s.capabilityExact is null",
                        Object[].class)
                .setParameter("c", campaignId).setParameter("submitted", SheetStatus.SUBMITTED).getResultList()
                .forEach(r -> capabilitiesBySheet.computeIfAbsent((Long) r[0], id -> new TreeMap<>())
                        .put((String) r[1], new long[]{((Number) r[2]).longValue(), ((Number) r[3]).longValue()}));
        return capabilitiesBySheet;
    }

    private static final class LongList {
        long[] values = new long[1024];
        int size;

        void add(long value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    /** Every submitted sheet's exact totals, in two projection queries. */
    public List<Sheet> submitted(long campaignId) {
        Map<Long, Map<String, long[]>> capabilitiesBySheet = new HashMap<>();
        em.createQuery("select s.id, key(c), c.numerator, c.denominator from ScoreSheet s join s.capabilityTotals c"
                        + " where s.campaignId = :c and s.status = :submitted", Object[].class)
                .setParameter("c", campaignId).setParameter("submitted", SheetStatus.SUBMITTED).getResultList()
                .forEach(r -> capabilitiesBySheet.computeIfAbsent((Long) r[0], id -> new TreeMap<>())
                        .put((String) r[1], new long[]{((Number) r[2]).longValue(), ((Number) r[3]).longValue()}));
        return em.createQuery("select s.id, s.expertId, s.candidateId, s.totalNumerator, s.totalDenominator"
                        + " from ScoreSheet s where s.campaignId = :c and s.status = :submitted", Object[].class)
                .setParameter("c", campaignId).setParameter("submitted", SheetStatus.SUBMITTED).getResultStream()
                .map(r -> new Sheet((Long) r[0], (Long) r[1], (Long) r[2], ((Number) r[3]).longValue(),
                        ((Number) r[4]).longValue(), capabilitiesBySheet.getOrDefault((Long) r[0], Map.of())))
                .toList();
    }
}
