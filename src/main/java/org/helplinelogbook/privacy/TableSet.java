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
 *   <li>whole tables hidden: in a {@linkplain #table table} whose total is {@code *}, every row is {@code *}, zeros
 *       too. Otherwise the zeros of a month with one to seven contacts would tell which categories none of them
 *       had, and so the one profile all of them share (ADR 0004);</li>
 *   <li>an audit: {@link IntervalSolver} plays the reader, who knows every published figure's rounding interval,
 *       every sum, and what a {@code *} can be: at least 1 where its table's total is shown (a zero there would
 *       read 0), 0 or more where its table's total is hidden, and nothing more (it may be a small count or a larger
 *       one hidden to protect it). A hidden non-zero figure narrowed to fewer than {@link #MIN_POSSIBLE_VALUES}
 *       possible values, or a hidden zero the reader can tell is 0 (other than from a published 0 of a table that
 *       contains it, which already says so), is protected by hiding one more figure (secondary suppression): the
 *       smallest published, non-zero, not yet published elsewhere figure in a sum that ties it, rows before
 *       totals;</li>
 *   <li>repeated, hiding whole tables again, until the audit finds nothing.</li>
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
    /** For each figure, the total of the table it is a row of (hidden with it), or -1. */
    private final List<Integer> tableTotal = new ArrayList<>();

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
        tableTotal.add(-1);
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

    /**
     * Declares that {@code rows} are published as one table with {@code total}: whenever the total is {@code *},
     * every row is {@code *} as well, zeros included. Unlike {@link #sum} the rows need not add up to the total
     * (topics, where a contact can count under several). A figure is a row of one table at most.
     */
    public void table(int total, List<Integer> rows) {
        for (int r : rows) {
            if (r == total) {
                throw new IllegalArgumentException(ids.get(r) + " cannot be a row of its own table");
            }
            Integer before = tableTotal.get(r);
            if (before >= 0 && before != total) {
                throw new IllegalArgumentException(ids.get(r) + " is already a row of " + ids.get(before));
            }
            tableTotal.set(r, total);
        }
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
        hideWholeTables(shown);
        for (int round = 0; round <= n; round++) {
            IntervalSolver reader = readerModel(policy, shown);
            if (!reader.solve()) {
                throw new IllegalStateException("published figures contradict each other; nothing is exported");
            }
            int exposed = firstExposed(reader, shown, knownZeros(shown));
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
            // a hidden total hides its whole table
            hideWholeTables(shown);
        }
        throw new IllegalStateException("secondary suppression did not settle");
    }

    /**
     * Hides every row of a table whose total is hidden, until nothing changes (data contacts are a row of the
     * all-contacts table and the total of the topic table). Figures published elsewhere are left as they are: they
     * were hidden with their own table when they were published.
     */
    private void hideWholeTables(OptionalLong[] shown) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < shown.length; i++) {
                if (shown[i].isPresent() && fixed.get(i) == null && inHiddenTable(i, shown)) {
                    shown[i] = OptionalLong.empty();
                    changed = true;
                }
            }
        }
    }

    private boolean inHiddenTable(int i, OptionalLong[] shown) {
        int total = tableTotal.get(i);
        return total >= 0 && shown[total].isEmpty();
    }

    /** The reader's knowledge of {@code shown} under {@code policy}, with every declared sum. */
    public IntervalSolver readerModel(DisclosurePolicy policy, OptionalLong[] shown) {
        IntervalSolver s = new IntervalSolver(ids.size());
        for (int i = 0; i < shown.length; i++) {
            long[] b = policy.interval(shown[i], inHiddenTable(i, shown));
            s.bound(i, b[0], b[1]);
        }
        for (List<Integer> c : sums) {
            s.sum(c.get(0), c.subList(1, c.size()));
        }
        return s;
    }

    /**
     * A hidden figure the reader knows too much about: a non-zero one with fewer than {@link #MIN_POSSIBLE_VALUES}
     * possible values, or a zero the reader can tell is 0 when no published 0 says so.
     */
    private int firstExposed(IntervalSolver reader, OptionalLong[] shown, boolean[] knownZero) {
        for (int i = 0; i < shown.length; i++) {
            if (shown[i].isEmpty()) {
                boolean exposed = counts.get(i) > 0 ? reader.possibleValues(i) < MIN_POSSIBLE_VALUES
                        : reader.hi(i) == 0 && !knownZero[i];
                if (exposed) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * The figures a published 0 already says are 0: the zeros themselves and every part of a sum whose total is
     * one of them. A quarter that shows 0 for a category tells that each of its months had none, whether or not a
     * month's table is hidden; that is what publishing the quarter's table means, not something the audit can hide.
     */
    private boolean[] knownZeros(OptionalLong[] shown) {
        boolean[] zero = new boolean[shown.length];
        for (int i = 0; i < shown.length; i++) {
            zero[i] = shown[i].isPresent() && shown[i].getAsLong() == 0;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<Integer> c : sums) {
                if (zero[c.get(0)]) {
                    for (int part : c.subList(1, c.size())) {
                        if (!zero[part]) {
                            zero[part] = true;
                            changed = true;
                        }
                    }
                }
            }
        }
        return zero;
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
