package org.helplinelogbook.logbook;

import java.nio.file.Path;
import java.time.ZoneId;
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
import org.helplinelogbook.storage.Database;
import org.helplinelogbook.storage.JdbiStore;
import org.helplinelogbook.storage.ServerSlots;
import org.helplinelogbook.storage.StorageException;

/**
 * An unlocked logbook: the session that holds the data key, the open database and the signed-in actor, and hands
 * out the services (made once per session) that are the front ends' only door. Closing it (log out or auto-lock)
 * closes the database, wipes every key and releases the single-writer lock. Creating a logbook lives in
 * {@link LogbookSetup}, unlocking one in {@link LogbookOpening}, questions about a data folder in {@link DataFolder},
 * the audited write in {@link AuditedWrites}, the rewrite owed at close in {@link ShredCompaction}.
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
     * The repositories, for the services and setup code of this package. Package-private so the front ends cannot
     * reach it: every use case they need is a service method (ADR 0010). Tests elsewhere use LogbookTestAccess.
     */
    Store store() {
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
