package org.helplinelogbook.logbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.helplinelogbook.domain.Actor;
import org.helplinelogbook.domain.Role;
import org.helplinelogbook.security.DataKey;
import org.helplinelogbook.security.DeskPasswordStore;
import org.helplinelogbook.security.KeySlotException;
import org.helplinelogbook.security.KeySlotFile;
import org.helplinelogbook.security.NoteKeyring;
import org.helplinelogbook.security.SlotKeys;
import org.helplinelogbook.security.UnlockFailedException;
import org.helplinelogbook.storage.ConnectionProfile;
import org.helplinelogbook.storage.Database;
import org.helplinelogbook.storage.JdbiStore;
import org.helplinelogbook.storage.ServerSlots;
import org.helplinelogbook.storage.StorageException;

/**
 * A logbook shared by several desks on PostgreSQL. Each desk's data folder holds {@code server.json} (how to
 * reach the server; no password) and its own audit anchor; the key slots live on the server, so a staff account
 * enrolled at one desk unlocks at every desk, and removing a slot removes it everywhere. Notes stay sealed and
 * codewords HMAC'd in the app exactly as on H2: the server never sees a note or the data key.
 */
final class SharedLogbook {

    static final String DB_PASSWORD_ENV = "LOGBOOK_DB_PASSWORD";

    private SharedLogbook() {}

    static LogbookSetup.Created create(Path dataDir, ConnectionProfile profile, char[] dbPassword, String username,
            char[] password, ZoneId zone) {
        LogbookSetup.requireNewLogbook(dataDir, username, password);
        ensureFolder(dataDir);
        LogbookLock lock = LogbookLock.acquire(dataDir);
        DataKey key = DataKey.generate();
        Database database = null;
        boolean wroteProfile = false;
        try {
            database = open(profile, dbPassword);
            var store = new JdbiStore(database, zone);
            if (ServerSlots.exist(store) || !store.read(r -> r.staff().list()).isEmpty()) {
                throw new LogbookException(LogbookException.Kind.ALREADY_EXISTS, "The server database "
                        + profile.describe() + " already holds a logbook. Join it instead (join --server ...).");
            }
            KeySlotFile slots = ServerSlots.createNew(store);
            SlotKeys noteKeys = NoteKeyring.forNewLogbook();
            slots.putPasswordSlot(username, Role.MANAGER, password, false, key, noteKeys);
            String recoveryKey = slots.createRecoverySlot(key, new SlotKeys(null, noteKeys.notesPublicKey(),
                    noteKeys.notesPrivateKey()));
            LogbookOpening.saveSlots(slots); // first: a second init racing this one now fails instead of seeding twice
            long staffId = LogbookSetup.seed(store, username, zone);
            NoteKeyEnrolment.publish(store, noteKeys.notesPublicKey());
            profile.saveTo(dataDir);
            wroteProfile = true;
            KeySlotFile anchor = ServerSlots.deskAnchor(dataDir);
            var logbook = Logbook.assemble(dataDir, lock, slots, anchor, key, database,
                    new Actor(staffId, username, Role.MANAGER), false);
            logbook.notes().useKeys(new NoteKeyring(staffId, noteKeys));
            logbook.record(AuditActions.INIT, null, null, null);
            return new LogbookSetup.Created(logbook, recoveryKey);
        } catch (IOException e) {
            LogbookOpening.cleanUp(lock, key, database);
            throw new LogbookException(LogbookException.Kind.STORAGE, "The folder " + dataDir + " cannot be written.");
        } catch (RuntimeException e) {
            if (wroteProfile) {
                deleteQuietly(dataDir.resolve(ConnectionProfile.FILE_NAME));
            }
            LogbookOpening.cleanUp(lock, key, database);
            throw e instanceof StorageException s ? LogbookException.of(s) : e;
        }
    }

    /** Where this desk keeps its database password (system credential store, else a private file). */
    static DeskPasswordStore passwordStore(Path dataDir, ConnectionProfile profile) {
        return new DeskPasswordStore(dataDir, profile.describe());
    }

