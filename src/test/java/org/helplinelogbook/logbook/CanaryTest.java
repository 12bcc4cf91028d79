package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.helplinelogbook.domain.ContactDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Note text never reaches the disk in clear: not in the database file, the logs, or temp files. */
class CanaryTest {

    static final String CANARY = "CANARY-5d1e8b";

    @TempDir
    Path dir;

    @Test
    void aCanaryInOneHundredNotesAppearsInNoFile() throws Exception {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Path> tempBefore = listing(temp);
        var created = LogbookSetup.create(dir, "manager1", "manager password 1".toCharArray(), ZoneId.of("Europe/London"));
        try (Logbook logbook = created.logbook()) {
            for (int i = 0; i < 100; i++) {
                logbook.contacts().save(new ContactDraft(LocalDateTime.of(2026, 10, 1 + i % 28, 10, i % 60), 300,
                        "phone", "at_risk", List.of("sexual_thoughts"), List.of("concerns_clarified"), "police",
                        "Caller said " + CANARY + " number " + i + " — worried, agreed a plan.", "code " + CANARY));
            }
            assertThat(logbook.contacts().page(org.helplinelogbook.domain.ContactFilter.ALL, null, 1).contacts().get(0).notes())
                    .contains(CANARY);
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path p : listing(temp)) {
            if (!tempBefore.contains(p) && Files.isRegularFile(p)) {
                files.add(p);
            }
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                assertThat(indexOf(bytes, CANARY.getBytes(charset))).as("%s in %s", charset, file).isEqualTo(-1);
            }
        }
    }

    private static Set<Path> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.collect(Collectors.toSet());
        }
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
