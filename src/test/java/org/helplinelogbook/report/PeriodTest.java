package org.helplinelogbook.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @ParameterizedTest
    @CsvSource({
        "2026-10, MONTH, 2026-10-01, 2026-10-31, 2025-10",
        "2028-02, MONTH, 2028-02-01, 2028-02-29, 2027-02",
        "2026-Q3, QUARTER, 2026-07-01, 2026-09-30, 2025-Q3",
        "2026-Q1, QUARTER, 2026-01-01, 2026-03-31, 2025-Q1",
        "FY2026-27, FINANCIAL_YEAR, 2026-04-01, 2027-03-31, FY2025-26",
        "FY1999-00, FINANCIAL_YEAR, 1999-04-01, 2000-03-31, FY1998-99",
        "2026-01-01..2026-03-31, RANGE, 2026-01-01, 2026-03-31, 2025-01-01..2025-03-31",
        "2028-02-29..2028-02-29, RANGE, 2028-02-29, 2028-02-29, 2027-02-28..2027-02-28",
    })
    void parsesLabelsAndLastYear(String text, Period.Kind kind, LocalDate first, LocalDate last, String lastYear) {
        Period p = Period.parse(text);
        assertThat(p.kind()).isEqualTo(kind);
        assertThat(p.firstDay()).isEqualTo(first);
        assertThat(p.lastDay()).isEqualTo(last);
        assertThat(p.label()).isEqualTo(text);
        assertThat(Period.parse(p.label())).isEqualTo(p);
        assertThat(p.sameLastYear().label()).isEqualTo(lastYear);
    }

    @Test
    void acceptsLowerCaseAndSpaces() {
        assertThat(Period.parse(" 2026-q3 ").label()).isEqualTo("2026-Q3");
        assertThat(Period.parse("fy2026-27").label()).isEqualTo("FY2026-27");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "2026", "2026-13", "2026-00", "2026-Q5", "2026-Q0", "FY2026-28", "FY2026-2027",
        "2026-02-30..2026-03-01", "2026-03-31..2026-03-01", "October 2026", "2026-10-01"})
    void rejectsBadInputClearly(String text) {
        assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageFindingMatch("period|date|quarter|financial year|month");
    }

    @Test
    void nullIsRejected() {
        assertThatThrownBy(() -> Period.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.range(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end on or after");
    }

    @Test
    void boundariesAreLocalMidnightsAcrossClockChanges() {
        Period march = Period.parse("2026-03"); // BST starts 29 March
        assertThat(march.start(LONDON)).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(march.endExclusive(LONDON)).isEqualTo(Instant.parse("2026-03-31T23:00:00Z"));
        Period october = Period.parse("2026-10"); // BST ends 25 October
        assertThat(october.start(LONDON)).isEqualTo(Instant.parse("2026-09-30T23:00:00Z"));
        assertThat(october.endExclusive(LONDON)).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        Period fy = Period.parse("FY2026-27");
        assertThat(fy.start(LONDON)).isEqualTo(Instant.parse("2026-03-31T23:00:00Z"));
        assertThat(fy.endExclusive(LONDON)).isEqualTo(Instant.parse("2027-03-31T23:00:00Z"));
        assertThat(fy.days()).isEqualTo(365);
        Period clockChangeDay = Period.parse("2026-10-25..2026-10-25");
        assertThat(java.time.Duration.between(clockChangeDay.start(LONDON), clockChangeDay.endExclusive(LONDON)))
                .hasHours(25);
        assertThat(Period.parse("2026-03-29..2026-03-29").endExclusive(LONDON))
                .isEqualTo(Instant.parse("2026-03-29T23:00:00Z"));
    }

    @Test
    void containsIsInclusive() {
        Period q = Period.quarter(2026, 4);
        assertThat(q.contains(LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(q.contains(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(q.contains(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void aPeriodUnderWayIsComparedWithTheSameDaysLastYear() {
        Period december = Period.parse("2026-12");
        assertThat(december.comparedOn(LocalDate.of(2026, 12, 4))).isEqualTo(Period.parse("2025-12-01..2025-12-04"));
        assertThat(december.comparedOn(LocalDate.of(2026, 12, 1))).isEqualTo(Period.parse("2025-12-01..2025-12-01"));
        // on its last day, after it and before it the whole same period
        assertThat(december.comparedOn(LocalDate.of(2026, 12, 31))).isEqualTo(Period.parse("2025-12"));
        assertThat(december.comparedOn(LocalDate.of(2027, 1, 5))).isEqualTo(Period.parse("2025-12"));
        assertThat(december.comparedOn(LocalDate.of(2026, 11, 30))).isEqualTo(Period.parse("2025-12"));
        assertThat(december.underWayOn(LocalDate.of(2026, 12, 31))).isFalse();
        // 29 February has no day a year earlier: up to the 28th
        assertThat(Period.parse("2028-02").comparedOn(LocalDate.of(2028, 2, 29))).isEqualTo(Period.parse("2027-02"));
        assertThat(Period.parse("FY2028-29").comparedOn(LocalDate.of(2029, 2, 29 - 1)))
                .isEqualTo(Period.parse("2027-04-01..2028-02-28"));
    }
}
