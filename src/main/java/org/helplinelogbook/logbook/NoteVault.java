package org.helplinelogbook.logbook;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.helplinelogbook.domain.NoteKeyRepository;
import org.helplinelogbook.security.Aead;
import org.helplinelogbook.security.DataKey;

/**
 * Seals notes under one AES key per calendar month, each wrapped by the data key. Destroying a month's wrapped
 * key shreds that month's notes for good, even though H2 keeps deleted bytes in its free space.
 * Unwrapped month keys are cached for the session and wiped at {@link #wipe()}.
 */
final class NoteVault {

    static final String HOLD_KEY_ID = "hold";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] wrapKey;
    private final Map<String, byte[]> keys = new HashMap<>();
    /** Month keys created in the transaction now running; kept only once it commits ({@link #settle}). */
    private final java.util.Set<String> fresh = new java.util.HashSet<>();

    NoteVault(DataKey dataKey) {
        this.wrapKey = dataKey.derive("note-key-wrap");
    }

    static String monthKeyId(LocalDateTime localStart) {
        return MONTH.format(localStart);
    }

    /** Seals a note for a contact; creates the month's key on first use. */
    synchronized byte[] seal(NoteKeyRepository repo, String keyId, UUID contactId, int version, String notes) {
        byte[] key = key(repo, keyId, true);
        if (key == null) {
            // The month was shredded by retention: a note for it would outlive the promise, so refuse it.
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, "Notes for " + keyId
                    + " have been removed after the retention period, so new notes for that month cannot be kept."
                    + " Save the contact without notes.");
        }
        return Aead.seal(key, notes.getBytes(StandardCharsets.UTF_8), aad(contactId, version, keyId));
    }

    /** The note text, or null when its key was destroyed by retention. */
    synchronized String open(NoteKeyRepository repo, String keyId, UUID contactId, int version, byte[] sealed) {
        byte[] key = key(repo, keyId, false);
        if (key == null) {
            return null;
        }
        return new String(Aead.open(key, sealed, aad(contactId, version, keyId)), StandardCharsets.UTF_8);
    }

    /**
     * Moves a sealed note from one key to another (a held note to the permanent hold key before its month is
     * shredded). The plaintext exists only as bytes that are wiped at once. Null when the source key is gone.
     */
    synchronized byte[] reseal(NoteKeyRepository repo, String fromKeyId, String toKeyId, UUID contactId, int version,
            byte[] sealed) {
        byte[] from = key(repo, fromKeyId, false);
        if (from == null) {
            return null;
        }
        byte[] plain = Aead.open(from, sealed, aad(contactId, version, fromKeyId));
        try {
            return Aead.seal(key(repo, toKeyId, true), plain, aad(contactId, version, toKeyId));
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** Destroys a month key: its notes can never be opened again, even from H2's free space or a later copy. */
    synchronized void destroy(NoteKeyRepository repo, String keyId) {
        if (HOLD_KEY_ID.equals(keyId)) {
            throw new IllegalArgumentException("the hold key is never destroyed");
        }
        repo.destroy(keyId);
        forget(keyId);
    }

    synchronized void forget(String keyId) {
        byte[] key = keys.remove(keyId);
        if (key != null) {
            Arrays.fill(key, (byte) 0);
        }
    }

    private byte[] key(NoteKeyRepository repo, String keyId, boolean create) {
        byte[] cached = keys.get(keyId);
        if (cached != null) {
            return cached;
        }
        var stored = repo.find(keyId);
        if (stored.isPresent()) {
            if (stored.get().destroyed()) {
                return null;
            }
            byte[] key = Aead.open(wrapKey, stored.get().wrappedKey(), keyAad(keyId));
            keys.put(keyId, key);
            return key;
        }
        if (!create) {
            return null;
        }
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        repo.insert(keyId, Aead.seal(wrapKey, key, keyAad(keyId)));
        keys.put(keyId, key);
        fresh.add(keyId);
        return key;
    }

    private static byte[] aad(UUID contactId, int version, String keyId) {
        return ("contact|" + contactId + "|" + version + "|" + keyId).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] keyAad(String keyId) {
        return ("note-key|" + keyId).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * After a write transaction: a key created in one that rolled back (e.g. a save retried after a lock timeout)
     * was never stored, so it is forgotten and the next try creates (or, on a shared logbook, finds) the real one.
     */
    synchronized void settle(boolean committed) {
        if (!committed) {
            fresh.forEach(this::forget);
        }
        fresh.clear();
    }

    synchronized void wipe() {
        keys.values().forEach(k -> Arrays.fill(k, (byte) 0));
        keys.clear();
        Arrays.fill(wrapKey, (byte) 0);
    }
}
