package org.helplinelogbook.logbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.helplinelogbook.domain.ContactRow;
import org.helplinelogbook.domain.Role;
import org.helplinelogbook.domain.StaffAccount;
import org.helplinelogbook.domain.Store;
import org.helplinelogbook.security.AuditTrail;
import org.helplinelogbook.security.DataKey;
import org.helplinelogbook.security.KeySlotException;
import org.helplinelogbook.security.KeySlotFile;
import org.helplinelogbook.security.NoteVault;
import org.helplinelogbook.security.UnlockFailedException;
import org.helplinelogbook.storage.ConnectionProfile;
import org.helplinelogbook.storage.Database;
import org.helplinelogbook.storage.JdbiStore;
import org.helplinelogbook.storage.ServerCopy;
import org.helplinelogbook.storage.ServerSlots;
import org.helplinelogbook.storage.StorageException;
import org.helplinelogbook.storage.WorkingCopy;

/**
 * {@code migrate-to-server}: copies a single-desk logbook into a new shared logbook on PostgreSQL.
 *
 * <p>Everything is copied as stored: the data key stays the same, so wrapped month keys, sealed notes (AAD
 * {@code contact|id|version|keyId}), codeword HMACs, drafts and the audit MACs stay valid, and the key slots
 * (the same wrapped data key) go to the server, so every existing password and the printed recovery key work
 * there. The copy, the key slots, the sequence resets and the checks (row counts, audit chain against the source's
 * anchor, a sample of notes opening to the same text) run in one transaction on the server: if any check fails,
 * nothing is left behind.
 *
 * <p>The original is never opened in place: its database file is copied to a temporary folder and the copy is
 * read, so the original file and {@code keyslots.json} stay byte for byte as they were.
 */
public final class ServerMigration {

    /** Copied in this order (foreign keys). */
    static final int NOTE_SAMPLE = 25;

    /** What was copied and checked. */
    public record Report(Map<String, Long> rows, long notesChecked, List<String> auditWarnings, String server) {}

    private ServerMigration() {}

