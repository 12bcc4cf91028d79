package org.helplinelogbook.logbook;

import java.nio.file.Path;
import java.time.ZoneId;
import org.helplinelogbook.domain.Actor;
import org.helplinelogbook.report.ReportService;

/**
 * The services one session hands out, each made once when the session is made and given exactly what it needs: none
 * of them holds the session or calls back into it (ArchUnit's {@code servicesNeverCallBackIntoTheSession}).
 */
record SessionServices(ContactService contacts, NotesReviewService notesReview, ContactImport imports,
        SettingsService settings, Retention retention, AccountService accounts, TaxonomyService taxonomy,
        CampaignService campaigns, VerificationService verification, AuditLogService auditLog,
        FiguresService figures, ExportService exports, NoteUpgrade noteUpgrade, ServerBackups serverBackups,
        BackupService backups, Housekeeping housekeeping, DemoService demo) {

    /**
     * @param open the repositories, refusing once the session is locked; @param writes the session's audited writes;
     * @param passwordChanged tells the session that the signed-in person no longer must change their password
     */
    static SessionServices wire(Path dataDir, SessionResources held, SessionStore open, AuditedWrites writes,
            Actor actor, TaxonomyCache taxonomy, ListChanges lists, Runnable passwordChanged) {
        ZoneId zone = held.zone();
        ReportService reports = new ReportService(held.store(), zone);
        var contacts = new ContactService(open, writes, actor, zone, taxonomy, held.notes(), held.codes(), held.key());
        var settings = new SettingsService(open, writes, actor);
        var verification = new VerificationService(open, writes, actor, held.audit(), dataDir, held.database());
        var retention = new Retention(open, writes, actor, zone, held.notes(), settings);
        var noteUpgrade = new NoteUpgrade(open, writes, actor, held.notes());
        var serverBackups = new ServerBackups(writes, actor, settings);
        var backups = new BackupService(dataDir, actor, zone, settings, writes, held.database(), held.key(),
                held.isShared());
        return new SessionServices(
                contacts,
                new NotesReviewService(writes, actor, zone, contacts),
                new ContactImport(contacts, taxonomy, zone),
                settings,
                retention,
                new AccountService(open, writes, actor, held.notes(), held.key(), held::slots, passwordChanged, lists),
                new TaxonomyService(open, writes, actor, taxonomy, lists),
                new CampaignService(open, writes, actor, lists),
                verification,
                new AuditLogService(open, actor, verification),
                new FiguresService(writes, actor, reports),
                new ExportService(writes, actor, dataDir, reports),
                noteUpgrade,
                serverBackups,
                backups,
                new Housekeeping(actor, zone, retention, noteUpgrade, held.codes(), serverBackups, backups,
                        held.isShared()),
                new DemoService(open, actor, zone, settings, contacts));
    }
}
