package org.helplinelogbook.logbook;

import java.time.LocalDate;
import java.util.Map;
import org.helplinelogbook.security.KeySlotFile;

/**
 * Test support for issue 20 from other packages (the shared-logbook tests): what the first sign-in of tomorrow
 * does to author day keys, and a logbook's key slots put back as the release before reading keys wrote them.
 */
public final class ReadingKeysForTests {

    private ReadingKeysForTests() {}

    /** What the first sign-in of tomorrow does: every author day key of today and before is destroyed. */
    public static int endTheDay(Logbook logbook) {
        return logbook.store().write(r -> Integer.valueOf(logbook.notes().destroyPastDayKeys(r,
                LocalDate.now(logbook.zone()).plusDays(1))));
    }

    /**
     * Rewrites the given accounts' slots without note keys, as slots were before V43 (the caller also removes the
     * published public key, so the next sign-ins seal in scheme 1 until a manager makes a new pair).
     */
    public static void slotsAsBeforeReadingKeys(Logbook signedIn, Map<String, char[]> passwords) {
        KeySlotFile slots = signedIn.slots();
        synchronized (slots) {
            passwords.forEach((username, password) -> slots.putPasswordSlot(username,
                    slots.slot(username).orElseThrow().role(), password.clone(), false, signedIn.key()));
            LogbookOpening.saveSlots(slots);
        }
    }

    /** The given codewords' stored values put back as the release before the slow hash stored them (keyed hash). */
    public static void codewordsAsBeforeSlowHash(Logbook logbook, java.util.List<String> codes) {
        CodewordHashingTest.makeLegacy(logbook, codes);
    }
}
