package org.helplinelogbook.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored contacts. Pages are newest first and keyset-paged, so they stay instant at millions of rows. */
public interface ContactRepository {

    void insert(ContactRow row);

    /** Inserts many rows with batched statements (import, demo data). */
    void insertAll(java.util.List<ContactRow> rows);

    /** Writes the row if the stored version is still {@code expectedVersion}; false when someone changed it first. */
    boolean update(ContactRow row, int expectedVersion);

    boolean delete(UUID id, int expectedVersion);

    Optional<ContactRow> find(UUID id);

    /** Up to {@code limit} contacts older than {@code after} (null = from the newest), newest first. */
    List<ContactRow> page(ContactFilter filter, PageCursor after, int limit);

    long count(ContactFilter filter);

    /** How many stored contacts carry this codeword hash, started before {@code before}. */
    long countWithCallerCode(String callerCodeHash, Instant before);

    /** Ids of contacts with sealed notes under the given note key, excluding held ones. */
    List<UUID> idsWithNotesUnder(String noteKeyId);

    /** Position in the newest-first order: the last row of a page. */
    record PageCursor(Instant startedAt, UUID id) {
        public static PageCursor after(ContactRow row) {
            return new PageCursor(row.startedAt(), row.id());
        }
    }
}