    /**
     * Copies the single-desk logbook in {@code dataDir} (signed in as a manager) into the empty database of
     * {@code profile}. {@code dbPassword} is the password of the profile's role (the database owner).
     *
     * @throws LogbookException ALREADY_EXISTS if the server database already holds a logbook; NOT_ALLOWED for a
     *     worker; AUTHENTICATION for a wrong password; MISSING when there is no single-desk logbook
     */
    public static Report migrate(Path dataDir, String username, char[] password, ConnectionProfile profile,
            char[] dbPassword, boolean withDrafts) {
        if (DataFolder.isSharedDesk(dataDir)) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, "The logbook in " + dataDir
                    + " is already a desk of a shared logbook; there is nothing to move.");
        }
        if (!KeySlotFile.exists(dataDir) || !Database.existsIn(dataDir)) {
            throw new LogbookException(LogbookException.Kind.MISSING, "There is no single-desk logbook in " + dataDir + ".");
        }
        try (LogbookLock lock = LogbookLock.acquire(dataDir)) {
            byte[] slotBytes = readSlots(dataDir);
            KeySlotFile sourceSlots = parseSlots(dataDir, slotBytes);
            DataKey key = unlock(sourceSlots, username, password);
            WorkingCopy copy = null;
            try {
                var info = sourceSlots.slot(username).orElseThrow();
                if (info.role() != Role.MANAGER) {
                    throw new LogbookException(LogbookException.Kind.NOT_ALLOWED,
                            "Only a manager can move the logbook to a server.");
                }
                copy = copyDatabase(dataDir);
                try (Database source = Database.openH2(copy.folder(), key, false);
                        Database target = SharedLogbook.open(profile, dbPassword)) {
                    return copyAll(source, target, profile, sourceSlots, slotBytes, key, username, password, withDrafts);
                }
            } catch (StorageException e) {
                throw LogbookException.of(e);
            } finally {
                key.destroy();
                if (copy != null) {
                    copy.close();
                }
            }
        }
    }

    private static Report copyAll(Database source, Database target, ConnectionProfile profile, KeySlotFile sourceSlots,
            byte[] slotBytes, DataKey key, String username, char[] password, boolean withDrafts) {
        ZoneId zone = JdbiStore.storedZone(source);
        var sourceStore = new JdbiStore(source, zone);
        StaffAccount manager = sourceStore.read(r -> r.staff().find(username))
                .filter(a -> a.active() && a.role() == Role.MANAGER)
                .orElseThrow(() -> new LogbookException(LogbookException.Kind.NOT_ALLOWED,
                        "Only an active manager can move the logbook to a server."));
        var trail = new AuditTrail(key, sourceSlots);
        var vault = new NoteVault(key, zone, Retention::oweRewrite);
        var sourceVault = new NoteVault(key, zone, Retention::oweRewrite); // its own key cache: each side unwraps its own copy of a month key
        try {
            List<String> sourceProblems = sourceStore.read(r -> trail.verify(r.audit().all()));
            var targetStore = new JdbiStore(target, zone);
            byte[] serverSlots = withoutAnchor(slotBytes);
            return ServerCopy.run(source, targetStore, (copy, repos) -> {
                Set<String> unknown = copy.unknownSourceTables();
                if (!unknown.isEmpty()) {
                    throw new LogbookException(LogbookException.Kind.STORAGE, "This version cannot move the table(s) "
                            + unknown + "; update Helpline Logbook first. Nothing was copied.");
                }
                if (ServerSlots.exist(targetStore) || copy.targetHoldsData()) {
                    throw new LogbookException(LogbookException.Kind.ALREADY_EXISTS, "The server database "
                            + profile.describe() + " already holds a logbook. Nothing was copied; use an empty"
                            + " database (see docs/several-desks.md).");
                }
                Map<String, Long> rows = new LinkedHashMap<>();
                for (String table : ServerCopy.TABLES) {
                    if (table.equals("draft") && !withDrafts) {
                        rows.put(table, 0L);
                        continue;
                    }
                    rows.put(table, copy.copy(table));
                }
                copy.resetSequences();
                if (repos.keySlots().replace(serverSlots, 0).isEmpty()) {
                    throw new LogbookException(LogbookException.Kind.ALREADY_EXISTS, "The server database "
                            + profile.describe() + " already holds a logbook. Nothing was copied.");
                }
                // Checks, still inside the transaction: any failure rolls the whole copy back.
                for (String table : ServerCopy.TABLES) {
                    long expected = table.equals("draft") && !withDrafts ? 0 : copy.countSource(table);
                    long copied = copy.countTarget(table);
                    if (copied != expected || rows.get(table) != expected) {
                        throw failed("the table " + table + " has " + copied + " rows on the server but "
                                + expected + " here");
                    }
                }
                List<String> problems = trail.verify(repos.audit().all());
                if (!problems.equals(sourceProblems)) {
                    throw failed("the audit chain does not verify on the server");
                }
                long checked = checkNotes(copy, vault, sourceVault, sourceStore, repos);
                checkSlotsUnlock(serverSlots, username, password);
                trail.append(repos, manager.id(), AuditActions.MIGRATED_TO_SERVER, null, null,
                        "contacts=" + rows.get("contact") + ",audit=" + rows.get("audit_entry"));
                return new Report(rows, checked, sourceProblems, profile.describe());
            });
        } finally {
            vault.wipe();
            sourceVault.wipe();
            trail.close();
        }
    }

    // ---- Source

    private static byte[] readSlots(Path dataDir) {
        try {
            return Files.readAllBytes(dataDir.resolve(KeySlotFile.FILE_NAME));
        } catch (IOException e) {
            throw new LogbookException(LogbookException.Kind.STORAGE, "The key file in " + dataDir + " cannot be read.");
        }
    }

    private static KeySlotFile parseSlots(Path dataDir, byte[] bytes) {
        try {
            return KeySlotFile.fromBytes(dataDir, bytes);
        } catch (KeySlotException e) {
            throw new LogbookException(LogbookException.Kind.DAMAGED, e.getMessage());
        }
    }

    private static DataKey unlock(KeySlotFile slots, String username, char[] password) {
        try {
            return slots.unlock(username, password);
        } catch (UnlockFailedException e) {
            throw new LogbookException(LogbookException.Kind.AUTHENTICATION, "The username or password is not right.");
        } catch (KeySlotException e) {
            throw new LogbookException(LogbookException.Kind.DAMAGED, e.getMessage());
        }
    }

    /** Copies the encrypted database file into a private temporary folder; only the copy is ever opened. */
    private static WorkingCopy copyDatabase(Path dataDir) {
        try {
            return WorkingCopy.of(dataDir);
        } catch (IOException e) {
            throw new LogbookException(LogbookException.Kind.STORAGE, "A working copy of the logbook could not be"
                    + " made in the temporary folder (is the disk full?). Nothing was changed.");
        }
    }

    /** The source key slots as the server keeps them: the same slots, without this desk's audit anchor. */
    private static byte[] withoutAnchor(byte[] slotBytes) {
        byte[][] out = new byte[1][];
        KeySlotFile copy = KeySlotFile.fromJson(slotBytes, new KeySlotFile.Storage() {
            @Override
            public void write(byte[] json) {
                out[0] = json;
            }

            @Override
            public String describe() {
                return "the key slots being moved";
            }
        });
        copy.setAuditAnchor(null);
        try {
            copy.save();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out[0];
    }

    // ---- Checks

    /** Opens up to {@value #NOTE_SAMPLE} notes on both sides (text compared in memory only, never shown). */
    private static long checkNotes(ServerCopy copy, NoteVault vault, NoteVault sourceVault, JdbiStore sourceStore,
            Store.Repositories targetRepos) {
        long checked = 0;
        for (ServerCopy.SealedNote note : copy.sampleTargetNotes(NOTE_SAMPLE)) {
            if (note.scheme() != ContactRow.SCHEME_MONTH_KEY) {
                // Sealed with reading keys, which this check does not hold: the copy must be byte for byte the same.
                if (!Arrays.equals(copy.sourceSealed(note.id()), note.sealed())) {
                    throw failed("a note is not the same on the server");
                }
                checked++;
                continue;
            }
            String onServer;
            try {
                onServer = vault.open(targetRepos.noteKeys(), note.keyId(), note.id(), note.version(), note.sealed());
            } catch (RuntimeException e) {
                throw failed("a note does not open on the server");
            }
            byte[] sealedHere = copy.sourceSealed(note.id());
            String here = sourceStore.read(r -> sourceVault.open(r.noteKeys(), note.keyId(), note.id(), note.version(), sealedHere));
            if (onServer == null || !Objects.equals(onServer, here)) {
                throw failed("a note does not open to the same text on the server");
            }
            checked++;
        }
        return checked;
    }

    /** The key slots as stored for the server still open with the signing-in password. */
    private static void checkSlotsUnlock(byte[] json, String username, char[] password) {
        var none = new KeySlotFile.Storage() {
            @Override
            public void write(byte[] bytes) {
                throw new IllegalStateException("read only");
            }

            @Override
            public String describe() {
                return "the key slots on the server";
            }
        };
        try {
            KeySlotFile.fromJson(json, none).unlock(username, password).destroy();
        } catch (RuntimeException e) {
            throw failed("the key slots on the server do not open with your password");
        }
    }

    private static LogbookException failed(String what) {
        return new LogbookException(LogbookException.Kind.STORAGE, "The copy on the server did not check out ("
                + what + "). Nothing was kept on the server; the logbook here is unchanged.");
    }
}
