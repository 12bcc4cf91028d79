package org.helplinelogbook.logbook;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.IntConsumer;
import org.helplinelogbook.domain.Actor;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.domain.LogbookSettings;
import org.helplinelogbook.domain.Store;

/**
 * Filling a logbook with realistic synthetic contacts ({@link DemoData}) for trying the app: the desktop's "Load demo
 * data" and the CLI's {@code demo}. Managers only, and only into a logbook that holds no real contacts.
 */
public final class DemoService {

    private final Store store;
    private final Actor actor;
    private final ZoneId zone;
    private final SettingsService settings;
    private final ContactService contacts;

    DemoService(Store store, Actor actor, ZoneId zone, SettingsService settings, ContactService contacts) {
        this.store = store;
        this.actor = actor;
        this.zone = zone;
        this.settings = settings;
        this.contacts = contacts;
    }

    /**
     * Generates {@code count} contacts ending today and saves them in batches, oldest first; returns how many were
     * saved. Deterministic for a given seed and "today".
     */
    public long generate(int count, long seed, IntConsumer progress) {
        actor.requireManager("add demo data");
        markAsDemo();
        var campaigns = store.read(r -> r.campaigns().list());
        return new DemoData(seed, campaigns).saveInBatches(count, LocalDateTime.now(zone), contacts, progress);
    }

    /**
     * Demo contacts go only into a logbook that holds no real ones: an empty logbook, or one already marked as a
     * demo logbook. The mark is set first, so the title bar and every export say "demo" from then on.
     */
    private void markAsDemo() {
        if (settings.isDemo()) {
            return;
        }
        if (contacts.count(ContactFilter.ALL) > 0) {
            throw new LogbookException(LogbookException.Kind.NOT_ALLOWED, "This logbook already holds real contacts, and"
                    + " demo contacts would mix with them and change every figure. Make a new logbook for the demo"
                    + " (for example with --data pointing at a new folder).");
        }
        settings.change(LogbookSettings.DEMO_LOGBOOK, "true");
    }
}