    /** @return where the desk's database password is now kept, for the person to be told */
    static String join(Path dataDir, ConnectionProfile profile, char[] dbPassword) {
        if (DataFolder.holdsLogbook(dataDir)) {
            throw new LogbookException(LogbookException.Kind.ALREADY_EXISTS,
                    "A logbook already exists in " + dataDir + ". Nothing was changed.");
        }
        ensureFolder(dataDir);
        try (LogbookLock lock = LogbookLock.acquire(dataDir); Database database = open(profile, dbPassword)) {
            if (!ServerSlots.exist(new JdbiStore(database, ZoneOffset.UTC))) {
                throw new LogbookException(LogbookException.Kind.MISSING, "The server database "
                        + profile.describe() + " holds no logbook yet. Create it first (init --server ...).");
            }
            profile.saveTo(dataDir);
        } catch (IOException e) {
            throw new LogbookException(LogbookException.Kind.STORAGE, "The folder " + dataDir + " cannot be written.");
        } catch (StorageException e) {
            throw LogbookException.of(e);
        }
        try {
            return passwordStore(dataDir, profile).save(dbPassword);
        } catch (IOException e) {
            return null; // joined all the same: the sign-in asks for the password each time and says why
        }
    }

    static Logbook unlock(Path dataDir, LogbookOpening.Unlocker unlocker, String username, char[] dbPassword) {
        ConnectionProfile profile;
        try {
            profile = ConnectionProfile.load(dataDir.resolve(ConnectionProfile.FILE_NAME));
        } catch (IllegalArgumentException e) {
            // e.g. a weaker sslmode written into server.json by hand: refused as join refuses it (exit 4)
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, e.getMessage());
        }
        LogbookLock lock = LogbookLock.acquire(dataDir);
        DataKey key = null;
        Database database = null;
        DeskPasswordStore kept = passwordStore(dataDir, profile);
        char[] password = dbPassword != null ? dbPassword : fromEnvironment();
        boolean fromStore = false;
        if (password.length == 0) {
            password = kept.load().orElse(new char[0]);
            fromStore = password.length > 0;
        }
        try {
            if (password.length == 0) {
                throw new DeskPasswordNeededException("This desk has no database password kept. Type the password"
                        + " of the desk's database role (from whoever runs the server).");
            }
            database = open(profile, password);
            if (dbPassword != null) {
                keep(kept, dbPassword); // typed at sign-in and it worked: not asked again at this desk
            }
            KeySlotFile slots = ServerSlots.load(new JdbiStore(database, ZoneOffset.UTC));
            KeySlotFile.Unlocked unlocked = unlocker.unlock(slots);
            key = unlocked.dataKey();
            return LogbookOpening.signIn(dataDir, lock, slots, ServerSlots.deskAnchor(dataDir), key, unlocked.keys(), database,
                    username);
        } catch (UnlockFailedException e) {
            LogbookOpening.cleanUp(lock, key, database);
            throw new LogbookException(LogbookException.Kind.AUTHENTICATION, "The username or password is not right.");
        } catch (KeySlotException e) {
            LogbookOpening.cleanUp(lock, key, database);
            throw new LogbookException(e.kind() == KeySlotException.Kind.MISSING
                    ? LogbookException.Kind.MISSING : LogbookException.Kind.DAMAGED, e.getMessage());
        } catch (StorageException e) {
            LogbookOpening.cleanUp(lock, key, database);
            throw LogbookException.of(e);
        } catch (RuntimeException e) {
            LogbookOpening.cleanUp(lock, key, database);
            throw e;
        } finally {
            if (dbPassword == null || fromStore) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /** Keeps a password that just worked, unless the same one is already kept. */
    private static void keep(DeskPasswordStore kept, char[] password) {
        char[] current = kept.load().orElse(new char[0]);
        try {
            if (!Arrays.equals(current, password)) {
                kept.save(password);
            }
        } catch (IOException e) {
            // not kept: the next sign-in asks again, which is safe
        } finally {
            Arrays.fill(current, '\0');
        }
    }

    static Database open(ConnectionProfile profile, char[] dbPassword) {
        if (dbPassword == null || dbPassword.length == 0) {
            throw new LogbookException(LogbookException.Kind.AUTHENTICATION, "No database password for this desk:"
                    + " set " + DB_PASSWORD_ENV + " or type it when asked.");
        }
        try {
            return Database.openPostgres(profile, dbPassword);
        } catch (StorageException e) {
            if (e.isPasswordRefused()) {
                throw new DeskPasswordNeededException("The logbook server refused the database password of "
                        + profile.user() + ". Type it again (ask whoever runs the server if it was changed).");
            }
            throw LogbookException.of(e);
        } catch (IllegalArgumentException e) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, e.getMessage());
        }
    }

    private static char[] fromEnvironment() {
        String env = System.getenv(DB_PASSWORD_ENV);
        return env == null ? new char[0] : env.toCharArray();
    }

    private static void ensureFolder(Path dataDir) {
        try {
            DataFolder.ensureExists(dataDir);
        } catch (IOException e) {
            throw new LogbookException(LogbookException.Kind.STORAGE, "The folder " + dataDir + " cannot be created.");
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // left for the person; init refuses to overwrite it and says so
        }
    }
}
