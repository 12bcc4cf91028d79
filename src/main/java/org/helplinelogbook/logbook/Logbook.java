package org.helplinelogbook.logbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Function;
import org.helplinelogbook.domain.Actor;
import org.helplinelogbook.domain.ChangeFeed;
import org.helplinelogbook.domain.Store;
import org.helplinelogbook.domain.Taxonomy;
import org.helplinelogbook.report.ReportService;
import org.helplinelogbook.security.AuditTrail;
import org.helplinelogbook.security.CallerCodeHasher;
import org.helplinelogbook.security.DataKey;
import org.helplinelogbook.security.KeySlotFile;
import org.helplinelogbook.security.NoteVault;
import org.helplinelogbook.storage.ConnectionProfile;
import org.helplinelogbook.storage.Database;
import org.helplinelogbook.storage.JdbiStore;
import org.helplinelogbook.storage.ServerSlots;
import org.helplinelogbook.storage.StorageException;

/**
 * An unlocked logbook: the session that holds the data key, the open database and the signed-in actor, and hands
 * out the services (made once per session) that are the front ends' only door. Closing it (log out or auto-lock)
 * closes the database, wipes every key and releases the single-writer lock. Creating and unlocking live in
 * {@link LogbookOpening}, the audited write in {@link AuditedWrites}, the rewrite owed at close in
 * {@link ShredCompaction}.
 */
public final class Logbook implements AutoCloseable {

    private final Path dataDir;
    private final LogbookLock lock;
    private final KeySlotFile slots;
    private final DataKey key;
    private final Database database;
    private final JdbiStore store;
    private final ZoneId zone;
    private final NoteVault notes;
    private final CallerCodeHasher codes;
    private final AuditTrail audit;
    private final AuditedWrites writes;
    /** Shared logbook only: reads and rewrites the key slots on the server; null for a single-desk logbook. */
    private final Store sharedSlotStore;
    private final ChangeFeed changes;
    /** The repositories as the services see them: refusing once the logbook is locked. */
    private final SessionStore open;
    private final Actor actor;
    private volatile boolean mustChangePassword;
    private final TaxonomyCache taxonomy;
    private final ListChanges listChanges = new ListChanges();
    private volatile boolean closed;

