package org.helplinelogbook.ui.common;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.Stream;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.logbook.Backups;
import org.helplinelogbook.logbook.Logbook;

/** A damaged logbook for UI tests and screenshots: a copy of a real one with bytes overwritten. */
public final class DamagedLogbooks {

    private DamagedLogbooks() {}

    /** A logbook with some contacts and today's backup in {@code <data>/backups}; its copy is then damaged. */
    public static Path damagedCopy(Path dir) throws IOException {
        return damagedCopy(dir, "damaged");
    }

    /** As {@link #damagedCopy(Path)}, the damaged copy in {@code dir/name} (a folder name fit for a picture). */
    public static Path damagedCopy(Path dir, String name) throws IOException {
        Path live = dir.resolve("live");
        try (Logbook logbook = TestLogbooks.create(live)) {
            for (int i = 0; i < 40; i++) {
                logbook.contacts().save(new ContactDraft(java.time.LocalDateTime.of(2025, 3, 4, 9, 0).plusMinutes(i),
                        120, "phone", "at_risk", java.util.List.of("indecent_images"),
                        java.util.List.of("information_given"), "internet_search", null, null));
            }
            Backups.dailyIfDue(logbook, LocalDate.now(logbook.zone())).orElseThrow();
        }
        Path damaged = dir.resolve(name);
        try (Stream<Path> files = Files.walk(live)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = damaged.resolve(live.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("logbook.lock")) {
                    Files.copy(p, target);
                }
            }
        }
        Path db = damaged.resolve("logbook.mv.db");
        long size = Files.size(db);
        try (var file = new RandomAccessFile(db.toFile(), "rw")) {
            // The middle half of the file, and the start too: H2 can open a file whose damage lies only in old
            // chunks (it fails later, on reading), so the headers are hit as well to fail at sign-in every time.
            Random random = new Random(7);
            byte[] junk = new byte[(int) (size / 2)];
            random.nextBytes(junk);
            file.seek(size / 4);
            file.write(junk);
            byte[] head = new byte[(int) Math.min(size / 4, 64 * 1024)];
            random.nextBytes(head);
            file.seek(0);
            file.write(head);
        }
        return damaged;
    }

}
