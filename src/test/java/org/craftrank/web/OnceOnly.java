package org.craftrank.web;

/**
 * The tag of slow tests whose outcome the database cannot change (a browser reading pages already rendered, charts
 * drawn from a table): {@code .ci/postgres-tests} leaves them out, so CI runs them once, on H2.
 */
final class OnceOnly {

    static final String TAG = "database-independent";

    private OnceOnly() {
    }
}
