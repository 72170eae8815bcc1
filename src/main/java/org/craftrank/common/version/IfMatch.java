package org.craftrank.common.version;

import org.craftrank.common.PreconditionFailedException;
import org.craftrank.common.PreconditionRequiredException;

/**
 * The {@code If-Match} a client sent with a write, checked by the service against the row version of what it
 * writes, inside the write's transaction (issue 18, defect 5: no lost update). One mechanism for campaigns,
 * units, experts, candidates, shortlist rules and accounts: their views carry the row version
 * ({@link Versioned}), {@link EntityTagFilter} sends it as {@code ETag: "v<version>"}, and the write sends it back.
 *
 * <p>A stale tag is a 412 ({@code rule: stale-version}) and nothing is written. A missing tag is allowed on these
 * resources ({@link #optional}), so existing scripts keep working; a write that <em>replaces</em> a whole draft
 * (a score sheet's PUT) requires one ({@link #required}: 428). Pages send the version they rendered from a hidden
 * field, so a form never overwrites a change made after it was opened. A race between the check and the commit is
 * caught by the {@code @Version} column itself (409 {@code concurrent-change}).
 */
public final class IfMatch {

    private static final IfMatch ANY = new IfMatch(null);

    private final String header;

    private IfMatch(String header) {
        this.header = header;
    }

    /** No precondition: the write applies to whatever version is current (internal callers, the demo seeder). */
    public static IfMatch any() {
        return ANY;
    }

    /** The header as sent; {@code null} or blank means none was sent, which these resources allow. */
    public static IfMatch optional(String header) {
        return header == null || header.isBlank() ? ANY : new IfMatch(header.strip());
    }

    /** The header as sent; a write without it is refused with 428. */
    public static IfMatch required(String header, String what) {
        if (header == null || header.isBlank()) {
            throw new PreconditionRequiredException("send If-Match with the ETag of the " + what
                    + " you changed (GET it first): a write without it could undo a change made meanwhile");
        }
        return new IfMatch(header.strip());
    }

    /** The entity tag of a row at {@code version}. */
    public static String etag(long version) {
        return "\"v" + version + "\"";
    }

    /** Whether any tag was sent. */
    public boolean present() {
        return header != null;
    }

    /** 412 unless the sent tag names {@code version} (or is {@code *}); weak tags compare by their opaque part. */
    public void check(String what, long version) {
        if (!matches(header, etag(version))) {
            throw new PreconditionFailedException("stale-version", "the " + what + " changed since you loaded it "
                    + "(now " + etag(version) + ", you sent " + header + "); reload it and apply your change again");
        }
    }

    /** If-Match may list several tags, or {@code *}; {@code null} matches everything. */
    public static boolean matches(String ifMatch, String current) {
        if (ifMatch == null) {
            return true;
        }
        for (String tag : ifMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.replaceFirst("^W/", "").equals(current)) {
                return true;
            }
        }
        return false;
    }
}
