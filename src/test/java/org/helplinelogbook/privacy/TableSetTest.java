package org.helplinelogbook.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Secondary suppression: what a reader who knows every sum can work out of a protected table set. */
class TableSetTest {

    final DisclosurePolicy policy = DisclosurePolicy.DEFAULT;

    /** What a reader knows of figure {@code i}: its possible values, from the published figures and the sums. */
    static long possible(TableSet set, TableSet.Published p, DisclosurePolicy policy, int i) {
        IntervalSolver reader = set.readerModel(policy, p.all());
        assertThat(reader.solve()).as("published figures are consistent").isTrue();
        return reader.possibleValues(i);
    }

    @Test
    void aTotalAndTwoRoundedRowsPinALoneStarUnderCellByCellRounding() {
        // phone 8 → 10, email 8 → 10, chat 1 → *, total 17 → 15: chat ≤ 17 − 8 − 8 = 1
        TableSet set = new TableSet();
        int total = set.cell("all", 17, TableSet.Rank.TOTAL);
        int phone = set.cell("phone", 8, TableSet.Rank.ROW);
        int email = set.cell("email", 8, TableSet.Rank.ROW);
        int chat = set.cell("chat", 1, TableSet.Rank.ROW);
        set.sum(total, List.of(phone, email, chat));

        OptionalLong[] cellByCell = {policy.published(17), policy.published(8), policy.published(8),
            policy.published(1)};
        IntervalSolver reader = set.readerModel(policy, cellByCell);
        assertThat(reader.solve()).isTrue();
        assertThat(reader.lo(chat)).isEqualTo(1);
        assertThat(reader.hi(chat)).as("the old method gives the one contact away").isEqualTo(1);

        TableSet.Published p = set.protect(policy);
        assertThat(p.value("chat")).isEmpty();
        assertThat(p.secondaryCount()).isEqualTo(1);
        assertThat(p.value("all")).hasValue(15);
        assertThat(possible(set, p, policy, chat)).isGreaterThanOrEqualTo(TableSet.MIN_POSSIBLE_VALUES);
    }

    @Test
    void aCallerGroupBesideItsTypesNoLongerPinsTheHiddenType() {
        // someone_else 18 → 20, family_friend 13 → 15, child_may_be_abused 1 → *, their group 32 → 30:
        // cell by cell the hidden type is at most 32 − 18 − 13 = 1
        TableSet set = new TableSet();
        int group = set.cell("group/concerned", 32, TableSet.Rank.ROW);
        int someone = set.cell("type/someone_else", 18, TableSet.Rank.ROW);
        int family = set.cell("type/family_friend", 13, TableSet.Rank.ROW);
        int abused = set.cell("type/child_may_be_abused", 1, TableSet.Rank.ROW);
        set.sum(group, List.of(someone, family, abused));
        OptionalLong[] old = {policy.published(32), policy.published(18), policy.published(13), policy.published(1)};
        IntervalSolver reader = set.readerModel(policy, old);
        assertThat(reader.solve()).isTrue();
        assertThat(reader.possibleValues(abused)).as("cell by cell, the group pins the type").isEqualTo(1);

        TableSet.Published p = set.protect(policy);
        assertThat(possible(set, p, policy, abused)).isGreaterThanOrEqualTo(TableSet.MIN_POSSIBLE_VALUES);
        assertThat(p.secondary("type/family_friend")).as("the smallest row is hidden next").isTrue();
        assertThat(p.value("group/concerned")).hasValue(30);
    }

    @Test
    void figuresPublishedElsewhereAreNeverChangedAndTotalsAreHiddenOnlyAsALastResort() {
        // three months fixed as published, the quarter protected: month 1 is a lone * pinned by the quarter
        TableSet set = new TableSet();
        int q = set.cell("Q|data", 17, TableSet.Rank.TOTAL);
        int m1 = set.published("M1|data", 1, OptionalLong.empty());
        int m2 = set.published("M2|data", 8, OptionalLong.of(10));
        int m3 = set.published("M3|data", 8, OptionalLong.of(10));
        set.sum(q, List.of(m1, m2, m3));
        TableSet.Published p = set.protect(policy);
        assertThat(p.value(m2)).hasValue(10);
        assertThat(p.value(m3)).hasValue(10);
        assertThat(p.value(q)).as("only the quarter can give").isEmpty();
        assertThat(possible(set, p, policy, m1)).isGreaterThanOrEqualTo(TableSet.MIN_POSSIBLE_VALUES);
    }

