package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.helplinelogbook.cli.CliForTests;
import org.helplinelogbook.storage.Database;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 14 part 3: a damaged logbook file is reported as damaged, with the newest backup, and is never changed:
 * H2 must not create a fresh file in its place or rewrite what is left of it. Each shape of damage is tried through
 * the service both front ends sign in with ({@code LogbookOpening.open}) and through the CLI.
 */
class DamagedFileTest {

    /**
     * Shapes of damage found before H2 may write: a file cut to nothing, to its first block, to half, by its last
     * block; zeroed; both store headers overwritten.
     */
    enum Damage { EMPTY, FIRST_4_KB, HALF, LAST_BLOCK_CUT, ZEROED, HEADER_BLOCKS }

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(Damage.class)
    void signInSaysTheFileIsDamagedNamesTheBackupAndLeavesEveryByte(Damage damage) throws IOException {
        Path dir = damagedLogbook(damage);
        Map<String, byte[]> before = snapshot(dir);

        assertThatThrownBy(() -> SafetyLogbooks.open(dir, SafetyLogbooks.MANAGER))
                .isInstanceOfSatisfying(LogbookException.class, e -> {
                    assertThat(e.kind()).isEqualTo(LogbookException.Kind.DAMAGED);
                    assertThat(e.getMessage()).startsWith("The logbook file is damaged")
                            .contains("The newest backup is from")
                            .contains("backups/logbook-" + LocalDate.now(SafetyLogbooks.ZONE) + Backups.SUFFIX)
                            .contains("The damaged file has been left as it is.");
                });
        assertUnchanged(dir, before);
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void theCliSaysTheSameAndExitsOne(Damage damage) throws IOException {
        Path dir = damagedLogbook(damage);
        Map<String, byte[]> before = snapshot(dir);

        var result = CliForTests.run(Map.of("LOGBOOK_PASSWORD", SafetyLogbooks.PASSWORD), "verify", "--data",
                dir.toString(), "--user", SafetyLogbooks.MANAGER);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("The logbook file is damaged").contains("The newest backup is from")
                .contains("helpline-logbook restore");
        assertUnchanged(dir, before);
    }

    /**
     * Random blocks overwritten inside the data: the structure is whole, so this is found only when a damaged page
     * is read. Sign-in may then succeed (it reads little); {@code verify} reads every row and reports the damage with
     * the newest backup, and the damaged blocks themselves are never written over (H2 writes changes elsewhere).
     */
    @org.junit.jupiter.api.Test
    void randomBlocksAreReportedWhenReadAndNeverWrittenOver() throws IOException {
        Path dir = damagedLogbook(null);
        Path db = Database.h2File(dir);
        long size = Files.size(db);
        Random random = new Random(14);
        Map<Long, byte[]> damaged = new TreeMap<>();
        java.util.BitSet inUse = blocksInUse(dir);
        try (var file = new RandomAccessFile(db.toFile(), "rw")) {
            for (int i = 0; i < 8; i++) {
                byte[] block = new byte[4096];
                random.nextBytes(block);
                long at = 4096L * (3 + random.nextInt((int) (size / 4096) - 3));
                file.seek(at);
                file.write(block);
                damaged.put(at, block);
            }
        }

        var result = CliForTests.run(Map.of("LOGBOOK_PASSWORD", SafetyLogbooks.PASSWORD), "verify", "--data",
                dir.toString(), "--user", SafetyLogbooks.MANAGER);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("The logbook file is damaged").contains("The newest backup is from")
                .contains("helpline-logbook restore");
        try (var file = new RandomAccessFile(db.toFile(), "r")) {
            // Blocks of live chunks only: H2 may rightly write a new chunk into free space or a dead chunk's space.
            damaged.keySet().removeIf(at -> !inUse.get((int) (at / 4096)));
            for (var block : damaged.entrySet()) {
                byte[] now = new byte[4096];
                file.seek(block.getKey());
                file.readFully(now);
                assertThat(now).as("damaged block at " + block.getKey()).isEqualTo(block.getValue());
            }
        }
    }

    /**
     * The file's blocks that hold live chunks (data) rather than free space, read from H2's own layout with a read-only
     * store; file block = store block + 1 (the encryption header comes first).
     */
    private static java.util.BitSet blocksInUse(Path dir) {
        char[] h2 = org.helplinelogbook.security.KeySlotFile.load(dir)
                .unlock(SafetyLogbooks.MANAGER, SafetyLogbooks.PASSWORD.toCharArray()).h2Password();
        char[] filePassword = Arrays.copyOf(h2, new String(h2).indexOf(' '));
        var inUse = new java.util.BitSet();
        var store = new org.h2.mvstore.MVStore.Builder().fileName(Database.h2File(dir).toString())
                .encryptionKey(filePassword).readOnly().open();
        try {
            for (var entry : store.getLayoutMap().entrySet()) {
                if (!entry.getKey().startsWith("chunk.")) {
                    continue;
                }
                var chunk = org.h2.mvstore.DataUtils.parseMap(entry.getValue());
                // Live chunks only: a dead one (marked "unused") is free space that H2 may write over at the close.
                if (!chunk.containsKey("unused") && !"0".equals(chunk.get("livePages"))) {
                    long block = Long.parseLong(chunk.getOrDefault("block", "0"), 16);
                    long len = Long.parseLong(chunk.getOrDefault("len", "0"), 16);
                    inUse.set((int) block + 1, (int) (block + len) + 1);
                }
            }
        } finally {
            store.close();
        }
        return inUse;
    }

    /** A logbook of 2,000 contacts with today's backup, then its database file damaged (null: left whole). */
    private Path damagedLogbook(Damage damage) throws IOException {
        Path dir = tmp.resolve("logbook");
        try (Logbook logbook = SafetyLogbooks.create(dir).logbook()) {
            logbook.contacts().saveAll(SafetyLogbooks.drafts(LocalDateTime.of(2026, 2, 2, 8, 0), 2_000, "Note"),
                    "import");
            logbook.backups().dailyIfDue(LocalDate.now(logbook.zone())).orElseThrow();
        }
        Path db = Database.h2File(dir);
        long size = Files.size(db);
        if (damage == null) {
            return dir;
        }
        try (var file = new RandomAccessFile(db.toFile(), "rw")) {
            switch (damage) {
                case EMPTY -> file.setLength(0);
                case FIRST_4_KB -> file.setLength(4096);
                case HALF -> file.setLength(size / 2);
                case LAST_BLOCK_CUT -> file.setLength(size - 4096);
                case ZEROED -> {
                    file.seek(0);
                    file.write(new byte[(int) size]);
                }
                case HEADER_BLOCKS -> {
                    byte[] block = new byte[4096];
                    new Random(15).nextBytes(block);
                    file.seek(4096);
                    file.write(block);
                    file.write(block);
                }
            }
        }
        return dir;
    }

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                if (!p.getFileName().toString().equals(LogbookLock.FILE_NAME)) {
                    files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    private static void assertUnchanged(Path dir, Map<String, byte[]> before) throws IOException {
        Map<String, byte[]> after = snapshot(dir);
        assertThat(after.keySet()).as("no file created or removed").isEqualTo(before.keySet());
        for (String name : before.keySet()) {
            assertThat(Arrays.equals(after.get(name), before.get(name))).as(name + " is byte-identical").isTrue();
        }
    }
}
