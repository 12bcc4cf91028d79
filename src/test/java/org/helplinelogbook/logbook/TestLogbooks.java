package org.helplinelogbook.logbook;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.domain.Role;

/** Real encrypted logbooks for tests: a manager "manager1" and a worker "worker1". */
public final class TestLogbooks {

    public static final String MANAGER = "manager1";
    public static final String WORKER = "worker1";
    private static final String MANAGER_PASSWORD = "a long password";
    private static final String WORKER_PASSWORD = "another long password";

    private TestLogbooks() {}

    /** Creates a logbook with a manager and a worker account; returns it signed in as the manager. */
    public static Logbook createWithWorker(Path dir) {
        Logbook logbook = LogbookSetup.create(dir, MANAGER, MANAGER_PASSWORD.toCharArray(), ZoneId.of("Europe/London")).logbook();
        logbook.accounts().add(WORKER, Role.WORKER, WORKER_PASSWORD.toCharArray());
        return logbook;
    }

    public static Logbook openAsManager(Path dir) {
        return LogbookOpening.open(dir, MANAGER, MANAGER_PASSWORD.toCharArray());
    }

    public static Logbook openAsWorker(Path dir) {
        return LogbookOpening.open(dir, WORKER, WORKER_PASSWORD.toCharArray());
    }

    /** Writes an audit entry directly, for tests of the audit chain itself (services write real ones). */
    public static void recordForTest(Logbook logbook, String action, String recordId, String fields, String counts) {
        logbook.record(action, recordId, fields, counts);
    }

    /** Moves every contact's creation time back a day, as if it had been logged yesterday. */
    public static void makeContactsLoggedYesterday(Logbook logbook) {
        logbook.database().jdbi().useHandle(h -> h.execute("UPDATE contact SET created_at = DATEADD('DAY', -1, created_at)"));
    }

    /** A valid data contact. */
    public static ContactDraft dataContact(LocalDateTime at, String topic, String notes) {
        return new ContactDraft(at, 600, "phone", "at_risk", List.of(topic), List.of("information_given"),
                "internet_search", notes, null);
    }

    /** {@code n} contacts one minute apart, the newest {@code newest}. */
    public static List<ContactDraft> contacts(int n, LocalDateTime newest) {
        List<ContactDraft> drafts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            drafts.add(dataContact(newest.minusMinutes(i), i % 2 == 0 ? "safety_planning" : "mental_health",
                    i % 10 == 0 ? "Talked about walking the dog " + i : null));
        }
        return drafts;
    }
}
