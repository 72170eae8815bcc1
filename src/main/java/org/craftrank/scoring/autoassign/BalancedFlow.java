package org.craftrank.scoring.autoassign;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

import java.util.Arrays;

/**
 * The min-cost flow: source → expert (load arcs) → candidate (one arc per allowed new pair, capacity 1) with
 * each candidate demanding its need. Lower load bounds are the standard transformation: the expert node itself
 * supplies its mandatory reviews, the source the rest. Costs as in {@link CostTiers}.
 *
 * <h2>Load windows</h2>
 * One arc per unit of possible load would be exact but wasteful (an expert who may review 10,000 candidates
 * would get 10,000 arcs). Instead each expert gets unit arcs only inside a window [lo, hi] around its expected
 * load, plus one arc for everything below lo priced at the slope just below lo (lo − 1) and one for everything
 * above hi priced at the slope at hi. That load cost ĝ is convex and, up to a constant, a minorant of the true
 * g that agrees with it on [lo, hi] (below lo it overcharges less than the true slopes fall, above hi it
 * charges less than they rise). Hence if the optimum for ĝ has every load inside its window, it is optimal for
 * g too: for any flow y, F(y) ≥ F̂(y) − C ≥ F̂(x) − C = F(x). If some load leaves its window, that window is
 * widened and the flow solved again; windows only grow, so this ends, at worst with the full range (exact).
 * Capacities never depend on the windows, so feasibility is decided by the first solve.
 */
final class BalancedFlow {

    private static final int MAX_SOLVES = 64;

    /** New pairs per candidate (flags parallel to {@link Instance#pairExpert}) and solver statistics. */
    record Solution(boolean[] chosen, int solves, long tieBreakRange, int arcs) {
    }

    private final Instance in;
    private final boolean affinity;
    private final Long seed;
    private final int[] base;
    private final int[] top;
    private final int[] lo;
    private final int[] hi;
    private final long reference;

    /** @param windowMargin load units on each side of the expected load; negative for the default (3 + 15%) */
    BalancedFlow(Instance in, int windowMargin) {
        this.in = in;
        this.affinity = in.problem.useAffinity();
        this.seed = in.problem.seed();
        int e = in.expertCount();
        base = new int[e];
        top = new int[e];
        lo = new int[e];
        hi = new int[e];
        double[] expected = expectedLoads();
        double sum = 0;
        int active = 0;
        for (int x = 0; x < e; x++) {
            base[x] = in.keptLoad[x] + in.minNew[x];
            top[x] = in.keptLoad[x] + Math.max(in.minNew[x], in.reachNew(x));
            int margin = windowMargin >= 0 ? windowMargin : 3 + (int) Math.ceil(0.15 * expected[x]);
            lo[x] = clamp((int) Math.floor(expected[x]) - margin, base[x], top[x]);
            hi[x] = clamp((int) Math.ceil(expected[x]) + margin, base[x], top[x]);
            if (top[x] > base[x]) {
                sum += expected[x];
                active++;
            }
        }
        reference = active == 0 ? 0 : Math.round(sum / active);
    }

    /** Null when no flow meets every demand and bound. */
    Solution solve() {
        OrTools.load();
        int[] margin = new int[in.expertCount()];
        Arrays.fill(margin, 4);
        for (int solves = 1; solves <= MAX_SOLVES; solves++) {
            CostTiers tiers = CostTiers.choose(in.demand, in.expertCount(), affinity, seed != null,
                    maxDeviation(), in.expertCount() + in.candidateCount() + 1);
            Network net = new Network(tiers);
            MinCostFlowBase.Status status = net.flow.solve();
            try {
                if (status == MinCostFlowBase.Status.INFEASIBLE) {
                    return null;
                }
                if (status != MinCostFlowBase.Status.OPTIMAL) {
                    throw new IllegalStateException("min-cost flow ended with status " + status);
                }
                boolean[] chosen = new boolean[in.pairExpert.length];
                int[] load = in.keptLoad.clone();
                for (int k = 0; k < chosen.length; k++) {
                    int arc = net.pairArc[k];
                    if (arc >= 0 && net.flow.getFlow(arc) > 0) {
                        chosen[k] = true;
                        load[in.pairExpert[k]]++;
                    }
                }
                if (widenWhereLoadsLeftTheirWindows(load, margin)) {
                    continue;
                }
                return new Solution(chosen, solves, tiers.tieBreakRange(), net.flow.getNumArcs());
            } finally {
                net.flow.delete();
            }
        }
        throw new IllegalStateException("load windows did not settle after " + MAX_SOLVES + " solves");
    }

