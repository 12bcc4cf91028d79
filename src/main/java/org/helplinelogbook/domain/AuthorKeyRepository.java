package org.helplinelogbook.domain;

import java.time.LocalDate;
import java.util.Optional;

/** Author day keys: one per author and day, wrapped by the author's own key; destroyed once the day is over. */
public interface AuthorKeyRepository {

    record AuthorKey(String keyId, long staffId, LocalDate day, byte[] wrappedKey) {
        public boolean destroyed() {
            return wrappedKey == null;
        }
    }

    Optional<AuthorKey> find(String keyId);

    void insert(String keyId, long staffId, LocalDate day, byte[] wrappedKey);

    /** Destroys every key of a day before {@code day}; returns how many were still live. */
    int destroyBefore(LocalDate day);

    /** Destroys every key of one author (password reset or account disabled); returns how many were live. */
    int destroyForStaff(long staffId);
}
