package org.helplinelogbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Issue 14: starts in the future, in year 0001, and inside a clock change were accepted (the gap silently shifted). */
class StartTimesTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Instant NOW = Instant.parse("2026-12-03T11:00:00Z");

    @Test
    void anOrdinaryPastStartIsAccepted() {
        var checked = StartTimes.check("2026-10-03T14:05", LONDON, NOW);
        assertThat(checked.problem()).isNull();
        assertThat(checked.start().local()).isEqualTo(LocalDateTime.of(2026, 10, 3, 14, 5));
        assertThat(checked.start().offset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(StartTimes.check(" 2026-10-03T14:05:30 ", LONDON, NOW).problem()).isNull();
    }

    @Test
    void theFutureIsRefusedBeyondAMinute() {
        assertThat(StartTimes.check("2026-12-03T11:00:59", LONDON, NOW).problem()).isNull(); // London is UTC+0 in December
        assertThat(StartTimes.check("2026-12-03T11:01:01", LONDON, NOW).problem()).isEqualTo("is in the future");
        assertThat(StartTimes.check("2027-12-03T10:00", LONDON, NOW).problem()).isEqualTo("is in the future");
        assertThat(StartTimes.check("2026-12-03T12:30+02:00", LONDON, NOW).problem()).isNull(); // 10:30 UTC
    }

    @Test
    void startsBeforeTwoThousandAreRefused() {
        assertThat(StartTimes.check("0001-10-03T14:05", LONDON, NOW).problem()).contains("before 2000-01-01");
        assertThat(StartTimes.check("1999-12-31T23:59", LONDON, NOW).problem()).contains("before 2000-01-01");
        assertThat(StartTimes.check("2000-01-01T00:00", LONDON, NOW).problem()).isNull();
    }

    @Test
    void aTimeInTheSpringGapIsRefusedNotShifted() {
        var checked = StartTimes.check("2026-03-29T01:30", LONDON, NOW);
        assertThat(checked.start()).isNull();
        assertThat(checked.problem()).contains("did not exist in Europe/London", "clocks went forward");
    }

    @Test
    void aTimeInTheAutumnOverlapNeedsAnOffset() {
        var ambiguous = StartTimes.check("2026-10-25T01:30", LONDON, NOW);
        assertThat(ambiguous.problem()).contains("happened twice", "2026-10-25T01:30+01:00", "2026-10-25T01:30Z");

        var second = StartTimes.check("2026-10-25T01:30Z", LONDON, NOW);
        assertThat(second.problem()).isNull();
        assertThat(second.start().local()).isEqualTo(LocalDateTime.of(2026, 10, 25, 1, 30));
        assertThat(second.start().offset()).isEqualTo(ZoneOffset.UTC);
        assertThat(StartTimes.check("2026-10-25T01:30+01:00", LONDON, NOW).start().offset()).isEqualTo(ZoneOffset.ofHours(1));
    }

    @Test
    void textThatIsNoDateIsRefused() {
        assertThat(StartTimes.check("2026-10-03 14:05", LONDON, NOW).problem()).startsWith("must be a local date and time");
        assertThat(StartTimes.check("", LONDON, NOW).problem()).startsWith("must be a local date and time");
        assertThat(StartTimes.check(null, LONDON, NOW).problem()).startsWith("must be a local date and time");
    }
}
