package org.helplinelogbook.logbook;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.helplinelogbook.domain.Actor;
import org.helplinelogbook.domain.Role;
import org.helplinelogbook.domain.StaffAccount;
import org.helplinelogbook.domain.Store;
import org.helplinelogbook.security.DataKey;
import org.helplinelogbook.security.KeySlotException;
import org.helplinelogbook.security.KeySlotFile;
import org.helplinelogbook.security.NoteKeyring;
import org.helplinelogbook.security.SlotKeys;
import org.helplinelogbook.security.UnlockFailedException;
import org.helplinelogbook.storage.Database;
import org.helplinelogbook.storage.JdbiStore;
import org.helplinelogbook.storage.StorageException;

/**
 * Unlocking a logbook into a {@link Logbook} session: the data key from a key slot, the database opened with it, the
 * account signed in and the audit anchor checked. Everything taken along the way (lock, key, database) is given back
 * if any step fails. A shared logbook's desks go through {@link SharedLogbook}, which reuses {@link #signIn}.
 * Creating a logbook or joining a shared one is {@link LogbookSetup}.
 */
public final class LogbookOpening {

    static final String WRONG_LOGIN = "The username or password is not right.";

    /** Turns a key slot into the data key (password, recovery key or a backup's raw key). */
    interface Unlocker {
        KeySlotFile.Unlocked unlock(KeySlotFile slots);
    }

    private static final AtomicBoolean PREWARMED = new AtomicBoolean();

    private LogbookOpening() {}

    /**
     * Signs {@code username} in to the logbook in {@code dataDir} (a single-desk file or a desk of a shared one).
     *
     * @throws LogbookException AUTHENTICATION for a wrong name or password, MISSING, IN_USE, DAMAGED, ...
     */
    public static Logbook open(Path dataDir, String username, char[] password) {
        return open(dataDir, username, password, null);
    }

    /** @param dbPassword a shared logbook's desk role password; null reads {@code LOGBOOK_DB_PASSWORD} */
    public static Logbook open(Path dataDir, String username, char[] password, char[] dbPassword) {
        Logbook logbook = DataFolder.isSharedDesk(dataDir)
                ? SharedLogbook.unlock(dataDir, slots -> slots.unlockWithKeys(username, password), username, dbPassword)
                : unlock(dataDir, slots -> slots.unlockWithKeys(username, password), username);
        NoteKeyEnrolment.completeSlot(logbook, password);
        return logbook;
    }

    /** Opens with the recovery key, acting as the first active manager (for recovery and restore). */
    public static Logbook openWithRecoveryKey(Path dataDir, String recoveryKey) {
        if (DataFolder.isSharedDesk(dataDir)) {
            return SharedLogbook.unlock(dataDir, slots -> slots.unlockWithRecoveryKeyAndKeys(recoveryKey), null, null);
        }
        return unlock(dataDir, slots -> slots.unlockWithRecoveryKeyAndKeys(recoveryKey), null);
    }

    /**
     * Once per process, in a background thread: runs what opening a logbook runs (the key slot's Argon2id and
     * AES-GCM, the encrypted storage, migrations, queries) on throwaway data in memory, while the person types their
     * password, so the sign-in itself runs compiled code. Touches no logbook.
     */
    public static void prewarmInBackground() {
        prewarmInBackground(() -> { });
    }

