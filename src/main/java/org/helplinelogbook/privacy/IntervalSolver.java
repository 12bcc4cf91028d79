package org.helplinelogbook.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a reader can work out about unknown non-negative whole numbers from published bounds and known sums: every
 * variable has an interval {@code [lo, hi]}, every constraint says {@code total = part1 + part2 + …}, and
 * {@link #solve()} narrows the intervals until nothing changes (interval constraint propagation). Published
 * tables are checked with it before they leave the logbook ({@link TableSet}), and the tests attack exports with
 * it. The result is sound (the true values always stay inside), never tighter than the data allows.
 */
public final class IntervalSolver {

    /** "No upper bound": large enough for any count, small enough that sums of a few thousand never overflow. */
    public static final long UNBOUNDED = Long.MAX_VALUE / 1_000_000;

    private static final int MAX_SWEEPS = 100_000;

    private final long[] lo;
    private final long[] hi;
    private final List<int[]> sums = new ArrayList<>();

    /** {@code n} variables, each at first anything from 0 up. */
    public IntervalSolver(int n) {
        lo = new long[n];
        hi = new long[n];
        Arrays.fill(hi, UNBOUNDED);
    }

    public int size() {
        return lo.length;
    }

    /** Narrows variable {@code i} to {@code [min, max]} (use {@link #UNBOUNDED} for no upper bound). */
    public void bound(int i, long min, long max) {
        lo[i] = Math.max(lo[i], min);
        hi[i] = Math.min(hi[i], max);
    }

    /** Variable {@code total} is the sum of {@code parts}. */
    public void sum(int total, List<Integer> parts) {
        int[] c = new int[parts.size() + 1];
        c[0] = total;
        for (int i = 0; i < parts.size(); i++) {
            c[i + 1] = parts.get(i);
        }
        sums.add(c);
    }

    /**
     * Propagates the sums until no interval narrows further.
     *
     * @return false when the bounds contradict each other (published figures that no data could produce)
     */
    public boolean solve() {
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            boolean changed = false;
            for (int[] c : sums) {
                changed |= propagate(c);
            }
            for (int i = 0; i < lo.length; i++) {
                if (lo[i] > hi[i]) {
                    return false;
                }
            }
            if (!changed) {
                return true;
            }
        }
        return true;
    }

    public long lo(int i) {
        return lo[i];
    }

    public long hi(int i) {
        return hi[i];
    }

    /** How many whole numbers variable {@code i} can still be: 1 means it is known exactly. */
    public long possibleValues(int i) {
        return hi[i] >= UNBOUNDED ? UNBOUNDED : Math.max(0, hi[i] - lo[i] + 1);
    }

    private boolean propagate(int[] c) {
        boolean changed = false;
        int total = c[0];
        long partsLo = 0;
        long partsHi = 0;
        int unboundedParts = 0;
        for (int k = 1; k < c.length; k++) {
            partsLo += lo[c[k]];
            if (hi[c[k]] >= UNBOUNDED) {
                unboundedParts++;
            } else {
                partsHi += hi[c[k]];
            }
        }
        changed |= raise(total, partsLo);
        if (unboundedParts == 0) {
            changed |= lower(total, partsHi);
        }
        for (int k = 1; k < c.length; k++) {
            int v = c[k];
            // the others' sum is at least partsLo - lo[v] and at most partsHi - hi[v] (when all bounded)
            if (hi[total] < UNBOUNDED) {
                changed |= lower(v, hi[total] - (partsLo - lo[v]));
            }
            boolean othersBounded = unboundedParts == 0 || (unboundedParts == 1 && hi[v] >= UNBOUNDED);
            if (othersBounded) {
                long othersHi = partsHi - (hi[v] >= UNBOUNDED ? 0 : hi[v]);
                changed |= raise(v, lo[total] - othersHi);
            }
        }
        return changed;
    }

    private boolean raise(int i, long min) {
        if (min > lo[i]) {
            lo[i] = min;
            return true;
        }
        return false;
    }

    private boolean lower(int i, long max) {
        if (max < hi[i]) {
            hi[i] = max;
            return true;
        }
        return false;
    }
}
