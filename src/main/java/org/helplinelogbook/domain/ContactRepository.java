package org.helplinelogbook.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Stored contacts. Pages are newest first and keyset-paged, so they stay instant at millions of rows. */
public interface ContactRepository {

    void insert(ContactRow row);

    /** Inserts many rows with batched statements (import, demo data). */
    void insertAll(List<ContactRow> rows);

    /** Writes the row if the stored version is still {@code expectedVersion}; false when someone changed it first. */
    boolean update(ContactRow row, int expectedVersion);

    boolean delete(UUID id, int expectedVersion);

    Optional<ContactRow> find(UUID id);

    /** Up to {@code limit} contacts older than {@code after} (null = from the newest), newest first. */
    List<ContactRow> page(ContactFilter filter, PageCursor after, int limit);

    long count(ContactFilter filter);

    /** The first and last day (the logbook's local dates) with a contact; empty when there are none. */
    Optional<DateSpan> dateSpan();

    /** The local dates of the first and the last contact. */
    record DateSpan(LocalDate first, LocalDate last) {}

    /** How many stored contacts carry this codeword hash, started before {@code before}. */
    long countWithCallerCode(String callerCodeHash, Instant before);

    /** Up to {@code limit} distinct codeword values still stored as the keyed hash alone (64 hex digits). */
    default List<String> legacyCallerCodes(int limit) {
        throw new UnsupportedOperationException("codeword upgrade is not supported by this store");
    }

    /** Rewrites every contact holding codeword value {@code from} to {@code to} (same codeword, new form). */
    default int replaceCallerCode(String from, String to) {
        throw new UnsupportedOperationException("codeword upgrade is not supported by this store");
    }

    /**
     * Of {@code ids}, those whose codeword was used by an earlier contact (earlier start, or the same start and a
     * smaller id): the returning callers. The first contact under a codeword is not among them.
     */
    Set<UUID> returningAmong(Collection<UUID> ids);

    /** Ids of contacts with sealed notes under the given note key, excluding held ones. */
    List<UUID> idsWithNotesUnder(String noteKeyId);

    /** A held contact's sealed notes, to be resealed under the permanent hold key before its month is shredded. */
    record SealedNote(UUID id, int version, String noteKeyId, byte[] sealed, int scheme) {}

    /** Held contacts ({@code notes_hold}) whose notes are still sealed under {@code noteKeyId}. */
    default List<SealedNote> heldNotesUnder(String noteKeyId) {
        throw new UnsupportedOperationException("retention is not supported by this store");
    }

    /** Moves one contact's notes to another key without changing its version (the AAD keeps the version). */
    default void resealNotes(UUID id, String noteKeyId, byte[] sealed) {
        throw new UnsupportedOperationException("retention is not supported by this store");
    }

    /**
     * Replaces one contact's sealed notes with the same text in {@code scheme}, only if they are still exactly
     * {@code expected} (an edit in between wins); returns whether it did. Version unchanged (the AAD keeps it).
     */
    default boolean resealNotesIfUnchanged(UUID id, byte[] expected, byte[] sealed, int scheme) {
        throw new UnsupportedOperationException("the note upgrade is not supported by this store");
    }

    /** Up to {@code limit} contacts whose notes are still sealed in {@code scheme}, in id order after {@code after}. */
    default List<SealedNote> notesInScheme(int scheme, UUID after, int limit) {
        throw new UnsupportedOperationException("the note upgrade is not supported by this store");
    }

    /** How many contacts have notes sealed in {@code scheme}. */
    default long countNotesInScheme(int scheme) {
        throw new UnsupportedOperationException("the note upgrade is not supported by this store");
    }

    /** Removes the sealed notes of every non-held contact under {@code noteKeyId}; returns how many. */
    default int clearNotesUnder(String noteKeyId) {
        throw new UnsupportedOperationException("retention is not supported by this store");
    }

    /**
     * Removes sealed notes still under {@code noteKeyId} of contacts that are no longer held and started before
     * {@code before} (a local date): a released hold must not keep a note beyond its retention period.
     */
    default int clearReleasedNotesUnder(String noteKeyId, LocalDate before) {
        throw new UnsupportedOperationException("retention is not supported by this store");
    }

    /** Whether {@link #clearReleasedNotesUnder} would change anything. */
    default boolean clearReleasedNotesIsNeeded(String noteKeyId, LocalDate before) {
        throw new UnsupportedOperationException("retention is not supported by this store");
    }

    /** Position in the newest-first order: the last row of a page. */
    record PageCursor(Instant startedAt, UUID id) {
        public static PageCursor after(ContactRow row) {
            return new PageCursor(row.startedAt(), row.id());
        }
    }
}
