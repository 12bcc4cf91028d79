package org.helplinelogbook.logbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.helplinelogbook.domain.Actor;
import org.helplinelogbook.domain.ChangeFeed;
import org.helplinelogbook.domain.AuditRepository.AuditEntry;
import org.helplinelogbook.domain.LogbookSettings;
import org.helplinelogbook.domain.Role;
import org.helplinelogbook.domain.StaffAccount;
import org.helplinelogbook.domain.Store;
import org.helplinelogbook.domain.Taxonomy;
import org.helplinelogbook.security.DataKey;
import org.helplinelogbook.security.KeySlotException;
import org.helplinelogbook.security.KeySlotFile;
import org.helplinelogbook.security.UnlockFailedException;
import org.helplinelogbook.storage.ConnectionProfile;
import org.helplinelogbook.storage.Database;
import org.helplinelogbook.storage.JdbiStore;
import org.helplinelogbook.storage.StorageException;

/**
 * An unlocked logbook: the one place that holds the data key, the open database and the signed-in actor.
 * Closing it (log out or auto-lock) closes the database, wipes every key and releases the single-writer lock.
 */
public final class Logbook implements AutoCloseable {

    private static final String WRONG_LOGIN = "The username or password is not right.";

    private final Path dataDir;
    private final LogbookLock lock;
    private final KeySlotFile slots;
    private final DataKey key;
    private final Database database;
    private final JdbiStore store;
    private final ZoneId zone;
    private final NoteVault notes;
    private final AuditTrail audit;
    /** Shared logbook only: reads and rewrites the key slots on the server; null for a single-desk logbook. */
    private final Store sharedSlotStore;
    private final ChangeFeed changes;
    private volatile Actor actor;
    private volatile boolean mustChangePassword;
    private volatile Taxonomy taxonomy;
    private boolean closed;

    private Logbook(Path dataDir, LogbookLock lock, KeySlotFile slots, DataKey key, Database database, Actor actor,
            boolean mustChangePassword) {
        this(dataDir, lock, slots, slots, key, database, actor, mustChangePassword);
    }

    /** @param anchor where the audit anchor is kept: the key-slot file, or a shared logbook's desk-local file */
    private Logbook(Path dataDir, LogbookLock lock, KeySlotFile slots, KeySlotFile anchor, DataKey key,
            Database database, Actor actor, boolean mustChangePassword) {
        this.dataDir = dataDir;
        this.lock = lock;
        this.slots = slots;
        this.key = key;
        this.database = database;
        this.zone = JdbiStore.storedZone(database);
        this.store = new JdbiStore(database, zone);
        this.notes = new NoteVault(key);
        this.audit = new AuditTrail(key, anchor);
        this.sharedSlotStore = database.isEmbedded() ? null : store;
        this.changes = database.isEmbedded() ? ChangeFeed.NONE : SharedLogbook.changeFeed(database);
        this.actor = actor;
        this.mustChangePassword = mustChangePassword;
    }

    /** A new logbook and the recovery key, which is shown once and never stored in clear. */
    public record Created(Logbook logbook, String recoveryKey) {}

    public static boolean existsIn(Path dataDir) {
        return KeySlotFile.exists(dataDir) || Database.existsIn(dataDir) || ConnectionProfile.existsIn(dataDir);
    }

    /**
     * The size in bytes of the logbook file in {@code dataDir}, or -1 for a desk of a shared logbook (its data is on
     * the server) or when there is no readable file.
     */
    public static long fileSize(Path dataDir) {
        if (isShared(dataDir)) {
            return -1;
        }
        try {
            return Files.size(Database.h2File(dataDir));
        } catch (IOException e) {
            return -1;
        }
    }

    /** Whether {@code dataDir} is a desk of a logbook shared on a server ({@code server.json}). */
    public static boolean isShared(Path dataDir) {
        return ConnectionProfile.existsIn(dataDir);
    }

    /**
     * Creates a logbook shared by several desks in the (empty) server database of {@code profile}, and makes
     * {@code dataDir} its first desk. The first manager account, taxonomy and recovery key are as for
     * {@link #create}. See {@link SharedLogbook}.
     */
    public static Created createShared(Path dataDir, ConnectionProfile profile, char[] dbPassword, String username,
            char[] password, ZoneId zone) {
        return SharedLogbook.create(dataDir, profile, dbPassword, username, password, zone);
    }

