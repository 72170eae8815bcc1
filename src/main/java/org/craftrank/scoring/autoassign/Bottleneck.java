package org.craftrank.scoring.autoassign;

import com.google.ortools.graph.MaxFlow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;

/**
 * Names the bottleneck when the counting rules pass but no flow exists, from a maximum flow and its residual
 * network.
 *
 * <p><b>Candidates short of reviews.</b> Ignore lower bounds and push as much as possible from the experts
 * (capacity: new reviews each may take) to the candidates (capacity: need). If a candidate c₀ stays short, let
 * Z be every node that can still reach c₀ in the residual network (not through the sink). The source is not in
 * Z (that would be an augmenting path), so every expert in Z is full; an expert in Z sends everything to
 * candidates in Z (any candidate it serves can hand the review back to it); and every expert outside Z that may
 * review a candidate in Z already does (an unused pair would put it in Z). So the candidates X of Z receive
 * Σ_e min(room_e, |N(e) ∩ X|), which no plan can exceed, and which is less than they need: a Hall-type
 * certificate, reported with its numbers.
 *
 * <p><b>Lower bounds out of reach.</b> The mirror image: candidates (capacity: need) to experts (capacity:
 * mandatory reviews). An expert left short, with everything that can reach it, is a set of experts whose lower
 * bounds the candidates they may review cannot fill.
 *
 * <p>When both pass, the bounds conflict only jointly; the message then says so.
 */
final class Bottleneck {

    private static final int NAMES_SHOWN = 5;

    private final Instance in;

    Bottleneck(Instance in) {
        this.in = in;
    }

    Infeasible explain() {
        OrTools.load();
        Infeasible found = candidatesShortOfReviews();
        if (found == null) {
            found = lowerBoundsOutOfReach();
        }
        if (found == null) {
            found = new Infeasible("load-bounds", "no assignment meets every lower and upper load bound together "
                    + "with the coverage asked for; relax the load bounds", List.of(), List.of(),
                    Infeasible.Facts.of("load-bounds"));
        }
        return found;
    }

