package org.craftrank.common.access;

/**
 * What an account may do. Each account has exactly one role; the role decides which object it is bound to.
 */
public enum Role {
    /** 秘书处: runs campaigns, manages accounts, reads the audit log. Bound to nothing. */
    ADMIN,
    /** A recommending unit's operator (推荐单位), bound to one unit. */
    UNIT,
    /** A reviewer (评审专家), bound to one expert record. */
    EXPERT,
    /** A review committee member (评审委员会), bound to the campaigns they sit on. */
    COMMITTEE
}
