package org.helplinelogbook.security;

import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a desk keeps its database role's password, so a worker starting the desktop from the menu signs in with
 * only their own password (docs/adr/0010-desk-password-store.md). In the system's credential store when there is
 * one (Secret Service/libsecret, Windows Credential Manager, macOS Keychain, through java-keyring); else in
 * {@value #FILE_NAME} in the desk's data folder, readable and writable by the desk's user only (0600, or an
 * owner-only ACL on Windows), created with those rights so it is never readable by others, not even for a moment.
 *
 * <p>The password is never logged: failures log only an exception class name.
 */
public final class DeskPasswordStore {

    public static final String FILE_NAME = "server-password";
    static final String SERVICE = "Helpline Logbook";
    /** {@code off} skips the system store (tests, or an office that wants the file). */
    public static final String KEYRING_PROPERTY = "helplinelogbook.keyring";

    private static final Logger LOG = LoggerFactory.getLogger(DeskPasswordStore.class);

    private final Path dataDir;
    private final String account;
    private final Supplier<Optional<Keyring>> keyrings;

    /**
     * @param account names this desk's entry in the system store (the profile's {@code role@host:port/database}
     *     and the data folder, so two desks' folders on one computer do not share an entry)
     */
    public DeskPasswordStore(Path dataDir, String account) {
        this(dataDir, account, DeskPasswordStore::systemKeyring);
    }

    DeskPasswordStore(Path dataDir, String account, Supplier<Optional<Keyring>> keyrings) {
        this.dataDir = dataDir;
        this.account = account + " " + dataDir.toAbsolutePath();
        this.keyrings = keyrings;
    }

    /** A store that only uses the private file (what tests and CI exercise: they have no system store). */
    public static DeskPasswordStore fileOnly(Path dataDir, String account) {
        return new DeskPasswordStore(dataDir, account, Optional::empty);
    }

    /** Where it is kept, for messages: "the system's credential store" or the file. */
    public String describe() {
        return hasSystemEntry() ? "the system's credential store" : dataDir.resolve(FILE_NAME).toString();
    }

    /** The stored password, or empty; the caller wipes it after use. */
    public Optional<char[]> load() {
        Optional<Keyring> keyring = keyrings.get();
        if (keyring.isPresent()) {
            try (Keyring k = keyring.get()) {
                String stored = k.getPassword(SERVICE, account);
                if (stored != null) {
                    return Optional.of(stored.toCharArray());
                }
            } catch (PasswordAccessException e) {
                // no entry, or the store is locked: try the file
            } catch (Exception | LinkageError e) {
                LOG.warn("System credential store could not be read: {}", e.getClass().getName());
            }
        }
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            try {
                CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
                char[] out = Arrays.copyOf(chars.array(), chars.limit());
                Arrays.fill(chars.array(), '\0');
                int end = out.length;
                while (end > 0 && (out[end - 1] == '\n' || out[end - 1] == '\r')) {
                    end--;
                }
                char[] trimmed = Arrays.copyOf(out, end);
                Arrays.fill(out, '\0');
                return trimmed.length == 0 ? Optional.empty() : Optional.of(trimmed);
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        } catch (IOException e) {
            LOG.warn("Desk password file could not be read: {}", e.getClass().getName());
            return Optional.empty();
        }
    }

    /**
     * Keeps {@code password} for this desk: in the system store if there is one (and then removes any file copy),
     * else in the private file. Returns where it went, for the person to be told.
     *
     * @throws IOException when neither the system store nor the file can take it
     */
    public String save(char[] password) throws IOException {
        Optional<Keyring> keyring = keyrings.get();
        if (keyring.isPresent()) {
            try (Keyring k = keyring.get()) {
                k.setPassword(SERVICE, account, new String(password));
                Files.deleteIfExists(dataDir.resolve(FILE_NAME));
                return "the system's credential store";
            } catch (Exception | LinkageError e) {
                LOG.warn("System credential store could not be written, using the private file: {}",
                        e.getClass().getName());
            }
        }
        writePrivateFile(password);
        return dataDir.resolve(FILE_NAME).toString();
    }

    /** Forgets the password everywhere this desk kept it (e.g. after the server refused it). */
    public void forget() {
        keyrings.get().ifPresent(k -> {
            try (k) {
                k.deletePassword(SERVICE, account);
            } catch (Exception | LinkageError e) {
                // no entry, or the store is locked: nothing more to do
            }
        });
        try {
            Files.deleteIfExists(dataDir.resolve(FILE_NAME));
        } catch (IOException e) {
            LOG.warn("Desk password file could not be removed: {}", e.getClass().getName());
        }
    }

    private boolean hasSystemEntry() {
        return keyrings.get().map(k -> {
            try (k) {
                return k.getPassword(SERVICE, account) != null;
            } catch (Exception | LinkageError e) {
                return false;
            }
        }).orElse(false);
    }

    /** Writes a new file with owner-only rights from the start, then moves it over the old one. */
    private void writePrivateFile(char[] password) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        Path temp = dataDir.resolve(FILE_NAME + ".tmp");
        Files.deleteIfExists(temp);
        boolean posix = Files.getFileAttributeView(dataDir, PosixFileAttributeView.class) != null;
        if (posix) {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            try {
                Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                throw new IOException("left over", e);
            }
            ownerOnlyAcl(temp);
        }
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.SYNC)) {
            out.write(bytes.array(), 0, bytes.limit());
        } finally {
            Arrays.fill(bytes.array(), (byte) 0);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void ownerOnlyAcl(Path file) throws IOException {
        AclFileAttributeView view = Files.getFileAttributeView(file, AclFileAttributeView.class);
        if (view == null) {
            return;
        }
        AclEntry owner = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(view.getOwner())
                .setPermissions(AclEntryPermission.READ_DATA, AclEntryPermission.WRITE_DATA,
                        AclEntryPermission.APPEND_DATA, AclEntryPermission.READ_ATTRIBUTES,
                        AclEntryPermission.WRITE_ATTRIBUTES, AclEntryPermission.READ_ACL, AclEntryPermission.WRITE_ACL,
                        AclEntryPermission.DELETE, AclEntryPermission.SYNCHRONIZE)
                .build();
        view.setAcl(List.of(owner));
    }

    /**
     * The system's credential store, or empty when there is none. On Linux without a session bus (a server, a
     * test run, CI) there is no Secret Service: skipped without trying, which would only cost time.
     */
    static Optional<Keyring> systemKeyring() {
        if ("off".equals(System.getProperty(KEYRING_PROPERTY))) {
            return Optional.empty();
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("linux") && System.getenv("DBUS_SESSION_BUS_ADDRESS") == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Keyring.create());
        } catch (Exception | LinkageError e) {
            LOG.info("No system credential store ({}); the desk password is kept in a private file",
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
