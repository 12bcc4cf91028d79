package org.helplinelogbook.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The H2-specific half of a restore: the zip written by {@code BACKUP TO} holds the still-encrypted database file. */
public final class H2Backup {

    private H2Backup() {}

    /**
     * Writes the database file from a {@code BACKUP TO} zip into {@code dataDir} and forces it to disk. Only the
     * one expected entry is read, so a crafted zip cannot write anywhere else.
     *
     * @throws IOException if the zip has no database file or the folder cannot be written
     */
    public static void extract(InputStream zip, Path dataDir) throws IOException {
        String wanted = Database.FILE_NAME + ".mv.db";
        ZipInputStream in = new ZipInputStream(zip);
        for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
            if (!entry.getName().equals(wanted)) {
                continue;
            }
            try (FileChannel channel = FileChannel.open(Database.h2File(dataDir),
                    Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), OwnerOnlyFiles.attributes())) {
                OutputStream out = Channels.newOutputStream(channel);
                in.transferTo(out);
                out.flush();
                channel.force(true);
            }
            return;
        }
        throw new IOException("the backup holds no database file");
    }
}
