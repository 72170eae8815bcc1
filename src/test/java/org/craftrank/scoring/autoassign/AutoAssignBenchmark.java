package org.craftrank.scoring.autoassign;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * Benchmark, not a test (run by {@code bench/autoassign/run.sh}, never by surefire): a seeded campaign of 10,000
 * candidates, 300 experts and R = 9 with employer conflicts, declared conflicts and the 11 Shanghai groups, solved
 * by {@link AutoAssigner}. Beside it, measured in the same run, a baseline: one plain OR-Tools MinCostFlow over the
 * same expert→candidate arcs (random pair costs, no load balancing, no windows, no diagnosis). The ratio says
 * what exact balancing and the wrapper cost on top of a single flow solve.
 *
 * <p>Arguments: {@code [runs] [grouped|ungrouped|both]}; default {@code 5 both}.
 */
public final class AutoAssignBenchmark {

    static final int CANDIDATES = 10_000;
    static final int EXPERTS = 300;
    static final int REVIEWS = 9;
    static final String[] GROUPS = {"冶金、机械和电气", "土木建筑", "计算机通信", "仪电", "医药", "医学", "绿化", "餐饮",
            "工艺设计", "交通运输", "其它"};
    static final String[] TRADES = {"电焊工", "数控车工", "钳工", "电工", "焊接", "装配钳工", "维修电工", "铣工", "模具工",
            "汽车维修工", "厨师", "园林绿化工", "测量员", "砌筑工", "药物制剂工"};

    private AutoAssignBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String which = args.length > 1 ? args[1] : "both";
        System.out.printf(Locale.ROOT, "auto-assignment benchmark: %,d candidates x %d experts, R = %d, %d runs "
                + "(median), %d cores, Java %s%n", CANDIDATES, EXPERTS, REVIEWS, runs,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        if (!which.equals("ungrouped")) {
            measure("grouped (11 groups)", instance(true), runs);
        }
        if (!which.equals("grouped")) {
            measure("ungrouped (every expert may review every candidate)", instance(false), runs);
        }
    }