    @Test
    void exactPoliciesPublishTrueCounts() {
        TableSet set = new TableSet();
        int total = set.cell("all", 9, TableSet.Rank.TOTAL);
        int a = set.cell("a", 8, TableSet.Rank.ROW);
        int b = set.cell("b", 1, TableSet.Rank.ROW);
        set.sum(total, List.of(a, b));
        TableSet.Published p = set.protect(DisclosurePolicy.EXACT);
        assertThat(p.value(b)).hasValue(1);
        assertThat(p.secondaryCount()).isZero();
    }

    @Test
    void onlyTrueSumsAreAccepted() {
        TableSet set = new TableSet();
        int total = set.cell("all", 9, TableSet.Rank.TOTAL);
        int a = set.cell("a", 8, TableSet.Rank.ROW);
        assertThatThrownBy(() -> set.sum(total, List.of(a))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> set.cell("a", 1, TableSet.Rank.ROW)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Random two-level tables (a total, groups, types under each group, a second dimension on the same total) of
     * small helpline sizes: after protection no hidden figure has fewer than three possible values for a reader
     * who knows every sum, every published figure is what the policy allows, and true counts lie inside what the
     * published figures say.
     */
    @Test
    void noHiddenFigureCanBeNarrowedInRandomTableSets() {
        Random random = new Random(20261203);
        int protectedCells = 0;
        for (int trial = 0; trial < 1500; trial++) {
            DisclosurePolicy p = trial % 3 == 0 ? new DisclosurePolicy(10, 5, false) : policy;
            TableSet set = new TableSet();
            int groups = 2 + random.nextInt(3);
            List<Integer> groupCells = new ArrayList<>();
            List<Long> groupCounts = new ArrayList<>();
            List<int[]> typeSums = new ArrayList<>();
            long all = 0;
            for (int g = 0; g < groups; g++) {
                int types = 1 + random.nextInt(4);
                long[] counts = new long[types];
                long sum = 0;
                for (int t = 0; t < types; t++) {
                    counts[t] = small(random);
                    sum += counts[t];
                }
                groupCounts.add(sum);
                all += sum;
                int[] ids = new int[types];
                for (int t = 0; t < types; t++) {
                    ids[t] = set.cell("type/" + g + "/" + t, counts[t], TableSet.Rank.ROW);
                }
                typeSums.add(ids);
            }
            int total = set.cell("total", all, TableSet.Rank.TOTAL);
            for (int g = 0; g < groups; g++) {
                int cell = set.cell("group/" + g, groupCounts.get(g), TableSet.Rank.ROW);
                groupCells.add(cell);
                set.sum(cell, java.util.Arrays.stream(typeSums.get(g)).boxed().toList());
            }
            set.sum(total, groupCells);
            // a second dimension over the same contacts (e.g. channel)
            long left = all;
            List<Integer> channel = new ArrayList<>();
            for (int c = 0; left > 0 || c == 0; c++) {
                long n = c == 3 ? left : Math.min(left, small(random));
                channel.add(set.cell("channel/" + c, n, TableSet.Rank.ROW));
                left -= n;
            }
            set.sum(total, channel);
            boolean wholeTables = trial % 2 == 0;
            if (wholeTables) {
                // every row is a row of the total's tables (caller type, caller group, channel)
                List<Integer> rows = new ArrayList<>(groupCells);
                typeSums.forEach(ids -> java.util.Arrays.stream(ids).forEach(rows::add));
                rows.addAll(channel);
                set.table(total, rows);
            }

            TableSet.Published published = set.protect(p);
            boolean hiddenTotal = published.value(total).isEmpty();
            IntervalSolver reader = set.readerModel(p, published.all());
            assertThat(reader.solve()).isTrue();
            for (int i = 0; i < reader.size(); i++) {
                assertThat(reader.lo(i)).isLessThanOrEqualTo(set.count(i));
                assertThat(reader.hi(i)).isGreaterThanOrEqualTo(set.count(i));
                OptionalLong v = published.value(i);
                if (wholeTables && hiddenTotal) {
                    assertThat(v).as("trial %d cell %d: a table whose total is hidden is hidden whole", trial, i)
                            .isEmpty();
                }
                if (v.isEmpty() && set.count(i) == 0) {
                    assertThat(reader.hi(i)).as("trial %d cell %d: a hidden zero cannot be told apart", trial, i)
                            .isGreaterThanOrEqualTo(1);
                } else if (v.isEmpty()) {
                    protectedCells++;
                    assertThat(reader.possibleValues(i)).as("trial %d cell %d", trial, i)
                            .isGreaterThanOrEqualTo(TableSet.MIN_POSSIBLE_VALUES);
                } else {
                    assertThat(v.getAsLong() == 0 || v.getAsLong() % p.roundTo() == 0 && v.getAsLong() >= 10)
                            .isTrue();
                }
            }
        }
        assertThat(protectedCells).isGreaterThan(1000);
    }

    @Test
    void aTableWhoseTotalIsHiddenShowsNoZero() {
        // one contact: chat 1, phone 0, email 0. Cell by cell the zeros say the one caller used chat
        TableSet set = new TableSet();
        int total = set.cell("all", 1, TableSet.Rank.TOTAL);
        List<Integer> rows = new ArrayList<>();
        for (String channel : List.of("phone", "chat", "email")) {
            rows.add(set.cell(channel, channel.equals("chat") ? 1 : 0, TableSet.Rank.ROW));
        }
        int phone = rows.get(0);
        set.sum(total, rows);
        set.table(total, rows);
        TableSet.Published p = set.protect(policy);
        assertThat(p.all()).containsOnly(OptionalLong.empty());
        assertThat(p.secondaryCount()).as("hidden with their table, not to protect a figure").isZero();
        IntervalSolver reader = set.readerModel(policy, p.all());
        assertThat(reader.solve()).isTrue();
        assertThat(reader.lo(phone)).as("a * in a hidden table may be 0").isZero();
        assertThat(reader.lo(total)).as("a hidden total is not 0: a 0 would show").isEqualTo(1);
    }

    @Test
    void aHiddenTotalHidesTheTablesWhoseTotalIsOneOfItsRows() {
        // all contacts 20 hidden (to protect something else), data 15 a row of it and the total of topics
        TableSet set = new TableSet();
        int all = set.published("all", 20, OptionalLong.empty());
        int data = set.cell("data", 15, TableSet.Rank.TOTAL);
        int nonData = set.cell("non_data", 5, TableSet.Rank.TOTAL);
        int topic = set.cell("topic/a", 15, TableSet.Rank.ROW);
        int other = set.cell("topic/b", 0, TableSet.Rank.ROW);
        set.sum(all, List.of(data, nonData));
        set.table(all, List.of(data, nonData));
        set.table(data, List.of(topic, other));
        TableSet.Published p = set.protect(policy);
        assertThat(p.all()).containsOnly(OptionalLong.empty());
    }

    @Test
    void aZeroOfTheQuarterMayTellThatAHiddenMonthHadNone() {
        // June was published on its own with one contact: its table hidden whole, email * though none; the
        // quarter shows email 0, which says that no month of it had any. That is the quarter's own table speaking,
        // not a figure the audit could protect, and protecting the quarter must not fail on it.
        TableSet set = new TableSet();
        int[] months = new int[3];
        int[] emails = new int[3];
        long[] totals = {1, 12, 12};
        for (int m = 0; m < 3; m++) {
            OptionalLong shown = m == 0 ? OptionalLong.empty() : OptionalLong.of(10);
            months[m] = set.published("M" + m + "|all", totals[m], shown);
            emails[m] = set.published("M" + m + "|email", 0, m == 0 ? OptionalLong.empty() : OptionalLong.of(0));
            set.table(months[m], List.of(emails[m]));
        }
        int quarter = set.cell("Q|all", 25, TableSet.Rank.TOTAL);
        int email = set.cell("Q|email", 0, TableSet.Rank.ROW);
        set.table(quarter, List.of(email));
        set.sum(quarter, List.of(months[0], months[1], months[2]));
        set.sum(email, List.of(emails[0], emails[1], emails[2]));
        TableSet.Published p = set.protect(policy);
        assertThat(p.value(email)).hasValue(0);
        assertThat(p.value(quarter)).hasValue(25);
    }

    /** Mostly small counts, as in a month of a small helpline: 0, 1–7 and a few larger. */
    private static long small(Random random) {
        int r = random.nextInt(10);
        return r < 2 ? 0 : r < 6 ? 1 + random.nextInt(7) : 8 + random.nextInt(20);
    }
}
