package org.helplinelogbook.logbook;

import java.nio.file.Path;
import java.time.ZoneId;
import org.helplinelogbook.domain.Actor;
import org.helplinelogbook.domain.ChangeFeed;
import org.helplinelogbook.domain.Store;
import org.helplinelogbook.domain.Taxonomy;
import org.helplinelogbook.security.AuditTrail;
import org.helplinelogbook.security.CallerCodeHasher;
import org.helplinelogbook.security.DataKey;
import org.helplinelogbook.security.KeySlotFile;
import org.helplinelogbook.security.NoteVault;
import org.helplinelogbook.storage.Database;

/**
 * An unlocked logbook: the session that holds the data key, the open database and the signed-in actor, and hands
 * out the services (made once per session, in {@link SessionServices}) that are the front ends' only door. Closing it
 * (log out or auto-lock) closes the database, wipes every key and releases the single-writer lock
 * ({@link SessionResources}). Creating a logbook lives in {@link LogbookSetup}, unlocking one in
 * {@link LogbookOpening}, questions about a data folder in {@link DataFolder}, the audited write in
 * {@link AuditedWrites}.
 */
public final class Logbook implements AutoCloseable {

    private final Path dataDir;
    private final SessionResources held;
    /** The repositories as the services see them: refusing once the logbook is locked. */
    private final SessionStore open;
    private final AuditedWrites writes;
    private final Actor actor;
    private volatile boolean mustChangePassword;
    private final TaxonomyCache taxonomy;
    private final ListChanges listChanges = new ListChanges();
    private final SessionServices services;
    private volatile boolean closed;

    private Logbook(Path dataDir, SessionResources held, Actor actor, boolean mustChangePassword) {
        this.dataDir = dataDir;
        this.held = held;
        this.open = new SessionStore(held.store(), () -> closed);
        this.writes = new AuditedWrites(open, held.audit(), actor, held.notes()::settle);
        this.actor = actor;
        this.mustChangePassword = mustChangePassword;
        this.taxonomy = new TaxonomyCache(open);
        this.services = SessionServices.wire(dataDir, held, open, writes, actor, taxonomy, listChanges,
                this::passwordChanged);
    }

    /** @param anchor where the audit anchor is kept: the key-slot file, or a shared logbook's desk-local file */
    static Logbook assemble(Path dataDir, LogbookLock lock, KeySlotFile slots, KeySlotFile anchor, DataKey key,
            Database database, Actor actor, boolean mustChangePassword) {
        return new Logbook(dataDir, new SessionResources(dataDir, lock, slots, anchor, key, database), actor,
                mustChangePassword);
    }

    // ---- The session

    public Path dataDir() {
        return dataDir;
    }

    public Actor actor() {
        return actor;
    }

    public ZoneId zone() {
        return held.zone();
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    private void passwordChanged() {
        mustChangePassword = false;
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

    /** Contacts changed by any desk (a shared logbook); {@link ChangeFeed#NONE} for a single-desk logbook. */
    public ChangeFeed changes() {
        return held.changes();
    }

    /** Whether several desks share this logbook on a server. */
    public boolean isShared() {
        return held.isShared();
    }

    // ---- For this package only: setup, opening, backups and enrolment use them; the front ends cannot

    /** The repositories. Tests in other packages use LogbookTestAccess; front ends call a service (ADR 0010). */
    Store store() {
        open.requireOpen();
        return held.store();
    }

    /** Records one audited action in its own durable transaction (see {@link AuditedWrites}). */
    void record(String action, String recordId, String fields, String counts) {
        writes.record(action, recordId, fields, counts);
    }

    AuditedWrites writes() {
        return writes;
    }

    AuditTrail auditTrail() {
        return held.audit();
    }

    KeySlotFile slots() {
        return held.slots();
    }

    DataKey key() {
        return held.key();
    }

    NoteVault notes() {
        return held.notes();
    }

    CallerCodeHasher codes() {
        return held.codes();
    }

    Database database() {
        return held.database();
    }

    // ---- Services: made once per session (see SessionServices)

    public ContactService contacts() {
        return services.contacts();
    }

    /** Review of old notes for identifiers (managers). */
    public NotesReviewService notesReview() {
        return services.notesReview();
    }

    /** Importing contacts from a CSV file (the CLI's {@code import}; any other front end calls the same). */
    public ContactImport imports() {
        return services.imports();
    }

    public Retention retention() {
        return services.retention();
    }

    /** Re-sealing notes saved before reading keys (issue 20); run by the sign-in chores of a manager. */
    public NoteUpgrade noteUpgrade() {
        return services.noteUpgrade();
    }

    public AccountService accounts() {
        return services.accounts();
    }

    public TaxonomyService taxonomyService() {
        return services.taxonomy();
    }

    public CampaignService campaigns() {
        return services.campaigns();
    }

    public AuditLogService auditLog() {
        return services.auditLog();
    }

    /** Report figures for the dashboard and campaign views (managers only, checked by each call). */
    public FiguresService figures() {
        return services.figures();
    }

    /** Exporting a period or a campaign to a file: one use case for the desktop and the CLI. */
    public ExportService exports() {
        return services.exports();
    }

    public SettingsService settings() {
        return services.settings();
    }

    public VerificationService verification() {
        return services.verification();
    }

    /** A shared logbook's server backup as far as the app knows it (desks make no backup files). */
    public ServerBackups serverBackups() {
        return services.serverBackups();
    }

    /** Backups of this logbook to a file: by hand, daily and on exit (restoring needs no session: {@link Backups}). */
    public BackupService backups() {
        return services.backups();
    }

    /** The chores at sign-in (retention, re-sealing, codewords, the daily backup) and the backup at exit or lock. */
    public Housekeeping housekeeping() {
        return services.housekeeping();
    }

    /** Filling a logbook that holds no real contacts with demo contacts (managers). */
    public DemoService demo() {
        return services.demo();
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
        actor.requireManager("compact the logbook file");
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
        held.close(compact);
    }
}
