package org.helplinelogbook.ui.dashboard;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.helplinelogbook.domain.Campaign;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookSetup;
import org.helplinelogbook.logbook.LogbookTestAccess;

/** A real encrypted logbook (real migrations, default taxonomy) with contacts of known counts. */
final class DashboardFixture {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final char[] PASSWORD = "a long password".toCharArray();

    private DashboardFixture() {}

    static Logbook create(Path dir) {
        return LogbookSetup.create(dir, "manager1", PASSWORD.clone(), LONDON).logbook();
    }

    /** {@code n} data contacts at {@code day} 10:00: caller type, channel and source as given, 10 minutes long. */
    static List<ContactDraft> data(int n, LocalDate day, String channel, String callerType, String source) {
        List<ContactDraft> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ContactDraft(LocalDateTime.of(day, java.time.LocalTime.of(10, i % 60)), 600, channel,
                    callerType, List.of("sexual_thoughts"), List.of("information_given"), source, null, null));
        }
        return out;
    }

    /**
     * A month with known counts: 13 phone contacts from people at risk (internet search), 3 live chats from
     * family or friends (police), no email; and 8 contacts in the same month a year earlier.
     */
    static void seedMonth(Logbook logbook, java.time.YearMonth month) {
        List<ContactDraft> drafts = new ArrayList<>();
        drafts.addAll(data(13, month.atDay(3), "phone", "at_risk", "internet_search"));
        drafts.addAll(data(3, month.atDay(10), "chat", "family_friend", "police"));
        drafts.addAll(data(8, month.minusYears(1).atDay(5), "phone", "at_risk", "internet_search"));
        logbook.contacts().saveAll(drafts, "test");
    }

    static void campaign(Logbook logbook, String name, LocalDate start, LocalDate end, String cost) {
        LogbookTestAccess.store(logbook).write(r -> r.campaigns().insert(new Campaign(0, name, start, end,
                cost == null ? null : new BigDecimal(cost), "GBP", null, "never shown")));
    }
}
