package org.helplinelogbook.domain;

import java.util.List;
import java.util.Optional;

/** Per-month note keys, wrapped by the data key. A destroyed key has no wrapped bytes left. */
public interface NoteKeyRepository {

    record NoteKey(String keyId, byte[] wrappedKey, boolean destroyed) {}

    Optional<NoteKey> find(String keyId);

    void insert(String keyId, byte[] wrappedKey);

    void destroy(String keyId);

    List<NoteKey> list();
}
