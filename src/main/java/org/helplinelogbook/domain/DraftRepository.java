package org.helplinelogbook.domain;

import java.util.Optional;

/** One sealed (encrypted) unsaved form per staff account, so a crash or power cut loses nothing typed. */
public interface DraftRepository {

    void save(long staffId, byte[] sealed);

    Optional<byte[]> load(long staffId);

    /** Removes the draft; true if there was one. */
    boolean delete(long staffId);
}
