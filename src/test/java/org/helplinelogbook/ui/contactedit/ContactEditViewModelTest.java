package org.helplinelogbook.ui.contactedit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.helplinelogbook.domain.AccessDeniedException;
import org.helplinelogbook.domain.Contact;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookTestAccess;
import org.helplinelogbook.logbook.TestLogbooks;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactEditViewModelTest {

    @TempDir
    Path dir;

    @Test
    void managerEditsAndTheChangeIsSaved() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            Contact c = logbook.contacts().save(TestLogbooks.dataContact(earlierToday(logbook), "other", "First words"));
            var model = new ContactEditViewModel(logbook, new DirectTaskRunner());
            Contact[] saved = new Contact[1];
            model.setOnSaved(s -> saved[0] = s);
            model.show(c);
            assertThat(model.mayEditProperty().get()).isTrue();
            assertThat(model.notesTextProperty().get()).isEqualTo("First words");

            model.startEdit();
            model.notesProperty().set("Second words");
            model.durationProperty().set("20:00");
            model.save();

            assertThat(model.status().errorProperty().get()).isEmpty();
            assertThat(saved[0].version()).isEqualTo(2);
            Contact stored = logbook.contacts().find(c.id()).orElseThrow();
            assertThat(stored.notes()).isEqualTo("Second words");
            assertThat(stored.durationSeconds()).isEqualTo(1200);
        }
    }

    @Test
    void staleVersionIsAConflictThatKeepsTheTypedTextAndOverwritesNothing() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            Contact c = logbook.contacts().save(TestLogbooks.dataContact(earlierToday(logbook), "other", "Original"));
            var model = new ContactEditViewModel(logbook, new DirectTaskRunner());
            model.show(c);
            model.startEdit();
            model.notesProperty().set("My careful rewrite");

            // Someone else saves first (as a second session would).
            var theirs = TestLogbooks.dataContact(c.startedAt(), "other", "Their change");
            logbook.contacts().update(c.id(), c.version(), theirs);

            model.save();

            assertThat(model.conflictProperty().get()).isTrue();
            assertThat(model.status().errorProperty().get()).contains("Nothing was overwritten");
            assertThat(model.editingProperty().get()).isTrue();
            assertThat(model.notesProperty().get()).isEqualTo("My careful rewrite");
            assertThat(logbook.contacts().find(c.id()).orElseThrow().notes()).isEqualTo("Their change");

            model.reloadTheirVersion();
            assertThat(model.conflictProperty().get()).isFalse();
            assertThat(model.notesProperty().get()).isEqualTo("Their change");
            assertThat(model.contactProperty().get().version()).isEqualTo(2);
        }
    }

    @Test
    void workerMayNotEditAnothersContact() {
        Path path = dir;
        Contact managers;
        try (Logbook manager = TestLogbooks.createWithWorker(path)) {
            managers = manager.contacts().save(TestLogbooks.dataContact(earlierToday(manager), "other", "Manager's note"));
        }
        try (Logbook worker = TestLogbooks.openAsWorker(path)) {
            var model = new ContactEditViewModel(worker, new DirectTaskRunner());
            model.show(managers);
            assertThat(model.mayEditProperty().get()).isFalse();
            assertThat(model.notesTextProperty().get()).contains("Only the person who logged");
            model.startEdit();
            assertThat(model.editingProperty().get()).isFalse();
            model.delete();
            assertThat(worker.contacts().find(managers.id())).isPresent();
        }
    }

    @Test
    void workerMayEditOwnContactTodayButNotYesterdays() {
        TestLogbooks.createWithWorker(dir).close();
        try (Logbook worker = TestLogbooks.openAsWorker(dir)) {
            Contact own = worker.contacts().save(TestLogbooks.dataContact(earlierToday(worker), "other", null));
            var model = new ContactEditViewModel(worker, new DirectTaskRunner());
            model.show(own);
            assertThat(model.mayEditProperty().get()).isTrue();

            TestLogbooks.makeContactsLoggedYesterday(worker);
            model.show(own);
            assertThat(model.mayEditProperty().get()).isFalse();
            assertThat(model.isManager()).isFalse();
        }
    }

    @Test
    void onlyManagersDelete() {
        Contact c;
        try (Logbook manager = TestLogbooks.createWithWorker(dir)) {
            c = manager.contacts().save(TestLogbooks.dataContact(earlierToday(manager), "other", null));
        }
        try (Logbook worker = TestLogbooks.openAsWorker(dir)) {
            assertThatThrownBy(() -> worker.contacts().delete(c.id(), c.version())).isInstanceOf(AccessDeniedException.class);
        }
        try (Logbook manager = TestLogbooks.openAsManager(dir)) {
            var model = new ContactEditViewModel(manager, new DirectTaskRunner());
            java.util.UUID[] deleted = new java.util.UUID[1];
            model.setOnDeleted(id -> deleted[0] = id);
            model.show(c);
            assertThat(model.deleteQuestion()).contains(model.details().get(ContactEditViewModel.Detail.WHEN).get()).contains("At risk");
            model.delete();
            assertThat(deleted[0]).isEqualTo(c.id());
            assertThat(manager.contacts().find(c.id())).isEmpty();
            assertThat(manager.auditLog().actions()).contains("delete");
        }
    }

    @Test
    void managerPlacesAndReleasesAHold() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            Contact c = logbook.contacts().save(TestLogbooks.dataContact(earlierToday(logbook), "other", "Keep"));
            var model = new ContactEditViewModel(logbook, new DirectTaskRunner());
            model.show(c);
            model.setHold(true);
            assertThat(model.holdProperty().get()).isTrue();
            model.show(c);
            assertThat(model.holdProperty().get()).isTrue();
            model.setHold(false);
            assertThat(model.holdProperty().get()).isFalse();
        }
    }

    @Test
    void durationAcceptsMinutesOrMinutesAndSeconds() {
        assertThat(ContactEditViewModel.parseDuration("12")).isEqualTo(720);
        assertThat(ContactEditViewModel.parseDuration("12:30")).isEqualTo(750);
        assertThat(ContactEditViewModel.parseDuration("1:02:03")).isEqualTo(3723);
        assertThatThrownBy(() -> ContactEditViewModel.parseDuration("12:75")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEditThatAddsAPhoneNumberIsFlaggedAndNotSavedUntilRedactedOrKept() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            Contact c = logbook.contacts().save(TestLogbooks.dataContact(earlierToday(logbook), "other", "First words"));
            var model = new ContactEditViewModel(logbook, new DirectTaskRunner());
            model.show(c);
            model.startEdit();
            model.notesProperty().set("Alt number 0131 496 0000");
            model.scanNotes();

            assertThat(model.warnings()).hasSize(1);
            assertThat(model.warnings().get(0).kindLabel()).isEqualTo("Phone number");
            assertThat(model.saveBlockedProperty().get()).isTrue();

            model.save();
            assertThat(model.status().errorProperty().get()).contains("identifying");
            assertThat(logbook.contacts().find(c.id()).orElseThrow().notes()).isEqualTo("First words");

            model.redact(model.warnings().get(0));
            assertThat(model.notesProperty().get()).isEqualTo("Alt number [PHONE]");
            model.save();
            assertThat(model.status().errorProperty().get()).isEmpty();
            assertThat(logbook.contacts().find(c.id()).orElseThrow().notes()).isEqualTo("Alt number [PHONE]");
        }
    }

    @Test
    void anEditThatKeepsAnIdentifierAuditsKindAndCountInTheSameSave() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            Contact c = logbook.contacts().save(TestLogbooks.dataContact(earlierToday(logbook), "other", "First words"));
            var model = new ContactEditViewModel(logbook, new DirectTaskRunner());
            model.show(c);
            model.startEdit();
            model.notesProperty().set("Alt number 0131 496 0000 for the agency duty desk");
            model.scanNotes();
            assertThat(model.keep(model.warnings().get(0), " ")).isFalse();
            assertThat(model.keep(model.warnings().get(0), "public agency line")).isTrue();
            assertThat(model.saveBlockedProperty().get()).isFalse();
            model.save();

            assertThat(model.status().errorProperty().get()).isEmpty();
            var audit = LogbookTestAccess.store(logbook).read(r -> r.audit().all());
            var kept = audit.stream().filter(e -> e.action().equals("pii_kept")).toList();
            assertThat(kept).hasSize(1);
            assertThat(kept.get(0).counts()).isEqualTo("kind=PHONE,count=1");
            assertThat(kept.get(0).recordId()).isEqualTo(c.id().toString());
            assertThat(audit.toString()).doesNotContain("0131", "agency line");
        }
    }

    private static LocalDateTime earlierToday(Logbook logbook) {
        return LocalDate.now(logbook.zone()).atTime(0, 5);
    }
}
