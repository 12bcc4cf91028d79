package org.helplinelogbook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import org.helplinelogbook.domain.Role;
import org.helplinelogbook.security.KeySlotFile.AuditAnchor;
import org.helplinelogbook.security.KeySlotFile.SlotInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeySlotFileTest {

    private static final String ALICE_PASSWORD = "correct horse battery";
    private static final String BOB_PASSWORD = "tr0ub4dor&3 again";
    private static final String WRONG = "The username or password is not right.";

    @TempDir
    Path dir;

    private String fastBefore;
    private final DataKey dek = DataKey.generate();

    @BeforeEach
    void fastArgon2() {
        fastBefore = System.getProperty(Argon2Params.FAST_PROPERTY);
        System.setProperty(Argon2Params.FAST_PROPERTY, "true");
    }

    @AfterEach
    void restoreProperty() {
        if (fastBefore == null) {
            System.clearProperty(Argon2Params.FAST_PROPERTY);
        } else {
            System.setProperty(Argon2Params.FAST_PROPERTY, fastBefore);
        }
    }

    @Test
    void createSaveLoadUnlockReturnsTheSameDataKey() throws IOException {
        assertThat(KeySlotFile.exists(dir)).isFalse();
        KeySlotFile created = KeySlotFile.createNew(dir);
        created.putPasswordSlot("alice", Role.MANAGER, ALICE_PASSWORD.toCharArray(), false, dek);
        created.putPasswordSlot("bob", Role.WORKER, BOB_PASSWORD.toCharArray(), true, dek);
        created.setAuditAnchor(new AuditAnchor(42, "ab".repeat(32)));
        assertThat(KeySlotFile.exists(dir)).isFalse(); // nothing is written before save
        created.save();

        assertThat(KeySlotFile.exists(dir)).isTrue();
        KeySlotFile loaded = KeySlotFile.load(dir);
        try (DataKey alice = loaded.unlock("alice", ALICE_PASSWORD.toCharArray());
                DataKey bob = loaded.unlock("bob", BOB_PASSWORD.toCharArray())) {
            assertThat(alice.bytes()).isEqualTo(dek.bytes());
            assertThat(bob.bytes()).isEqualTo(dek.bytes());
        }
        assertThat(loaded.passwordSlots()).containsExactly(
                new SlotInfo("alice", Role.MANAGER, false), new SlotInfo("bob", Role.WORKER, true));
        assertThat(loaded.slot("bob")).contains(new SlotInfo("bob", Role.WORKER, true));
        assertThat(loaded.slot("carol")).isEmpty();
        assertThat(loaded.auditAnchor()).contains(new AuditAnchor(42, "ab".repeat(32)));
        assertThat(loaded.hasRecoverySlot()).isFalse();
    }

    @Test
    void fileHoldsNeitherThePasswordNorTheDataKey() throws IOException {
        saveAliceAndRecovery();
        String text = Files.readString(dir.resolve(KeySlotFile.FILE_NAME));

        assertThat(text).doesNotContain(ALICE_PASSWORD)
                .doesNotContain(HexFormat.of().formatHex(dek.bytes()))
                .doesNotContain(Base64.getEncoder().encodeToString(dek.bytes()));
    }

    @Test
    void wrongPasswordUnknownUserAndWrongCaseGiveTheSameMessage() throws IOException {
        saveAliceAndRecovery();
        KeySlotFile loaded = KeySlotFile.load(dir);

        assertThatThrownBy(() -> loaded.unlock("alice", "not the password".toCharArray()))
                .isExactlyInstanceOf(UnlockFailedException.class).hasMessage(WRONG);
        assertThatThrownBy(() -> loaded.unlock("mallory", ALICE_PASSWORD.toCharArray()))
                .isExactlyInstanceOf(UnlockFailedException.class).hasMessage(WRONG);
        assertThatThrownBy(() -> loaded.unlock("Alice", ALICE_PASSWORD.toCharArray()))
                .isExactlyInstanceOf(UnlockFailedException.class).hasMessage(WRONG);
        assertThatThrownBy(() -> loaded.unlock("alice", new char[0]))
                .isExactlyInstanceOf(UnlockFailedException.class).hasMessage(WRONG);
        assertThatThrownBy(() -> loaded.unlock(null, null))
                .isExactlyInstanceOf(UnlockFailedException.class).hasMessage(WRONG);
    }

    @Test
    void unknownUserStillCostsAnArgon2Derivation() throws IOException {
        saveAliceAndRecovery();
        KeySlotFile loaded = KeySlotFile.load(dir);
        // Warm up, then compare: an unknown user must not be answered instantly.
        for (int i = 0; i < 2; i++) {
            tryUnlock(loaded, "alice", "wrong password!");
            tryUnlock(loaded, "nobody", "wrong password!");
        }
        long known = timeUnlock(loaded, "alice");
        long unknown = timeUnlock(loaded, "nobody");

        assertThat(unknown).isGreaterThan(known / 4);
    }

    @Test
    void recoveryKeyUnlocksAlsoInLowerCaseWithoutDashes() throws IOException {
        String recovery = saveAliceAndRecovery();
        KeySlotFile loaded = KeySlotFile.load(dir);

        assertThat(loaded.hasRecoverySlot()).isTrue();
        try (DataKey a = loaded.unlockWithRecoveryKey(recovery);
                DataKey b = loaded.unlockWithRecoveryKey(recovery.toLowerCase().replace("-", ""));
                DataKey c = loaded.unlockWithRecoveryKey(recovery.replace("-", " "))) {
            assertThat(a.bytes()).isEqualTo(dek.bytes());
            assertThat(b.bytes()).isEqualTo(dek.bytes());
            assertThat(c.bytes()).isEqualTo(dek.bytes());
        }
    }

    @Test
    void anotherRecoveryKeyOrATypoDoesNotUnlock() throws IOException {
        saveAliceAndRecovery();
        KeySlotFile loaded = KeySlotFile.load(dir);
        String other;
        try (RecoveryKey key = RecoveryKey.generate()) {
            other = key.format();
        }

        assertThatThrownBy(() -> loaded.unlockWithRecoveryKey(other))
                .isExactlyInstanceOf(UnlockFailedException.class).hasMessage("The recovery key is not right.");
        assertThatThrownBy(() -> loaded.unlockWithRecoveryKey("ABCD-EFGH"))
                .isExactlyInstanceOf(UnlockFailedException.class).hasMessageContaining("52");
    }

    @Test
    void newRecoveryKeyReplacesTheOldOne() throws IOException {
        String first = saveAliceAndRecovery();
        KeySlotFile slots = KeySlotFile.load(dir);
        String second = slots.createRecoverySlot(dek);
        slots.save();

        KeySlotFile loaded = KeySlotFile.load(dir);
        assertThatThrownBy(() -> loaded.unlockWithRecoveryKey(first)).isInstanceOf(UnlockFailedException.class);
        try (DataKey key = loaded.unlockWithRecoveryKey(second)) {
            assertThat(key.bytes()).isEqualTo(dek.bytes());
        }
    }

    @Test
    void fileWithoutRecoverySlotSaysSo() throws IOException {
        KeySlotFile slots = KeySlotFile.createNew(dir);
        slots.putPasswordSlot("alice", Role.MANAGER, ALICE_PASSWORD.toCharArray(), false, dek);

        assertThatThrownBy(() -> slots.unlockWithRecoveryKey("whatever"))
                .isInstanceOf(UnlockFailedException.class).hasMessage("This logbook has no recovery key.");
    }

    @Test
    void passwordChangeRewrapsSoOnlyTheNewPasswordWorks() throws IOException {
        saveAliceAndRecovery();
        KeySlotFile slots = KeySlotFile.load(dir);
        try (DataKey unlocked = slots.unlock("alice", ALICE_PASSWORD.toCharArray())) {
            slots.putPasswordSlot("alice", Role.MANAGER, "a brand new passphrase".toCharArray(), false, unlocked);
        }
        slots.save();

        KeySlotFile loaded = KeySlotFile.load(dir);
        assertThatThrownBy(() -> loaded.unlock("alice", ALICE_PASSWORD.toCharArray()))
                .isInstanceOf(UnlockFailedException.class).hasMessage(WRONG);
        try (DataKey key = loaded.unlock("alice", "a brand new passphrase".toCharArray())) {
            assertThat(key.bytes()).isEqualTo(dek.bytes());
        }
        assertThat(loaded.passwordSlots()).hasSize(1);
    }

    @Test
    void resetWithMustChangeFlagIsKept() throws IOException {
        saveAliceAndRecovery();
        KeySlotFile slots = KeySlotFile.load(dir);
        slots.putPasswordSlot("alice", Role.MANAGER, "one-time password 1".toCharArray(), true, dek);
        slots.save();

        assertThat(KeySlotFile.load(dir).slot("alice")).contains(new SlotInfo("alice", Role.MANAGER, true));
    }

    @Test
    void removedSlotCannotUnlock() throws IOException {
        KeySlotFile slots = KeySlotFile.createNew(dir);
        slots.putPasswordSlot("alice", Role.MANAGER, ALICE_PASSWORD.toCharArray(), false, dek);
        slots.putPasswordSlot("bob", Role.WORKER, BOB_PASSWORD.toCharArray(), false, dek);
        slots.save();

        KeySlotFile edited = KeySlotFile.load(dir);
        edited.removeSlot("bob");
        edited.save();

        KeySlotFile loaded = KeySlotFile.load(dir);
        assertThat(loaded.slot("bob")).isEmpty();
        assertThatThrownBy(() -> loaded.unlock("bob", BOB_PASSWORD.toCharArray()))
                .isExactlyInstanceOf(UnlockFailedException.class).hasMessage(WRONG);
        loaded.unlock("alice", ALICE_PASSWORD.toCharArray()).close();
    }

    @Test
    void shortPasswordIsRefusedButLengthIsTheOnlyRule() {
        KeySlotFile slots = KeySlotFile.createNew(dir);

        assertThatThrownBy(() -> slots.putPasswordSlot("alice", Role.MANAGER, "elevenchars".toCharArray(), false, dek))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("A password needs at least 12 characters.");
        assertThatThrownBy(() -> slots.putPasswordSlot("alice", Role.MANAGER, null, false, dek))
                .isInstanceOf(IllegalArgumentException.class);
        slots.putPasswordSlot("alice", Role.MANAGER, "twelvechars!".toCharArray(), false, dek);
        // Twelve emoji are twelve characters, although Java counts 24 chars.
        assertThatThrownBy(() -> slots.putPasswordSlot("bob", Role.WORKER,
                "\uD83D\uDE00".repeat(11).toCharArray(), false, dek))
                .hasMessage("A password needs at least 12 characters.");
        slots.putPasswordSlot("bob", Role.WORKER, "\uD83D\uDE00".repeat(12).toCharArray(), false, dek);
        assertThat(slots.passwordSlots()).hasSize(2);
    }

    @Test
    void unusableUsernamesAreRefused() {
        KeySlotFile slots = KeySlotFile.createNew(dir);
        for (String bad : new String[] {null, "", "   ", "a\nb", "x".repeat(65)}) {
            assertThatThrownBy(() -> slots.putPasswordSlot(bad, Role.WORKER, ALICE_PASSWORD.toCharArray(), false, dek))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void passwordIsNormalisedSoComposedAndDecomposedAccentsMatch() throws IOException {
        KeySlotFile slots = KeySlotFile.createNew(dir);
        slots.putPasswordSlot("zoé", Role.WORKER, "caf\u00E9 au lait please".toCharArray(), false, dek);
        slots.save();

        try (DataKey key = KeySlotFile.load(dir).unlock("zoé", "cafe\u0301 au lait please".toCharArray())) {
            assertThat(key.bytes()).isEqualTo(dek.bytes());
        }
    }

    @Test
    void aSlotForAnotherDataKeyIsRefused() {
        KeySlotFile slots = KeySlotFile.createNew(dir);
        slots.putPasswordSlot("alice", Role.MANAGER, ALICE_PASSWORD.toCharArray(), false, dek);

        assertThatThrownBy(() -> slots.putPasswordSlot("bob", Role.WORKER, BOB_PASSWORD.toCharArray(), false,
                DataKey.generate()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("That data key does not belong to this logbook.");
        assertThatThrownBy(() -> slots.createRecoverySlot(DataKey.generate()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missingFileIsReportedAsMissing() {
        assertThatThrownBy(() -> KeySlotFile.load(dir))
                .isInstanceOfSatisfying(KeySlotException.class,
                        e -> assertThat(e.kind()).isEqualTo(KeySlotException.Kind.MISSING))
                .hasMessageContaining(KeySlotFile.FILE_NAME);
    }

    @Test
    void unreadableOrInvalidFileIsReportedAsDamaged() throws IOException {
        Path file = dir.resolve(KeySlotFile.FILE_NAME);
        for (String content : new String[] {"", "not json", "[]", "{}", "{\"format\":1}", "{\"format\":2,\"slots\":[]}",
                "{\"format\":1,\"slots\":[{\"kind\":\"password\"}]}", "null"}) {
            Files.writeString(file, content);
            assertThatThrownBy(() -> KeySlotFile.load(dir))
                    .as(content)
                    .isInstanceOfSatisfying(KeySlotException.class,
                            e -> assertThat(e.kind()).isEqualTo(KeySlotException.Kind.DAMAGED))
                    .hasMessageContaining("damaged");
        }
        Files.delete(file);
        Files.createDirectory(file); // exists but cannot be read as a file
        assertThatThrownBy(() -> KeySlotFile.load(dir))
                .isInstanceOfSatisfying(KeySlotException.class,
                        e -> assertThat(e.kind()).isEqualTo(KeySlotException.Kind.DAMAGED));
    }

    @Test
    void newerFormatIsExplained() throws IOException {
        Files.writeString(dir.resolve(KeySlotFile.FILE_NAME), "{\"format\":2,\"slots\":[]}");
        assertThatThrownBy(() -> KeySlotFile.load(dir)).hasMessageContaining("newer version");
    }

    @Test
    void editedMustChangeFlagFailsUnlock() throws IOException {
        KeySlotFile slots = KeySlotFile.createNew(dir);
        slots.putPasswordSlot("alice", Role.WORKER, ALICE_PASSWORD.toCharArray(), true, dek);
        slots.save();
        Path file = dir.resolve(KeySlotFile.FILE_NAME);
        String text = Files.readString(file);
        Files.writeString(file, text.replace("\"mustChangePassword\":true", "\"mustChangePassword\":false")
                .replace("\"role\":\"worker\"", "\"role\":\"manager\""));

        KeySlotFile loaded = KeySlotFile.load(dir);
        assertThat(loaded.slot("alice")).contains(new SlotInfo("alice", Role.MANAGER, false));
        assertThatThrownBy(() -> loaded.unlock("alice", ALICE_PASSWORD.toCharArray()))
                .isExactlyInstanceOf(UnlockFailedException.class);
    }

    @Test
    void swappingWrappedKeysBetweenSlotsFailsUnlock() throws IOException {
        KeySlotFile slots = KeySlotFile.createNew(dir);
        slots.putPasswordSlot("alice", Role.MANAGER, ALICE_PASSWORD.toCharArray(), false, dek);
        slots.putPasswordSlot("bob", Role.WORKER, ALICE_PASSWORD.toCharArray(), false, dek);
        slots.save();
        Path file = dir.resolve(KeySlotFile.FILE_NAME);
        String text = Files.readString(file);
        // Give bob alice's salt and wrapped key: the header (username, role) no longer matches.
        String alice = text.substring(text.indexOf("{\"kind\":\"password\",\"username\":\"alice\""));
        alice = alice.substring(0, alice.indexOf('}'));
        String bob = text.substring(text.indexOf("{\"kind\":\"password\",\"username\":\"bob\""));
        bob = bob.substring(0, bob.indexOf('}'));
        String bobWithAlicesKey = bob.substring(0, bob.indexOf("\"salt\"")) + alice.substring(alice.indexOf("\"salt\""));
        Files.writeString(file, text.replace(bob, bobWithAlicesKey));

        KeySlotFile loaded = KeySlotFile.load(dir);
        loaded.unlock("alice", ALICE_PASSWORD.toCharArray()).close();
        assertThatThrownBy(() -> loaded.unlock("bob", ALICE_PASSWORD.toCharArray()))
                .isExactlyInstanceOf(UnlockFailedException.class);
    }

    @Test
    void flippingAnyByteMakesUnlockFailCleanly() throws IOException {
        String recovery = saveAliceAndRecovery();
        Path file = dir.resolve(KeySlotFile.FILE_NAME);
        byte[] original = Files.readAllBytes(file);
        String text = new String(original, StandardCharsets.US_ASCII);
        int aliceStart = text.indexOf("{\"kind\":\"password\"");
        int aliceEnd = text.indexOf('}', aliceStart);
        int recoveryStart = text.indexOf("{\"kind\":\"recovery\"");
        int recoveryEnd = text.indexOf('}', recoveryStart);
        int anchorStart = text.indexOf("\"auditAnchor\"");
        assertThat(aliceStart).isPositive();
        assertThat(recoveryStart).isGreaterThan(aliceEnd);
        assertThat(anchorStart).isGreaterThan(recoveryEnd);

        Random random = new Random(7);
        int positions = 0;
        for (int position = 0; position < original.length; position++) {
            // XOR 0x01 everywhere; a random other byte on every third position.
            int mask = position % 3 == 0 ? 1 + random.nextInt(255) : 0x01;
            byte[] flipped = original.clone();
            flipped[position] ^= (byte) mask;
            Files.write(file, flipped);
            boolean inAnchor = position >= anchorStart - 1 && position < original.length - 1;
            Outcome outcome;
            if (position > recoveryStart && position <= recoveryEnd) {
                outcome = attempt(() -> KeySlotFile.load(dir).unlockWithRecoveryKey(recovery));
            } else {
                outcome = attempt(() -> KeySlotFile.load(dir).unlock("alice", ALICE_PASSWORD.toCharArray()));
            }
            if (inAnchor) {
                // The anchor is not secret and not part of any slot: unlock may succeed, but must not crash.
                assertThat(outcome).as("position %d", position).isNotEqualTo(Outcome.OTHER_EXCEPTION);
            } else {
                assertThat(outcome).as("position %d of %s", position, text).isEqualTo(Outcome.REFUSED);
            }
            positions++;
        }
        assertThat(positions).isGreaterThan(200);
        Files.write(file, original);
        KeySlotFile.load(dir).unlock("alice", ALICE_PASSWORD.toCharArray()).close();
    }

    @Test
    void fileIsOwnerOnlyOnPosix() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
        saveAliceAndRecovery();
        Path file = dir.resolve(KeySlotFile.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        KeySlotFile slots = KeySlotFile.load(dir);
        slots.removeSlot("alice");
        slots.save();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void leftoverTempFileFromACrashDoesNotBreakLoadOrSave() throws IOException {
        saveAliceAndRecovery();
        Path temp = dir.resolve(KeySlotFile.FILE_NAME + ".tmp");
        Files.writeString(temp, "{\"format\":1,\"slots\":[{\"kind\":\"pass"); // cut off mid-write

        KeySlotFile loaded = KeySlotFile.load(dir);
        loaded.unlock("alice", ALICE_PASSWORD.toCharArray()).close();
        loaded.setAuditAnchor(new AuditAnchor(1, "0".repeat(64)));
        loaded.save();

        assertThat(temp).doesNotExist();
        assertThat(KeySlotFile.load(dir).auditAnchor()).contains(new AuditAnchor(1, "0".repeat(64)));
    }

    @Test
    void savingInPlaceLeavesNoTempFileAndWritesOnlyOnSave() throws IOException {
        saveAliceAndRecovery();
        Path file = dir.resolve(KeySlotFile.FILE_NAME);
        byte[] before = Files.readAllBytes(file);
        KeySlotFile loaded = KeySlotFile.load(dir);
        loaded.removeSlot("alice");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);

        loaded.save();
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly(KeySlotFile.FILE_NAME);
        }
        assertThat(KeySlotFile.load(dir).passwordSlots()).isEmpty();
    }

    @Test
    void newFileDoesNotReplaceAnExistingOne() throws IOException {
        saveAliceAndRecovery();
        KeySlotFile other = KeySlotFile.createNew(dir);
        other.putPasswordSlot("eve", Role.MANAGER, "another logbook key".toCharArray(), false, DataKey.generate());

        assertThatThrownBy(other::save).isInstanceOf(FileAlreadyExistsException.class);
        KeySlotFile.load(dir).unlock("alice", ALICE_PASSWORD.toCharArray()).close();
    }

    @Test
    void loadingUsesTheParametersStoredInTheSlot() throws IOException {
        saveAliceAndRecovery(); // written with the fast test parameters
        System.clearProperty(Argon2Params.FAST_PROPERTY);

        try (DataKey key = KeySlotFile.load(dir).unlock("alice", ALICE_PASSWORD.toCharArray())) {
            assertThat(key.bytes()).isEqualTo(dek.bytes());
        }
    }

    @Test
    void productionSlotsStoreTheDefaultParameters() throws IOException {
        System.clearProperty(Argon2Params.FAST_PROPERTY);
        KeySlotFile slots = KeySlotFile.createNew(dir);
        slots.putPasswordSlot("alice", Role.MANAGER, ALICE_PASSWORD.toCharArray(), false, dek);
        slots.save();

        String text = Files.readString(dir.resolve(KeySlotFile.FILE_NAME));
        assertThat(text).contains("\"memoryKiB\":65536,\"iterations\":3,\"parallelism\":4");
        try (DataKey key = KeySlotFile.load(dir).unlock("alice", ALICE_PASSWORD.toCharArray())) {
            assertThat(key.bytes()).isEqualTo(dek.bytes());
        }
    }

    @Test
    void noteKeysInASlotRoundTripAndAnyFlippedByteOfThemIsRefused() throws IOException {
        byte[][] pair = Hpke.generateKeyPair();
        byte[] author = new byte[32];
        author[0] = 7;
        KeySlotFile slots = KeySlotFile.createNew(dir);
        slots.putPasswordSlot("alice", Role.MANAGER, ALICE_PASSWORD.toCharArray(), false, dek,
                new SlotKeys(author, pair[1], pair[0]));
        String recovery = slots.createRecoverySlot(dek, new SlotKeys(null, pair[1], pair[0]));
        slots.putPasswordSlot("bob", Role.WORKER, ALICE_PASSWORD.toCharArray(), false, dek); // an older slot: no keys
        slots.save();

        KeySlotFile.Unlocked alice = KeySlotFile.load(dir).unlockWithKeys("alice", ALICE_PASSWORD.toCharArray());
        assertThat(alice.keys().authorKey()).isEqualTo(author);
        assertThat(alice.keys().notesPublicKey()).isEqualTo(pair[1]);
        assertThat(alice.keys().notesPrivateKey()).isEqualTo(pair[0]);
        KeySlotFile.Unlocked viaRecovery = KeySlotFile.load(dir).unlockWithRecoveryKeyAndKeys(recovery);
        assertThat(viaRecovery.keys().authorKey()).isNull();
        assertThat(viaRecovery.keys().notesPrivateKey()).isEqualTo(pair[0]);
        assertThat(KeySlotFile.load(dir).unlockWithKeys("bob", ALICE_PASSWORD.toCharArray()).keys().isEmpty()).isTrue();
        String text = Files.readString(dir.resolve(KeySlotFile.FILE_NAME), StandardCharsets.US_ASCII);
        assertThat(text).doesNotContain(java.util.Base64.getEncoder().encodeToString(pair[0]));

        Path file = dir.resolve(KeySlotFile.FILE_NAME);
        byte[] original = Files.readAllBytes(file);
        int from = text.indexOf("\"wrappedKeys\":\"") + "\"wrappedKeys\":\"".length();
        int to = text.indexOf('"', from);
        assertThat(to - from).isGreaterThan(100);
        for (int position = from; position < to; position++) {
            byte[] flipped = original.clone();
            flipped[position] ^= 0x01;
            Files.write(file, flipped);
            assertThat(attempt(() -> KeySlotFile.load(dir).unlock("alice", ALICE_PASSWORD.toCharArray())))
                    .as("position %d", position).isEqualTo(Outcome.REFUSED);
        }
        Files.write(file, original);
    }

    // ---------------------------------------------------------------------------------------------------------

    private String saveAliceAndRecovery() throws IOException {
        KeySlotFile slots = KeySlotFile.createNew(dir);
        slots.putPasswordSlot("alice", Role.MANAGER, ALICE_PASSWORD.toCharArray(), false, dek);
        String recovery = slots.createRecoverySlot(dek);
        slots.setAuditAnchor(new AuditAnchor(9, "0123456789abcdef".repeat(4)));
        slots.save();
        return recovery;
    }

    private enum Outcome { UNLOCKED, REFUSED, OTHER_EXCEPTION }

    private Outcome attempt(java.util.function.Supplier<DataKey> unlock) {
        try (DataKey key = unlock.get()) {
            assertThat(key.bytes()).isEqualTo(dek.bytes());
            return Outcome.UNLOCKED;
        } catch (UnlockFailedException | KeySlotException e) {
            return Outcome.REFUSED;
        } catch (RuntimeException e) {
            return Outcome.OTHER_EXCEPTION;
        }
    }

    private static void tryUnlock(KeySlotFile slots, String user, String password) {
        try {
            slots.unlock(user, password.toCharArray()).close();
        } catch (UnlockFailedException expected) {
            // the point
        }
    }

    private static long timeUnlock(KeySlotFile slots, String user) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            tryUnlock(slots, user, "wrong password!");
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }
}
