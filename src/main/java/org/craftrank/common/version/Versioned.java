package org.craftrank.common.version;

/**
 * A read model of a row with an optimistic version ({@code @Version}). {@link EntityTagFilter} turns the version
 * into the response's {@code ETag}, so every resource that returns one gets its tag without code of its own.
 */
public interface Versioned {

    /** The row's version when this view was made (after the write, for a write's response). */
    long version();
}
