package org.helplinelogbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 14: an unterminated quote and a NUL byte were imported; a 50 MB note was "not valid CSV". */
class ImportTextTest {

    static final String HEADER = "started_at,duration_seconds,channel,caller_type,topics,outcome,source,notes\n";

    @Test
    void ordinaryCsvWithQuotesLineBreaksAndTabsPasses() {
        assertThat(ImportText.problems(HEADER + "2026-10-03T14:05,60,phone,at_risk,,,police,\"multi\nline, \"\"quoted\"\"\tok\"\r\n"
                + "2026-10-03T15:05,60,phone,silent,,,,\r\n")).isEmpty();
        assertThat(ImportText.problems("")).isEmpty();
    }

    @Test
    void anUnterminatedQuoteIsReportedAtTheLineItOpens() {
        assertThat(ImportText.problems(HEADER + "2026-10-03T14:05,60,phone,at_risk,,,police,ok\n"
                + "2026-10-03T15:05,60,phone,at_risk,,,police,\"never closed\n2026-10-03T16:05,60,phone,silent,,,,\n"))
                .singleElement().asString().startsWith("line 3: a quote opened here is never closed");
    }

    @Test
    void controlCharactersAreReportedOncePerLine() {
        assertThat(ImportText.problems(HEADER + "2026-10-03T14:05,60,phone,at_risk,,,police,a\u0000b\u0000\n"
                + "ok\n" + "x\u001b[31m\n"))
                .containsExactly(
                        "line 2: contains a control character (U+0000), which a CSV file does not hold; is this the right file?",
                        "line 4: contains a control character (U+001B), which a CSV file does not hold; is this the right file?");
    }

    @Test
    void aNoteOfAnySizeIsReportedAsTooLong() {
        String huge = "x".repeat(50 * 1024 * 1024);
        assertThat(ImportText.problems(HEADER + "2026-10-03T14:05,60,phone,at_risk,,,police,\"" + huge + "\"\n"))
                .containsExactly("line 2: note too long (52428800 characters; a note holds at most 20000)");
        assertThat(ImportText.problems(HEADER + "2026-10-03T14:05,60,phone,at_risk,,,police," + "y".repeat(20_001) + "\n"))
                .containsExactly("line 2: note too long (20001 characters; a note holds at most 20000)");
        assertThat(ImportText.problems(HEADER + "2026-10-03T14:05,60," + "z".repeat(30_000) + ",at_risk,,,police,\n"))
                .containsExactly("line 2: channel is too long (30000 characters)");
        assertThat(ImportText.problems(HEADER + "2026-10-03T14:05,60,phone,at_risk,,,police," + "y".repeat(20_000) + "\n")).isEmpty();
    }
}
