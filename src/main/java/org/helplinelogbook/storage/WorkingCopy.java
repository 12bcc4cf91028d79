package org.helplinelogbook.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A private temporary folder holding a copy of a logbook's (still encrypted) database file, removed again at close.
 * Work that only reads a logbook it must not change (moving it to a server) opens the copy, so the original file
 * stays byte for byte as it was.
 */
public final class WorkingCopy implements AutoCloseable {

    private final Path folder;

    private WorkingCopy(Path folder) {
        this.folder = folder;
    }

    /** Copies the database file of the logbook in {@code dataDir}; on failure nothing is left behind. */
    public static WorkingCopy of(Path dataDir) throws IOException {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("logbook-migrate-");
            OwnerOnlyFiles.createFolder(folder);
            Files.copy(Database.h2File(dataDir), Database.h2File(folder), StandardCopyOption.COPY_ATTRIBUTES);
            return new WorkingCopy(folder);
        } catch (IOException | RuntimeException e) {
            deleteTree(folder);
            throw e;
        }
    }

    /** The folder to open as a logbook's data folder. */
    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        deleteTree(folder);
    }

    private static void deleteTree(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // an encrypted copy; the OS cleans its temporary folder
                }
            });
        } catch (IOException ignored) {
            // nothing to clean
        }
    }
}
