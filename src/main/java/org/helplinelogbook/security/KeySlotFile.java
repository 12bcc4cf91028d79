package org.helplinelogbook.security;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.helplinelogbook.domain.Role;

/**
 * {@code keyslots.json}: LUKS-style key slots that each wrap the one random {@link DataKey}. There is one slot per
 * staff account (Argon2id of the password) and at most one recovery slot (Argon2id of the printed recovery key).
 * The DEK is wrapped with AES-256-GCM and the slot's header (kind, username, role, must-change flag, salt, Argon2
 * parameters) is the associated data, so changing any byte of a slot makes it fail to unlock.
 *
 * <p>The file is read once by {@link #load} and written only by {@link #save}, atomically. Nothing in it is secret
 * on its own; it must be backed up together with the database, or the backup cannot be opened.
 */
public final class KeySlotFile {

    public static final String FILE_NAME = "keyslots.json";
    static final String TEMP_NAME = FILE_NAME + ".tmp";
    static final int FORMAT = 1;
    static final int SALT_BYTES = 16;
    static final int MIN_PASSWORD_CHARS = 12;
    static final int MAX_USERNAME_CHARS = 64;
    private static final int KEK_BYTES = 32;
    private static final int WRAPPED_BYTES = 12 + DataKey.LENGTH + 16; // nonce, key, GCM tag
    private static final int WRAPPED_KEYS_BYTES = 12 + SlotKeys.ENCODED_BYTES + 16;
    private static final byte[] KEYS_AAD_SUFFIX = "/slot-keys".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_CHECK_BYTES = 16;
    private static final int MAX_FILE_BYTES = 1 << 20;
    private static final byte[] AAD_DOMAIN = "helpline-logbook/keyslot".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern HEX_KEY_CHECK = Pattern.compile("[0-9a-f]{" + 2 * KEY_CHECK_BYTES + "}");
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final JSON JSON_STRICT = JSON.std.with(JSON.Feature.FAIL_ON_DUPLICATE_MAP_KEYS)
            .without(JSON.Feature.PRETTY_PRINT_OUTPUT);

    /** What a password slot says about its account; authenticated once that account has unlocked it. */
    public record SlotInfo(String username, Role role, boolean mustChangePassword) {}

    /** The latest audit entry's sequence number and MAC, kept outside the database so truncation shows. */
    public record AuditAnchor(long seq, String mac) {
        public AuditAnchor {
            if (seq < 0) {
                throw new IllegalArgumentException("an audit sequence number is not negative");
            }
            if (mac == null || !HEX_64.matcher(mac).matches()) {
                throw new IllegalArgumentException("an audit MAC is 64 lower-case hex characters");
            }
        }
    }

    private enum SlotKind {
        PASSWORD("password"),
        RECOVERY("recovery");

        final String code;

        SlotKind(String code) {
            this.code = code;
        }
    }

    /** What a slot opens to: the data key, and the note keys it holds (empty for a slot written before them). */
    public record Unlocked(DataKey dataKey, SlotKeys keys) {}