    private boolean widenWhereLoadsLeftTheirWindows(int[] load, int[] margin) {
        boolean widened = false;
        for (int x = 0; x < load.length; x++) {
            if (load[x] < lo[x] || load[x] > hi[x]) {
                lo[x] = clamp(Math.min(lo[x], load[x] - margin[x]), base[x], top[x]);
                hi[x] = clamp(Math.max(hi[x], load[x] + margin[x]), base[x], top[x]);
                margin[x] *= 2;
                widened = true;
            }
        }
        return widened;
    }

    /** Each candidate's need spread evenly over the experts who may take it: a cheap guess of each load. */
    private double[] expectedLoads() {
        double[] expected = new double[in.expertCount()];
        for (int x = 0; x < expected.length; x++) {
            expected[x] = in.keptLoad[x];
        }
        for (int c = 0; c < in.candidateCount(); c++) {
            int from = in.pairStart[c];
            int to = in.pairStart[c + 1];
            if (to > from && in.need[c] > 0) {
                double share = (double) in.need[c] / (to - from);
                for (int k = from; k < to; k++) {
                    expected[in.pairExpert[k]] += share;
                }
            }
        }
        return expected;
    }

    private long maxDeviation() {
        long max = 0;
        for (int x = 0; x < lo.length; x++) {
            if (top[x] > base[x]) {
                max = Math.max(max, Math.abs(lo[x] - 1 - reference));
                max = Math.max(max, Math.abs(hi[x] - reference));
            }
        }
        return max;
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }

    /** Nodes: 0 source, 1..E experts, E+1..E+C candidates. */
    private final class Network {
        final MinCostFlow flow = new MinCostFlow();
        final int[] pairArc = new int[in.pairExpert.length];

        Network(CostTiers tiers) {
            int experts = in.expertCount();
            long mandatory = 0;
            int[] expertOrder = order(experts, 1);
            for (int i = 0; i < experts; i++) {
                int x = expertOrder[i];
                mandatory += in.minNew[x];
                flow.setNodeSupply(1 + x, in.minNew[x]);
                addLoadArcs(x, tiers.loadWeight());
            }
            flow.setNodeSupply(0, in.demand - mandatory);
            Arrays.fill(pairArc, -1);
            int[] candidateOrder = order(in.candidateCount(), 2);
            for (int i = 0; i < candidateOrder.length; i++) {
                int c = candidateOrder[i];
                int node = 1 + experts + c;
                flow.setNodeSupply(node, -in.need[c]);
                if (in.need[c] == 0) {
                    continue;
                }
                int from = in.pairStart[c];
                int count = in.pairStart[c + 1] - from;
                // With a seed, each candidate's arcs start at a different place, so the solver's own
                // order-dependent choices among equal costs are shuffled too.
                int shift = seed == null || count == 0 ? 0
                        : (int) TieBreak.value(seed, -1, in.candidates[c].id(), count);
                for (int j = 0; j < count; j++) {
                    int k = from + (j + shift) % count;
                    int x = in.pairExpert[k];
                    long q = seed == null ? 0 : TieBreak.value(seed, in.experts[x].id(), in.candidates[c].id(),
                            tiers.tieBreakRange());
                    pairArc[k] = flow.addArcWithCapacityAndUnitCost(1 + x, node, 1,
                            tiers.pairCost(in.pairAffinity[k], q));
                }
            }
        }

        private int[] order(int n, long salt) {
            if (seed == null) {
                int[] identity = new int[n];
                for (int i = 0; i < n; i++) {
                    identity[i] = i;
                }
                return identity;
            }
            return TieBreak.permutation(n, seed, salt);
        }

        /** The load arcs of one expert: below the window, one per unit inside it, above it. */
        private void addLoadArcs(int x, long w1) {
            int node = 1 + x;
            if (lo[x] > base[x]) {
                flow.addArcWithCapacityAndUnitCost(0, node, lo[x] - base[x], (lo[x] - 1 - reference) * w1);
            }
            for (int load = lo[x]; load < hi[x]; load++) {
                flow.addArcWithCapacityAndUnitCost(0, node, 1, (load - reference) * w1);
            }
            if (top[x] > hi[x]) {
                flow.addArcWithCapacityAndUnitCost(0, node, top[x] - hi[x], (hi[x] - reference) * w1);
            }
        }
    }
}
