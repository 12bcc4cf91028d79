package org.helplinelogbook.storage.postgres;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookOpening;
import org.helplinelogbook.logbook.LogbookSetup;

/** A shared logbook on the test server: set up with the owner role, then joined by each desk with its own role. */
final class SharedFixture {

    static final String MANAGER = "manager1";
    static final char[] MANAGER_PASSWORD = "manager password 1".toCharArray();
    static final ZoneId ZONE = ZoneId.of("Europe/London");

    final PostgresServer.Logbook server;
    final Path[] deskDirs;
    final String recoveryKey;

    SharedFixture(PostgresServer pg, Path root, int desks) {
        this.server = pg.newLogbook(desks);
        var created = LogbookSetup.createShared(root.resolve("setup"), server.owner(), server.ownerPassword(), MANAGER,
                MANAGER_PASSWORD, ZONE);
        created.logbook().close();
        this.recoveryKey = created.recoveryKey();
        deskDirs = new Path[desks];
        for (int i = 0; i < desks; i++) {
            deskDirs[i] = root.resolve("desk" + i);
            LogbookSetup.joinShared(deskDirs[i], server.desk(i).profile(), server.desk(i).password());
        }
    }

    Logbook open(int desk) {
        return open(desk, MANAGER, MANAGER_PASSWORD);
    }

    Logbook open(int desk, String user, char[] password) {
        return LogbookOpening.open(deskDirs[desk], user, password, server.desk(desk).password());
    }

    static ContactDraft draft(int i, String notes) {
        return new ContactDraft(LocalDateTime.of(2026, 10, 1 + i % 28, 10, i % 60), 300, "phone", "at_risk",
                List.of("sexual_thoughts"), List.of("concerns_clarified"), "police", notes, null);
    }
}
