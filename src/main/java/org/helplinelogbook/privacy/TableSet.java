package org.helplinelogbook.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The figures of one publication — every count of an export and of the grid periods that overlap it — with the
 * sums a reader knows hold between them (a table's total is the sum of its rows, a caller group the sum of its
 * caller types, a quarter the sum of its months). {@link #protect} publishes them under a {@link DisclosurePolicy}
 * so that no hidden figure can be worked out:
 *
 * <ol>
 *   <li>primary suppression and rounding, cell by cell, as the policy says;</li>
 *   <li>an audit: {@link IntervalSolver} plays the reader, who knows every published figure's rounding interval,
 *       that a {@code *} is at least 1 (and nothing more: it may be a small count or a larger one hidden to protect
 *       it), and every sum; any {@code *} narrowed to fewer than {@link #MIN_POSSIBLE_VALUES} possible values is
 *       protected by hiding one more figure (secondary suppression): the smallest published, non-zero, not yet
 *       published elsewhere figure in a sum that ties it, rows before totals;</li>
 *   <li>repeated until the audit finds nothing.</li>
 * </ol>
 *
 * A cell can be {@linkplain #published already published} (a month's figure when a quarter is protected): it
 * takes part in the audit as published but is never changed, so the month's own export stays true to what the
 * quarter's export assumes.
 */
public final class TableSet {

    /** A hidden figure must keep at least this many possible values for a reader who knows every sum. */
    public static final int MIN_POSSIBLE_VALUES = 3;

    /** Secondary suppression prefers rows; totals are hidden only when nothing else in reach can be. */
    public enum Rank { ROW, TOTAL }

    private final List<String> ids = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Long> counts = new ArrayList<>();
    private final List<Rank> ranks = new ArrayList<>();
    private final List<OptionalLong> fixed = new ArrayList<>();
    private final List<List<Integer>> sums = new ArrayList<>();

    /** Adds a figure with its true count; returns its index. Ids are unique. */
    public int cell(String id, long trueCount, Rank rank) {
        return add(id, trueCount, rank, null);
    }

    /** Adds a figure that has already been published as {@code shown} (empty = {@code *}); it is never changed. */
    public int published(String id, long trueCount, OptionalLong shown) {
        return add(id, trueCount, Rank.ROW, shown);
    }

    private int add(String id, long trueCount, Rank rank, OptionalLong shown) {
        if (index.containsKey(id)) {
            throw new IllegalArgumentException("figure " + id + " added twice");
        }
        if (trueCount < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + id);
        }
        index.put(id, ids.size());
        ids.add(id);
        counts.add(trueCount);
        ranks.add(rank);
        fixed.add(shown);
        return ids.size() - 1;
    }

    public boolean has(String id) {
        return index.containsKey(id);
    }

    public int indexOf(String id) {
        Integer i = index.get(id);
        if (i == null) {
            throw new IllegalArgumentException("no figure " + id);
        }
        return i;
    }

    public long count(int i) {
        return counts.get(i);
    }

    /**
     * Declares {@code total = Σ parts}. Only true relations may be declared: the sum is checked against the true
     * counts, and a relation that does not hold is refused (it would make the audit reason about a wrong table).
     */
    public void sum(int total, List<Integer> parts) {
        long s = 0;
        for (int p : parts) {
            s += counts.get(p);
        }
        if (s != counts.get(total)) {
            throw new IllegalArgumentException("the parts of " + ids.get(total) + " add up to " + s + ", not "
                    + counts.get(total));
        }
        List<Integer> c = new ArrayList<>(parts.size() + 1);
        c.add(total);
        c.addAll(parts);
        sums.add(List.copyOf(c));
    }

    /** Whether {@code Σ parts} equals the total's true count, so that {@link #sum} would accept it. */
    public boolean adds(int total, List<Integer> parts) {
        return parts.stream().mapToLong(counts::get).sum() == counts.get(total);
    }

    /** Publishes every figure under {@code policy}; exact policies publish the true counts unchanged. */
    public Published protect(DisclosurePolicy policy) {
        int n = ids.size();
        OptionalLong[] shown = new OptionalLong[n];
        boolean[] secondary = new boolean[n];
        for (int i = 0; i < n; i++) {
            shown[i] = fixed.get(i) != null ? fixed.get(i) : policy.published(counts.get(i));
        }
        if (policy.exact()) {
            return new Published(this, shown, secondary);
        }
        for (int round = 0; round <= n; round++) {
            IntervalSolver reader = readerModel(policy, shown);
            if (!reader.solve()) {
                throw new IllegalStateException("published figures contradict each other; nothing is exported");
            }
            int exposed = firstExposed(reader, shown);
            if (exposed < 0) {
                return new Published(this, shown, secondary);
            }
            int hide = secondaryFor(exposed, shown);
            if (hide < 0) {
                throw new IllegalStateException("a hidden figure cannot be protected by hiding more; nothing is"
                        + " exported");
            }
            shown[hide] = OptionalLong.empty();
            secondary[hide] = true;
        }
        throw new IllegalStateException("secondary suppression did not settle");
    }

    /** The reader's knowledge of {@code shown} under {@code policy}, with every declared sum. */
    public IntervalSolver readerModel(DisclosurePolicy policy, OptionalLong[] shown) {
        IntervalSolver s = new IntervalSolver(ids.size());
        for (int i = 0; i < shown.length; i++) {
            long[] b = policy.interval(shown[i]);
            s.bound(i, b[0], b[1]);
        }
        for (List<Integer> c : sums) {
            s.sum(c.get(0), c.subList(1, c.size()));
        }
        return s;
    }

    private int firstExposed(IntervalSolver reader, OptionalLong[] shown) {
        for (int i = 0; i < shown.length; i++) {
            if (shown[i].isEmpty() && reader.possibleValues(i) < MIN_POSSIBLE_VALUES) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The figure to hide to protect {@code exposed}: searched in the sums that contain it, then (when every
     * candidate there is hidden, zero or fixed) in the sums of the hidden figures found, and so on outwards.
     */
    private int secondaryFor(int exposed, OptionalLong[] shown) {
        Set<Integer> reached = new HashSet<>(List.of(exposed));
        List<Integer> frontier = List.of(exposed);
        Set<Integer> usedSums = new HashSet<>();
        while (!frontier.isEmpty()) {
            int best = -1;
            List<Integer> next = new ArrayList<>();
            for (int s = 0; s < sums.size(); s++) {
                List<Integer> c = sums.get(s);
                if (usedSums.contains(s) || c.stream().noneMatch(frontier::contains)) {
                    continue;
                }
                usedSums.add(s);
                for (int i : c) {
                    if (shown[i].isEmpty()) {
                        if (reached.add(i)) {
                            next.add(i);
                        }
                    } else if (fixed.get(i) == null && shown[i].getAsLong() > 0 && better(i, best)) {
                        best = i;
                    }
                }
            }
            if (best >= 0) {
                return best;
            }
            frontier = next;
        }
        return -1;
    }

    private boolean better(int i, int best) {
        if (best < 0) {
            return true;
        }
        int byRank = ranks.get(i).compareTo(ranks.get(best));
        if (byRank != 0) {
            return byRank < 0;
        }
        int byCount = Long.compare(counts.get(i), counts.get(best));
        return byCount != 0 ? byCount < 0 : i < best;
    }

    List<String> ids() {
        return ids;
    }

    List<List<Integer>> sums() {
        return sums;
    }

    /** The protected figures: each published value, or empty for {@code *}. */
    public static final class Published {
        private final TableSet set;
        private final OptionalLong[] shown;
        private final boolean[] secondary;

        Published(TableSet set, OptionalLong[] shown, boolean[] secondary) {
            this.set = set;
            this.shown = shown.clone();
            this.secondary = secondary.clone();
        }

        public OptionalLong value(String id) {
            return shown[set.indexOf(id)];
        }

        public OptionalLong value(int i) {
            return shown[i];
        }

        /** Whether the figure was hidden to protect another one (not because it is small). */
        public boolean secondary(String id) {
            return secondary[set.indexOf(id)];
        }

        public int secondaryCount() {
            int n = 0;
            for (boolean b : secondary) {
                n += b ? 1 : 0;
            }
            return n;
        }

        public OptionalLong[] all() {
            return shown.clone();
        }
    }
}
