package org.craftrank.common;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The one clock of the application, in UTC; injected so time-dependent logic can be tested. */
public class Clocks {

    @Produces
    @Singleton
    public Clock clock() {
        return Clock.systemUTC();
    }
}
