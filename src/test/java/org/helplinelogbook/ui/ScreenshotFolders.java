package org.helplinelogbook.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where the screenshot tools keep their logbooks: a worker's documents folder ({@code ~/Documents/Helpline
 * Logbook}), so that no temporary test path ({@code /tmp/junit-…}) shows in a picture for the docs.
 * {@code -Dscreenshots.home=/home/sam} puts it under that home; the pictures in {@code docs/screenshots} are taken
 * so in a private mount namespace with an empty {@code /home}, which nobody else sees and which goes when Maven ends:
 * {@code unshare -m sh -c 'mount -t tmpfs none /home && mvn -B -q test -Dtest=ScreenshotTool -Dscreenshots.home=/home/sam'}.
 * Without it, the same folders are made under the test's temporary folder.
 */
final class ScreenshotFolders {

    private ScreenshotFolders() {}

    /** The worker's documents folder, made if missing. */
    static Path documents(Path temporary) throws IOException {
        String home = System.getProperty("screenshots.home");
        Path documents = (home == null || home.isBlank() ? temporary.resolve("home").resolve("sam") : Path.of(home))
                .resolve("Documents");
        Files.createDirectories(documents);
        return documents;
    }

    /** A new, empty logbook folder in the worker's documents; refuses one that holds anything (never reused). */
    static Path logbook(Path temporary) throws IOException {
        Path folder = documents(temporary).resolve("Helpline Logbook");
        if (Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalStateException(folder + " is not empty: the screenshot tools start from nothing");
                }
            }
        }
        Files.createDirectories(folder);
        return folder;
    }
}
