package org.helplinelogbook.security;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.helplinelogbook.domain.ContactRow;
import org.helplinelogbook.domain.NoteKeyRepository;
import org.helplinelogbook.domain.Store;

/**
 * Seals and opens notes (ADR 2 "Reading rights held by keys", ADR 8 retention).
 *
 * <p>Every note is sealed under a key derived from two halves: the month key (one AES key per calendar month,
 * wrapped by the data key; destroying it shreds that month's notes for good, even from H2's free space) and the
 * note's own random secret. The secret is sealed to the managers' X25519 public key with HPKE, and, when the
 * author saves, under the author's day key, which only the author's slot unwraps and which is destroyed once the
 * day is over. So the data key, which every worker holds, opens no note by itself.
 *
 * <p>Notes saved before this scheme ({@link ContactRow#SCHEME_MONTH_KEY}) are sealed under the month key alone;
 * they stay readable and are re-sealed by the logbook's NoteUpgrade. Unwrapped keys are cached for the session and
 * wiped at {@link #wipe()}. What it refuses, it refuses with a {@link NoteVault.Refused} the logbook passes on.
 */
public final class NoteVault {

    public static final String HOLD_KEY_ID = "hold";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] MANAGERS_INFO = "helpline-logbook/note-secret/managers".getBytes(StandardCharsets.UTF_8);
    private static final int FORMAT = 2;

    private final byte[] wrapKey;
    private final ZoneId zone;
    private final Map<String, byte[]> keys = new HashMap<>();
    private final Map<String, byte[]> dayKeys = new HashMap<>();
    /** Month and day keys created in the transaction now running; kept only once it commits ({@link #settle}). */
    private final Set<String> freshMonthKeys = new HashSet<>();
    private final Set<String> freshDayKeys = new HashSet<>();
    private NoteKeyring keyring = NoteKeyring.NONE;
    /** Told, in the same transaction, when author day keys were destroyed (they linger in free space until a rewrite). */
    private final Consumer<Store.Repositories> keysDestroyed;

    /** @param keysDestroyed runs in the transaction that destroyed author day keys (the logbook owes a file rewrite) */
    public NoteVault(DataKey dataKey, ZoneId zone, Consumer<Store.Repositories> keysDestroyed) {
        this.wrapKey = dataKey.derive("note-key-wrap");
        this.zone = zone;
        this.keysDestroyed = keysDestroyed;
    }

    /**
     * A note the vault will not seal or open, said for a person: SHREDDED, its month is gone after the retention
     * period; NOT_HELD, this account does not hold the managers' note key the work needs.
     */
    public static final class Refused extends RuntimeException {
        public enum Kind { SHREDDED, NOT_HELD }

        private final Kind kind;

        Refused(Kind kind, String message) {
            super(message);
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }
    }

    public static String monthKeyId(LocalDateTime localStart) {
        return MONTH.format(localStart);
    }

    /** A sealed note and the scheme it was sealed in. */
    public record Sealed(byte[] bytes, int scheme) {}

    /** What opening gave: the text, or null with whether the note was shredded (else: not readable by this account). */
    public record Opened(String text, boolean shredded) {}

    public synchronized void useKeys(NoteKeyring keys) {
        keyring.wipe();
        keyring = keys;
        dayKeys.values().forEach(k -> Arrays.fill(k, (byte) 0));
        dayKeys.clear();
    }

    public synchronized NoteKeyring keyring() {
        return keyring;
    }

    /**
     * Seals a note for a contact; creates the month's key on first use. With the managers' public key known, the
     * note's secret is sealed to the managers and, when {@code authorCopy}, under the author's key for {@code today};
     * without it (a logbook not yet upgraded), under the month key alone.
     */
    public synchronized Sealed seal(Store.Repositories r, String keyId, UUID contactId, int version, String notes,
            boolean authorCopy, LocalDate today) {
        byte[] monthKey = monthKey(r.noteKeys(), keyId, true);
        if (monthKey == null) {
            // The month was shredded by retention: a note for it would outlive the promise, so refuse it.
            throw new Refused(Refused.Kind.SHREDDED, "Notes for " + keyId
                    + " have been removed after the retention period, so new notes for that month cannot be kept."
                    + " Save the contact without notes.");
        }
        byte[] text = notes.getBytes(StandardCharsets.UTF_8);
        try {
            if (!keyring.sealsForManagers()) {
                return new Sealed(Aead.seal(monthKey, text, aad(contactId, version, keyId)),
                        ContactRow.SCHEME_MONTH_KEY);
            }
            return new Sealed(sealWithReadingKeys(r, monthKey, keyId, contactId, version, text,
                    authorCopy ? today : null), ContactRow.SCHEME_READING_KEYS);
        } finally {
            Arrays.fill(text, (byte) 0);
        }
    }

    private byte[] sealWithReadingKeys(Store.Repositories r, byte[] monthKey, String keyId, UUID contactId,
            int version, byte[] text, LocalDate authorDay) {
        byte[] secret = NoteKeyring.randomKey();
        byte[] padded = NoteSeal.pad(text);
        byte[] contentKey = NoteSeal.contentKey(monthKey, secret, keyId);
        try {
            byte[] forManagers = Hpke.seal(keyring.publicKey(), MANAGERS_INFO, secretAad(contactId, version), secret);
            String authorKeyId = null;
            byte[] forAuthor = null;
            byte[] dayKey = authorDay == null || !keyring.hasAuthorKey() ? null : dayKey(r, authorDay, true);
            if (dayKey != null) {
                authorKeyId = dayKeyId(keyring.staffId(), authorDay);
                forAuthor = Aead.seal(dayKey, secret, authorAad(contactId, version, authorKeyId));
            }
            byte[] body = Aead.seal(contentKey, padded, bodyAad(contactId, version, keyId));
            return new Parts(forManagers, authorKeyId, forAuthor, body).encode();
        } finally {
            Arrays.fill(secret, (byte) 0);
            Arrays.fill(padded, (byte) 0);
            Arrays.fill(contentKey, (byte) 0);
        }
    }

    /** The note text, or null when its key was destroyed by retention (month-key scheme only; for migration checks). */
    public synchronized String open(NoteKeyRepository repo, String keyId, UUID contactId, int version, byte[] sealed) {
        byte[] key = monthKey(repo, keyId, false);
        if (key == null) {
            return null;
        }
        return new String(Aead.open(key, sealed, aad(contactId, version, keyId)), StandardCharsets.UTF_8);
    }

    /** Opens a stored note with the keys this account holds. */
    public synchronized Opened open(Store.Repositories r, String keyId, UUID contactId, int version, byte[] sealed,
            int scheme) {
        byte[] monthKey = monthKey(r.noteKeys(), keyId, false);
        if (monthKey == null) {
            return new Opened(null, true);
        }
        if (scheme == ContactRow.SCHEME_MONTH_KEY) {
            return new Opened(new String(Aead.open(monthKey, sealed, aad(contactId, version, keyId)),
                    StandardCharsets.UTF_8), false);
        }
        Parts parts = Parts.decode(sealed);
        byte[] secret = secret(r, parts, contactId, version);
        if (secret == null) {
            return new Opened(null, false);
        }
        byte[] contentKey = NoteSeal.contentKey(monthKey, secret, keyId);
        try {
            byte[] text = NoteSeal.unpad(Aead.open(contentKey, parts.body(), bodyAad(contactId, version, keyId)));
            try {
                return new Opened(new String(text, StandardCharsets.UTF_8), false);
            } finally {
                Arrays.fill(text, (byte) 0);
            }
        } finally {
            Arrays.fill(secret, (byte) 0);
            Arrays.fill(contentKey, (byte) 0);
        }
    }

    /** The note's secret from the managers' copy (with the private key) or the author's copy (its day key). */
    private byte[] secret(Store.Repositories r, Parts parts, UUID contactId, int version) {
        if (keyring.readsAll()) {
            return Hpke.open(keyring.privateKey(), keyring.publicKey(), MANAGERS_INFO, secretAad(contactId, version),
                    parts.forManagers());
        }
        if (parts.authorKeyId() == null || !keyring.hasAuthorKey()
                || !parts.authorKeyId().startsWith(keyring.staffId() + "/")) {
            return null;
        }
        LocalDate day = LocalDate.parse(parts.authorKeyId().substring(parts.authorKeyId().indexOf('/') + 1));
        if (!day.equals(LocalDate.now(zone))) {
            return null; // the day is over: the author may no longer edit, so no longer read (the key goes next)
        }
        byte[] dayKey = dayKey(r, day, false);
        if (dayKey == null) {
            return null;
        }
        try {
            return Aead.open(dayKey, parts.forAuthor(), authorAad(contactId, version, parts.authorKeyId()));
        } catch (Aead.TamperedException e) {
            return null;
        }
    }

    /**
     * Moves a sealed note from one month key to another (a held note to the permanent hold key before its month
     * is shredded), keeping its sealed secrets. Null when the source key is gone.
     *
     * @throws Refused NOT_HELD when the note is sealed with reading keys and this account cannot open it
     */
    public synchronized byte[] reseal(Store.Repositories r, String fromKeyId, String toKeyId, UUID contactId, int version,
            byte[] sealed, int scheme) {
        byte[] from = monthKey(r.noteKeys(), fromKeyId, false);
        if (from == null) {
            return null;
        }
        byte[] to = monthKey(r.noteKeys(), toKeyId, true);
        if (scheme == ContactRow.SCHEME_MONTH_KEY) {
            byte[] plain = Aead.open(from, sealed, aad(contactId, version, fromKeyId));
            try {
                return Aead.seal(to, plain, aad(contactId, version, toKeyId));
            } finally {
                Arrays.fill(plain, (byte) 0);
            }
        }
        Parts parts = Parts.decode(sealed);
        byte[] secret = secret(r, parts, contactId, version);
        if (secret == null) {
            throw cannotOpen();
        }
        byte[] oldKey = NoteSeal.contentKey(from, secret, fromKeyId);
        byte[] newKey = NoteSeal.contentKey(to, secret, toKeyId);
        byte[] padded = Aead.open(oldKey, parts.body(), bodyAad(contactId, version, fromKeyId));
        try {
            byte[] body = Aead.seal(newKey, padded, bodyAad(contactId, version, toKeyId));
            return new Parts(parts.forManagers(), parts.authorKeyId(), parts.forAuthor(), body).encode();
        } finally {
            Arrays.fill(secret, (byte) 0);
            Arrays.fill(oldKey, (byte) 0);
            Arrays.fill(newKey, (byte) 0);
            Arrays.fill(padded, (byte) 0);
        }
    }

    /** Re-seals a month-key note with reading keys (managers' copy only). Null when its month key is gone. */
    public synchronized byte[] upgrade(Store.Repositories r, String keyId, UUID contactId, int version, byte[] sealed) {
        if (!keyring.sealsForManagers()) {
            throw cannotOpen();
        }
        byte[] monthKey = monthKey(r.noteKeys(), keyId, false);
        if (monthKey == null) {
            return null;
        }
        byte[] plain = Aead.open(monthKey, sealed, aad(contactId, version, keyId));
        try {
            return sealWithReadingKeys(r, monthKey, keyId, contactId, version, plain, null);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    private static Refused cannotOpen() {
        return new Refused(Refused.Kind.NOT_HELD, "Only a manager whose account holds the"
                + " managers' note key can do this. Ask such a manager, or sign in with the recovery key.");
    }

    /** Destroys a month key: its notes can never be opened again, even from H2's free space or a later copy. */
    public synchronized void destroy(NoteKeyRepository repo, String keyId) {
        if (HOLD_KEY_ID.equals(keyId)) {
            throw new IllegalArgumentException("the hold key is never destroyed");
        }
        repo.destroy(keyId);
        forget(keyId);
    }

    public synchronized void forget(String keyId) {
        byte[] key = keys.remove(keyId);
        if (key != null) {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * Destroys every author day key of a day before {@code today} (anyone's): the authors may no longer edit those
     * notes, so they may no longer read them. Returns how many were destroyed.
     */
    public synchronized int destroyPastDayKeys(Store.Repositories r, LocalDate today) {
        dayKeys.entrySet().removeIf(e -> {
            String id = e.getKey();
            boolean past = LocalDate.parse(id.substring(id.indexOf('/') + 1)).isBefore(today);
            if (past) {
                Arrays.fill(e.getValue(), (byte) 0);
            }
            return past;
        });
        int destroyed = r.authorKeys().destroyBefore(today);
        if (destroyed > 0) {
            keysDestroyed.accept(r); // the destroyed keys stay in H2's free space until the file is rewritten
        }
        return destroyed;
    }

    public static String dayKeyId(long staffId, LocalDate day) {
        return staffId + "/" + day;
    }

    private byte[] dayKey(Store.Repositories r, LocalDate day, boolean create) {
        String id = dayKeyId(keyring.staffId(), day);
        byte[] cached = dayKeys.get(id);
        if (cached != null) {
            return cached;
        }
        var stored = r.authorKeys().find(id);
        if (stored.isPresent()) {
            if (stored.get().destroyed()) {
                return null;
            }
            try {
                byte[] key = Aead.open(keyring.authorKey(), stored.get().wrappedKey(), dayKeyAad(id));
                dayKeys.put(id, key);
                return key;
            } catch (Aead.TamperedException e) {
                return null; // wrapped by an author key this slot no longer holds (password reset)
            }
        }
        if (!create) {
            return null;
        }
        destroyPastDayKeys(r, day);
        byte[] key = NoteKeyring.randomKey();
        r.authorKeys().insert(id, keyring.staffId(), day, Aead.seal(keyring.authorKey(), key, dayKeyAad(id)));
        dayKeys.put(id, key);
        freshDayKeys.add(id);
        return key;
    }

    private byte[] monthKey(NoteKeyRepository repo, String keyId, boolean create) {
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
        freshMonthKeys.add(keyId);
        return key;
    }

    private static byte[] aad(UUID contactId, int version, String keyId) {
        return ("contact|" + contactId + "|" + version + "|" + keyId).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bodyAad(UUID contactId, int version, String keyId) {
        return ("contact|" + contactId + "|" + version + "|" + keyId + "|reading-keys").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] secretAad(UUID contactId, int version) {
        return ("note-secret|" + contactId + "|" + version).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] authorAad(UUID contactId, int version, String authorKeyId) {
        return ("note-secret|" + contactId + "|" + version + "|author|" + authorKeyId).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] keyAad(String keyId) {
        return ("note-key|" + keyId).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] dayKeyAad(String dayKeyId) {
        return ("author-day-key|" + dayKeyId).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * After a write transaction: a key created in one that rolled back (e.g. a save retried after a lock timeout on
     * a shared logbook) was never stored, so it is forgotten; the next try creates (or finds another desk's) real one.
     * Kept, a note sealed under it would be unreadable for good.
     */
    public synchronized void settle(boolean committed) {
        if (!committed) {
            freshMonthKeys.forEach(this::forget);
            for (String id : freshDayKeys) {
                byte[] key = dayKeys.remove(id);
                if (key != null) {
                    Arrays.fill(key, (byte) 0);
                }
            }
        }
        freshMonthKeys.clear();
        freshDayKeys.clear();
    }

    public synchronized void wipe() {
        keys.values().forEach(k -> Arrays.fill(k, (byte) 0));
        keys.clear();
        dayKeys.values().forEach(k -> Arrays.fill(k, (byte) 0));
        dayKeys.clear();
        keyring.wipe();
        Arrays.fill(wrapKey, (byte) 0);
    }

    /**
     * The stored form of a note with reading keys: format byte, then length-prefixed managers' copy, author day key
     * id (empty when none), author's copy (empty when none), and the sealed, padded body.
     */
    private record Parts(byte[] forManagers, String authorKeyId, byte[] forAuthor, byte[] body) {

        byte[] encode() {
            try {
                var bytes = new ByteArrayOutputStream(forManagers.length + body.length + 128);
                var out = new DataOutputStream(bytes);
                out.writeByte(FORMAT);
                write(out, forManagers);
                write(out, authorKeyId == null ? new byte[0] : authorKeyId.getBytes(StandardCharsets.UTF_8));
                write(out, forAuthor == null ? new byte[0] : forAuthor);
                out.write(body);
                out.flush();
                return bytes.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Parts decode(byte[] sealed) {
            try {
                ByteBuffer in = ByteBuffer.wrap(sealed);
                if (in.get() != FORMAT) {
                    throw new Aead.TamperedException();
                }
                byte[] forManagers = read(in);
                byte[] authorId = read(in);
                byte[] forAuthor = read(in);
                byte[] body = new byte[in.remaining()];
                in.get(body);
                return new Parts(forManagers, authorId.length == 0 ? null : new String(authorId, StandardCharsets.UTF_8),
                        forAuthor.length == 0 ? null : forAuthor, body);
            } catch (RuntimeException e) {
                if (e instanceof Aead.TamperedException t) {
                    throw t;
                }
                throw new Aead.TamperedException();
            }
        }

        private static void write(DataOutputStream out, byte[] value) throws IOException {
            out.writeShort(value.length);
            out.write(value);
        }

        private static byte[] read(ByteBuffer in) {
            int length = Short.toUnsignedInt(in.getShort());
            byte[] out = new byte[length];
            in.get(out);
            return out;
        }
    }
}
