package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.helplinelogbook.domain.ContactFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV import as a service (the CLI's {@code import} calls it; so would any other front end): streamed from the
 * file, all or nothing, refused rows with their line numbers, audited once.
 */
class ContactImportTest {

    private static final String HEADER = "started_at,duration_seconds,channel,caller_type,topics,outcome,source,notes";

    @TempDir
    Path tmp;

    @Test
    void aCleanFileIsSavedWholeAndAuditedOnce() throws Exception {
        Path csv = tmp.resolve("good.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("\uFEFF" + HEADER + "\r\n");
            for (int i = 0; i < 25_000; i++) { // large enough to report progress
                out.write("2026-10-03T14:05,600,phone,at_risk,indecent_images,information_given,police,\"Note, "
                        + i + "\"\r\n");
            }
        }
        List<String> progress = new ArrayList<>();
        try (Logbook logbook = SafetyLogbooks.create(tmp.resolve("logbook")).logbook()) {
            var outcome = logbook.imports().importCsv(csv, NotesPolicy.Choices.NONE, "", progress::add);

            assertThat(outcome.problems()).isEmpty();
            assertThat(outcome.saved()).isEqualTo(25_000);
            assertThat(logbook.contacts().count(ContactFilter.ALL)).isEqualTo(25_000);
            assertThat(progress).contains("Checked 20000 rows...", "Saving 25000 contacts...");
            assertThat(logbook.verification().verifyAudit()).isEmpty();
        }
    }

    @Test
    void oneBadRowRefusesTheWholeFileWithItsLineNumber() throws Exception {
        Path csv = tmp.resolve("bad.csv");
        Files.writeString(csv, String.join("\n", HEADER,
                "2026-10-03T14:05,600,phone,at_risk,,,police,\"two", "lines\"",
                "2026-10-03T15:00,60,pigeon,at_risk,,,police,",
                "2026-10-03T16:00,60,phone,at_risk,,,police,Call 07700 900123"), StandardCharsets.UTF_8);
        try (Logbook logbook = SafetyLogbooks.create(tmp.resolve("logbook")).logbook()) {
            var outcome = logbook.imports().importCsv(csv, NotesPolicy.Choices.NONE, "(hint)", line -> { });

            assertThat(outcome.saved()).isZero();
            assertThat(outcome.problems()).anySatisfy(p -> assertThat(p).startsWith("line 4: unknown channel"))
                    .anySatisfy(p -> assertThat(p).startsWith("line 5:").contains("phone").endsWith("(hint)"))
                    .noneSatisfy(p -> assertThat(p).contains("900123"));
            assertThat(logbook.contacts().count(ContactFilter.ALL)).isZero();
        }
    }

    @Test
    void aHeaderWithoutRowsAndAFileThatIsNotTextAreReported() throws Exception {
        Path headerOnly = tmp.resolve("header-only.csv");
        Files.writeString(headerOnly, HEADER + "\n");
        Path latin1 = tmp.resolve("latin1.csv");
        Files.write(latin1, (HEADER + "\n2026-10-03T14:05,600,phone,at_risk,,,police,caf\u00e9\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        try (Logbook logbook = SafetyLogbooks.create(tmp.resolve("logbook")).logbook()) {
            assertThat(logbook.imports().importCsv(headerOnly, NotesPolicy.Choices.NONE, "", line -> { }).noRows())
                    .isTrue();
            assertThatThrownBy(() -> ContactImport.requireText(latin1)).isInstanceOf(LogbookException.class)
                    .hasMessageContaining("is not UTF-8 text");
            assertThatThrownBy(() -> ContactImport.requireText(tmp.resolve("missing.csv")))
                    .hasMessageContaining("does not exist");
        }
    }
}
