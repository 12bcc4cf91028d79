package org.helplinelogbook.ui.notesreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.domain.Role;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.NotesPolicy;
import org.helplinelogbook.logbook.TestLogbooks;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesReviewViewModelTest {

    @TempDir
    Path dir;

    @Test
    void listsContactsHoldingIdentifiersAndRedactsOneAsAnAuditedEdit() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            String text = "Her son Oliver is at Trinity Academy, ring 07700 900123.";
            Set<NotesPolicy.Kept> kept = new HashSet<>();
            logbook.contacts().notesPolicy().scan(text)
                    .forEach(h -> kept.add(new NotesPolicy.Kept(h.kind(), text.substring(h.start(), h.end()), "fixture")));
            var draft = TestLogbooks.dataContact(LocalDate.now(logbook.zone()).atTime(0, 5), "other", text);
            var saved = logbook.contacts().save(draft, NotesPolicy.Choices.keeping(kept));
            logbook.contacts().save(TestLogbooks.dataContact(LocalDate.now(logbook.zone()).atTime(0, 6), "other", "Nothing to see"));

            var model = new NotesReviewViewModel(logbook, new DirectTaskRunner());
            model.check();
            assertThat(model.status().errorProperty().get()).isEmpty();
            assertThat(model.contacts()).singleElement().satisfies(row -> {
                assertThat(row.kinds()).isEqualTo("Phone number, Personal name, School, club or group");
                assertThat(row.hits()).isEqualTo(3);
                assertThat(row.toString()).doesNotContain("Oliver", "07700");
            });
            assertThat(model.counts()).hasSize(3);
            assertThat(model.status().messageProperty().get()).contains("Checked 2 notes", "1 contacts");

            model.redactAll(model.contacts().get(0));
            assertThat(logbook.contacts().find(saved.id()).orElseThrow().notes())
                    .isEqualTo("Her son [NAME] is at [SCHOOL OR GROUP], ring [PHONE].");
            assertThat(model.contacts()).isEmpty();
            var actions = logbook.auditLog().page(null, null, null, 50).entries().stream().map(e -> e.action()).toList();
            assertThat(actions).contains("notes_review", "edit", "pii_redacted");
        }
    }

    @Test
    void workersAreRefused() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            logbook.close();
        }
        try (Logbook worker = TestLogbooks.openAsWorker(dir)) {
            var model = new NotesReviewViewModel(worker, new DirectTaskRunner());
            model.check();
            assertThat(model.status().errorProperty().get()).isNotEmpty();
            assertThat(model.contacts()).isEmpty();
        }
    }
}