    private static void measure(String label, AssignmentProblem problem, int runs) {
        System.out.printf(Locale.ROOT, "%n%s: %,d conflicts%n", label, problem.forbidden().size());
        System.out.flush();
        OrTools.load();
        Arcs arcs = Arcs.of(problem);
        // warm-up: JIT and the native library
        new AutoAssigner().solve(problem);
        baseline(arcs);
        long[] ours = new long[runs];
        long[] base = new long[runs];
        AssignmentPlan plan = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            AssignmentOutcome outcome = new AutoAssigner().solve(problem);
            ours[i] = System.nanoTime() - t0;
            if (!(outcome instanceof AssignmentPlan p)) {
                throw new IllegalStateException("benchmark instance is infeasible: " + ((Infeasible) outcome).message());
            }
            plan = p;
            long t1 = System.nanoTime();
            long flow = baseline(arcs);
            base[i] = System.nanoTime() - t1;
            if (flow != (long) CANDIDATES * REVIEWS) {
                throw new IllegalStateException("baseline flow " + flow);
            }
        }
        double oursMedian = median(ours) / 1e9;
        double baseMedian = median(base) / 1e9;
        System.out.printf(Locale.ROOT, "  AutoAssigner.solve      median %7.2f s  (runs: %s)%n", oursMedian, seconds(ours));
        System.out.printf(Locale.ROOT, "  baseline plain flow     median %7.2f s  (runs: %s)%n", baseMedian, seconds(base));
        System.out.printf(Locale.ROOT, "  ratio solve / baseline  %7.2f%n", oursMedian / baseMedian);
        System.out.printf(Locale.ROOT, "  plan: %,d new assignments, loads %d..%d, %,d affinity matches, %d flow "
                        + "solve(s), tie-break range %,d, %,d arcs%n", plan.proposed().size(), plan.minLoad(),
                plan.maxLoad(), plan.affinityMatches(), plan.stats().flowSolves(), plan.stats().tieBreakRange(),
                plan.stats().arcs());
        System.out.printf(Locale.ROOT, "  largest load spread (max - min) within one group: %d%n", spreadWithinGroups(plan));
        System.out.printf(Locale.ROOT, "  target: under 30 s -> %s%n", oursMedian < 30 ? "met" : "NOT met");
    }

    /** The expert→candidate arcs of the instance (same group, not forbidden), computed once, outside the timing. */
    record Arcs(int experts, int candidates, int[] tail, int[] head, long[] cost) {

        static Arcs of(AssignmentProblem problem) {
            List<ExpertSlot> experts = problem.experts();
            List<CandidateSlot> candidates = problem.candidates();
            Random random = new Random(1);
            int n = 0;
            int[] tail = new int[1 << 16];
            int[] head = new int[1 << 16];
            long[] cost = new long[1 << 16];
            for (int c = 0; c < candidates.size(); c++) {
                CandidateSlot candidate = candidates.get(c);
                for (int e = 0; e < experts.size(); e++) {
                    ExpertSlot expert = experts.get(e);
                    if (Objects.equals(expert.group(), candidate.group())
                            && !problem.forbidden().contains(new ReviewPair(expert.id(), candidate.id()))) {
                        if (n == tail.length) {
                            tail = Arrays.copyOf(tail, n * 2);
                            head = Arrays.copyOf(head, n * 2);
                            cost = Arrays.copyOf(cost, n * 2);
                        }
                        tail[n] = 1 + e;
                        head[n] = 1 + experts.size() + c;
                        cost[n] = random.nextInt(1000);
                        n++;
                    }
                }
            }
            return new Arcs(experts.size(), candidates.size(), Arrays.copyOf(tail, n), Arrays.copyOf(head, n),
                    Arrays.copyOf(cost, n));
        }
    }

    /**
     * The baseline: one plain MinCostFlow over the same pair arcs (random costs), experts uncapacitated at cost
     * 0, every candidate demanding R. Timed from building the solver's graph to reading the flow.
     */
    static long baseline(Arcs arcs) {
        MinCostFlow flow = new MinCostFlow();
        try {
            for (int e = 0; e < arcs.experts(); e++) {
                flow.addArcWithCapacityAndUnitCost(0, 1 + e, CANDIDATES, 0);
            }
            for (int a = 0; a < arcs.tail().length; a++) {
                flow.addArcWithCapacityAndUnitCost(arcs.tail()[a], arcs.head()[a], 1, arcs.cost()[a]);
            }
            for (int c = 0; c < arcs.candidates(); c++) {
                flow.setNodeSupply(1 + arcs.experts() + c, -REVIEWS);
            }
            flow.setNodeSupply(0, (long) arcs.candidates() * REVIEWS);
            MinCostFlowBase.Status status = flow.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("baseline status " + status);
            }
            long total = 0;
            for (int e = 0; e < arcs.experts(); e++) {
                total += flow.getFlow(e);
            }
            return total;
        } finally {
            flow.delete();
        }
    }

    /**
     * Groups get candidates in uneven shares and experts in proportion (at least R + 3 each); 400 employers give
     * same-employer conflicts, plus 0.5% declared conflicts; every expert has a specialty, every candidate a
     * trade, for affinity.
     */
    static AssignmentProblem instance(boolean grouped) {
        Random random = new Random(20240612);
        double[] weight = new double[GROUPS.length];
        double sum = 0;
        for (int g = 0; g < weight.length; g++) {
            weight[g] = 0.5 + random.nextDouble() * 2;
            sum += weight[g];
        }
        int[] candidateGroup = new int[CANDIDATES];
        int[] employer = new int[CANDIDATES];
        List<CandidateSlot> candidates = new ArrayList<>();
        for (int c = 0; c < CANDIDATES; c++) {
            candidateGroup[c] = pick(random, weight, sum);
            employer[c] = random.nextInt(400);
            candidates.add(new CandidateSlot(c + 1, String.format("%05d", c + 1),
                    grouped ? GROUPS[candidateGroup[c]] : null, Affinity.keys(TRADES[random.nextInt(TRADES.length)])));
        }
        int[] expertsPerGroup = new int[GROUPS.length];
        int assigned = 0;
        for (int g = 0; g < GROUPS.length; g++) {
            expertsPerGroup[g] = Math.max(REVIEWS + 3, (int) Math.round(EXPERTS * weight[g] / sum));
            assigned += expertsPerGroup[g];
        }
        for (int g = 0; assigned != EXPERTS; g = (g + 1) % GROUPS.length) {
            int step = assigned < EXPERTS ? 1 : -1;
            if (step > 0 || expertsPerGroup[g] > REVIEWS + 3) {
                expertsPerGroup[g] += step;
                assigned += step;
            }
        }
        List<ExpertSlot> experts = new ArrayList<>();
        int[] expertEmployer = new int[EXPERTS];
        int id = 0;
        for (int g = 0; g < GROUPS.length; g++) {
            for (int k = 0; k < expertsPerGroup[g]; k++) {
                expertEmployer[id] = random.nextInt(400);
                experts.add(new ExpertSlot(id + 1, "专家" + (id + 1), grouped ? GROUPS[g] : null, LoadBounds.FREE,
                        Affinity.keys(TRADES[random.nextInt(TRADES.length)])));
                id++;
            }
        }
        Set<ReviewPair> forbidden = new HashSet<>();
        for (int c = 0; c < CANDIDATES; c++) {
            for (int e = 0; e < EXPERTS; e++) {
                if (expertEmployer[e] == employer[c] || random.nextInt(200) == 0) {
                    forbidden.add(new ReviewPair(e + 1, c + 1));
                }
            }
        }
        return new AssignmentProblem(candidates, experts, forbidden, Set.of(), Coverage.exactly(REVIEWS), true,
                20240612L);
    }

    private static int spreadWithinGroups(AssignmentPlan plan) {
        java.util.Map<String, int[]> range = new java.util.HashMap<>();
        for (AssignmentPlan.ExpertLoad l : plan.loads()) {
            int[] r = range.computeIfAbsent(String.valueOf(l.group()), g -> new int[] {Integer.MAX_VALUE, 0});
            r[0] = Math.min(r[0], l.total());
            r[1] = Math.max(r[1], l.total());
        }
        return range.values().stream().mapToInt(r -> r[1] - r[0]).max().orElse(0);
    }

    private static int pick(Random random, double[] weight, double sum) {
        double x = random.nextDouble() * sum;
        for (int g = 0; g < weight.length; g++) {
            x -= weight[g];
            if (x < 0) {
                return g;
            }
        }
        return weight.length - 1;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    private static String seconds(long[] nanos) {
        StringBuilder sb = new StringBuilder();
        for (long n : nanos) {
            sb.append(sb.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", n / 1e9));
        }
        return sb.toString();
    }
}
