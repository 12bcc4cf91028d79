package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.helplinelogbook.domain.AuditRepository.AuditEntry;
import org.helplinelogbook.domain.Contact;
import org.helplinelogbook.privacy.IdentifierKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one identifier policy, on every service path that writes note text: new contact, the form's save, edit and
 * import. (CLI add and import: CliTest; the edit form: ContactEditViewModelTest; the shared logbook:
 * SharedLogbookTest.)
 */
class NotesPolicyTest {

    @TempDir
    Path dir;

    @Test
    void aNewContactWithAPhoneNumberIsRefusedAndNothingIsStoredOrAudited() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            int auditBefore = audit(logbook).size();
            assertThatThrownBy(() -> logbook.contacts().save(note(logbook, "Alt number 0131 496 0000")))
                    .isInstanceOfSatisfying(IdentifiersInNotesException.class, e -> {
                        assertThat(e.kinds()).containsExactly(IdentifierKind.PHONE);
                        assertThat(e.getMessage()).contains("phone number").doesNotContain("0131");
                    });
            assertThat(logbook.contacts().count(org.helplinelogbook.domain.ContactFilter.ALL)).isZero();
            assertThat(audit(logbook)).hasSize(auditBefore);
        }
    }

    @Test
    void aKeptIdentifierIsAuditedByKindAndCountWithTheSaveAndTheReasonIsNeverStored() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            String text = "Agency duty line 0131 496 0000, second line 0131 496 0001.";
            var kept = Set.of(new NotesPolicy.Kept(IdentifierKind.PHONE, "0131 496 0000", "public agency line"),
                    new NotesPolicy.Kept(IdentifierKind.PHONE, "0131 496 0001", "public agency line"));
            Contact c = logbook.contacts().save(note(logbook, text), NotesPolicy.Choices.keeping(kept));

            List<AuditEntry> entries = audit(logbook);
            AuditEntry create = entries.get(entries.size() - 2);
            AuditEntry piiKept = entries.get(entries.size() - 1);
            assertThat(create.action()).isEqualTo("create");
            assertThat(piiKept.action()).isEqualTo("pii_kept");
            assertThat(piiKept.recordId()).isEqualTo(c.id().toString());
            assertThat(piiKept.counts()).isEqualTo("kind=PHONE,count=2");
            assertThat(entries.toString()).doesNotContain("0131", "agency line");
            assertThat(logbook.verification().verifyAudit()).isEmpty();
        }
    }

    @Test
    void keepingNeedsAReason() {
        assertThatThrownBy(() -> new NotesPolicy.Kept(IdentifierKind.PHONE, "0131 496 0000", "  "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPossibleIdentifierIsShownButDoesNotBlock() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            String text = "Said he was born 1988 and has moved twice.";
            assertThat(logbook.contacts().notesPolicy().scan(text)).isNotEmpty()
                    .allMatch(h -> !NotesPolicy.blocks(h));
            assertThat(logbook.contacts().save(note(logbook, text)).notes()).isEqualTo(text);
        }
    }

    @Test
    void theFormSaveStoresAuditsAndClearsTheDraftTogether() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            logbook.contacts().saveDraft("draft text");
            assertThatThrownBy(() -> logbook.contacts().saveFromForm(note(logbook, "ring 07700 900123"),
                    NotesPolicy.Choices.NONE)).isInstanceOf(IdentifiersInNotesException.class);
            assertThat(logbook.contacts().loadDraft()).as("a refused save keeps the draft").isPresent();

            var kept = Set.of(new NotesPolicy.Kept(IdentifierKind.PHONE, "07700 900123", "caller's own choice"));
            logbook.contacts().saveFromForm(note(logbook, "ring 07700 900123"), NotesPolicy.Choices.keeping(kept));
            assertThat(logbook.contacts().loadDraft()).isEmpty();
            assertThat(audit(logbook).stream().map(AuditEntry::action)).endsWith("create", "pii_kept");
        }
    }

    @Test
    void anEditIsCheckedLikeANewContact() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            Contact c = logbook.contacts().save(note(logbook, "First words"));
            assertThatThrownBy(() -> logbook.contacts().update(c.id(), c.version(), note(logbook, "Alt number 0131 496 0000")))
                    .isInstanceOf(IdentifiersInNotesException.class);
            assertThat(logbook.contacts().find(c.id()).orElseThrow().notes()).isEqualTo("First words");

            Contact edited = logbook.contacts().update(c.id(), c.version(), note(logbook, "Alt number 0131 496 0000"),
                    NotesPolicy.Choices.REDACT_ALL);
            assertThat(edited.notes()).isEqualTo("Alt number [PHONE]");
        }
    }

    @Test
    void importRefusesTheWholeBatchOrRedactsEveryKind() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            var drafts = List.of(note(logbook, "Nothing identifying"),
                    note(logbook, "Mail jo.bloggs@example.com or ring 07700 900123; born 1988"));
            assertThatThrownBy(() -> logbook.contacts().saveAll(drafts, "import"))
                    .isInstanceOf(LogbookException.class).hasMessageContaining("record 2")
                    .hasMessageNotContaining("example.com");
            assertThat(logbook.contacts().count(org.helplinelogbook.domain.ContactFilter.ALL)).isZero();

            logbook.contacts().saveAll(drafts, "import", NotesPolicy.Choices.REDACT_ALL);
            var page = logbook.contacts().page(org.helplinelogbook.domain.ContactFilter.ALL, null, 10).contacts();
            assertThat(page).extracting(Contact::notes)
                    .contains("Mail [EMAIL] or ring [PHONE]; born [DATE OF BIRTH]");
        }
    }

    @Test
    void theSignInScreensWarmUpRunsTheDetectorsOnItsMadeUpNote() {
        // Run while the password is typed (LogbookOpening's prewarm): it must reach the name lists and the patterns.
        assertThat(NotesPolicy.prewarm()).contains(IdentifierKind.NAME, IdentifierKind.SCHOOL,
                IdentifierKind.PHONE, IdentifierKind.EMAIL);
    }

    private static org.helplinelogbook.domain.ContactDraft note(Logbook logbook, String text) {
        return TestLogbooks.dataContact(LocalDate.now(logbook.zone()).atTime(0, 5), "other", text);
    }

    private static List<AuditEntry> audit(Logbook logbook) {
        return logbook.store().read(r -> r.audit().all());
    }
}
