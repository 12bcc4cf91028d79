package org.helplinelogbook.logbook;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.helplinelogbook.domain.Actor;
import org.helplinelogbook.domain.ContactRepository.SealedNote;
import org.helplinelogbook.domain.ContactRow;
import org.helplinelogbook.domain.Store;
import org.helplinelogbook.security.NoteVault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The upgrade of a logbook's notes to reading keys (issue 20, ADR 2): notes sealed before it, under the month key
 * alone (which every worker's data key unwraps), are re-sealed so that only managers can open them. It runs at a
 * manager's sign-in, in the background (the desktop runs the sign-in chores off the screen thread), and reports
 * progress as counts only.
 *
 * <p>Crash-safe by construction: notes are replaced a batch per transaction, each only if its sealed bytes are
 * still the ones that were read (an edit in between wins). A kill at any point leaves every note readable, in the
 * old scheme or the new one, and the next manager sign-in carries on with those still in the old one. The old
 * ciphertexts stay in H2's free space until the file is rewritten, which the next close then does.
 */
public final class NoteUpgrade {

    private static final Logger LOG = LoggerFactory.getLogger(NoteUpgrade.class);
    static final int BATCH = 100;

    /** How far the upgrade is: notes re-sealed of those found in the old scheme when it started. */
    public record Progress(long done, long total) {

        /** Whole percent done (100 when there was nothing to do). */
        public int percent() {
            return total <= 0 ? 100 : (int) Math.min(100, done * 100 / total);
        }
    }

    /**
     * Passes on only the first report, the last, and the first one at or past each further {@code stepPercent}: a
     * large upgrade reports after every batch of 100, which would flood a screen or a terminal. The front ends
     * (desktop status line, CLI stderr) use it so both say the same thing at the same points.
     */
    public static Consumer<Progress> inSteps(int stepPercent, Consumer<Progress> to) {
        if (stepPercent < 1) {
            throw new IllegalArgumentException("stepPercent must be at least 1");
        }
        int[] lastStep = {-1};
        return p -> {
            int step = p.percent() / stepPercent;
            boolean last = p.done() >= p.total();
            if (step > lastStep[0] || last && lastStep[0] != Integer.MAX_VALUE) {
                lastStep[0] = last ? Integer.MAX_VALUE : step;
                to.accept(p);
            }
        };
    }


    private final Store store;
    private final AuditedWrites writes;
    private final Actor actor;
    private final NoteVault vault;

    NoteUpgrade(Store store, AuditedWrites writes, Actor actor, NoteVault vault) {
        this.store = store;
        this.writes = writes;
        this.actor = actor;
        this.vault = vault;
    }

    /** How many notes are still sealed under the month key alone. */
    public long remaining() {
        return store.read(r -> r.contacts().countNotesInScheme(ContactRow.SCHEME_MONTH_KEY));
    }

    /** Whether this session should run it: a manager whose slot holds the managers' key, and notes left. */
    public boolean isDue() {
        return actor.isManager() && vault.keyring().sealsForManagers() && remaining() > 0;
    }

    /** Re-seals every note still in the old scheme; returns how many were re-sealed. Reports after each batch. */
    public long run(Consumer<Progress> progress) {
        return run(progress, BATCH);
    }

    /** @param batch notes per transaction (a smaller one lets a test kill the upgrade between two of them) */
    long run(Consumer<Progress> progress, int batch) {
        if (!isDue()) {
            return 0;
        }
        long total = remaining();
        long done = 0;
        UUID after = null;
        progress.accept(new Progress(0, total));
        LOG.info("Re-sealing {} notes with reading keys", total);
        while (true) {
            UUID from = after;
            List<SealedNote> notes = store.read(r -> r.contacts().notesInScheme(
                    ContactRow.SCHEME_MONTH_KEY, from, batch));
            if (notes.isEmpty()) {
                break;
            }
            after = notes.get(notes.size() - 1).id();
            done += reseal(notes);
            progress.accept(new Progress(done, total));
        }
        if (done < total) {
            // The rest were edited (and so sealed anew) or shredded meanwhile: nothing is left of what was found,
            // and a status line waiting for "total of total" must still hear that the upgrade has ended.
            progress.accept(new Progress(total, total));
        }
        long resealed = done;
        writes.write(r -> {
            if (resealed > 0) {
                Retention.oweRewrite(r); // the old ciphertexts, readable under the month keys, are in the free space
            }
            return resealed;
        }, AuditActions.NOTES_UPGRADED, x -> null, "notes", n -> "notes=" + n);
        LOG.info("Re-sealed {} of {} notes", done, total);
        return done;
    }

    /** One batch in one transaction; how many were re-sealed (not those changed meanwhile or already shredded). */
    private int reseal(List<SealedNote> notes) {
        return store.write(r -> {
            int resealed = 0;
            for (SealedNote note : notes) {
                byte[] upgraded;
                try {
                    upgraded = vault.upgrade(r, note.noteKeyId(), note.id(), note.version(), note.sealed());
                } catch (NoteVault.Refused refused) {
                    throw LogbookException.of(refused);
                }
                if (upgraded != null && r.contacts().resealNotesIfUnchanged(note.id(), note.sealed(), upgraded,
                        ContactRow.SCHEME_READING_KEYS)) {
                    resealed++;
                }
            }
            return resealed;
        });
    }
}
