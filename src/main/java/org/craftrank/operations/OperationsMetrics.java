package org.craftrank.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Business counters for {@code /q/metrics}. Labels are fixed, small sets (what was computed and with which
 * method), never campaign, candidate or expert identities: metrics leave the service and must carry no
 * personal data, and per-object labels would grow without bound.
 */
@ApplicationScoped
public class OperationsMetrics {

    /** Why a ranking was computed. */
    public enum RankingPurpose { RANKING, COMPARISON, SHORTLIST }

    private final MeterRegistry registry;
    private final TransactionSynchronizationRegistry transactions;
    private final Counter sheetSubmissions;

    public OperationsMetrics(MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.registry = registry;
        this.transactions = transactions;
        this.sheetSubmissions = Counter.builder("craftrank.sheet.submissions")
                .description("Score sheets submitted (counted when the submit commits)")
                .register(registry);
    }

    /**
     * Counts a submit once its transaction commits: a submit that loses a race or fails later in the
     * transaction is rolled back and must not be counted.
     */
    public void sheetSubmitted() {
        afterCommit(sheetSubmissions::increment);
    }

    public void rankingComputed(RankingPurpose purpose, String method) {
        Counter.builder("craftrank.ranking.computations")
                .description("Rankings computed from the stored sheet totals")
                .tag("purpose", purpose.name().toLowerCase())
                .tag("method", method)
                .register(registry)
                .increment();
    }

    private void afterCommit(Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}