    /**
     * @param wrappedKeys the {@link SlotKeys}, sealed under the same slot key with the header (plus a suffix) as
     *     associated data; null in slots written before note keys existed
     */
    private record Slot(SlotKind kind, String username, Role role, boolean mustChange, byte[] salt,
            Argon2Params params, byte[] wrapped, byte[] wrappedKeys) {

        byte[] keysAad() {
            byte[] header = header();
            byte[] out = Arrays.copyOf(header, header.length + KEYS_AAD_SUFFIX.length);
            System.arraycopy(KEYS_AAD_SUFFIX, 0, out, header.length, KEYS_AAD_SUFFIX.length);
            return out;
        }

        /** Canonical, length-prefixed header: the GCM associated data binding the wrapped key to this slot. */
        byte[] header() {
            try {
                var bytes = new ByteArrayOutputStream(128);
                var out = new DataOutputStream(bytes);
                out.write(AAD_DOMAIN);
                out.writeInt(FORMAT);
                writeString(out, kind.code);
                writeString(out, username);
                writeString(out, role == null ? null : role.code());
                out.writeBoolean(mustChange);
                out.writeInt(salt.length);
                out.write(salt);
                out.writeInt(params.memoryKiB());
                out.writeInt(params.iterations());
                out.writeInt(params.parallelism());
                out.flush();
                return bytes.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        SlotInfo info() {
            return new SlotInfo(username, role, mustChange);
        }
    }

    private final Path dataDir;
    /** Where a shared logbook keeps its slots (a database row) instead of a file; null for a file. */
    private final Storage storage;
    private final Map<String, Slot> passwordSlots = new LinkedHashMap<>();
    private Slot recoverySlot;
    /** A short HKDF tag of the DEK (like LUKS's digest): stops a slot wrapping some other key by mistake. */
    private String keyCheck;
    private AuditAnchor auditAnchor;
    /** Created by {@link #createNew} and never saved: must not overwrite an existing file. */
    private boolean fresh;

    private KeySlotFile(Path dataDir, boolean fresh) {
        this(dataDir, null, fresh);
    }

    private KeySlotFile(Path dataDir, Storage storage, boolean fresh) {
        this.dataDir = dataDir;
        this.storage = storage;
        this.fresh = fresh;
    }

    /**
     * Somewhere other than {@code keyslots.json} to keep the same JSON, e.g. a row on the logbook server so that
     * staff enrolled at one desk unlock at any desk. {@link #save} hands it the whole serialized document; the
     * crypto (Argon2id, AES-GCM with the slot header as associated data, key check) is unchanged.
     */
    public interface Storage {
        /** Stores the serialized key slots, replacing what was read; throws if it cannot be stored. */
        void write(byte[] json) throws IOException;

        /** How to name this place in a message. */
        String describe();
    }

    /** Empty key slots kept in {@code storage} rather than a file. */
    public static KeySlotFile createNew(Storage storage) {
        return new KeySlotFile(null, storage, true);
    }

    /**
     * Key slots read from {@code json} (as written through {@link Storage}), with the same strict checks as
     * {@link #load}; {@link #save} writes back through {@code storage}.
     */
    public static KeySlotFile fromJson(byte[] json, Storage storage) {
        Map<String, Object> root;
        try {
            if (json.length > MAX_FILE_BYTES) {
                throw damagedAt(storage.describe(), "they are far too large", null);
            }
            root = JSON_STRICT.mapFrom(json);
        } catch (IOException | RuntimeException e) {
            if (e instanceof KeySlotException k) {
                throw k;
            }
            throw damagedAt(storage.describe(), "they are not valid JSON", e);
        }
        if (root == null) {
            throw damagedAt(storage.describe(), "they are empty", null);
        }
        try {
            var slots = new KeySlotFile(null, storage, false);
            slots.read(root);
            return slots;
        } catch (IllegalArgumentException | ClassCastException e) {
            throw damagedAt(storage.describe(), e.getMessage(), e);
        }
    }

    public static boolean exists(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve(FILE_NAME));
    }

    /** An empty key-slot file in memory. {@link #save} refuses to replace a file that already exists. */
    public static KeySlotFile createNew(Path dataDir) {
        return new KeySlotFile(dataDir, true);
    }

    /**
     * Reads {@code keyslots.json} once.
     *
     * @throws KeySlotException {@code MISSING} if there is no file, {@code DAMAGED} if it cannot be read or is
     *     not a valid key-slot file
     */
    public static KeySlotFile load(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw damaged(file, "it is far too large", null);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new KeySlotException(KeySlotException.Kind.MISSING, "There is no key file (" + FILE_NAME
                    + ") in the data folder " + dataDir + ". Without it the logbook cannot be opened; "
                    + "restore it from a backup.", e);
        } catch (IOException e) {
            throw damaged(file, "it could not be read (" + e.getClass().getSimpleName() + ")", e);
        }
        return parse(dataDir, file, bytes);
    }

    /** Smaller than any real slot's: enough for the compiler, a fraction of an unlock's work (see {@link #prewarm}). */
    private static final Argon2Params PREWARM_PARAMS = new Argon2Params(32 * 1024, 2, 4);

    /**
     * Runs what unlocking a slot runs (the JSON reader, Argon2id, AES-GCM) on throwaway data, so that the first
     * unlock in a fresh process runs compiled code: cold, the default Argon2id took about twice its warm time
     * (docs/benchmarks.md, "Sign-in in a fresh start"). Real slots keep their own parameters; nothing is read or
     * written.
     */
    public static void prewarm() {
        try {
            JSON_STRICT.mapFrom("{\"version\":1,\"slots\":[{\"salt\":\"00\",\"memoryKiB\":8}]}");
            byte[] kek = Argon2id.derive("prewarm".toCharArray(), new byte[SALT_BYTES], PREWARM_PARAMS, KEK_BYTES);
            Aead.open(kek, Aead.seal(kek, new byte[DataKey.LENGTH], AAD_DOMAIN), AAD_DOMAIN);
            Arrays.fill(kek, (byte) 0);
        } catch (IOException | RuntimeException ignored) {
            // only a head start: the unlock does the same work itself
        }
    }

