package org.helplinelogbook.privacy;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Statistical disclosure control for published counts, after NHS Digital's HES/ECDS method: a true count of 0 is
 * shown as {@code 0}; 1 to {@code suppressBelow - 1} as {@code *}; anything larger is rounded half-up to the
 * nearest {@code roundTo}. Apply it to every figure separately, totals included: a total is rounded from its
 * true value, never summed from rounded cells (so rows need not add up to the shown total, on purpose). That is
 * the rule for one figure: a table whose total is {@code *} is hidden whole, zeros too ({@link TableSet#table},
 * ADR 0004), and there a {@code *} may stand for 0 ({@link #interval(OptionalLong, boolean)}).
 *
 * <p>Derived figures (percentages, changes) are hidden whenever a figure they depend on is suppressed and, under
 * control, are computed from the <em>published</em> (rounded) figures, not the true ones: a percentage of true
 * values printed next to rounded counts lets a reader solve back for the true counts (8 of 9 is 89%, and both
 * show as 10). In {@link #exact} mode every figure is the true one and the output must be stamped internal.
 *
 * @param suppressBelow counts from 1 to this minus one are shown as {@code *} (1 = no suppression)
 * @param roundTo published counts are rounded half-up to a multiple of this (1 = no rounding)
 * @param exact show true numbers: for internal use only, never for funders or partners
 */
public record DisclosurePolicy(int suppressBelow, int roundTo, boolean exact) {

    /** The default: 1–7 shown as {@code *}, the rest rounded to the nearest 5. */
    public static final DisclosurePolicy DEFAULT = new DisclosurePolicy(8, 5, false);

    /** True figures, for internal use. */
    public static final DisclosurePolicy EXACT = new DisclosurePolicy(8, 5, true);

    public static final String SUPPRESSED = "*";

    /**
     * The weakest control a publishable (not exact) policy may have: with a lower threshold or finer rounding the
     * few figures still hidden follow too easily from the rest, so anything weaker must be asked for as exact mode,
     * which stamps every page internal.
     */
    public static final int MIN_SUPPRESS_BELOW = 5;
    public static final int MIN_ROUND_TO = 5;
    public static final String INTERNAL_STAMP = "INTERNAL — contains small counts";

    public DisclosurePolicy {
        if (suppressBelow < 1) {
            throw new IllegalArgumentException("suppress-below must be at least 1, not " + suppressBelow);
        }
        if (roundTo < 1) {
            throw new IllegalArgumentException("round-to must be at least 1, not " + roundTo);
        }
        if (!exact && suppressBelow == 1 && roundTo == 1) {
            throw new IllegalArgumentException("suppress-below 1 with round-to 1 shows true counts: use exact mode,"
                    + " which stamps the output as internal");
        }
        if (2L * suppressBelow < roundTo) {
            throw new IllegalArgumentException("with round-to " + roundTo + " the suppression threshold must be at"
                    + " least " + ((roundTo + 1) / 2) + ", or a small count would be rounded to 0 and read as none");
        }
        if (!exact && (suppressBelow < MIN_SUPPRESS_BELOW || roundTo < MIN_ROUND_TO)) {
            throw new IllegalArgumentException("suppress-below " + suppressBelow + " with round-to " + roundTo
                    + " is weaker than the minimum for figures that leave the service (suppress-below and round-to"
                    + " at least " + MIN_SUPPRESS_BELOW + "): use exact mode, which stamps the output as internal");
        }
    }

    /** Whether a true count is hidden as {@code *}. Never true in exact mode. */
    public boolean suppressed(long count) {
        requireCount(count);
        return !exact && count > 0 && count < suppressBelow;
    }

    /** The number to publish for a true count, or empty when it is suppressed. */
    public OptionalLong published(long count) {
        requireCount(count);
        if (exact || count == 0) {
            return OptionalLong.of(count);
        }
        if (count < suppressBelow) {
            return OptionalLong.empty();
        }
        // half-up: floor((count + roundTo / 2) / roundTo) * roundTo, in integers for odd roundTo too
        return OptionalLong.of((2 * count + roundTo) / (2L * roundTo) * roundTo);
    }

    /** The text to publish for a true count: {@code 0}, {@code *} or the rounded (or, in exact mode, true) count. */
    public String cell(long count) {
        OptionalLong shown = published(count);
        return shown.isPresent() ? Long.toString(shown.getAsLong()) : SUPPRESSED;
    }

    /**
     * What a reader of a published figure knows about the true count: {@code [lo, hi]} (hi may be
     * {@link IntervalSolver#UNBOUNDED}). {@code 0} is exactly 0; a rounded figure {@code v} is any count that rounds
     * to it and is not small enough to be hidden; {@code *} is at least 1 and nothing more, because a {@code *} may
     * also hide a larger figure to protect a small one (secondary suppression, {@link TableSet}).
     */
    public long[] interval(OptionalLong shown) {
        if (shown.isEmpty()) {
            return new long[] {1, IntervalSolver.UNBOUNDED};
        }
        long v = shown.getAsLong();
        if (exact || v == 0) {
            return new long[] {v, v};
        }
        // half-up rounding: v - floor(r/2) rounds up to v, v + ceil(r/2) - 1 is the last that rounds down to it
        long lo = Math.max(suppressBelow, v - roundTo / 2);
        long hi = v + (roundTo + 1) / 2 - 1;
        return new long[] {lo, hi};
    }

    /**
     * {@link #interval(OptionalLong)} for a figure published in a table: where the table's total is hidden every row
     * is {@code *}, zeros too, so there a {@code *} is 0 or more.
     */
    public long[] interval(OptionalLong shown, boolean tableTotalHidden) {
        long[] b = interval(shown);
        if (shown.isEmpty() && tableTotalHidden) {
            b[0] = 0;
        }
        return b;
    }

    /** {@link #percent} of figures already published (empty = {@code *}). */
    public Optional<String> percentOf(OptionalLong part, OptionalLong whole) {
        if (part.isEmpty() || whole.isEmpty() || whole.getAsLong() == 0) {
            return Optional.empty();
        }
        return Optional.of(formatPercent(100.0 * part.getAsLong() / whole.getAsLong()));
    }

    /** {@link #change} of figures already published (empty = {@code *}). */
    public Optional<String> changeOf(OptionalLong now, OptionalLong before) {
        if (now.isEmpty() || before.isEmpty() || before.getAsLong() == 0) {
            return Optional.empty();
        }
        double pct = 100.0 * (now.getAsLong() - before.getAsLong()) / before.getAsLong();
        String text = formatPercent(pct);
        return Optional.of(pct > 0 ? "+" + text : text);
    }

    /**
     * {@code part} as a percentage of {@code whole}, e.g. {@code "45%"}; empty when either is suppressed or the
     * whole is 0. Under control it is the whole-number percentage of the published figures; in exact mode of the
     * true figures, to one decimal place.
     */
    public Optional<String> percent(long part, long whole) {
        OptionalLong p = published(part);
        OptionalLong w = published(whole);
        if (p.isEmpty() || w.isEmpty() || w.getAsLong() == 0) {
            return Optional.empty();
        }
        return Optional.of(formatPercent(100.0 * p.getAsLong() / w.getAsLong()));
    }

    /**
     * The change from {@code before} to {@code now} in percent, signed, e.g. {@code "+12%"} or {@code "-40%"};
     * empty when either is suppressed or {@code before} is 0. Computed like {@link #percent}.
     */
    public Optional<String> change(long now, long before) {
        OptionalLong n = published(now);
        OptionalLong b = published(before);
        if (n.isEmpty() || b.isEmpty() || b.getAsLong() == 0) {
            return Optional.empty();
        }
        double pct = 100.0 * (n.getAsLong() - b.getAsLong()) / b.getAsLong();
        String text = formatPercent(pct);
        return Optional.of(pct > 0 ? "+" + text : text);
    }

    private String formatPercent(double pct) {
        return exact ? String.format(Locale.ROOT, "%.1f%%", pct) : Math.round(pct) + "%";
    }

    /** One line for covers and metadata, e.g. "counts 1–7 shown as *, others rounded to the nearest 5". */
    public String describe() {
        if (exact) {
            return "EXACT — " + INTERNAL_STAMP;
        }
        String small = suppressBelow == 1 ? "no counts suppressed"
                : suppressBelow == 2 ? "counts of 1 shown as *"
                : "counts 1–" + (suppressBelow - 1) + " shown as *";
        String rest = roundTo == 1 ? "others shown exactly"
                : (suppressBelow == 1 ? "counts rounded to the nearest " + roundTo
                        : "others rounded to the nearest " + roundTo);
        return suppressBelow == 1 ? rest : small + ", " + rest;
    }

    private static void requireCount(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
    }
}
