package org.helplinelogbook.ui.common;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.helplinelogbook.domain.Contact;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookSetup;
import org.helplinelogbook.logbook.LogbookTestAccess;

/** Real encrypted logbooks for UI tests: no storage mocks. */
public final class TestLogbooks {

    public static final String MANAGER = "manager1";
    public static final String PASSWORD = "a long password";

    private TestLogbooks() {}

    public static Logbook create(Path dir) {
        return LogbookSetup.create(dir, MANAGER, PASSWORD.toCharArray(), ZoneId.of("Europe/London")).logbook();
    }

    public static List<Contact> contacts(Logbook logbook) {
        return logbook.contacts().page(ContactFilter.ALL, null, 100).contacts();
    }

    public static List<String> auditActions(Logbook logbook) {
        return LogbookTestAccess.store(logbook).read(r -> r.audit().all()).stream().map(e -> e.action()).toList();
    }
}
