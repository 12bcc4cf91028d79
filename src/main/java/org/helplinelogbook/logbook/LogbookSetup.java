package org.helplinelogbook.logbook;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.stream.Stream;
import org.helplinelogbook.domain.Actor;
import org.helplinelogbook.domain.LogbookSettings;
import org.helplinelogbook.domain.Role;
import org.helplinelogbook.domain.StaffAccount;
import org.helplinelogbook.domain.Store;
import org.helplinelogbook.security.DataKey;
import org.helplinelogbook.security.KeySlotFile;
import org.helplinelogbook.security.NoteKeyring;
import org.helplinelogbook.security.SlotKeys;
import org.helplinelogbook.storage.ConnectionProfile;
import org.helplinelogbook.storage.Database;
import org.helplinelogbook.storage.JdbiStore;
import org.helplinelogbook.storage.StorageException;

/**
 * Setting a logbook up: creating one on this computer or on a server, with its first manager, the logbook's zone,
 * the default taxonomy and example campaigns, and making a data folder a desk of a logbook already on a server.
 * Everything taken along the way (lock, key, database, half-written files) is given back if any step fails.
 * Unlocking an existing logbook is {@link LogbookOpening}.
 */
public final class LogbookSetup {

    /** A new logbook and the recovery key, which is shown once and never stored in clear. */
    public record Created(Logbook logbook, String recoveryKey) {}

    private LogbookSetup() {}

    /** What creating any logbook (on this computer or on a server) asks first: a valid first manager, no logbook here. */
    static void requireNewLogbook(Path dataDir, String username, char[] password) {
        if (!StaffAccount.isValidUsername(username)) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT,
                    "A username is 2 to 32 letters, digits, dots, dashes or underscores.");
        }
        if (password == null || password.length < StaffAccount.MIN_PASSWORD_LENGTH) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, "A password needs at least 12 characters.");
        }
        if (DataFolder.holdsLogbook(dataDir)) {
            throw new LogbookException(LogbookException.Kind.ALREADY_EXISTS,
                    "A logbook already exists in " + dataDir + ". Nothing was changed.");
        }
    }

    /** Creates a logbook in {@code dataDir} with its first (manager) account, default taxonomy and example campaigns. */
    public static Created create(Path dataDir, String username, char[] password, ZoneId zone) {
        requireNewLogbook(dataDir, username, password);
        try {
            DataFolder.ensureExists(dataDir);
        } catch (IOException e) {
            throw new LogbookException(LogbookException.Kind.STORAGE, "The folder " + dataDir + " cannot be created.");
        }
        LogbookLock lock = LogbookLock.acquire(dataDir);
        DataKey key = DataKey.generate();
        Database database = null;
        try {
            KeySlotFile slots = KeySlotFile.createNew(dataDir);
            // The first manager's slot and the recovery slot hold the managers' new note key pair (ADR 2).
            SlotKeys noteKeys = NoteKeyring.forNewLogbook();
            slots.putPasswordSlot(username, Role.MANAGER, password, false, key, noteKeys);
            String recoveryKey = slots.createRecoverySlot(key, new SlotKeys(null, noteKeys.notesPublicKey(),
                    noteKeys.notesPrivateKey()));
            database = Database.openH2(dataDir, key, true);
            var seeded = new JdbiStore(database, zone);
            long staffId = seed(seeded, username, zone);
            NoteKeyEnrolment.publish(seeded, noteKeys.notesPublicKey());
            LogbookOpening.saveSlots(slots);
            var logbook = Logbook.assemble(dataDir, lock, slots, slots, key, database,
                    new Actor(staffId, username, Role.MANAGER), false);
            logbook.notes().useKeys(new NoteKeyring(staffId, noteKeys));
            logbook.record(AuditActions.INIT, null, null, null);
            return new Created(logbook, recoveryKey);
        } catch (RuntimeException e) {
            if (database != null) {
                database.close();
            }
            key.destroy();
            removeHalfCreated(dataDir);
            lock.close();
            throw e instanceof StorageException s ? LogbookException.of(s) : e;
        }
    }

    /**
     * Creates a logbook shared by several desks in the (empty) server database of {@code profile}, and makes
     * {@code dataDir} its first desk. The first manager account, taxonomy and recovery key are as for
     * {@link #create}. See {@link SharedLogbook}.
     */
    public static Created createShared(Path dataDir, ConnectionProfile profile, char[] dbPassword, String username,
            char[] password, ZoneId zone) {
        return SharedLogbook.create(dataDir, profile, dbPassword, username, password, zone);
    }

    /**
     * Makes {@code dataDir} a desk of the logbook already on the server; staff then sign in as usual. The database
     * password is kept for the desk (system credential store, else a private file): returns where, or null if it
     * could not be kept (then each sign-in asks for it).
     */
    public static String joinShared(Path dataDir, ConnectionProfile profile, char[] dbPassword) {
        return SharedLogbook.join(dataDir, profile, dbPassword);
    }

    /**
     * As {@link #joinShared(Path, ConnectionProfile, char[])} from what a person types: the server's address as
     * {@code postgresql://ROLE@HOST:PORT/DATABASE?...}, and the office CA certificate file when the address does not
     * name it. A malformed address or a weaker {@code sslmode} is INVALID_INPUT, as for the CLI's {@code join}.
     */
    public static String joinShared(Path dataDir, String serverUrl, Path caCertificate, char[] dbPassword) {
        ConnectionProfile profile;
        try {
            profile = ConnectionProfile.parseUrl(withCa(serverUrl == null ? "" : serverUrl.strip(), caCertificate));
        } catch (IllegalArgumentException e) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, e.getMessage());
        }
        return joinShared(dataDir, profile, dbPassword);
    }

    private static String withCa(String url, Path ca) {
        if (ca == null || url.contains("sslrootcert=")) {
            return url;
        }
        String encoded = URLEncoder.encode(ca.toAbsolutePath().toString(), StandardCharsets.UTF_8);
        return url + (url.contains("?") ? "&" : "?") + "sslrootcert=" + encoded;
    }

    /** What a new logbook starts with: the first manager, the logbook's zone, the default taxonomy and example campaigns. */
    static long seed(Store store, String managerName, ZoneId zone) {
        return store.write(r -> {
            long id = r.staff().insert(managerName, Role.MANAGER, false);
            r.settings().put(LogbookSettings.ZONE, zone.getId());
            r.settings().put(LogbookSettings.AUTO_LOCK_MINUTES, String.valueOf(LogbookSettings.AUTO_LOCK_DEFAULT));
            r.settings().put(LogbookSettings.RETENTION_MONTHS, String.valueOf(LogbookSettings.RETENTION_DEFAULT));
            Seeds.taxonomy().forEach(r.taxonomy()::save);
            r.taxonomy().bumpVersion();
            Seeds.campaigns().forEach(r.campaigns()::insert);
            return id;
        });
    }

    /** After a failed init, removes only the files init itself wrote (the folder may hold other things). */
    private static void removeHalfCreated(Path dataDir) {
        try (Stream<Path> files = Files.list(dataDir)) {
            files.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(Database.FILE_NAME + ".") || name.startsWith(KeySlotFile.FILE_NAME);
            }).sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // left for the user; init refuses to overwrite it and says so
                }
            });
        } catch (IOException ignored) {
            // nothing to clean
        }
    }
}
