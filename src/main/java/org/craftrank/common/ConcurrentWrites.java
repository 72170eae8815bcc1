package org.craftrank.common;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;

import java.util.Optional;

/**
 * Recognises a write that lost a race with another request: two secretariat users deciding the same review,
 * a manual assignment landing while an automatic run commits, two nominations creating the same unique row.
 * The database refused the second write and the transaction rolled back, so nothing is lost or half-written;
 * the caller only has to reload and retry. That is a 409, not a 500.
 *
 * <p>Exceptions arrive wrapped (by the transaction interceptor, by Hibernate, by the JDBC driver), so the
 * whole cause chain is searched.
 */
public final class ConcurrentWrites {

    /** SQLSTATE of a unique-key violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION_SQLSTATE = "23505";

    private ConcurrentWrites() {
    }

    /** The constraint or lock that refused the write, when {@code failure} is a lost race. */
    public static Optional<String> lostRace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return Optional.of("row-version");
            }
            if (t instanceof PessimisticLockException || t instanceof LockAcquisitionException) {
                return Optional.of("row-lock");
            }
            if (t instanceof ConstraintViolationException c && isUniqueViolation(c)) {
                return Optional.of(c.getConstraintName() == null ? "unique" : c.getConstraintName().toLowerCase());
            }
        }
        return Optional.empty();
    }

    /**
     * Only unique-key violations are races: the services check for duplicates before writing, so a duplicate
     * reaching the database was inserted by a concurrent request between the check and the write. A foreign-key
     * or not-null violation is a bug and stays a 500.
     */
    private static boolean isUniqueViolation(ConstraintViolationException c) {
        if (c.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
            return true;
        }
        return UNIQUE_VIOLATION_SQLSTATE.equals(c.getSQLState());
    }
}
