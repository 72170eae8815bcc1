package org.craftrank.ranking.engine;

/**
 * The six intraclass correlations of Shrout &amp; Fleiss (1979), "Intraclass correlations: uses in assessing rater
 * reliability", Psychological Bulletin 86(2), 420–428. The first number is the design (1: each target rated by a
 * different random set of judges; 2: the same random judges rate every target, absolute agreement; 3: the same
 * fixed judges, consistency), the second whether one judge's rating (1) or the mean of k judges (k) is judged.
 */
public enum IccForm {
    ICC_1_1("ICC(1,1)"),
    ICC_2_1("ICC(2,1)"),
    ICC_3_1("ICC(3,1)"),
    ICC_1_K("ICC(1,k)"),
    ICC_2_K("ICC(2,k)"),
    ICC_3_K("ICC(3,k)");

    private final String label;

    IccForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
