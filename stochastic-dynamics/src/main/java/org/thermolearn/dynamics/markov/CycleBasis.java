package org.thermolearn.dynamics.markov;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Schnakenberg's fundamental cycles of a transition graph: a spanning tree (breadth-first from state 0) and one
 * cycle per chord, oriented along the chord {@code u -> v} and closed through the tree.
 *
 * <p>An edge {@code {i, j}} exists when either rate is positive. The cycle currents are the net chord currents and
 * the stationary entropy production is {@code sigma = sum_c J_c A_c} with the cycle affinities
 * {@code A_c = ln prod w_forward / prod w_backward} (Schnakenberg, Rev. Mod. Phys. 48 (1976) 571,
 * doi:10.1103/RevModPhys.48.571). Meant for small graphs (the number of cycles is {@code E - N + 1}). Stateless and
 * thread-safe.
 *
 * <pre>{@code
 * CycleBasis.fundamentalCycles(new double[][] {{0, 2, 1}, {1, 0, 2}, {2, 1, 0}});   // [[0, 1, 2]] (one cycle)
 * }</pre>
 *
 * @since 1.0
 */
public final class CycleBasis {
    private CycleBasis() {
    }

    /**
     * The fundamental cycles, each as the list of visited states starting with the chord {@code u -> v}.
     *
     * @param w rates (Not modified), diagonal ignored
     */
    public static List<List<Integer>> fundamentalCycles(double[][] w) {
        int n = w.length;
        int[] parent = new int[n];
        int[] depth = new int[n];
        java.util.Arrays.fill(parent, -2);
        List<List<Integer>> cycles = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            if (parent[root] == -2) {
                parent[root] = -1;
                spanningTree(w, root, parent, depth);
            }
        }
        for (int u = 0; u < n; u++) {
            for (int v = u + 1; v < n; v++) {
                boolean edge = w[u][v] > 0 || w[v][u] > 0;
                if (edge && parent[v] != u && parent[u] != v) {
                    cycles.add(cycle(u, v, parent, depth));
                }
            }
        }
        return cycles;
    }

    private static void spanningTree(double[][] w, int root, int[] parent, int[] depth) {
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty()) {
            int i = queue.poll();
            for (int j = 0; j < w.length; j++) {
                if (j != i && parent[j] == -2 && (w[i][j] > 0 || w[j][i] > 0)) {
                    parent[j] = i;
                    depth[j] = depth[i] + 1;
                    queue.add(j);
                }
            }
        }
    }

    /** u -> v, then the tree path from v back to u. */
    private static List<Integer> cycle(int u, int v, int[] parent, int[] depth) {
        List<Integer> fromU = new ArrayList<>();
        List<Integer> fromV = new ArrayList<>();
        int a = u;
        int b = v;
        while (depth[a] > depth[b]) {
            fromU.add(a);
            a = parent[a];
        }
        while (depth[b] > depth[a]) {
            fromV.add(b);
            b = parent[b];
        }
        while (a != b) {
            fromU.add(a);
            fromV.add(b);
            a = parent[a];
            b = parent[b];
        }
        List<Integer> cycle = new ArrayList<>();
        cycle.add(u);
        cycle.addAll(fromV);
        cycle.add(a);
        // fromU starts with u (unless u is the common ancestor): the way back down to u is fromU reversed without u
        List<Integer> back = new ArrayList<>(fromU.isEmpty() ? List.of() : fromU.subList(1, fromU.size()));
        Collections.reverse(back);
        cycle.addAll(back);
        return dedupeFirst(cycle, u);
    }

    private static List<Integer> dedupeFirst(List<Integer> cycle, int u) {
        // when u itself is the common ancestor the list ends with u again: drop it
        if (cycle.size() > 1 && cycle.get(cycle.size() - 1) == u) {
            cycle.remove(cycle.size() - 1);
        }
        return List.copyOf(cycle);
    }
}