    private final ContactService contacts;
    private final NotesReviewService notesReview;
    private final Retention retention;
    private final AccountService accounts;
    private final TaxonomyService taxonomyService;
    private final CampaignService campaigns;
    private final AuditLogService auditLog;
    private final FiguresService figures;
    private final ExportService exports;
    private final SettingsService settings;
    private final VerificationService verification;
    private final NoteUpgrade noteUpgrade;
    private final ServerBackups serverBackups;

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
        this.notes = new NoteVault(key, zone, Retention::oweRewrite);
        this.codes = new CallerCodeHasher(key, store);
        this.audit = new AuditTrail(key, anchor);
        this.open = new SessionStore(store, () -> closed);
        this.writes = new AuditedWrites(open, audit, actor, notes::settle);
        this.sharedSlotStore = database.isEmbedded() ? null : store;
        this.changes = database.changeFeed();
        this.actor = actor;
        this.mustChangePassword = mustChangePassword;
        this.taxonomy = new TaxonomyCache(open);
        // Each service gets what it needs, once: none of them calls back into the session.
        ReportService reports = new ReportService(store, zone);
        this.contacts = new ContactService(open, writes, actor, zone, taxonomy, notes, codes, key);
        this.notesReview = new NotesReviewService(writes, actor, zone, contacts);
        this.settings = new SettingsService(open, writes, actor);
        this.retention = new Retention(open, writes, actor, zone, notes, settings);
        this.accounts = new AccountService(open, writes, actor, notes, key, this::slots, this::passwordChanged,
                listChanges);
        this.taxonomyService = new TaxonomyService(open, writes, actor, taxonomy, listChanges);
        this.campaigns = new CampaignService(open, writes, actor, listChanges);
        this.verification = new VerificationService(open, writes, actor, audit, dataDir, database);
        this.auditLog = new AuditLogService(open, actor, verification);
        this.figures = new FiguresService(writes, actor, reports);
        this.exports = new ExportService(writes, actor, dataDir, reports);
        this.noteUpgrade = new NoteUpgrade(open, writes, actor, notes);
        this.serverBackups = new ServerBackups(writes, actor, settings);
    }

    static Logbook assemble(Path dataDir, LogbookLock lock, KeySlotFile slots, KeySlotFile anchor, DataKey key,
            Database database, Actor actor, boolean mustChangePassword) {
        return new Logbook(dataDir, lock, slots, anchor, key, database, actor, mustChangePassword);
    }

    // ---- Creating and opening (see LogbookOpening and SharedLogbook)

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
            return Files.size(file(dataDir));
        } catch (IOException e) {
            return -1;
        }
    }

    /** The logbook file of a single-desk logbook in {@code dataDir} (for messages; it may not exist). */
    public static Path file(Path dataDir) {
        return Database.h2File(dataDir);
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

    /**
     * As {@link #joinShared(Path, ConnectionProfile, char[])} from what a person types: the server's address as
     * {@code postgresql://ROLE@HOST:PORT/DATABASE?...}, and the office CA certificate file when the address does not
     * name it. A malformed address or a weaker {@code sslmode} is INVALID_INPUT, as for the CLI's {@code join}.
     */
    public static String joinShared(Path dataDir, String serverUrl, Path caCertificate, char[] dbPassword) {
        ConnectionProfile profile;
        try {
            profile = ConnectionProfile.parseUrl(withCa(serverUrl == null ? "" : serverUrl.strip(), caCertificate));
        } catch (IllegalArgumentException e) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, e.getMessage());
        }
        return joinShared(dataDir, profile, dbPassword);
    }

    private static String withCa(String url, Path ca) {
        if (ca == null || url.contains("sslrootcert=")) {
            return url;
        }
        String encoded = java.net.URLEncoder.encode(ca.toAbsolutePath().toString(), java.nio.charset.StandardCharsets.UTF_8);
        return url + (url.contains("?") ? "&" : "?") + "sslrootcert=" + encoded;
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

    /** Creates a logbook in {@code dataDir} with its first (manager) account, default taxonomy and example campaigns. */
    public static Created create(Path dataDir, String username, char[] password, ZoneId zone) {
        return LogbookOpening.create(dataDir, username, password, zone);
    }

    private static final java.util.concurrent.atomic.AtomicBoolean PREWARMED = new java.util.concurrent.atomic.AtomicBoolean();

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
        org.helplinelogbook.storage.Database.prewarm();
    }

    public static Logbook open(Path dataDir, String username, char[] password) {
        return open(dataDir, username, password, null);
    }

    /** @param dbPassword a shared logbook's desk role password; null reads {@code LOGBOOK_DB_PASSWORD} */
    public static Logbook open(Path dataDir, String username, char[] password, char[] dbPassword) {
        Logbook logbook = isShared(dataDir)
                ? SharedLogbook.unlock(dataDir, slots -> slots.unlockWithKeys(username, password), username, dbPassword)
                : LogbookOpening.unlock(dataDir, slots -> slots.unlockWithKeys(username, password), username);
        NoteKeyEnrolment.completeSlot(logbook, password);
        return logbook;
    }

    /** Opens with the recovery key, acting as the first active manager (for recovery and restore). */
    public static Logbook openWithRecoveryKey(Path dataDir, String recoveryKey) {
        if (isShared(dataDir)) {
            return SharedLogbook.unlock(dataDir, slots -> slots.unlockWithRecoveryKeyAndKeys(recoveryKey), null, null);
        }
        return LogbookOpening.unlock(dataDir, slots -> slots.unlockWithRecoveryKeyAndKeys(recoveryKey), null);
    }

    // ---- The session

    public Path dataDir() {
        return dataDir;
    }

    public Actor actor() {
        return actor;
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * The repositories, for the services of this package and for tests. The front ends never use it (ArchUnit's
     * {@code frontEndsUseServicesOnly}): every use case they need is a service method.
     */
    public Store store() {
        open.requireOpen();
        return store;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Taxonomy taxonomy() {
        return taxonomy.current();
    }

    /**
     * Changes this session made to the lists other screens are built from (taxonomy, campaigns, accounts), so every
     * open screen can show them at once.
     */
    public ListChanges listChanges() {
        return listChanges;
    }

    void passwordChanged() {
        mustChangePassword = false;
    }

    /** The key slots; for a shared logbook read afresh from the server, so changes from other desks are kept. */
    KeySlotFile slots() {
        if (sharedSlotStore == null) {
            return slots;
        }
        try {
            return ServerSlots.load(sharedSlotStore);
        } catch (StorageException e) {
            throw LogbookOpening.storageFailure(e);
        }
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
    public boolean runOncePer(String job, String period, Consumer<Store.Repositories> work) {
        String mark = "job." + job;
        Boolean ran = writeAudited(r -> {
            r.lockJob(job);
            if (period.equals(r.settings().get(mark).orElse(null))) {
                return false;
            }
            work.accept(r);
            r.settings().put(mark, period);
            return true;
        }, AuditActions.JOB, x -> null, job, x -> x ? "ran=1" : "ran=0");
        return ran;
    }

    DataKey key() {
        return key;
    }

    NoteVault notes() {
        return notes;
    }

    CallerCodeHasher codes() {
        return codes;
    }

    Database database() {
        return database;
    }

    // ---- Services: made once per session

    /** Review of old notes for identifiers (managers). */
    public NotesReviewService notesReview() {
        return notesReview;
    }

    public ContactService contacts() {
        return contacts;
    }

    /** Importing contacts from a CSV file (the CLI's {@code import}; any other front end calls the same). */
    public ContactImport imports() {
        return new ContactImport(this);
    }

    public Retention retention() {
        return retention;
    }

    /** Re-sealing notes saved before reading keys (issue 20); run by the sign-in chores of a manager. */
    public NoteUpgrade noteUpgrade() {
        return noteUpgrade;
    }

    public AccountService accounts() {
        return accounts;
    }

    public TaxonomyService taxonomyService() {
        return taxonomyService;
    }

    public CampaignService campaigns() {
        return campaigns;
    }

    public AuditLogService auditLog() {
        return auditLog;
    }

    /** Report figures for the dashboard and campaign views (managers only, checked by each call). */
    public FiguresService figures() {
        return figures;
    }

    /** Exporting a period or a campaign to a file: one use case for the desktop and the CLI. */
    public ExportService exports() {
        return exports;
    }

    public SettingsService settings() {
        return settings;
    }

    public VerificationService verification() {
        return verification;
    }

    /** A shared logbook's server backup as far as the app knows it (desks make no backup files). */
    public ServerBackups serverBackups() {
        return serverBackups;
    }

    public AuditTrail auditTrail() {
        return audit;
    }

    // ---- Audited writes (see AuditedWrites)

    /**
     * Records one audited action in its own durable transaction. Only the services of this package write audit
     * entries; a front end calls a service method instead (ADR 0010).
     */
    void record(String action, String recordId, String fields, String counts) {
        writes.record(action, recordId, fields, counts);
    }

    /** Runs {@code work} and one audit entry in the same durable transaction, then anchors the chain. */
    <T> T writeAudited(Function<Store.Repositories, T> work, String action, Function<T, String> recordId,
            String fields, Function<T, String> counts) {
        return writes.write(work, action, recordId, fields, counts);
    }

    /** Like the above, plus the further entries {@code following} derives from the result, in the same transaction. */
    <T> T writeAudited(Function<Store.Repositories, T> work, String action, Function<T, String> recordId,
            String fields, Function<T, String> counts, Function<T, java.util.List<AuditedWrites.FollowingEntry>> following) {
        return writes.write(work, action, recordId, fields, counts, following);
    }

    // ---- Closing

    public synchronized boolean isClosed() {
        return closed;
    }

    /**
     * Records a {@code compact} audit entry, then closes the logbook after H2 has rewritten its file with only the
     * live pages (managers only). The logbook is closed afterwards even if compacting fails.
     */
    public synchronized void compactAndClose() {
        actor().requireManager("compact the logbook file");
        record(AuditActions.COMPACT, null, null, null);
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
        listChanges.clear();
        try {
            if (changes instanceof AutoCloseable feed) {
                try {
                    feed.close();
                } catch (Exception ignored) {
                    // listeners stop on their own once the pool is closed
                }
            }
            boolean shredOwed = ShredCompaction.owed(database, store);
            if (compact || shredOwed) {
                try {
                    database.closeCompacting();
                    // SHUTDOWN COMPACT wrote a new file with the process's default mode
                    org.helplinelogbook.storage.OwnerOnlyFiles.restrict(org.helplinelogbook.storage.Database.h2File(dataDir));
                    if (shredOwed) {
                        ShredCompaction.settle(dataDir, key, zone);
                    }
                } catch (StorageException e) {
                    throw LogbookOpening.storageFailure(e);
                }
            } else {
                database.close();
            }
        } finally {
            notes.wipe();
            codes.wipe();
            audit.close();
            key.destroy();
            lock.close();
        }
    }
}
