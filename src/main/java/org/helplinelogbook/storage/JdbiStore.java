package org.helplinelogbook.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import java.util.function.Function;
import org.helplinelogbook.domain.AuditRepository;
import org.helplinelogbook.domain.AuthorKeyRepository;
import org.helplinelogbook.domain.CampaignRepository;
import org.helplinelogbook.domain.ContactRepository;
import org.helplinelogbook.domain.DraftRepository;
import org.helplinelogbook.domain.KeySlotRepository;
import org.helplinelogbook.domain.LogbookSettings;
import org.helplinelogbook.domain.NoteKeyRepository;
import org.helplinelogbook.domain.SettingsRepository;
import org.helplinelogbook.domain.StaffRepository;
import org.helplinelogbook.domain.Store;
import org.helplinelogbook.domain.SummaryRepository;
import org.helplinelogbook.domain.TaxonomyRepository;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/** {@link Store} on Jdbi: one handle per unit of work, write transactions synced to disk before returning. */
public final class JdbiStore implements Store {

    private final Database database;
    private final ZoneId zone;

    /** @param zone the logbook's time zone, used to give each contact its wall-clock start */
    public JdbiStore(Database database, ZoneId zone) {
        this.database = database;
        this.zone = zone;
    }

    /** The zone stored in the logbook's settings, for building a {@link JdbiStore}; UTC if none yet. */
    public static ZoneId storedZone(Database database) {
        return database.jdbi().withHandle(h -> new JdbiSettingsRepository(h).get(LogbookSettings.ZONE))
                .map(ZoneId::of).orElse(ZoneOffset.UTC);
    }

    @Override
    public <T> T write(Function<Repositories, T> work) {
        return writeWithConnection((connection, repositories) -> work.apply(repositories));
    }

    /** Work on one write transaction that also needs its JDBC connection (bulk copying). */
    @FunctionalInterface
    interface BulkWork<T> {
        T apply(Connection connection, Repositories repositories) throws SQLException;
    }

    /**
     * One write transaction, like {@link #write}, that also hands over its JDBC connection so rows can be copied
     * in batches (used by {@code migrate-to-server}). Everything commits together or not at all.
     */
    <T> T writeWithConnection(BulkWork<T> work) {
        try {
            T result = database.jdbi().inTransaction(TransactionIsolationLevel.READ_COMMITTED,
                    handle -> work.apply(handle.getConnection(), repositories(handle)));
            database.sync();
            return result;
        } catch (JdbiException e) {
            throw StorageErrors.translate(e);
        } catch (SQLException e) {
            throw Database.translate(e);
        }
    }

    @Override
    public <T> T read(Function<Repositories, T> work) {
        try {
            return database.jdbi().withHandle(handle -> work.apply(repositories(handle)));
        } catch (JdbiException e) {
            throw StorageErrors.translate(e);
        }
    }

    private Repositories repositories(Handle handle) {
        boolean embedded = database.isEmbedded();
        return new HandleRepositories(new JdbiContactRepository(handle, zone), new JdbiStaffRepository(handle),
                new JdbiTaxonomyRepository(handle), new JdbiCampaignRepository(handle),
                new JdbiSettingsRepository(handle), new JdbiNoteKeyRepository(handle),
                new JdbiAuthorKeyRepository(handle), new JdbiDraftRepository(handle),
                new JdbiAuditRepository(handle, embedded), new JdbiSummaryRepository(handle),
                new JdbiKeySlotRepository(handle), job -> {
                    if (!embedded) {
                        AdvisoryLocks.lockJob(handle, job);
                    }
                });
    }

    /**
     * The repositories of one unit of work, all on its handle. A record: each component's accessor is the
     * {@link Repositories} method of the same name, so the list of what a unit of work can reach is written once.
     * The repositories are thin wrappers around the handle, so making them all up front costs nothing worth saving.
     */
    private record HandleRepositories(ContactRepository contacts, StaffRepository staff, TaxonomyRepository taxonomy,
            CampaignRepository campaigns, SettingsRepository settings, NoteKeyRepository noteKeys,
            AuthorKeyRepository authorKeys, DraftRepository drafts, AuditRepository audit,
            SummaryRepository summaries, KeySlotRepository keySlots, Consumer<String> jobLock)
            implements Repositories {

        @Override
        public void lockJob(String job) {
            jobLock.accept(job);
        }
    }
}
