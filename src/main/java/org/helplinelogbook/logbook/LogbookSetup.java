package org.helplinelogbook.logbook;

import java.time.ZoneId;
import org.helplinelogbook.domain.LogbookSettings;
import org.helplinelogbook.domain.Role;
import org.helplinelogbook.domain.Store;

/** What a new logbook starts with: the first manager, the logbook's zone, the default taxonomy and example campaigns. */
final class LogbookSetup {

    private LogbookSetup() {}

    static long seed(Store store, String managerName, ZoneId zone) {
        return store.write(r -> {
            long id = r.staff().insert(managerName, Role.MANAGER, false);
            r.settings().put(LogbookSettings.ZONE, zone.getId());
            r.settings().put(LogbookSettings.AUTO_LOCK_MINUTES, String.valueOf(LogbookSettings.AUTO_LOCK_DEFAULT));
            r.settings().put(LogbookSettings.RETENTION_MONTHS, String.valueOf(LogbookSettings.RETENTION_DEFAULT));
            Seeds.taxonomy().forEach(r.taxonomy()::save);
            r.taxonomy().bumpVersion();
            Seeds.campaigns().forEach(r.campaigns()::insert);
            return id;
        });
    }
}