    /**
     * Makes {@code dataDir} a desk of the logbook already on the server; staff then sign in as usual. The database
     * password is kept for the desk (system credential store, else a private file): returns where, or null if it
     * could not be kept (then each sign-in asks for it).
     */
    public static String joinShared(Path dataDir, ConnectionProfile profile, char[] dbPassword) {
        return SharedLogbook.join(dataDir, profile, dbPassword);
    }

    /** Whether this desk of a shared logbook has its database password kept (so sign-in need not ask for it). */
    public static boolean deskPasswordKept(Path dataDir) {
        if (!isShared(dataDir)) {
            return true;
        }
        try {
            var profile = ConnectionProfile.load(dataDir.resolve(ConnectionProfile.FILE_NAME));
            char[] kept = SharedLogbook.passwordStore(dataDir, profile).load().orElse(null);
            if (kept == null) {
                return System.getenv(SharedLogbook.DB_PASSWORD_ENV) != null;
            }
            Arrays.fill(kept, '\0');
            return true;
        } catch (IllegalArgumentException e) {
            return true; // a damaged profile is reported by the sign-in itself
        }
    }

    static Logbook assemble(Path dataDir, LogbookLock lock, KeySlotFile slots, KeySlotFile anchor, DataKey key,
            Database database, Actor actor, boolean mustChangePassword) {
        return new Logbook(dataDir, lock, slots, anchor, key, database, actor, mustChangePassword);
    }