    /**
     * Reads key-slot file contents held in memory (from a backup) as if they were {@code dataDir}'s file.
     *
     * @throws KeySlotException {@code DAMAGED} if the bytes are not a valid key-slot file
     */
    public static KeySlotFile fromBytes(Path dataDir, byte[] bytes) {
        if (bytes.length > MAX_FILE_BYTES) {
            throw damaged(dataDir.resolve(FILE_NAME), "it is far too large", null);
        }
        return parse(dataDir, dataDir.resolve(FILE_NAME), bytes);
    }

    private static KeySlotFile parse(Path dataDir, Path file, byte[] bytes) {
        Map<String, Object> root;
        try {
            root = JSON_STRICT.mapFrom(bytes);
        } catch (IOException | RuntimeException e) {
            throw damaged(file, "it is not valid JSON", e);
        }
        if (root == null) {
            throw damaged(file, "it is empty", null);
        }
        try {
            var slots = new KeySlotFile(dataDir, false);
            slots.read(root);
            return slots;
        } catch (IllegalArgumentException | ClassCastException e) {
            throw damaged(file, e.getMessage(), e);
        }
    }

    /**
     * Opens the caller's password slot. An unknown or removed username costs the same Argon2id work as a known
     * one and gets the same message as a wrong password.
     *
     * @throws UnlockFailedException with {@link UnlockFailedException#WRONG_USERNAME_OR_PASSWORD}
     * @throws KeySlotException {@code DAMAGED} if the slot opens to a key that does not belong to this file
     */
    public DataKey unlock(String username, char[] password) {
        Unlocked unlocked = unlockWithKeys(username, password);
        unlocked.keys().wipe();
        return unlocked.dataKey();
    }

    /** As {@link #unlock}, also returning the note keys the slot holds. */
    public synchronized Unlocked unlockWithKeys(String username, char[] password) {
        Slot slot = username == null ? null : passwordSlots.get(username);
        if (password == null) {
            password = new char[0];
        }
        char[] normalised = normalise(password);
        try {
            if (slot == null) {
                byte[] wasted = Argon2id.derive(normalised, new byte[SALT_BYTES], dummyParams(), KEK_BYTES);
                Arrays.fill(wasted, (byte) 0);
                throw new UnlockFailedException(UnlockFailedException.WRONG_USERNAME_OR_PASSWORD);
            }
            byte[] kek = Argon2id.derive(normalised, slot.salt(), slot.params(), KEK_BYTES);
            return open(slot, kek, UnlockFailedException.WRONG_USERNAME_OR_PASSWORD);
        } finally {
            if (normalised != password) {
                Arrays.fill(normalised, '\0');
            }
        }
    }

    /**
     * Opens the recovery slot with the typed recovery key.
     *
     * @throws UnlockFailedException if there is no recovery slot, the text is not a well-formed recovery key
     *     (the message says what is wrong with it) or it is not this logbook's key
     */
    public DataKey unlockWithRecoveryKey(String text) {
        Unlocked unlocked = unlockWithRecoveryKeyAndKeys(text);
        unlocked.keys().wipe();
        return unlocked.dataKey();
    }

    /** As {@link #unlockWithRecoveryKey}, also returning the note keys the recovery slot holds. */
    public synchronized Unlocked unlockWithRecoveryKeyAndKeys(String text) {
        if (recoverySlot == null) {
            throw new UnlockFailedException("This logbook has no recovery key.");
        }
        RecoveryKey recoveryKey;
        try {
            recoveryKey = RecoveryKey.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UnlockFailedException(e.getMessage());
        }
        try (recoveryKey) {
            byte[] secret = recoveryKey.bytes();
            try {
                byte[] kek = Argon2id.derive(secret, recoverySlot.salt(), null, null, recoverySlot.params(),
                        KEK_BYTES);
                return open(recoverySlot, kek, "The recovery key is not right.");
            } finally {
                Arrays.fill(secret, (byte) 0);
            }
        }
    }

