package org.helplinelogbook.logbook;

import java.util.function.Consumer;
import org.helplinelogbook.domain.Store;

/**
 * What tests outside this package may see of a session that the front ends may not: the repositories (to check what a
 * use case wrote, its audit entries say, or to set up a state no service makes), the audited writes and the audit
 * anchor. Lives in src/test only, so the production code of ui and cli cannot reach {@link Logbook#store()}.
 */
public final class LogbookTestAccess {

    private LogbookTestAccess() {}

    public static Store store(Logbook logbook) {
        return logbook.store();
    }

    /** Waits until the audit anchor, written off the saving thread, is on disk (before comparing files). */
    public static void flushAuditAnchor(Logbook logbook) {
        logbook.auditTrail().flush();
    }

    /** The server-wide single-writer job of {@link AuditedWrites#runOncePer}, which no front end may run itself. */
    public static boolean runOncePer(Logbook logbook, String job, String period, Consumer<Store.Repositories> work) {
        return logbook.writes().runOncePer(job, period, work);
    }
}
