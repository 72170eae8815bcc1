package org.craftrank.security.access;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(1));
    private final Instant now = Instant.parse("2026-11-21T08:00:00Z");

    private List<Instant> failuresSecondsAgo(int... seconds) {
        return java.util.Arrays.stream(seconds).mapToObj(s -> now.minusSeconds(s)).sorted().toList();
    }

    @Test
    void fiveFailuresAreToleratedTheSixthAttemptWaits() {
        assertTrue(throttle.retryAfterSeconds(failuresSecondsAgo(50, 40, 30, 20), now).isEmpty());
        OptionalLong wait = throttle.retryAfterSeconds(failuresSecondsAgo(50, 40, 30, 20, 10), now);
        // The oldest failure (50 s ago) leaves the one-minute window in 10 s.
        assertEquals(10, wait.getAsLong());
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        assertTrue(throttle.retryAfterSeconds(failuresSecondsAgo(120, 90, 61, 60, 30, 5), now).isEmpty());
    }

    @Test
    void withMoreFailuresTheWaitLastsUntilOnlyFourRemain() {
        OptionalLong wait = throttle.retryAfterSeconds(failuresSecondsAgo(55, 50, 40, 30, 20, 10, 1), now);
        // Seven in the window: allowed once three have aged out, i.e. when the one from 40 s ago leaves.
        assertEquals(20, wait.getAsLong());
    }

    @Test
    void theWaitIsAtLeastOneSecond() {
        OptionalLong wait = throttle.retryAfterSeconds(List.of(now.minusMillis(59_999), now.minusMillis(59_998),
                now.minusMillis(500), now.minusMillis(400), now.minusMillis(300)), now);
        assertEquals(1, wait.getAsLong());
    }
}
