package org.craftrank.scoring.autoassign;

/**
 * The three objectives folded into one integer cost per arc, so that one min-cost flow optimises them
 * lexicographically: first <b>balance</b>, then <b>affinity</b>, then the seeded <b>tie-break</b>.
 *
 * <h2>Costs</h2>
 * <ul>
 *   <li>Balance: an expert's load ℓ (kept plus new reviews) costs g(ℓ) = ℓ(ℓ−1)/2, i.e. the review that takes
 *       the load from ℓ to ℓ+1 costs ℓ. This is strictly convex, so one arc per unit of load with increasing
 *       cost ℓ·W1 models it exactly (the flow fills the cheaper units first). G = Σ g(ℓ_e).</li>
 *   <li>Affinity: a new pair whose expert does not fit the candidate's industry or trade costs W2 (when on).</li>
 *   <li>Tie-break: a new pair costs a pseudo-random q ∈ [0, K) drawn from the seed (K = 1 without a seed).</li>
 * </ul>
 * Pair costs therefore lie in a range of width P = W2 + K − 1 (or K − 1 with affinity off).
 *
 * <h2>Why the order is exact</h2>
 * Every feasible flow creates exactly D new pairs (each candidate receives exactly its need over arcs of
 * capacity 1), and the total load Σℓ is the same constant for all of them.
 * <ol>
 *   <li><b>Tie-break never outweighs affinity.</b> Over D pairs the tie-break totals lie in [0, D(K−1)], so
 *       two plans' tie-break totals differ by less than W2 = D(K−1) + 1, the cost of one affinity miss.</li>
 *   <li><b>Pair costs never outweigh balance.</b> Take an optimal flow x whose loads are not G-minimal. The load
 *       vectors of feasible flows form an M-convex set (the demands are fixed and the load vectors are induced
 *       through a network, then cut by the box [L, U]: Murota, <i>Discrete Convex Analysis</i>, 2003, §9.6), and
 *       G is separable convex, so a non-minimal load vector is improved by a single exchange: some expert a
 *       gives one review to some expert b, with ℓ_a ≥ ℓ_b + 2, and G drops by (ℓ_a − 1) − ℓ_b ≥ 1. In flow
 *       terms that exchange is one augmenting path b → c₁ → e₁ → c₂ → … → a in the residual network (b takes
 *       c₁, e₁ gives c₁ up and takes c₂, …, a gives its last candidate up); a simple path visits at most E
 *       experts, so it adds at most E − 1 pairs and changes pair costs by at most (E − 1)·P. With
 *       W1 = (E − 1)·P + 1 the path lowers the total cost by at least W1 − (E − 1)·P = 1 &gt; 0, contradicting
 *       optimality. So an optimal flow has G-minimal loads, and among those it minimises affinity misses
 *       (first tier), then the tie-break (second tier).</li>
 *   <li><b>max − min ≤ 1 when nothing else binds.</b> The same path argument, read the other way: if at the
 *       optimum two experts differ by two or more, no such path exists, i.e. every candidate the busier expert
 *       reviews anew is forbidden for the idler one (conflict, other group, already its pair), or the chain is
 *       stopped by a bound (the busier one at its lower bound, the idler at its upper bound), or the busier
 *       expert's surplus is made of kept assignments. Without conflicts, groups, bounds and kept pairs the loads
 *       therefore differ by at most one. {@code AutoAssignerPropertyTest} checks exactly this certificate.</li>
 * </ol>
 *
 * <h2>Magnitudes</h2>
 * OR-Tools refuses costs whose magnitude times (nodes + 1) overflows 64 bits (it scales costs by the node count),
 * and the total cost must fit too. Load costs are centred on a reference load (a constant per unit of flow, so
 * the optimum does not move), and K is chosen as large as these limits allow (at most 2²⁰); K = 1 always fits
 * for any realistic instance (W1 = E, costs about E times the largest load deviation).
 *
 * @param tieBreakRange K
 * @param affinityWeight W2 (0 when affinity is off)
 * @param loadWeight W1
 */
record CostTiers(long tieBreakRange, long affinityWeight, long loadWeight) {

    static final long MAX_TIE_BREAK_RANGE = 1L << 20;
    /** Half of the 64-bit range, for headroom in the solver's own arithmetic. */
    private static final long COST_LIMIT = 1L << 62;

    /**
     * @param demand   D, new pairs to create
     * @param experts  E
     * @param maxLoadDeviation the largest |ℓ − reference| any load arc is priced at
     * @param nodes    nodes of the flow network
     */
    static CostTiers choose(long demand, int experts, boolean affinity, boolean seeded, long maxLoadDeviation,
                            int nodes) {
        long budget = COST_LIMIT / Math.max(Math.max(nodes + 1L, 2 * demand), 1);
        if (!fits(1, demand, experts, affinity, maxLoadDeviation, budget)) {
            throw new IllegalStateException("the instance is too large for exact integer costs: " + demand
                    + " reviews, " + experts + " experts, load deviation " + maxLoadDeviation);
        }
        long k = 1;
        if (seeded) {
            long lo = 1;
            long hi = MAX_TIE_BREAK_RANGE;
            while (lo < hi) {
                long mid = (lo + hi + 1) >>> 1;
                if (fits(mid, demand, experts, affinity, maxLoadDeviation, budget)) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            k = lo;
        }
        return of(k, demand, experts, affinity);
    }

    static CostTiers of(long k, long demand, int experts, boolean affinity) {
        long w2 = affinity ? Math.addExact(Math.multiplyExact(demand, k - 1), 1) : 0;
        long pairRange = w2 + k - 1;
        long w1 = Math.addExact(Math.multiplyExact(Math.max(experts - 1, 0), pairRange), 1);
        return new CostTiers(k, w2, w1);
    }

    private static boolean fits(long k, long demand, int experts, boolean affinity, long deviation, long budget) {
        try {
            CostTiers t = of(k, demand, experts, affinity);
            long loadCost = Math.multiplyExact(Math.max(deviation, 1), t.loadWeight);
            return loadCost <= budget && t.maxPairCost() <= budget;
        } catch (ArithmeticException overflow) {
            return false;
        }
    }

    long maxPairCost() {
        return affinityWeight + tieBreakRange - 1;
    }

    long pairCost(boolean affinityMatch, long tieBreak) {
        return (affinityMatch ? 0 : affinityWeight) + tieBreak;
    }
}
