package org.craftrank.candidate;

import jakarta.persistence.Embeddable;

/** 同行高级专家推荐人: a senior peer backing the nomination (name, employer, post). */
@Embeddable
public class Referee {

    public String name;
    public String employer;
    public String title;
}
