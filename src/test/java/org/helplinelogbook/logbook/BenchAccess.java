package org.helplinelogbook.logbook;

import java.time.LocalDate;
import java.util.List;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.storage.Database;

/**
 * Test-only access to package-private parts of a {@link Logbook} that the benchmarks need: the open database (for
 * the hand-written SQL baselines on the same file) and the demo generator's drafts (for the import figure).
 */
public final class BenchAccess {

    private BenchAccess() {
    }

    public static Database database(Logbook logbook) {
        return logbook.database();
    }

    /** A new contact id as the app makes them (time-ordered UUIDv7), for the hand-written import baseline. */
    public static java.util.UUID contactId() {
        return ContactIds.next();
    }

    /** The drafts {@code offset .. offset+n} of a demo set of {@code total} contacts ending {@code today}. */
    public static List<ContactDraft> demoDrafts(Logbook logbook, long seed, int n, int total, long offset,
            LocalDate today) {
        var campaigns = logbook.store().read(r -> r.campaigns().list());
        return new DemoData(seed, campaigns).contacts(n, total, offset, today, logbook.zone());
    }
}
