package org.helplinelogbook.domain;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Units of work on the logbook. {@link #write} runs in one transaction and returns only once the commit is
 * durable on disk, so a caller may report "saved" as soon as it returns.
 */
public interface Store {

    <T> T write(Function<Repositories, T> work);

    default void writeAll(Consumer<Repositories> work) {
        write(r -> {
            work.accept(r);
            return null;
        });
    }

    <T> T read(Function<Repositories, T> work);

    /** The repositories available inside one unit of work. */
    interface Repositories {
        ContactRepository contacts();

        StaffRepository staff();

        TaxonomyRepository taxonomy();

        CampaignRepository campaigns();

        SettingsRepository settings();

        NoteKeyRepository noteKeys();

        default AuthorKeyRepository authorKeys() {
            throw new UnsupportedOperationException("author keys are not supported by this store");
        }

        DraftRepository drafts();

        AuditRepository audit();

        SummaryRepository summaries();

        /** The key slots of a shared logbook; a single-desk logbook keeps them in keyslots.json instead. */
        default KeySlotRepository keySlots() {
            throw new UnsupportedOperationException("this logbook keeps its key slots in a file");
        }

        /**
         * Makes a single-writer job (retention purge and the like) exclusive across desks until this unit of work
         * ends: another desk asking for the same job waits here. Nothing to do for a single-desk logbook.
         */
        default void lockJob(String job) {
        }
    }
}
