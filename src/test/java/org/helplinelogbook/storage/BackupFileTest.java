package org.helplinelogbook.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.helplinelogbook.security.DataKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup file format on its own (the whole backup and restore is BackupsTest): what is written reads back,
 * and a file that was cut short, altered or made with another key is refused with a sentence, before anything is
 * restored from it.
 */
class BackupFileTest {

    private static final byte[] SLOTS = "{\"slots\":[]}".getBytes(StandardCharsets.UTF_8);
    private static final Instant MADE = Instant.parse("2026-12-03T10:15:30Z");

    @TempDir
    Path tmp;

    @Test
    void whatIsWrittenReadsBackWithItsHeaderAndVerifies() throws IOException {
        DataKey key = DataKey.generate();
        Path file = backup(key, "the encrypted database zip");

        BackupFile.Header header = BackupFile.readHeader(file);
        List<Double> progress = new ArrayList<>();
        BackupFile.verify(file, key, progress::add);

        assertThat(header.created()).isEqualTo(MADE);
        assertThat(header.keySlots()).isEqualTo(SLOTS);
        try (InputStream zip = BackupFile.zip(file, header)) {
            assertThat(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("the encrypted database zip");
        }
        assertThat(progress).isNotEmpty().last().isEqualTo(1.0);
    }

    @Test
    void aFileCutShortIsDamagedBeforeAnyKeyIsNeeded() throws IOException {
        Path file = backup(DataKey.generate(), "zip bytes");
        try (var raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() - 1);
        }

        assertThatThrownBy(() -> BackupFile.readHeader(file)).isInstanceOfSatisfying(StorageException.class,
                e -> assertThat(e.kind()).isEqualTo(StorageException.Kind.DAMAGED))
                .hasMessageContaining("it is incomplete").hasMessageContaining("Nothing was restored.");
    }

    @Test
    void anAlteredByteOrAnotherKeyFailsTheCheck() throws IOException {
        DataKey key = DataKey.generate();
        Path file = backup(key, "zip bytes that someone changes");

        assertThatThrownBy(() -> BackupFile.verify(file, DataKey.generate(), p -> { }))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.kind()).isEqualTo(StorageException.Kind.DAMAGED))
                .hasMessageContaining("do not match their check");

        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 40] ^= 1; // inside the zip, before the MAC
        Files.write(file, bytes);
        assertThatThrownBy(() -> BackupFile.verify(file, key, p -> { })).isInstanceOf(StorageException.class)
                .hasMessageContaining("do not match their check");
    }

    @Test
    void somethingElseIsNotTakenForABackup() throws IOException {
        Path file = tmp.resolve("notes.hlbk");
        Files.writeString(file, "not a backup at all, just some text");

        assertThatThrownBy(() -> BackupFile.readHeader(file)).isInstanceOf(StorageException.class)
                .hasMessageContaining("it is not a Helpline Logbook backup");
    }

    private Path backup(DataKey key, String zipText) throws IOException {
        Path zip = tmp.resolve("db.zip");
        Files.writeString(zip, zipText);
        Path file = tmp.resolve("backup.hlbk");
        BackupFile.write(file, MADE, SLOTS, zip, key);
        return file;
    }
}
