package org.helplinelogbook.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes a file beside its target and renames it, so a half-written file never appears under the final name. Where
 * the file system cannot rename atomically (some network shares) it still renames, replacing the old file.
 */
public final class AtomicFile {

    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    /** Writes {@code target} atomically and returns the SHA-256 of what was written, for the audit trail. */
    public static String write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".part");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (OutputStream file = Files.newOutputStream(temp); var digest = new DigestOutputStream(file, sha)) {
                content.write(digest);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
