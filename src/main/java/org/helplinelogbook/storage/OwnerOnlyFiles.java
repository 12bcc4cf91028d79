package org.helplinelogbook.storage;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Files that hold a logbook (database, backups, restored copies) and its diagnostics are readable and writable by
 * their owner only ({@code 0600}) where the file system has POSIX permissions. The data folder is already
 * {@code 0700}, but a file keeps its mode when it is copied out of it (a backup onto a shared drive, a database
 * attached to a support e-mail), so the file itself must not be readable by others either. Elsewhere (Windows) the
 * folder's access list, inherited by its files, does this job.
 */
public final class OwnerOnlyFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnlyFiles() {}

    /** Attributes for creating a new file as owner-only (for {@code Files.newByteChannel}, {@code FileChannel.open}). */
    public static FileAttribute<?>[] attributes() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)} : new FileAttribute<?>[0];
    }

    /**
     * Makes an existing file owner-only (a file another program created, such as H2's database or a zip it
     * wrote; and files made before this rule). Missing files and file systems without POSIX permissions are left
     * as they are; a file that cannot be changed (not ours) is left too: opening the logbook must not fail on it.
     */
    public static void restrict(Path file) {
        if (!POSIX || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // best effort, see above; the data folder itself is owner-only
        }
    }

    /** Creates the folder if needed, readable by its owner only ({@code 0700}) where POSIX permissions exist. */
    public static void createFolder(Path dir) throws IOException {
        if (POSIX) {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } else {
            Files.createDirectories(dir);
        }
    }
}
