package org.helplinelogbook.storage;

import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The diagnostics log ({@code logback.xml}), kept readable by its owner only: each log file, including the new
 * one started at every roll-over, is made {@code 0600} and its folder {@code 0700} where POSIX permissions exist.
 * The log never holds note text, codewords, passwords or keys, but it does say when the logbook was used.
 */
public final class OwnerOnlyLogAppender<E> extends RollingFileAppender<E> {

    @Override
    public void openFile(String fileName) throws IOException {
        super.openFile(fileName);
        Path file = Path.of(fileName).toAbsolutePath();
        OwnerOnlyFiles.restrict(file);
        Path folder = file.getParent();
        if (folder != null && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            try {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            } catch (IOException | UnsupportedOperationException e) {
                // best effort: a folder that is not ours keeps its mode
            }
        }
    }
}
