package org.craftrank.security.access;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionLifetimeTest {

    private final SessionLifetime lifetime = new SessionLifetime(Duration.ofMinutes(30), Duration.ofHours(12));
    private final Instant start = Instant.parse("2026-11-21T08:00:00Z");

    @Test
    void aSessionUsedWithinTheIdleTimeoutLives() {
        assertTrue(lifetime.alive(start, start.plusSeconds(3600), start.plusSeconds(3600 + 29 * 60)));
    }

    @Test
    void anIdleSessionEnds() {
        assertFalse(lifetime.alive(start, start, start.plus(Duration.ofMinutes(30))));
    }

    @Test
    void aBusySessionStillEndsAtTheAbsoluteTimeout() {
        Instant late = start.plus(Duration.ofHours(12));
        assertFalse(lifetime.alive(start, late.minusSeconds(1), late));
        assertTrue(lifetime.alive(start, late.minusSeconds(2), late.minusSeconds(1)));
    }

    @Test
    void useIsRecordedAtMostOncePerMinute() {
        assertFalse(lifetime.worthTouching(start, start.plusSeconds(59)));
        assertTrue(lifetime.worthTouching(start, start.plusSeconds(60)));
    }
}