    /** Creates a logbook in {@code dataDir} with its first (manager) account, default taxonomy and example campaigns. */
    public static Created create(Path dataDir, String username, char[] password, ZoneId zone) {
        if (!StaffAccount.isValidUsername(username)) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT,
                    "A username is 2 to 32 letters, digits, dots, dashes or underscores.");
        }
        if (password == null || password.length < StaffAccount.MIN_PASSWORD_LENGTH) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, "A password needs at least 12 characters.");
        }
        if (existsIn(dataDir)) {
            throw new LogbookException(LogbookException.Kind.ALREADY_EXISTS,
                    "A logbook already exists in " + dataDir + ". Nothing was changed.");
        }
        try {
            DataFolder.ensureExists(dataDir);
        } catch (IOException e) {
            throw new LogbookException(LogbookException.Kind.STORAGE, "The folder " + dataDir + " cannot be created.");
        }
        LogbookLock lock = LogbookLock.acquire(dataDir);
        DataKey key = DataKey.generate();
        Database database = null;
        try {
            KeySlotFile slots = KeySlotFile.createNew(dataDir);
            slots.putPasswordSlot(username, Role.MANAGER, password, false, key);
            String recoveryKey = slots.createRecoverySlot(key);
            database = Database.openH2(dataDir, key, true);
            long staffId = LogbookSetup.seed(new JdbiStore(database, zone), username, zone);
            saveSlots(slots);
            var logbook = new Logbook(dataDir, lock, slots, key, database, new Actor(staffId, username, Role.MANAGER), false);
            logbook.record("init", null, null, null);
            return new Created(logbook, recoveryKey);
        } catch (RuntimeException e) {
            if (database != null) {
                database.close();
            }
            key.destroy();
            removeHalfCreated(dataDir);
            lock.close();
            throw e instanceof StorageException s ? storageFailure(s) : e;
        }
    }

    public static Logbook open(Path dataDir, String username, char[] password) {
        return open(dataDir, username, password, null);
    }

    /** @param dbPassword a shared logbook's desk role password; null reads {@code LOGBOOK_DB_PASSWORD} */
    public static Logbook open(Path dataDir, String username, char[] password, char[] dbPassword) {
        if (isShared(dataDir)) {
            return SharedLogbook.unlock(dataDir, slots -> slots.unlock(username, password), username, dbPassword);
        }
        return unlock(dataDir, slots -> slots.unlock(username, password), username);
    }

    /** Opens with the recovery key, acting as the first active manager (for recovery and restore). */
    public static Logbook openWithRecoveryKey(Path dataDir, String recoveryKey) {
        if (isShared(dataDir)) {
            return SharedLogbook.unlock(dataDir, slots -> slots.unlockWithRecoveryKey(recoveryKey), null, null);
        }
        return unlock(dataDir, slots -> slots.unlockWithRecoveryKey(recoveryKey), null);
    }

    interface Unlocker {
        DataKey unlock(KeySlotFile slots);
    }

    static Logbook unlock(Path dataDir, Unlocker unlocker, String username) {
        if (!existsIn(dataDir)) {
            throw new LogbookException(LogbookException.Kind.MISSING, "There is no logbook in " + dataDir + ".");
        }
        LogbookLock lock = LogbookLock.acquire(dataDir);
        DataKey key = null;
        Database database = null;
        try {
            KeySlotFile slots = KeySlotFile.load(dataDir);
            key = unlocker.unlock(slots);
            if (!Database.existsIn(dataDir)) {
                throw new LogbookException(LogbookException.Kind.MISSING,
                        "The logbook's database file is missing from " + dataDir + ".");
            }
            database = Database.openH2(dataDir, key, false);
            return signIn(dataDir, lock, slots, slots, key, database, username);
        } catch (UnlockFailedException e) {
            cleanUp(lock, key, database);
            throw new LogbookException(LogbookException.Kind.AUTHENTICATION, WRONG_LOGIN);
        } catch (KeySlotException e) {
            cleanUp(lock, key, database);
            throw new LogbookException(e.kind() == KeySlotException.Kind.MISSING
                    ? LogbookException.Kind.MISSING : LogbookException.Kind.DAMAGED,
                    e.getMessage() + Backups.damagedAdvice(dataDir));
        } catch (StorageException e) {
            cleanUp(lock, key, database);
            LogbookException failure = storageFailure(e);
            if (failure.kind() == LogbookException.Kind.DAMAGED) {
                // Never deleted or repaired in place: point to the newest backup and a restore into a new folder.
                throw new LogbookException(LogbookException.Kind.DAMAGED, failure.getMessage()
                        + Backups.damagedAdvice(dataDir));
            }
            throw failure;
        } catch (RuntimeException e) {
            cleanUp(lock, key, database);
            throw e;
        }
    }

    /** After the data key is unlocked: finds the active account, checks the audit anchor, records the login. */
    static Logbook signIn(Path dataDir, LogbookLock lock, KeySlotFile slots, KeySlotFile anchor, DataKey key,
            Database database, String username) {
        Store store = new JdbiStore(database, ZoneId.of("UTC"));
        StaffAccount account = store.read(r -> username == null
                ? r.staff().list().stream().filter(a -> a.active() && a.role() == Role.MANAGER).findFirst()
                : r.staff().find(username)).filter(StaffAccount::active)
                .orElseThrow(() -> new LogbookException(LogbookException.Kind.AUTHENTICATION, WRONG_LOGIN));
        var logbook = new Logbook(dataDir, lock, slots, anchor, key, database,
                new Actor(account.id(), account.username(), account.role()),
                username != null && account.mustChangePassword());
        if (!logbook.store.read(logbook.audit::anchorMatches)) {
            logbook.record(AuditTrail.ANCHOR_MISMATCH, null, null, null);
        }
        logbook.record(username == null ? "login_recovery" : "login", null, null, null);
        return logbook;
    }

    static LogbookException storageFailure(StorageException e) {
        LogbookException.Kind kind = switch (e.kind()) {
            case IN_USE -> LogbookException.Kind.IN_USE;
            case MISSING -> LogbookException.Kind.MISSING;
            case DAMAGED -> LogbookException.Kind.DAMAGED;
            case REFUSED -> LogbookException.Kind.AUTHENTICATION;
            default -> LogbookException.Kind.STORAGE;
        };
        var out = new LogbookException(kind, e.getMessage());
        if (e.getCause() != null) {
            out.initCause(e);
        }
        return out;
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

    /** After a failed init, removes only the files init itself wrote (the folder may hold other things). */
    private static void removeHalfCreated(Path dataDir) {
        try (Stream<Path> files = Files.list(dataDir)) {
            files.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(Database.FILE_NAME + ".") || name.startsWith(KeySlotFile.FILE_NAME);
            }).sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // left for the user; init refuses to overwrite it and says so
                }
            });
        } catch (IOException ignored) {
            // nothing to clean
        }
    }

    // ---- Properties

    public Path dataDir() {
        return dataDir;
    }

    public Actor actor() {
        return actor;
    }

    public ZoneId zone() {
        return zone;
    }

    public Store store() {
        checkOpen();
        return store;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Taxonomy taxonomy() {
        Taxonomy t = taxonomy;
        if (t == null) {
            t = store().read(r -> r.taxonomy().load());
            taxonomy = t;
        }
        return t;
    }

    void taxonomyChanged() {
        taxonomy = null;
    }

    void passwordChanged() {
        mustChangePassword = false;
    }

    /** The key slots; for a shared logbook read afresh from the server, so changes from other desks are kept. */
    KeySlotFile slots() {
        return sharedSlotStore == null ? slots : ServerSlots.load(sharedSlotStore);
    }

    /** Contacts changed by any desk (a shared logbook); {@link ChangeFeed#NONE} for a single-desk logbook. */
    public ChangeFeed changes() {
        return changes;
    }

    /** Whether several desks share this logbook on a server. */
    public boolean isShared() {
        return sharedSlotStore != null;
    }

    /**
     * Runs a single-writer job (e.g. a retention purge) at most once per {@code period} across all desks: the
     * desks queue on a server lock, and whoever comes second sees the job already done for that period and
     * skips it. Returns whether this desk ran it. The job's own writes and its "done" mark share one transaction.
     */
    public boolean runOncePer(String job, String period, java.util.function.Consumer<Store.Repositories> work) {
        String mark = "job." + job;
        Boolean ran = writeAudited(r -> {
            r.lockJob(job);
            if (period.equals(r.settings().get(mark).orElse(null))) {
                return false;
            }
            work.accept(r);
            r.settings().put(mark, period);
            return true;
        }, "job", x -> null, job, x -> x ? "ran=1" : "ran=0");
        return ran;
    }

    DataKey key() {
        return key;
    }

    NoteVault notes() {
        return notes;
    }

    Database database() {
        return database;
    }

    // ---- Services

    public ContactService contacts() {
        return new ContactService(this);
    }

    public Retention retention() {
        return new Retention(this);
    }

    public AccountService accounts() {
        return new AccountService(this);
    }

    public TaxonomyService taxonomyService() {
        return new TaxonomyService(this);
    }

    public CampaignService campaigns() {
        return new CampaignService(this);
    }

    public AuditLogService auditLog() {
        return new AuditLogService(this);
    }

    /** A shared logbook's server backup as far as the app knows it (desks make no backup files). */
    public ServerBackups serverBackups() {
        return new ServerBackups(this);
    }

    public AuditTrail auditTrail() {
        return audit;
    }

    /**
     * Reads every row of every table (for verify) and returns the row counts by table.
     *
     * @throws LogbookException DAMAGED or STORAGE when some part cannot be read
     */
    public java.util.SortedMap<String, Long> readEveryRow() {
        checkOpen();
        try {
            return database.readEveryRow();
        } catch (StorageException e) {
            throw storageFailure(e);
        }
    }

    /** Problems found in the audit chain; empty when it verifies. */
    public java.util.List<String> verifyAudit() {
        audit.flush(); // compare against every entry anchored so far, not one the anchor thread is still writing
        return audit.verify(store().read(r -> r.audit().all()));
    }

    /** Whether the daily counts the reports read equal a fresh count of the contacts (they always should). */
    public boolean summaryCountsHold() {
        return store().read(r -> r.summaries().countsAreConsistent());
    }

    /** Recounts the daily counts the reports read from the contacts themselves (audited; managers only). */
    public void recountSummaries() {
        actor().requireManager("recount the summary figures");
        writeAudited(r -> {
            r.summaries().recount();
            return Boolean.TRUE;
        }, "recount_summaries", x -> null, null, x -> null);
    }

    /** Records one audited action in its own durable transaction. */
    public void record(String action, String recordId, String fields, String counts) {
        AuditEntry entry = retryingBusy(() -> store().write(r -> audit.append(r, actorId(), action, recordId, fields,
                counts)));
        audit.anchor(entry);
    }

    /** Runs {@code work} and one audit entry in the same durable transaction, then anchors the chain. */
    <T> T writeAudited(java.util.function.Function<Store.Repositories, T> work, String action,
            java.util.function.Function<T, String> recordId, String fields, java.util.function.Function<T, String> counts) {
        AuditEntry[] entry = new AuditEntry[1];
        T result = retryingBusy(() -> {
            boolean committed = false;
            try {
                T value = store().write(r -> {
                    // Shared logbook: take the chain lock first, so work that creates a month's note key cannot race
                    // another desk doing the same (re-entrant within the transaction; a no-op on H2).
                    r.audit().lockForAppend();
                    T v = work.apply(r);
                    entry[0] = audit.append(r, actorId(), action, recordId.apply(v), fields, counts.apply(v));
                    return v;
                });
                committed = true;
                return value;
            } finally {
                notes.settle(committed); // a month key made in a rolled-back transaction does not exist: forget it
            }
        });
        audit.anchor(entry[0]);
        return result;
    }

    /** Tries after a lock timeout or deadlock on the server, before the failure is reported. */
    static final int BUSY_ATTEMPTS = 3;

    /**
     * Runs one whole transaction again when the server gave up waiting for another desk (a lock timeout or a
     * deadlock: nothing was changed). A desk that died or hangs while holding a lock is cut off by the server within
     * seconds (see PostgresConnections), so a second or third try normally goes through; after that the failure is
     * reported and the caller keeps what the person typed.
     */
    static <T> T retryingBusy(java.util.function.Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (StorageException e) {
                if (e.kind() != StorageException.Kind.BUSY || attempt >= BUSY_ATTEMPTS) {
                    throw e.kind() == StorageException.Kind.BUSY ? busy() : e;
                }
            }
            try {
                Thread.sleep(50L + java.util.concurrent.ThreadLocalRandom.current().nextLong(200));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw busy();
            }
        }
    }

    private static LogbookException busy() {
        return new LogbookException(LogbookException.Kind.STORAGE, "Another desk is holding up the logbook server."
                + " Nothing was saved; try again in a moment.");
    }

    private Long actorId() {
        return actor == null ? null : actor.staffId();
    }

    public String setting(String name, String fallback) {
        return store().read(r -> r.settings().get(name)).orElse(fallback);
    }

    public int autoLockMinutes() {
        return clamp(Integer.parseInt(setting(LogbookSettings.AUTO_LOCK_MINUTES,
                String.valueOf(LogbookSettings.AUTO_LOCK_DEFAULT))), LogbookSettings.AUTO_LOCK_MIN, LogbookSettings.AUTO_LOCK_MAX);
    }

    public int retentionMonths() {
        return clamp(Integer.parseInt(setting(LogbookSettings.RETENTION_MONTHS,
                String.valueOf(LogbookSettings.RETENTION_DEFAULT))), LogbookSettings.RETENTION_MIN, LogbookSettings.RETENTION_MAX);
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    /** Managers change settings; the change is audited by name only. */
    public void changeSetting(String name, String value) {
        actor.requireManager("change settings");
        writeAudited(r -> {
            r.settings().put(name, value);
            return name;
        }, "setting", n -> n, name, n -> null);
    }

    private void checkOpen() {
        if (closed) {
            throw new LogbookException(LogbookException.Kind.AUTHENTICATION, "The logbook is locked. Sign in again.");
        }
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    /**
     * Records a {@code compact} audit entry, then closes the logbook after H2 has rewritten its file with only the
     * live pages (managers only). The logbook is closed afterwards even if compacting fails.
     */
    public synchronized void compactAndClose() {
        actor().requireManager("compact the logbook file");
        record("compact", null, null, null);
        close(true);
    }

    /** Closes the database, wipes every key from memory and releases the logbook for other programs. */
    @Override
    public synchronized void close() {
        close(false);
    }

    private void close(boolean compact) {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (changes instanceof AutoCloseable feed) {
                try {
                    feed.close();
                } catch (Exception ignored) {
                    // listeners stop on their own once the pool is closed
                }
            }
            boolean shredOwed = shredCompactionOwed();
            if (compact || shredOwed) {
                try {
                    database.closeCompacting();
                    if (shredOwed) {
                        settleShredCompaction();
                    }
                } catch (StorageException e) {
                    throw storageFailure(e);
                }
            } else {
                database.close();
            }
        } finally {
            notes.wipe();
            audit.close();
            key.destroy();
            lock.close();
        }
    }

    /**
     * Whether note text, a draft or a note key was removed since the file was last rewritten ({@code
     * Retention.oweRewrite}). Only the embedded file keeps old pages; a shared logbook's server has its own (see
     * docs/threat-model-server.md).
     */
    private boolean shredCompactionOwed() {
        try {
            return database.isEmbedded() && store.read(r -> r.settings().get(LogbookSettings.SHRED_COMPACTION_OWED))
                    .map("true"::equals).orElse(false);
        } catch (RuntimeException e) {
            return false; // closing must go on; the next close tries again
        }
    }

    /**
     * After the rewrite: opens the file once more to record that nothing is owed. Recorded only now, so a crash during
     * the rewrite leaves the compaction owed and the next close does it again.
     */
    private void settleShredCompaction() {
        try (Database again = Database.openH2(dataDir, key, false)) {
            new JdbiStore(again, zone).write(r -> {
                r.settings().put(LogbookSettings.SHRED_COMPACTION_OWED, "false");
                return null;
            });
        }
    }

    /** Writes keyslots.json atomically; a failure leaves the previous file intact and says so plainly. */
    static void saveSlots(KeySlotFile slots) {
        try {
            slots.save();
        } catch (IOException e) {
            throw new LogbookException(LogbookException.Kind.STORAGE,
                    "The key file could not be written (is the disk full or read-only?). The change was not made.");
        }
    }

    static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
