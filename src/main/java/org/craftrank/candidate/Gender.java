package org.craftrank.candidate;

/** 性别. */
public enum Gender {
    /** 男. */
    MALE,
    /** 女. */
    FEMALE
}
