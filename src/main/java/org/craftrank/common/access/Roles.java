package org.craftrank.common.access;

/** Role names as compile-time constants, for {@code @RolesAllowed}. They match {@link Role}'s names. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String UNIT = "UNIT";
    public static final String EXPERT = "EXPERT";
    public static final String COMMITTEE = "COMMITTEE";

    private Roles() {
    }
}
