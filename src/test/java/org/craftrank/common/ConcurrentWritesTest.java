package org.craftrank.common;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConcurrentWritesTest {

    private static Throwable wrapped(Throwable cause) {
        // how a commit-time failure reaches the mapper: the transaction manager's exception around Hibernate's
        RollbackException rollback = new RollbackException("commit failed");
        rollback.initCause(cause);
        return new RuntimeException(rollback);
    }

    @Test
    void aUniqueKeyViolationDeepInTheChainIsALostRaceNamedByItsConstraint() {
        var violation = new ConstraintViolationException("insert", new SQLException("dup", "23505"),
                ConstraintKind.UNIQUE, "ASSIGNMENT_UNIQUE");
        assertEquals(Optional.of("assignment_unique"), ConcurrentWrites.lostRace(wrapped(violation)));
    }

    @Test
    void theSqlStateAloneIdentifiesAUniqueViolationWhenTheDialectDidNotClassifyIt() {
        var violation = new ConstraintViolationException("insert", new SQLException("dup", "23505"), null);
        assertEquals(Optional.of("unique"), ConcurrentWrites.lostRace(violation));
    }

    @Test
    void aForeignKeyOrNotNullViolationIsABugNotARace() {
        var foreignKey = new ConstraintViolationException("insert", new SQLException("fk", "23503"),
                ConstraintKind.FOREIGN_KEY, "fk_candidate");
        var notNull = new ConstraintViolationException("insert", new SQLException("nn", "23502"),
                ConstraintKind.NOT_NULL, null);
        assertEquals(Optional.empty(), ConcurrentWrites.lostRace(wrapped(foreignKey)));
        assertEquals(Optional.empty(), ConcurrentWrites.lostRace(notNull));
    }

    @Test
    void versionAndLockFailuresAreLostRaces() {
        assertEquals(Optional.of("row-version"), ConcurrentWrites.lostRace(wrapped(new OptimisticLockException())));
        assertEquals(Optional.of("row-lock"), ConcurrentWrites.lostRace(
                new LockAcquisitionException("deadlock", new SQLException("deadlock", "40P01"))));
    }

    @Test
    void anOrdinaryFailureIsNot() {
        assertEquals(Optional.empty(), ConcurrentWrites.lostRace(new IllegalStateException("boom")));
        assertEquals(Optional.empty(), ConcurrentWrites.lostRace(wrapped(new NullPointerException())));
    }
}