    /** The first names of a list, as the message shows them. */
    private static String shown(List<String> names) {
        return String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size())));
    }

    /** Nodes: 0 source, 1..E experts, E+1..E+C candidates, E+C+1 sink. */
    private Infeasible candidatesShortOfReviews() {
        int experts = in.expertCount();
        int sink = experts + in.candidateCount() + 1;
        Residual net = new Residual(sink + 1);
        for (int x = 0; x < experts; x++) {
            net.arc(0, 1 + x, in.reachNew(x));
        }
        for (int c = 0; c < in.candidateCount(); c++) {
            for (int k = in.pairStart[c]; k < in.pairStart[c + 1]; k++) {
                net.arc(1 + in.pairExpert[k], 1 + experts + c, 1);
            }
        }
        int[] sinkArc = new int[in.candidateCount()];
        for (int c = 0; c < in.candidateCount(); c++) {
            sinkArc[c] = net.arc(1 + experts + c, sink, in.need[c]);
        }
        long flow = net.maxFlow(0, sink);
        if (flow >= in.demand) {
            return null;
        }
        int shortCandidate = -1;
        for (int c = 0; c < in.candidateCount() && shortCandidate < 0; c++) {
            if (net.flow[sinkArc[c]] < in.need[c]) {
                shortCandidate = c;
            }
        }
        boolean[] z = net.canReach(1 + experts + shortCandidate, sink);
        if (z[0]) {
            return null;
        }
        List<Integer> candidates = new ArrayList<>();
        long needed = 0;
        long received = 0;
        for (int c = 0; c < in.candidateCount(); c++) {
            if (z[1 + experts + c]) {
                candidates.add(c);
                needed += in.need[c];
                received += net.flow[sinkArc[c]];
            }
        }
        TreeSet<Integer> neighbours = new TreeSet<>();
        for (int c : candidates) {
            for (int k = in.pairStart[c]; k < in.pairStart[c + 1]; k++) {
                neighbours.add(in.pairExpert[k]);
            }
        }
        int atUpperBound = 0;
        for (int x : neighbours) {
            if (z[1 + x] && in.bounded(x) && in.upperNew[x] <= in.allowedNew[x]) {
                atUpperBound++;
            }
        }
        List<Long> candidateIds = candidates.stream().map(c -> in.candidates[c].id()).toList();
        List<Long> expertIds = neighbours.stream().map(x -> in.experts[x].id()).toList();
        String message;
        Infeasible.Facts facts;
        if (candidates.size() == 1) {
            int c = candidates.get(0);
            message = in.candidateName(c) + " needs " + in.required[c] + " reviews but can get only "
                    + (in.keptCoverage[c] + received) + ": " + atUpperBound + " of its " + in.eligible(c)
                    + " conflict-free experts are at their upper load bound";
            facts = Infeasible.Facts.of("saturated-candidate", in.candidates[c].code(), in.candidates[c].group(),
                    in.required[c], in.keptCoverage[c] + received, atUpperBound, in.eligible(c));
        } else {
            List<String> codes = candidates.stream().map(c -> in.candidates[c])
                    .sorted(Comparator.comparing(CandidateSlot::code)).map(CandidateSlot::code).toList();
            TreeSet<String> groups = new TreeSet<>();
            candidates.forEach(c -> {
                if (in.candidates[c].group() != null) {
                    groups.add(in.candidates[c].group());
                }
            });
            String where = groups.isEmpty() ? "" : (groups.size() == 1 ? " in group " : " in groups ")
                    + String.join(", ", groups);
            message = candidates.size() + " candidates" + where + " (" + FeasibilityRules.list(codes, NAMES_SHOWN)
                    + ") need " + FeasibilityRules.number(needed) + " more reviews but the "
                    + neighbours.size() + " conflict-free experts who may review them can take only "
                    + FeasibilityRules.number(received) + " more: " + atUpperBound
                    + " of them are at their upper load bound";
            facts = Infeasible.Facts.of("saturated-candidates", candidates.size(), String.join("、", groups),
                    shown(codes), Math.max(0, codes.size() - NAMES_SHOWN), needed, neighbours.size(),
                    received, atUpperBound);
        }
        return new Infeasible("saturated-candidates", message, candidateIds, expertIds, facts);
    }

    /** Nodes: 0 source, 1..C candidates, C+1..C+E experts, C+E+1 sink. */
    private Infeasible lowerBoundsOutOfReach() {
        int candidates = in.candidateCount();
        int sink = candidates + in.expertCount() + 1;
        Residual net = new Residual(sink + 1);
        long mandatory = 0;
        for (int c = 0; c < candidates; c++) {
            net.arc(0, 1 + c, in.need[c]);
            for (int k = in.pairStart[c]; k < in.pairStart[c + 1]; k++) {
                net.arc(1 + c, 1 + candidates + in.pairExpert[k], 1);
            }
        }
        int[] sinkArc = new int[in.expertCount()];
        for (int x = 0; x < in.expertCount(); x++) {
            sinkArc[x] = net.arc(1 + candidates + x, sink, in.minNew[x]);
            mandatory += in.minNew[x];
        }
        if (net.maxFlow(0, sink) >= mandatory) {
            return null;
        }
        int shortExpert = -1;
        for (int x = 0; x < in.expertCount() && shortExpert < 0; x++) {
            if (net.flow[sinkArc[x]] < in.minNew[x]) {
                shortExpert = x;
            }
        }
        boolean[] z = net.canReach(1 + candidates + shortExpert, sink);
        if (z[0]) {
            return null;
        }
        List<Integer> experts = new ArrayList<>();
        long needed = 0;
        long received = 0;
        for (int x = 0; x < in.expertCount(); x++) {
            if (z[1 + candidates + x]) {
                experts.add(x);
                needed += in.minNew[x];
                received += net.flow[sinkArc[x]];
            }
        }
        List<Long> expertIds = experts.stream().map(x -> in.experts[x].id()).toList();
        String message;
        Infeasible.Facts facts;
        if (experts.size() == 1) {
            int x = experts.get(0);
            message = in.expertName(x) + " must review at least " + in.experts[x].bounds().min()
                    + " candidates (lower load bound) but can get only " + (in.keptLoad[x] + received)
                    + ": the candidates it may review are needed by, or already covered by, other experts";
            facts = Infeasible.Facts.of("unreachable-lower-bound", in.experts[x].label(), in.experts[x].group(),
                    in.experts[x].bounds().min(), in.keptLoad[x] + received);
        } else {
            List<String> names = experts.stream().map(x -> in.experts[x].label()).sorted().toList();
            message = experts.size() + " experts (" + FeasibilityRules.list(names, NAMES_SHOWN)
                    + ") must take at least " + FeasibilityRules.number(needed)
                    + " more reviews together (lower load bounds) but the candidates they may review can give "
                    + "them only " + FeasibilityRules.number(received);
            facts = Infeasible.Facts.of("unreachable-lower-bounds", experts.size(), shown(names),
                    Math.max(0, names.size() - NAMES_SHOWN), needed, received);
        }
        return new Infeasible("unreachable-lower-bounds", message, List.of(), expertIds, facts);
    }

    /** A max-flow network kept on the Java side too, so its residual graph can be searched. */
    private static final class Residual {
        private final int nodes;
        private final MaxFlow solver = new MaxFlow();
        private int[] tail = new int[1024];
        private int[] head = new int[1024];
        private long[] capacity = new long[1024];
        long[] flow;
        private int arcs;

        Residual(int nodes) {
            this.nodes = nodes;
        }

        int arc(int from, int to, long cap) {
            if (arcs == tail.length) {
                tail = java.util.Arrays.copyOf(tail, arcs * 2);
                head = java.util.Arrays.copyOf(head, arcs * 2);
                capacity = java.util.Arrays.copyOf(capacity, arcs * 2);
            }
            tail[arcs] = from;
            head[arcs] = to;
            capacity[arcs] = cap;
            int id = solver.addArcWithCapacity(from, to, cap);
            if (id != arcs) {
                throw new IllegalStateException("arc numbering differs from the solver's");
            }
            return arcs++;
        }

        long maxFlow(int source, int sink) {
            try {
                MaxFlow.Status status = solver.solve(source, sink);
                if (status != MaxFlow.Status.OPTIMAL) {
                    throw new IllegalStateException("max flow ended with status " + status);
                }
                flow = new long[arcs];
                for (int a = 0; a < arcs; a++) {
                    flow[a] = solver.getFlow(a);
                }
                return solver.getOptimalFlow();
            } finally {
                solver.delete();
            }
        }

        /** Nodes that can reach {@code target} in the residual network without passing {@code excluded}. */
        boolean[] canReach(int target, int excluded) {
            int[] inStart = new int[nodes + 1];
            int[] outStart = new int[nodes + 1];
            for (int a = 0; a < arcs; a++) {
                inStart[head[a] + 1]++;
                outStart[tail[a] + 1]++;
            }
            for (int v = 0; v < nodes; v++) {
                inStart[v + 1] += inStart[v];
                outStart[v + 1] += outStart[v];
            }
            int[] incoming = new int[arcs];
            int[] outgoing = new int[arcs];
            int[] inFill = inStart.clone();
            int[] outFill = outStart.clone();
            for (int a = 0; a < arcs; a++) {
                incoming[inFill[head[a]]++] = a;
                outgoing[outFill[tail[a]]++] = a;
            }
            boolean[] seen = new boolean[nodes];
            Deque<Integer> queue = new ArrayDeque<>();
            seen[target] = true;
            queue.add(target);
            while (!queue.isEmpty()) {
                int v = queue.poll();
                // u reaches v over arc u→v with room left, or over the reverse of a used arc v→u
                for (int i = inStart[v]; i < inStart[v + 1]; i++) {
                    int a = incoming[i];
                    visit(tail[a], flow[a] < capacity[a], excluded, seen, queue);
                }
                for (int i = outStart[v]; i < outStart[v + 1]; i++) {
                    int a = outgoing[i];
                    visit(head[a], flow[a] > 0, excluded, seen, queue);
                }
            }
            return seen;
        }

        private static void visit(int u, boolean residual, int excluded, boolean[] seen, Deque<Integer> queue) {
            if (residual && u != excluded && !seen[u]) {
                seen[u] = true;
                queue.add(u);
            }
        }
    }
}
