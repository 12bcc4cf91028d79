package org.helplinelogbook.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.helplinelogbook.domain.ContactRow;
import org.helplinelogbook.privacy.DisclosurePolicy;
import org.helplinelogbook.privacy.IntervalSolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attack from issue 16, played against the real exports: a reader holds every published report of one
 * financial year (twelve months, four quarters, the year — every grid period overlapping any of them) and knows
 * how the tables hang together (all = data + non-data; channel, caller type, caller group and source tables add up
 * to their totals; a caller group is the sum of its caller types; a quarter is the sum of its months, a year of its
 * quarters). An interval solver built here, from the published figures alone, tries to pin every {@code *}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DifferencingAttackTest {

    static final DisclosurePolicy POLICY = DisclosurePolicy.DEFAULT;
    static final Map<String, String> GROUP_OF_TYPE = Map.of("self", "at_risk", "family", "concerned",
            "professional", "concerned", "silent", "none");

    ReportFixture fx;
    ReportService service;
    final List<Period> family = new ArrayList<>();

    @BeforeAll
    void seed(@TempDir Path dir) {
        fx = new ReportFixture(dir);
        service = new ReportService(fx.store, ReportFixture.LONDON);
        Random random = new Random(16);
        List<ContactRow> rows = new ArrayList<>();
        // April as in the issue: 8 by phone, 8 by email and 1 by chat; cell by cell: phone 10, email 10, chat *,
        // all 15 (17 rounded), so chat ≤ 17 − 8 − 8 = 1
        for (String channel : new String[] {"phone", "email"}) {
            for (int i = 0; i < 8; i++) {
                rows.add(contact(LocalDate.of(2025, 4, 2 + i), channel, "self", "website"));
            }
        }
        rows.add(contact(LocalDate.of(2025, 4, 20), "chat", "self", "website"));
        for (YearMonth m = YearMonth.of(2025, 5); !m.isAfter(YearMonth.of(2026, 3)); m = m.plusMonths(1)) {
            // small months of a small helpline: many categories in single figures
            int contacts = 6 + random.nextInt(40);
            for (int i = 0; i < contacts; i++) {
                rows.add(randomContact(random, m.atDay(1 + random.nextInt(m.lengthOfMonth()))));
            }
        }
        fx.store.writeAll(r -> rows.forEach(row -> r.contacts().insert(row)));
        for (YearMonth m = YearMonth.of(2025, 4); !m.isAfter(YearMonth.of(2026, 3)); m = m.plusMonths(1)) {
            family.add(Period.month(m));
        }
        family.addAll(List.of(Period.quarter(2025, 2), Period.quarter(2025, 3), Period.quarter(2025, 4),
                Period.quarter(2026, 1), Period.financialYear(2025)));
    }

    @AfterAll
    void close() {
        fx.close();
    }

    private ContactRow randomContact(Random random, LocalDate day) {
        LocalDateTime local = day.atTime(8 + random.nextInt(12), random.nextInt(60));
        Instant started = local.atZone(ReportFixture.LONDON).toInstant();
        String channel = pick(random, new String[] {"phone", "phone", "phone", "chat", "chat", "email", "sms"});
        String type = pick(random, new String[] {"self", "self", "self", "family", "family", "professional",
            "silent"});
        boolean data = !type.equals("silent");
        String source = data ? pick(random, new String[] {"website", "website", "social_media", "police", null})
                : null;
        List<String> topics = data && random.nextBoolean() ? List.of(pick(random,
                new String[] {"thoughts", "online", "children"})) : List.of();
        List<String> outcomes = data ? List.of(pick(random, new String[] {"advice", "advice", "referral",
            "callback"})) : List.of();
        String code = random.nextInt(5) == 0 ? "h" + random.nextInt(6) : null;
        return new ContactRow(UUID.randomUUID(), started, local, 60 + random.nextInt(900), channel, type, data,
                source, topics, outcomes, null, null, false, code, fx.staffId, started, started, 1);
    }

    private ContactRow contact(LocalDate day, String channel, String type, String source) {
        LocalDateTime local = day.atTime(10, 0);
        Instant started = local.atZone(ReportFixture.LONDON).toInstant();
        return new ContactRow(UUID.randomUUID(), started, local, 300, channel, type, true, source, List.of(),
                List.of("advice"), null, null, false, null, fx.staffId, started, started, 1);
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }

    @Test
    void cellByCellRoundingGivesSmallCountsAwayToThisAttack() {
        Map<Period, Map<String, OptionalLong>> published = new LinkedHashMap<>();
        for (Period p : family) {
            PeriodSummary s = service.summarise(fx.manager, p);
            Map<String, OptionalLong> cells = new LinkedHashMap<>();
            for (String k : PublishedFigures.keys(s)) {
                cells.put(k, POLICY.published(PublishedFigures.trueCount(s, k)));
            }
            published.put(p, cells);
        }
        // before issue 16 a * could only be 1–7, and zeros were shown everywhere
        Attack attack = new Attack(published, POLICY.suppressBelow() - 1, false);
        assertThat(attack.pinned()).as("the method before issue 16: the attack must work on this data")
                .containsEntry("2025-04|channel/chat", 1L);
    }

    @Test
    void theProtectedExportsOfAWholeFinancialYearGiveNoHiddenFigureAway() {
        Map<Period, Map<String, OptionalLong>> published = new LinkedHashMap<>();
        int hidden = 0;
        for (Period p : family) {
            // each report published on its own, as a manager would, month by month and quarter by quarter
            Map<String, OptionalLong> cells = service.publish(fx.manager, p, POLICY).figures().all();
            published.put(p, cells);
            hidden += (int) cells.values().stream().filter(OptionalLong::isEmpty).count();
        }
        assertThat(hidden).as("the data has plenty of small counts").isGreaterThan(100);
        assertThat(published.values()).as("months of a few contacts, whose tables are hidden whole")
                .anyMatch(cells -> cells.get("total/all").isEmpty());
        Attack attack = new Attack(published, IntervalSolver.UNBOUNDED, true);
        assertThat(attack.pinned()).as("figures the attack worked out exactly").isEmpty();
        assertThat(attack.narrowest()).as("fewest possible values of any *").isGreaterThanOrEqualTo(3);
    }

    @Test
    void aMonthPublishedOnItsOwnIsTheMonthTheQuarterAndYearAssume() {
        Map<String, OptionalLong> alone = service.publish(fx.manager, Period.month(YearMonth.of(2025, 5)), POLICY)
                .figures().all();
        Map<String, OptionalLong> again = service.publish(fx.manager, Period.month(YearMonth.of(2025, 5)), POLICY)
                .figures().all();
        assertThat(again).isEqualTo(alone);
    }

    /** The reader's constraint system, built from published figures and public knowledge of the tables only. */
    static final class Attack {
        private final Map<String, Integer> index = new LinkedHashMap<>();
        private final List<long[]> bounds = new ArrayList<>();
        private final List<List<Integer>> sums = new ArrayList<>();
        private final Set<Integer> stars = new LinkedHashSet<>();
        private final long starMax;
        private final boolean wholeTablesHidden;
        private final Map<Period, Map<String, OptionalLong>> published;
        private IntervalSolver solved;

        /**
         * @param starMax the most a {@code *} can be, as far as the reader knows
         * @param wholeTablesHidden whether a table whose total is {@code *} shows every figure as {@code *}, zeros
         *     too (ADR 0004), so that a {@code *} there may be 0; elsewhere a {@code *} is at least 1
         */
        Attack(Map<Period, Map<String, OptionalLong>> published, long starMax, boolean wholeTablesHidden) {
            this.starMax = starMax;
            this.wholeTablesHidden = wholeTablesHidden;
            this.published = published;
            published.forEach((period, cells) -> cells.forEach((k, v) -> variable(period, k)));
            published.forEach((period, cells) -> within(period, cells));
            published.keySet().forEach(period -> across(period, published));
            solved = new IntervalSolver(bounds.size());
            for (int i = 0; i < bounds.size(); i++) {
                solved.bound(i, bounds.get(i)[0], bounds.get(i)[1]);
            }
            sums.forEach(s -> solved.sum(s.get(0), s.subList(1, s.size())));
            assertThat(solved.solve()).as("published figures are consistent").isTrue();
        }

        /** Every {@code *} the solver pinned to a single value, with the value. */
        Map<String, Long> pinned() {
            Map<String, Long> out = new LinkedHashMap<>();
            index.forEach((id, i) -> {
                if (stars.contains(i) && solved.possibleValues(i) == 1) {
                    out.put(id, solved.lo(i));
                }
            });
            return out;
        }

        long narrowest() {
            return stars.stream().mapToLong(solved::possibleValues).min().orElse(IntervalSolver.UNBOUNDED);
        }

        /** What the reader sees for {@code key} in {@code p}: a category its report lists no row for is 0 or hidden. */
        private OptionalLong shown(Period p, String key) {
            Map<String, OptionalLong> cells = published.get(p);
            OptionalLong v = cells.get(key);
            if (v != null) {
                return v;
            }
            return inHiddenTable(p, key) ? OptionalLong.empty() : OptionalLong.of(0);
        }

        /** Whether the table {@code key} is a row of shows its total as {@code *} (the reader sees that). */
        private boolean inHiddenTable(Period p, String key) {
            String total = key.equals("total/all") ? null
                    : key.startsWith("total/") || key.startsWith("caller_code/") || key.startsWith("channel/")
                            || key.startsWith("caller_type/") || key.startsWith("caller_group/") ? "total/all"
                    : "total/data";
            return wholeTablesHidden && total != null && published.get(p).get(total).isEmpty();
        }

        private int variable(Period p, String key) {
            String id = p.label() + "|" + key;
            Integer i = index.get(id);
            if (i != null) {
                return i;
            }
            OptionalLong shown = shown(p, key);
            index.put(id, bounds.size());
            if (shown.isEmpty()) {
                // a * is at least 1: a small count, or a larger one hidden to protect it; but where its table's
                // total is * too, every figure is *, zeros too, so there it is 0 or more
                bounds.add(new long[] {inHiddenTable(p, key) ? 0 : 1, starMax});
                stars.add(bounds.size() - 1);
            } else if (shown.getAsLong() == 0) {
                bounds.add(new long[] {0, 0});
            } else {
                long v = shown.getAsLong();
                bounds.add(new long[] {Math.max(8, v - 2), v + 2});
            }
            return bounds.size() - 1;
        }

        private void within(Period p, Map<String, OptionalLong> cells) {
            sum(p, cells, "total/all", List.of("total/data", "total/non_data"));
            for (String[] table : new String[][] {{"channel", "total/all"}, {"caller_type", "total/all"},
                {"caller_group", "total/all"}, {"source", "total/data"}}) {
                sum(p, cells, table[1], cells.keySet().stream().filter(k -> k.startsWith(table[0] + "/")).toList());
            }
            Map<String, List<String>> types = new HashMap<>();
            GROUP_OF_TYPE.forEach((type, group) -> types.computeIfAbsent("caller_group/" + group,
                    g -> new ArrayList<>()).add("caller_type/" + type));
            types.forEach((group, parts) -> sum(p, cells, group, parts));
        }

        private void across(Period p, Map<Period, Map<String, OptionalLong>> published) {
            List<Period> parts = GridProtection.parts(p);
            if (parts.isEmpty()) {
                return;
            }
            Set<String> keys = new LinkedHashSet<>(published.get(p).keySet());
            parts.forEach(part -> keys.addAll(published.get(part).keySet()));
            keys.remove("caller_code/distinct_codes");
            for (String k : keys) {
                List<Integer> c = new ArrayList<>();
                c.add(variable(p, k));
                for (Period part : parts) {
                    c.add(variable(part, k));
                }
                sums.add(c);
            }
        }

        private void sum(Period p, Map<String, OptionalLong> cells, String total, List<String> parts) {
            List<Integer> c = new ArrayList<>();
            c.add(variable(p, total));
            parts.forEach(k -> c.add(variable(p, k)));
            sums.add(c);
        }
    }
}
