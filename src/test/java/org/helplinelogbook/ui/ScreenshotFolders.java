package org.helplinelogbook.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    /** A new, empty logbook folder in the worker's documents. */
    static Path logbook(Path temporary) throws IOException {
        Path folder = makeRoom(documents(temporary), "Helpline Logbook");
        Files.createDirectories(folder);
        return folder;
    }

    /**
     * {@code documents/name}, not there: what an earlier tool of the same run left there (the tools share the
     * home) is moved aside into the home's {@code .earlier} folder, never deleted and never shown.
     */
    static Path makeRoom(Path documents, String name) throws IOException {
        Path folder = documents.resolve(name);
        if (Files.exists(folder)) {
            Path aside = documents.getParent().resolve(".earlier");
            Files.createDirectories(aside);
            Files.move(folder, aside.resolve(name + "-" + System.nanoTime()));
        }
        return folder;
    }
}