    /**
     * Makes a new recovery key and wraps the DEK under it, replacing any earlier recovery slot (the old printed
     * key stops working once this file is saved). Returns the key in its typeable form, to print once.
     */
    public String createRecoverySlot(DataKey dek) {
        return createRecoverySlot(dek, SlotKeys.NONE);
    }

    /** As {@link #createRecoverySlot(DataKey)}, the slot also holding {@code keys} (the managers' note keys). */
    public synchronized String createRecoverySlot(DataKey dek, SlotKeys keys) {
        checkKeyBelongs(dek);
        try (RecoveryKey recoveryKey = RecoveryKey.generate()) {
            byte[] salt = randomSalt();
            Argon2Params params = Argon2Params.forNewSlots();
            byte[] secret = recoveryKey.bytes();
            byte[] kek;
            try {
                kek = Argon2id.derive(secret, salt, null, null, params, KEK_BYTES);
            } finally {
                Arrays.fill(secret, (byte) 0);
            }
            recoverySlot = wrap(new Slot(SlotKind.RECOVERY, null, null, false, salt, params, null, null), kek, dek,
                    keys);
            rememberKey(dek);
            return recoveryKey.format();
        }
    }

    /**
     * Adds the account's slot, or replaces it (a password change or reset rewraps the same DEK).
     *
     * @throws IllegalArgumentException if the password has fewer than 12 characters, the username is not usable,
     *     or {@code dek} is not the key the other slots wrap
     */
    public void putPasswordSlot(String username, Role role, char[] password, boolean mustChangePassword,
            DataKey dek) {
        putPasswordSlot(username, role, password, mustChangePassword, dek, SlotKeys.NONE);
    }

    /** As {@link #putPasswordSlot(String, Role, char[], boolean, DataKey)}, the slot also holding {@code keys}. */
    public synchronized void putPasswordSlot(String username, Role role, char[] password, boolean mustChangePassword,
            DataKey dek, SlotKeys keys) {
        checkUsername(username);
        if (role == null) {
            throw new IllegalArgumentException("A staff account needs a role.");
        }
        if (password == null) {
            throw new IllegalArgumentException("A password needs at least 12 characters.");
        }
        char[] normalised = normalise(password);
        try {
            // Length only, no composition rules (NIST SP 800-63B); counted in code points after normalisation.
            if (Character.codePointCount(normalised, 0, normalised.length) < MIN_PASSWORD_CHARS) {
                throw new IllegalArgumentException("A password needs at least 12 characters.");
            }
            checkKeyBelongs(dek);
            byte[] salt = randomSalt();
            Argon2Params params = Argon2Params.forNewSlots();
            byte[] kek = Argon2id.derive(normalised, salt, params, KEK_BYTES);
            passwordSlots.put(username,
                    wrap(new Slot(SlotKind.PASSWORD, username, role, mustChangePassword, salt, params, null, null),
                            kek, dek, keys));
            rememberKey(dek);
        } finally {
            if (normalised != password) {
                Arrays.fill(normalised, '\0');
            }
        }
    }

    /** Removes the account's slot, if any. Backups of the old file still open with the old password. */
    public synchronized void removeSlot(String username) {
        passwordSlots.remove(username);
    }

    public synchronized Optional<SlotInfo> slot(String username) {
        return Optional.ofNullable(passwordSlots.get(username)).map(Slot::info);
    }

    /** All password slots, in the order they were first added. */
    public synchronized List<SlotInfo> passwordSlots() {
        List<SlotInfo> out = new ArrayList<>(passwordSlots.size());
        passwordSlots.values().forEach(s -> out.add(s.info()));
        return List.copyOf(out);
    }

    public synchronized boolean hasRecoverySlot() {
        return recoverySlot != null;
    }

    public synchronized Optional<AuditAnchor> auditAnchor() {
        return Optional.ofNullable(auditAnchor);
    }

    /** Records the latest audit position; written with the next {@link #save}. */
    public synchronized void setAuditAnchor(AuditAnchor anchor) {
        this.auditAnchor = anchor;
    }

