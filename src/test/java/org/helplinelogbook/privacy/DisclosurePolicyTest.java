package org.helplinelogbook.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisclosurePolicyTest {

    final DisclosurePolicy policy = DisclosurePolicy.DEFAULT;

    @ParameterizedTest
    @CsvSource({"0,0", "1,*", "7,*", "8,10", "12,10", "13,15", "17,15", "18,20", "22,20", "23,25", "100,100",
        "102,100", "103,105"})
    void suppressesSmallCountsAndRoundsHalfUpToFive(long count, String shown) {
        assertThat(policy.cell(count)).isEqualTo(shown);
        assertThat(policy.suppressed(count)).isEqualTo(shown.equals("*"));
    }

    @Test
    void exactShowsTrueNumbersAndSaysSo() {
        assertThat(DisclosurePolicy.EXACT.cell(0)).isEqualTo("0");
        assertThat(DisclosurePolicy.EXACT.cell(1)).isEqualTo("1");
        assertThat(DisclosurePolicy.EXACT.cell(13)).isEqualTo("13");
        assertThat(DisclosurePolicy.EXACT.suppressed(3)).isFalse();
        assertThat(DisclosurePolicy.EXACT.describe()).isEqualTo("EXACT — INTERNAL — contains small counts");
    }

    @Test
    void describesThePolicy() {
        assertThat(policy.describe()).isEqualTo("counts 1–7 shown as *, others rounded to the nearest 5");
        assertThat(new DisclosurePolicy(10, 5, false).describe())
                .isEqualTo("counts 1–9 shown as *, others rounded to the nearest 5");
        assertThat(new DisclosurePolicy(5, 5, false).describe())
                .isEqualTo("counts 1–4 shown as *, others rounded to the nearest 5");
    }

    @Test
    void oddRoundingBaseRoundsHalfUp() {
        var p = new DisclosurePolicy(8, 7, false);
        assertThat(p.cell(10)).isEqualTo("7"); // 10 / 7 = 1.43
        assertThat(p.cell(11)).isEqualTo("14"); // 1.57
        assertThat(p.interval(java.util.OptionalLong.of(14))).containsExactly(11, 17);
        assertThat(p.interval(java.util.OptionalLong.of(7))).containsExactly(8, 10);
        var ten = new DisclosurePolicy(10, 10, false);
        assertThat(ten.cell(15)).isEqualTo("20"); // exactly half goes up
        assertThat(ten.cell(14)).isEqualTo("10");
    }

    @Test
    void validatesParameters() {
        assertThatThrownBy(() -> new DisclosurePolicy(0, 5, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("suppress-below");
        assertThatThrownBy(() -> new DisclosurePolicy(8, 0, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("round-to");
        // 1 or 2 would round to 0 and be read as "none"
        assertThatThrownBy(() -> new DisclosurePolicy(2, 5, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rounded to 0");
        // no control at all must be asked for as exact mode, which is stamped
        assertThatThrownBy(() -> new DisclosurePolicy(1, 1, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exact");
        assertThatThrownBy(() -> policy.cell(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void policiesBelowTheMinimumAreOnlyAvailableAsExactMode() {
        // the case: every other cell exact, so the one hidden * follows from the total
        assertThatThrownBy(() -> new DisclosurePolicy(2, 1, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exact");
        assertThatThrownBy(() -> new DisclosurePolicy(4, 5, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 5");
        assertThatThrownBy(() -> new DisclosurePolicy(10, 4, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 5");
        assertThat(new DisclosurePolicy(2, 1, true).cell(1)).isEqualTo("1");
        assertThat(new DisclosurePolicy(5, 5, false).cell(4)).isEqualTo("*");
    }

    @Test
    void whatAReaderKnowsFromAPublishedFigure() {
        assertThat(policy.interval(java.util.OptionalLong.of(0))).containsExactly(0, 0);
        assertThat(policy.interval(java.util.OptionalLong.of(10))).containsExactly(8, 12);
        assertThat(policy.interval(java.util.OptionalLong.of(15))).containsExactly(13, 17);
        assertThat(policy.interval(java.util.OptionalLong.empty())[0]).isEqualTo(1);
        assertThat(policy.interval(java.util.OptionalLong.empty())[1]).isEqualTo(IntervalSolver.UNBOUNDED);
        assertThat(DisclosurePolicy.EXACT.interval(java.util.OptionalLong.of(3))).containsExactly(3, 3);
        for (long n = 8; n < 200; n++) {
            long[] b = policy.interval(policy.published(n));
            assertThat(n).isBetween(b[0], b[1]);
        }
    }

    @Test
    void percentagesAreHiddenWhenTheyDependOnASuppressedCount() {
        assertThat(policy.percent(3, 100)).isEmpty();
        assertThat(policy.percent(30, 5)).isEmpty();
        assertThat(policy.percent(0, 0)).isEmpty();
        assertThat(policy.percent(0, 40)).contains("0%");
        assertThat(policy.percent(30, 100)).contains("30%");
        assertThat(policy.change(3, 100)).isEmpty();
        assertThat(policy.change(100, 0)).isEmpty();
        assertThat(policy.change(120, 100)).contains("+20%");
        assertThat(policy.change(80, 100)).contains("-20%");
        assertThat(DisclosurePolicy.EXACT.percent(3, 7)).contains("42.9%");
    }

    @Test
    void percentagesUnderControlComeFromPublishedFiguresSoTheyCannotRevealTrueCounts() {
        // 8 of 9: both publish as 10; 89% would give the true counts away
        assertThat(policy.percent(8, 9)).contains("100%");
        assertThat(policy.percent(8, 12)).contains("100%");
        assertThat(DisclosurePolicy.EXACT.percent(8, 9)).contains("88.9%");
    }

    @Test
    void totalsAreRoundedFromTrueFiguresNotSummedFromRoundedCells() {
        long[] cells = {12, 12, 12}; // each shows 10
        long total = 36;
        assertThat(policy.cell(total)).isEqualTo("35");
        long sumOfShown = 0;
        for (long c : cells) {
            sumOfShown += Long.parseLong(policy.cell(c));
        }
        assertThat(sumOfShown).isEqualTo(30);
    }

    /** 10,000 random one-way tables: every published cell and total is 0, * or a multiple of 5 from 10 up. */
    @Test
    void everyPublishedCellIsZeroStarOrAMultipleOfFiveFromTen() {
        Random random = new Random(20260401L);
        for (int t = 0; t < 10_000; t++) {
            int cells = 1 + random.nextInt(20);
            long total = 0;
            for (int c = 0; c < cells; c++) {
                long count = switch (random.nextInt(4)) {
                    case 0 -> 0;
                    case 1 -> random.nextInt(10);
                    case 2 -> random.nextInt(60);
                    default -> random.nextInt(5000);
                };
                total += count;
                checkCell(count);
            }
            checkCell(total);
        }
    }

    private void checkCell(long count) {
        String shown = policy.cell(count);
        if (shown.equals("0")) {
            assertThat(count).isZero();
        } else if (shown.equals("*")) {
            assertThat(count).isBetween(1L, 7L);
        } else {
            long v = Long.parseLong(shown);
            assertThat(v % 5).isZero();
            assertThat(v).isGreaterThanOrEqualTo(10);
            assertThat(Math.abs(v - count)).isLessThanOrEqualTo(2);
            assertThat(count).isGreaterThanOrEqualTo(8);
        }
    }
}