    /**
     * The same, then {@code andThen} in the same thread (the desktop app builds its main window's first stand-in
     * there: one background thread while the password is typed, not two competing for the cores). Neither runs
     * when the prewarm already ran in this process.
     */
    public static void prewarmInBackground(Runnable andThen) {
        if (PREWARMED.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                warm();
                andThen.run();
            }, "prewarm");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            t.start();
        }
    }

    /** The same, in this thread (the sign-in benchmark). */
    public static void prewarm() {
        PREWARMED.set(true);
        warm();
    }

    private static void warm() {
        KeySlotFile.prewarm();
        Database.prewarm();
        NotesPolicy.prewarm();
    }

    /** Opens within {@link BoundedOpen#limit()}: never a silent hang, whatever the database engine does. */
    static Logbook unlock(Path dataDir, Unlocker unlocker, String username) {
        var opened = new AtomicReference<Database>();
        return BoundedOpen.within(dataDir, () -> unlockNow(dataDir, unlocker, username, opened::set), () -> {
            Database stuck = opened.get();
            if (stuck != null) {
                stuck.abandon(); // ends the engine's stuck work; the open then fails and lets go of the folder
            }
        });
    }

    private static Logbook unlockNow(Path dataDir, Unlocker unlocker, String username,
            Consumer<Database> opened) {
        if (!DataFolder.holdsLogbook(dataDir)) {
            throw new LogbookException(LogbookException.Kind.MISSING, "There is no logbook in " + dataDir + ".");
        }
        LogbookLock lock = LogbookLock.acquire(dataDir);
        DataKey key = null;
        SlotKeys noteKeys = SlotKeys.NONE;
        Database database = null;
        try {
            KeySlotFile slots = KeySlotFile.load(dataDir);
            KeySlotFile.Unlocked unlocked = unlocker.unlock(slots);
            key = unlocked.dataKey();
            noteKeys = unlocked.keys();
            if (!Database.existsIn(dataDir)) {
                throw new LogbookException(LogbookException.Kind.MISSING,
                        "The logbook's database file is missing from " + dataDir + ".");
            }
            database = Database.openH2(dataDir, key, false);
            opened.accept(database);
            return signIn(dataDir, lock, slots, slots, key, noteKeys, database, username);
        } catch (UnlockFailedException e) {
            cleanUp(lock, key, database);
            throw new LogbookException(LogbookException.Kind.AUTHENTICATION, WRONG_LOGIN);
        } catch (KeySlotException e) {
            cleanUp(lock, key, database);
            throw new LogbookException(e.kind() == KeySlotException.Kind.MISSING
                    ? LogbookException.Kind.MISSING : LogbookException.Kind.DAMAGED,
                    e.getMessage() + Backups.damagedAdvice(dataDir));
        } catch (StorageException e) {
            noteKeys.wipe();
            cleanUp(lock, key, database);
            LogbookException failure = LogbookException.of(e);
            if (failure.kind() == LogbookException.Kind.DAMAGED) {
                // Never deleted or repaired in place: point to the newest backup and a restore into a new folder.
                throw new LogbookException(LogbookException.Kind.DAMAGED, failure.getMessage()
                        + Backups.damagedAdvice(dataDir));
            }
            throw failure;
        } catch (RuntimeException e) {
            noteKeys.wipe();
            cleanUp(lock, key, database);
            throw e;
        }
    }

    /**
     * After the data key is unlocked: finds the active account, takes its note keys, destroys author day keys of days
     * that are over (ADR 2), checks the audit anchor, records the login
     * (on a single-desk logbook; on a shared one only a recovery-key sign-in).
     */
    static Logbook signIn(Path dataDir, LogbookLock lock, KeySlotFile slots, KeySlotFile anchor, DataKey key,
            SlotKeys noteKeys, Database database, String username) {
        Store store = new JdbiStore(database, ZoneId.of("UTC"));
        StaffAccount account = store.read(r -> username == null
                ? r.staff().list().stream().filter(a -> a.active() && a.role() == Role.MANAGER).findFirst()
                : r.staff().find(username)).filter(StaffAccount::active)
                .orElseThrow(() -> new LogbookException(LogbookException.Kind.AUTHENTICATION, WRONG_LOGIN));
        var logbook = Logbook.assemble(dataDir, lock, slots, anchor, key, database,
                new Actor(account.id(), account.username(), account.role()),
                username != null && account.mustChangePassword());
        logbook.notes().useKeys(new NoteKeyring(account.id(), noteKeys));
        if (!logbook.store().read(logbook.auditTrail()::anchorMatches)) {
            logbook.record(AuditActions.ANCHOR_MISMATCH, null, null, null);
        }
        Consumer<Store.Repositories> pastDayKeys =
                r -> logbook.notes().destroyPastDayKeys(r, LocalDate.now(logbook.zone()));
        String signInEntry = signInEntry(username, logbook.isShared());
        if (signInEntry == null) {
            logbook.store().writeAll(pastDayKeys);
        } else {
            // One durable transaction for both: each waits for its sync, and the sign-in waited for two
            // (docs/benchmarks.md, "Sign-in in a fresh start", fifth round).
            logbook.writes().write(r -> {
                pastDayKeys.accept(r);
                return null;
            }, signInEntry, none -> null, null, none -> null);
        }
        return logbook;
    }

    /** The audit entry a sign-in writes, or null for none. */
    private static String signInEntry(String username, boolean shared) {
        if (username == null) {
            return AuditActions.LOGIN_RECOVERY;
        }
        // A shared logbook's audit log is readable by the server's administrator: a "login" entry per sign-in
        // would hand them every staff member's working hours, which no one in the office needs from the server
        // (docs/threat-model-server.md). The recovery key's use above is still recorded everywhere.
        return shared ? null : AuditActions.LOGIN;
    }

    static void cleanUp(LogbookLock lock, DataKey key, Database database) {
        if (database != null) {
            database.close();
        }
        if (key != null) {
            key.destroy();
        }
        lock.close();
    }

    /**
     * Writes keyslots.json atomically (a shared logbook: the server's row, CONFLICT if another desk changed it); a
     * failure leaves the previous slots intact and says so plainly.
     */
    static void saveSlots(KeySlotFile slots) {
        try {
            slots.save();
        } catch (StorageException e) {
            throw LogbookException.of(e);
        } catch (IOException e) {
            throw new LogbookException(LogbookException.Kind.STORAGE,
                    "The key file could not be written (is the disk full or read-only?). The change was not made.");
        }
    }
}
