package org.helplinelogbook.logbook;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.helplinelogbook.domain.Actor;
import org.helplinelogbook.domain.ContactRepository.SealedNote;
import org.helplinelogbook.domain.LogbookSettings;
import org.helplinelogbook.domain.NoteKeyRepository.NoteKey;
import org.helplinelogbook.domain.Store;
import org.helplinelogbook.security.NoteVault;

/**
 * Retention by crypto-shredding: a month's notes are removed by destroying that month's note key, which works
 * even though H2 keeps deleted bytes in its free space. Coded fields (caller type, topics, outcomes, times) are
 * untouched, so every count stays the same. Held notes (safeguarding hold) are first resealed under the permanent
 * hold key. The whole purge is one audited transaction on the single-writer path; the audit entry holds counts only.
 */
public final class Retention {

    /** What a purge did: months whose key was destroyed, notes made unreadable, held notes kept. */
    public record Result(int months, int notesShredded, int notesKept) {
        String counts() {
            return "months=" + months + ",notes=" + notesShredded + ",held=" + notesKept;
        }
    }


    private final Store store;
    private final AuditedWrites writes;
    private final Actor actor;
    private final ZoneId zone;
    private final NoteVault vault;
    private final SettingsService settings;

    Retention(Store store, AuditedWrites writes, Actor actor, ZoneId zone, NoteVault vault, SettingsService settings) {
        this.store = store;
        this.writes = writes;
        this.actor = actor;
        this.zone = zone;
        this.vault = vault;
        this.settings = settings;
    }

    /**
     * The first month whose notes are kept, for a retention of {@code months} on {@code today}. A month is shredded
     * as soon as its first day is {@code months} old, so no note is ever kept longer than promised (the newest note
     * of a shredded month is at least {@code months - 1} months old).
     */
    public static YearMonth cutoff(LocalDate today, int months) {
        return YearMonth.from(today).minusMonths(months - 1L);
    }

    /** At manager sign-in or app start: shreds months older than the retention setting. Null when nothing was due. */
    public Result purgeExpired(LocalDate today) {
        if (!actor.isManager()) {
            return null;
        }
        YearMonth cutoff = cutoff(today, settings.retentionMonths());
        return isDue(cutoff) ? purgeNotesOlderThan(cutoff) : null;
    }

    /** True when some month before {@code cutoff} still has a key, or a released note is still readable. */
    boolean isDue(YearMonth cutoff) {
        return store.read(r -> !expiredMonths(r, cutoff).isEmpty()
                || r.contacts().clearReleasedNotesIsNeeded(NoteVault.HOLD_KEY_ID, cutoff.atDay(1)));
    }

    /**
     * Shreds the notes of every month before {@code cutoff} (managers only). {@code cutoff} may be at most the
     * current month: the month being logged now cannot be shredded.
     */
    public Result purgeNotesOlderThan(YearMonth cutoff) {
        actor.requireManager("remove old notes");
        YearMonth current = YearMonth.now(zone);
        if (cutoff.isAfter(current)) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT,
                    "Notes can only be removed for months before the current one (" + current + ").");
        }
        return writes.write(r -> {
            r.lockJob("purge-notes"); // shared logbook: desks purge one after another; the later ones find nothing left
            int months = 0;
            int shredded = 0;
            int kept = 0;
            for (String keyId : expiredMonths(r, cutoff)) {
                for (SealedNote held : r.contacts().heldNotesUnder(keyId)) {
                    // Throws (and the purge is rolled back) if this account cannot open a held note: its month key
                    // must never be destroyed before the note has moved to the hold key.
                    byte[] resealed;
                    try {
                        resealed = vault.reseal(r, keyId, NoteVault.HOLD_KEY_ID, held.id(), held.version(),
                                held.sealed(), held.scheme());
                    } catch (NoteVault.Refused refused) {
                        throw LogbookException.of(refused);
                    }
                    if (resealed != null) {
                        r.contacts().resealNotes(held.id(), NoteVault.HOLD_KEY_ID, resealed);
                        kept++;
                    }
                }
                vault.destroy(r.noteKeys(), keyId);
                // The destroyed key is what makes them unreadable; removing the ciphertext is defence in depth.
                shredded += r.contacts().clearNotesUnder(keyId);
                months++;
            }
            shredded += r.contacts().clearReleasedNotesUnder(NoteVault.HOLD_KEY_ID, cutoff.atDay(1));
            if (months > 0 || shredded > 0) {
                oweRewrite(r);
            }
            return new Result(months, shredded, kept);
        }, AuditActions.PURGE, x -> null, "notes", Result::counts);
    }

    /**
     * Note text, a draft or a note key was just replaced or removed: its old pages stay in H2's free space, readable with a staff
     * password, until the file is rewritten, which the logbook's next close then does (see {@code Logbook.close}).
     */
    static void oweRewrite(Store.Repositories r) {
        if (!"true".equals(r.settings().get(LogbookSettings.SHRED_COMPACTION_OWED).orElse(null))) {
            r.settings().put(LogbookSettings.SHRED_COMPACTION_OWED, "true"); // once: autosaves come every few seconds
        }
    }

    /** Month keys (yyyy-MM) before {@code cutoff} that still exist; never the hold key. */
    private static List<String> expiredMonths(Store.Repositories r, YearMonth cutoff) {
        return r.noteKeys().list().stream().filter(k -> !k.destroyed()).map(NoteKey::keyId)
                .filter(id -> isMonthBefore(id, cutoff)).toList();
    }

    private static boolean isMonthBefore(String keyId, YearMonth cutoff) {
        try {
            return YearMonth.parse(keyId).isBefore(cutoff);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
