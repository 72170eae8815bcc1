package org.craftrank.shortlist.solver;

import java.util.List;

/**
 * The list after a withdrawal.
 *
 * @param withdrawnCode the candidate who withdrew
 * @param mode          how it was re-solved
 * @param request       the request that produced the new list (the old one plus the withdrawal and what was kept),
 *                      to chain further withdrawals
 * @param shortlist     the new list
 * @param movedIn       entries on the new list that were not on the old one, with the reasons they came in
 * @param movedOut      codes on the old list, other than the withdrawn one, that are off the new one
 *                      (always empty with {@link WithdrawalMode#KEEP_OTHERS})
 */
public record Withdrawal(String withdrawnCode, WithdrawalMode mode, ShortlistRequest request, Shortlist shortlist,
                         List<SelectedEntry> movedIn, List<String> movedOut) {

    public Withdrawal {
        movedIn = List.copyOf(movedIn);
        movedOut = List.copyOf(movedOut);
    }
}
