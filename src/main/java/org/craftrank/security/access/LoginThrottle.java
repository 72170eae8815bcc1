package org.craftrank.security.access;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * Brute-force brake: more than {@code maxFailures} failed sign-ins for one user from one address within the
 * window, and further attempts are refused until the oldest failure leaves the window.
 */
public record LoginThrottle(int maxFailures, Duration window) {

    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    /**
     * @param recentFailures failure times within the window, oldest first
     * @return seconds to wait, or empty when an attempt is allowed now
     */
    public OptionalLong retryAfterSeconds(List<Instant> recentFailures, Instant now) {
        List<Instant> inWindow = recentFailures.stream().filter(t -> t.isAfter(windowStart(now))).toList();
        if (inWindow.size() < maxFailures) {
            return OptionalLong.empty();
        }
        // Allowed again once enough failures have aged out to leave maxFailures - 1 in the window.
        Instant freesAt = inWindow.get(inWindow.size() - maxFailures).plus(window);
        long seconds = Math.max(1, (long) Math.ceil(Duration.between(now, freesAt).toMillis() / 1000.0));
        return OptionalLong.of(seconds);
    }
}
