package org.helplinelogbook.logbook;

import java.nio.file.Path;

/** Test helper for other packages: tampers with one audit entry as an attacker with the key could. */
public final class AuditTamper {

    private AuditTamper() {}

    public static void editEntry(Path dataDir, long seq) {
        try (Logbook logbook = SafetyLogbooks.open(dataDir, SafetyLogbooks.MANAGER)) {
            logbook.database().jdbi().useHandle(h -> {
                h.execute("DROP TRIGGER audit_entry_no_update");
                h.execute("UPDATE audit_entry SET fields = 'x' WHERE seq = " + seq);
            });
        }
    }
}
