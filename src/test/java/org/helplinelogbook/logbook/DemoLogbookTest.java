package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.helplinelogbook.domain.Contact;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.report.ExportFormat;
import org.helplinelogbook.report.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Demo data never mixes with real data (issue 17): it goes only into an empty or demo logbook, marks the logbook as
 * a demo one (shown on every export), dates no contact in the future and covers the built-in campaigns' years.
 */
class DemoLogbookTest {

    @TempDir
    Path dir;

    @Test
    void aLogbookWithRealContactsIsRefusedAndLeftAsItWas() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            logbook.contacts().save(TestLogbooks.dataContact(LocalDateTime.now(logbook.zone()).minusHours(1),
                    "safety_planning", null));

            assertThatThrownBy(() -> logbook.demo().generate(50, 1, n -> { }))
                    .isInstanceOf(LogbookException.class).hasMessageContaining("already holds real contacts");

            assertThat(logbook.contacts().count(ContactFilter.ALL)).isEqualTo(1);
            assertThat(logbook.settings().isDemo()).isFalse();
        }
    }

    @Test
    void aDemoLogbookIsMarkedDatedUpToNowAndCoversTheBuiltInCampaigns() throws Exception {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            logbook.demo().generate(2_000, 3, n -> { });
            LocalDateTime after = LocalDateTime.now(logbook.zone());

            assertThat(logbook.settings().isDemo()).isTrue();
            List<Contact> newest = logbook.contacts().page(ContactFilter.ALL, null, 5).contacts();
            assertThat(newest.get(0).startedAt()).as("no call later today").isBeforeOrEqualTo(after);
            LocalDate earliestCampaign = logbook.campaigns().list().stream().map(c -> c.startsOn())
                    .min(LocalDate::compareTo).orElseThrow();
            var inFirstCampaign = ContactFilter.ALL.withPeriod(earliestCampaign.atStartOfDay(logbook.zone()).toInstant(),
                    earliestCampaign.plusWeeks(4).atStartOfDay(logbook.zone()).toInstant());
            assertThat(logbook.contacts().count(inFirstCampaign)).as("contacts during " + earliestCampaign).isPositive();
            // Every built-in campaign, not only the first, has contacts before, during and after it in Campaign impact.
            for (var campaign : logbook.campaigns().list()) {
                for (LocalDate[] weeks : new LocalDate[][] {{campaign.startsOn().minusWeeks(4), campaign.startsOn()},
                        {campaign.startsOn(), campaign.endsOn().plusDays(1)},
                        {campaign.endsOn().plusDays(1), campaign.endsOn().plusWeeks(4)}}) {
                    if (weeks[1].isAfter(after.toLocalDate())) {
                        continue; // a campaign still running or just ended has no "after" yet
                    }
                    var span = ContactFilter.ALL.withPeriod(weeks[0].atStartOfDay(logbook.zone()).toInstant(),
                            weeks[1].atStartOfDay(logbook.zone()).toInstant());
                    assertThat(logbook.contacts().count(span)).as(campaign.name() + " " + weeks[0] + ".." + weeks[1])
                            .isPositive();
                }
            }

            // A second run adds to the demo logbook (it is marked, so it holds no real contacts).
            logbook.demo().generate(10, 4, n -> { });
            assertThat(logbook.contacts().count(ContactFilter.ALL)).isEqualTo(2_010);

            Path csv = dir.resolveSibling(dir.getFileName() + "-demo.csv");
            logbook.exports().exportPeriod(Period.month(YearMonth.from(after)), ExportFormat.CSV,
                    org.helplinelogbook.privacy.DisclosurePolicy.DEFAULT, csv);
            assertThat(Files.readString(csv)).contains("demo_logbook").contains("not a real call");
            Files.deleteIfExists(csv);
        }
    }
}