    /**
     * Writes the file atomically: a temporary file in the same folder is written and forced to disk, renamed over
     * the old one, then the folder itself is forced, so a crash leaves either the old or the new file, never half
     * of one. The file is owner-only where the file system has POSIX permissions.
     *
     * @throws FileAlreadyExistsException if this was made by {@link #createNew} and a key file appeared meanwhile
     */
    public synchronized void save() throws IOException {
        if (storage != null) {
            storage.write(JSON_STRICT.asBytes(toJson()));
            fresh = false;
            return;
        }
        Path file = dataDir.resolve(FILE_NAME);
        Path temp = dataDir.resolve(TEMP_NAME);
        if (fresh && Files.exists(file)) {
            // Replacing another logbook's key file would make its database unopenable.
            throw new FileAlreadyExistsException(file.toString(), null, "a key file already exists there");
        }
        byte[] bytes = JSON_STRICT.asBytes(toJson());
        boolean posix = Files.getFileStore(dataDir).supportsFileAttributeView(PosixFileAttributeView.class);
        Files.deleteIfExists(temp); // a leftover from a crash mid-save
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        try {
            try (FileChannel channel = FileChannel.open(temp,
                    EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (posix) {
                Files.setPosixFilePermissions(temp, OWNER_ONLY); // in case a umask removed owner bits
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        forceDirectory(dataDir);
        fresh = false;
    }

    // ---------------------------------------------------------------------------------------------------------

    private Unlocked open(Slot slot, byte[] kek, String failure) {
        byte[] plain = null;
        try {
            plain = Aead.open(kek, slot.wrapped(), slot.header());
            if (plain.length != DataKey.LENGTH) {
                throw new UnlockFailedException(failure);
            }
            DataKey dek = DataKey.of(plain);
            if (keyCheck == null || !MessageDigest.isEqual(
                    keyCheck.getBytes(StandardCharsets.US_ASCII), keyCheckOf(dek).getBytes(StandardCharsets.US_ASCII))) {
                dek.destroy();
                throw storage != null
                        ? damagedAt(storage.describe(), "the key check does not match the unlocked key", null)
                        : damaged(dataDir.resolve(FILE_NAME), "its key check does not match the unlocked key", null);
            }
            if (slot.wrappedKeys() == null) {
                return new Unlocked(dek, SlotKeys.NONE);
            }
            byte[] keys;
            try {
                keys = Aead.open(kek, slot.wrappedKeys(), slot.keysAad());
            } catch (Aead.TamperedException e) {
                dek.destroy();
                throw e;
            }
            try {
                return new Unlocked(dek, SlotKeys.decode(keys));
            } catch (IllegalArgumentException e) {
                dek.destroy();
                throw new UnlockFailedException(failure);
            } finally {
                Arrays.fill(keys, (byte) 0);
            }
        } catch (Aead.TamperedException e) {
            throw new UnlockFailedException(failure);
        } finally {
            Arrays.fill(kek, (byte) 0);
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    private static Slot wrap(Slot unwrapped, byte[] kek, DataKey dek, SlotKeys keys) {
        byte[] raw = dek.bytes();
        byte[] encodedKeys = keys == null || keys.isEmpty() ? null : keys.encode();
        try {
            byte[] wrapped = Aead.seal(kek, raw, unwrapped.header());
            byte[] wrappedKeys = encodedKeys == null ? null : Aead.seal(kek, encodedKeys, unwrapped.keysAad());
            return new Slot(unwrapped.kind(), unwrapped.username(), unwrapped.role(), unwrapped.mustChange(),
                    unwrapped.salt(), unwrapped.params(), wrapped, wrappedKeys);
        } finally {
            if (encodedKeys != null) {
                Arrays.fill(encodedKeys, (byte) 0);
            }
            Arrays.fill(raw, (byte) 0);
            Arrays.fill(kek, (byte) 0);
        }
    }

    private void checkKeyBelongs(DataKey dek) {
        if (keyCheck != null && !keyCheck.equals(keyCheckOf(dek))) {
            throw new IllegalArgumentException("That data key does not belong to this logbook.");
        }
    }

    private void rememberKey(DataKey dek) {
        if (keyCheck == null) {
            keyCheck = keyCheckOf(dek);
        }
    }

    private static String keyCheckOf(DataKey dek) {
        byte[] derived = dek.derive("key-slot-check");
        try {
            return HexFormat.of().formatHex(derived, 0, KEY_CHECK_BYTES);
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    /** Parameters for the decoy derivation: what a real slot here would cost. */
    private Argon2Params dummyParams() {
        return passwordSlots.values().stream().findFirst().map(Slot::params).orElseGet(Argon2Params::forNewSlots);
    }

    private static byte[] randomSalt() {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return salt;
    }

    /**
     * NFKC, so the same password typed on another keyboard or system gives the same bytes (NIST SP 800-63B).
     * Pure ASCII is returned as is, avoiding an unwipeable String copy in the common case.
     */
    private static char[] normalise(char[] password) {
        for (char c : password) {
            if (c >= 0x80) {
                return Normalizer.normalize(CharBuffer.wrap(password), Normalizer.Form.NFKC).toCharArray();
            }
        }
        return password;
    }

    private static void checkUsername(String username) {
        if (username == null || username.isEmpty() || username.isBlank()) {
            throw new IllegalArgumentException("A username is needed.");
        }
        if (username.length() > MAX_USERNAME_CHARS) {
            throw new IllegalArgumentException("A username can have at most " + MAX_USERNAME_CHARS + " characters.");
        }
        if (username.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("A username cannot contain control characters.");
        }
    }

    private static void forceDirectory(Path dir) {
        // Makes the rename itself durable. Windows cannot open a folder as a channel; NTFS journals the rename.
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort
        }
    }

    private static KeySlotException damaged(Path file, String why, Throwable cause) {
        return new KeySlotException(KeySlotException.Kind.DAMAGED, "The key file " + file + " is damaged: " + why
                + ". Restore keyslots.json from the latest backup.", cause);
    }

    private static KeySlotException damagedAt(String where, String why, Throwable cause) {
        return new KeySlotException(KeySlotException.Kind.DAMAGED, "The key slots in " + where + " are damaged: "
                + why + ". Restore them from the latest backup.", cause);
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    // --- JSON ------------------------------------------------------------------------------------------------
    // Parsing is strict (exact key sets, exact types, canonical base64) so that any edited byte is refused or
    // changes something the GCM tag covers; a lenient reader could let an edit through unnoticed.

    private Map<String, Object> toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        if (keyCheck != null) {
            root.put("keyCheck", keyCheck);
        }
        List<Object> slots = new ArrayList<>();
        passwordSlots.values().forEach(s -> slots.add(slotJson(s)));
        if (recoverySlot != null) {
            slots.add(slotJson(recoverySlot));
        }
        root.put("slots", slots);
        if (auditAnchor != null) {
            Map<String, Object> anchor = new LinkedHashMap<>();
            anchor.put("seq", auditAnchor.seq());
            anchor.put("mac", auditAnchor.mac());
            root.put("auditAnchor", anchor);
        }
        return root;
    }

    private static Map<String, Object> slotJson(Slot slot) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", slot.kind().code);
        if (slot.kind() == SlotKind.PASSWORD) {
            json.put("username", slot.username());
            json.put("role", slot.role().code());
            json.put("mustChangePassword", slot.mustChange());
        }
        json.put("salt", Base64.getEncoder().encodeToString(slot.salt()));
        json.put("memoryKiB", slot.params().memoryKiB());
        json.put("iterations", slot.params().iterations());
        json.put("parallelism", slot.params().parallelism());
        json.put("wrappedKey", Base64.getEncoder().encodeToString(slot.wrapped()));
        if (slot.wrappedKeys() != null) {
            json.put("wrappedKeys", Base64.getEncoder().encodeToString(slot.wrappedKeys()));
        }
        return json;
    }

    private void read(Map<String, Object> root) {
        Object format = root.get("format");
        if (!(format instanceof Integer)) {
            throw new IllegalArgumentException("it has no format number");
        }
        if ((Integer) format > FORMAT) {
            throw new IllegalArgumentException("it was written by a newer version of Helpline Logbook");
        }
        if ((Integer) format != FORMAT) {
            throw new IllegalArgumentException("its format number is not valid");
        }
        keys(root, "the file", Set.of("format", "slots"), Set.of("keyCheck", "auditAnchor"));
        if (root.containsKey("keyCheck")) {
            keyCheck = hex(root.get("keyCheck"), HEX_KEY_CHECK, "the key check");
        }
        if (!(root.get("slots") instanceof List<?> slots)) {
            throw new IllegalArgumentException("it has no list of slots");
        }
        for (Object element : slots) {
            Slot slot = readSlot(element);
            if (slot.kind() == SlotKind.RECOVERY) {
                if (recoverySlot != null) {
                    throw new IllegalArgumentException("it has two recovery slots");
                }
                recoverySlot = slot;
            } else if (passwordSlots.putIfAbsent(slot.username(), slot) != null) {
                throw new IllegalArgumentException("it has two slots for the same username");
            }
        }
        if (keyCheck == null && !slots.isEmpty()) {
            throw new IllegalArgumentException("it has slots but no key check");
        }
        if (root.containsKey("auditAnchor")) {
            Map<String, Object> anchor = object(root.get("auditAnchor"), "the audit anchor");
            keys(anchor, "the audit anchor", Set.of("seq", "mac"), Set.of());
            Object seq = anchor.get("seq");
            if (!(seq instanceof Integer || seq instanceof Long)) {
                throw new IllegalArgumentException("the audit anchor's sequence number is not valid");
            }
            auditAnchor = new AuditAnchor(((Number) seq).longValue(), hex(anchor.get("mac"), HEX_64, "the audit MAC"));
        }
    }

    private static Slot readSlot(Object element) {
        Map<String, Object> json = object(element, "a slot");
        Object kindCode = json.get("kind");
        SlotKind kind;
        if (SlotKind.PASSWORD.code.equals(kindCode)) {
            kind = SlotKind.PASSWORD;
            keys(json, "a password slot", Set.of("kind", "username", "role", "mustChangePassword", "salt", "memoryKiB",
                    "iterations", "parallelism", "wrappedKey"), Set.of("wrappedKeys"));
        } else if (SlotKind.RECOVERY.code.equals(kindCode)) {
            kind = SlotKind.RECOVERY;
            keys(json, "the recovery slot", Set.of("kind", "salt", "memoryKiB", "iterations", "parallelism",
                    "wrappedKey"), Set.of("wrappedKeys"));
        } else {
            throw new IllegalArgumentException("a slot is of an unknown kind");
        }
        String username = null;
        Role role = null;
        boolean mustChange = false;
        if (kind == SlotKind.PASSWORD) {
            if (!(json.get("username") instanceof String name)) {
                throw new IllegalArgumentException("a slot has no username");
            }
            checkUsername(name);
            username = name;
            if (!(json.get("role") instanceof String code)) {
                throw new IllegalArgumentException("a slot has no role");
            }
            role = Role.fromCode(code);
            if (!(json.get("mustChangePassword") instanceof Boolean flag)) {
                throw new IllegalArgumentException("a slot has no must-change flag");
            }
            mustChange = flag;
        }
        var params = new Argon2Params(integer(json, "memoryKiB"), integer(json, "iterations"),
                integer(json, "parallelism"));
        return new Slot(kind, username, role, mustChange, base64(json.get("salt"), SALT_BYTES, "a salt"), params,
                base64(json.get("wrappedKey"), WRAPPED_BYTES, "a wrapped key"),
                json.containsKey("wrappedKeys") ? base64(json.get("wrappedKeys"), WRAPPED_KEYS_BYTES, "wrapped keys")
                        : null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String what) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(what + " is not a JSON object");
        }
        return (Map<String, Object>) map;
    }

    private static void keys(Map<String, Object> json, String what, Set<String> required, Set<String> optional) {
        for (String key : required) {
            if (!json.containsKey(key)) {
                throw new IllegalArgumentException(what + " lacks \"" + key + "\"");
            }
        }
        for (String key : json.keySet()) {
            if (!required.contains(key) && !optional.contains(key)) {
                throw new IllegalArgumentException(what + " has an unexpected entry");
            }
        }
    }

    private static int integer(Map<String, Object> json, String key) {
        if (!(json.get(key) instanceof Integer value)) {
            throw new IllegalArgumentException("\"" + key + "\" is not a whole number");
        }
        return value;
    }

    private static String hex(Object value, Pattern pattern, String what) {
        if (!(value instanceof String text) || !pattern.matcher(text).matches()) {
            throw new IllegalArgumentException(what + " is not valid");
        }
        return text;
    }

    private static byte[] base64(Object value, int length, String what) {
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException(what + " is missing");
        }
        byte[] bytes = Base64.getDecoder().decode(text); // IllegalArgumentException on bad characters
        // Only the canonical spelling is accepted: otherwise unused trailing bits could change unnoticed.
        if (bytes.length != length || !Base64.getEncoder().encodeToString(bytes).equals(text)) {
            throw new IllegalArgumentException(what + " is not valid");
        }
        return bytes;
    }
}
