package org.helplinelogbook.crash;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.DataUtils;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;
import org.helplinelogbook.logbook.SafetyLogbooks;
import org.helplinelogbook.security.KeySlotFile;

/**
 * Diagnostic for the kill harness: lists H2's store headers and every chunk (header and whether its footer holds)
 * in a logbook file, read-only, decrypted with H2's own cipher. Used to see which chunk H2 went back to after a kill.
 * {@code ChunkScan DATA_FOLDER}.
 */
public final class ChunkScan {

    private static final int BLOCK = 4096;

    /** One chunk found in the file. */
    public record Found(int id, long block, int len, long version, long next, long time, boolean footer) {}

    private ChunkScan() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        char[] h2 = KeySlotFile.load(dir).unlock(SafetyLogbooks.MANAGER, SafetyLogbooks.PASSWORD.toCharArray())
                .h2Password();
        for (String line : describe(dir.resolve("logbook.mv.db"), h2)) {
            System.out.println(line);
        }
    }

    public static List<String> describe(Path file, char[] h2Password) throws IOException {
        List<String> out = new ArrayList<>();
        int space = 0;
        while (space < h2Password.length && h2Password[space] != ' ') {
            space++;
        }
        char[] filePassword = Arrays.copyOf(h2Password, space);
        try (FileChannel base = FileChannel.open(file, StandardOpenOption.READ)) {
            var data = new FileEncrypt(file.toString(), FilePathEncrypt.getPasswordBytes(filePassword), base);
            long blocks = data.size() / BLOCK;
            out.add("file: " + blocks + " blocks");
            for (int h = 0; h < 2; h++) {
                out.add("header " + h + ": " + text(read(data, (long) h * BLOCK)));
            }
            List<Found> all = chunks(data, blocks);
            all.sort(java.util.Comparator.comparingLong(Found::version).thenComparingLong(Found::block));
            for (Found f : all) {
                out.add(String.format("chunk id=%d block=%d len=%d version=%d next=%d time=%d footer=%s", f.id(),
                        f.block(), f.len(), f.version(), f.next(), f.time(), f.footer()));
            }
        }
        return out;
    }

    static List<Found> chunks(FileChannel data, long blocks) throws IOException {
        List<Found> found = new ArrayList<>();
        for (long b = 2; b < blocks; b++) {
            byte[] block = read(data, b * BLOCK);
            if (block[0] != 'c' || block[1] != 'h') {
                continue;
            }
            String s = text(block);
            if (!s.startsWith("chunk:")) {
                continue;
            }
            try {
                Map<String, String> m = DataUtils.parseMap(s);
                int id = (int) DataUtils.readHexLong(m, "chunk", 0);
                long at = DataUtils.readHexLong(m, "block", b);
                if (at != b) {
                    continue;
                }
                int len = (int) DataUtils.readHexLong(m, "len", 0);
                long version = DataUtils.readHexLong(m, "version", id);
                long next = DataUtils.readHexLong(m, "next", 0);
                long time = DataUtils.readHexLong(m, "time", 0);
                boolean footer = false;
                if (len > 0 && b + len <= blocks) {
                    byte[] last = read(data, (b + len) * BLOCK - BLOCK);
                    byte[] tail = Arrays.copyOfRange(last, BLOCK - 128, BLOCK);
                    String ft = text(tail);
                    try {
                        Map<String, String> fm = DataUtils.parseMap(ft);
                        footer = (int) DataUtils.readHexLong(fm, "chunk", -1) == id
                                && DataUtils.readHexLong(fm, "block", b) == b;
                    } catch (RuntimeException ignored) {
                        footer = false;
                    }
                }
                found.add(new Found(id, b, len, version, next, time, footer));
            } catch (RuntimeException ignored) {
                // not a chunk header
            }
        }
        return found;
    }

    private static byte[] read(FileChannel data, long position) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(BLOCK);
        while (buffer.hasRemaining()) {
            if (data.read(buffer, position + buffer.position()) < 0) {
                break;
            }
        }
        return buffer.array();
    }

    private static String text(byte[] block) {
        int start = 0;
        while (start < block.length && block[start] <= ' ' && block[start] != 0) {
            start++;
        }
        int end = start;
        while (end < block.length && block[end] != '\n' && block[end] != 0) {
            end++;
        }
        return new String(block, start, end - start, StandardCharsets.ISO_8859_1).strip();
    }
}
