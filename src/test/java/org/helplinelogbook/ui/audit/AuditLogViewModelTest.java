package org.helplinelogbook.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.helplinelogbook.logbook.AuditActions;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.TestLogbooks;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.helplinelogbook.ui.common.Choice;
import org.helplinelogbook.ui.common.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogViewModelTest {

    @TempDir
    Path dir;

    @Test
    void showsEntriesNewestFirstFiltersAndVerifies() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            for (int i = 0; i < 120; i++) {
                logbook.settings().change("auto_lock_minutes", String.valueOf(5 + i % 10));
            }
            var model = new AuditLogViewModel(logbook, new DirectTaskRunner());
            model.start();
            assertThat(model.rows()).hasSize(AuditLogViewModel.PAGE_SIZE);
            assertThat(Long.parseLong(model.rows().get(0).seq())).isGreaterThan(Long.parseLong(model.rows().get(1).seq()));
            assertThat(model.rows().get(0).staff()).isEqualTo("manager1");
            model.loadMore();
            assertThat(model.hasMoreProperty().get()).isFalse();
            int all = model.rows().size();
            assertThat(all).isGreaterThan(120);

            model.actionProperty().set(choice(model.actionChoices(), "account_add"));
            assertThat(model.rows()).hasSize(1);
            assertThat(model.rows().get(0).fields()).isEqualTo("Role");
            assertThat(model.rows().get(0).fieldsCode()).isEqualTo("role");
            model.actionProperty().set(model.actionChoices().get(0));
            model.staffProperty().set(model.staffChoices().stream().filter(c -> "worker1".equals(c.label()))
                    .findFirst().orElseThrow());
            assertThat(model.rows()).isEmpty();

            model.verify();
            assertThat(model.verifyFailedProperty().get()).isFalse();
            assertThat(model.verifyResultProperty().get()).isEqualTo("Audit chain verified (" + logbook.auditLog().size() + " entries).");
        }
    }

    @Test
    void showsEveryActionInPlainEnglishAndKeepsTheRecordedCode() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            logbook.settings().change("auto_lock_minutes", "7");
            var model = new AuditLogViewModel(logbook, new DirectTaskRunner());
            model.start();

            assertThat(model.rows()).extracting(AuditLogRow::action)
                    .contains("Logbook created", "Account added", "Setting changed")
                    .doesNotContain("init", "account_add", "setting");
            AuditLogRow added = model.rows().stream().filter(r -> r.action().equals("Account added")).findFirst()
                    .orElseThrow();
            assertThat(added.actionCode()).isEqualTo("account_add");
            // the filter offers the same words and still filters by the recorded code
            Choice filter = choice(model.actionChoices(), "account_add");
            assertThat(filter.label()).isEqualTo("Account added");
            model.actionProperty().set(filter);
            assertThat(model.rows()).extracting(AuditLogRow::actionCode).containsExactly("account_add");
        }
    }

    @Test
    void showsTheFieldsInThePlainWordsOfTheFormAndKeepsTheRecordedNames() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            var contact = logbook.contacts().save(TestLogbooks.dataContact(
                    LocalDate.now(logbook.zone()).atTime(0, 5), "other", "Talked it through"));
            logbook.contacts().setHold(contact.id(), true);
            logbook.settings().change("auto_lock_minutes", "7");
            var model = new AuditLogViewModel(logbook, new DirectTaskRunner());
            model.start();

            // The Fields column showed "notes_hold", "started_at, duration_seconds, caller_type": the words the
            // database uses, not the ones a manager sees on the form and the edit panel.
            AuditLogRow hold = row(model, "hold");
            assertThat(hold.fields()).isEqualTo("Safeguarding hold");
            assertThat(hold.fieldsCode()).isEqualTo("notes_hold");
            assertThat(row(model, "create").fields()).startsWith("Date and time, Duration, Channel, Caller type")
                    .doesNotContain("_");
            assertThat(row(model, "setting").fields()).isEqualTo("Lock after minutes without use");
        }
    }

    private static AuditLogRow row(AuditLogViewModel model, String action) {
        return model.rows().stream().filter(r -> r.actionCode().equals(action)).findFirst().orElseThrow();
    }

    @Test
    void everyAuditedActionHasAText() throws IllegalAccessException {
        List<String> actions = new ArrayList<>();
        for (Field f : AuditActions.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                actions.add((String) f.get(null));
            }
        }
        assertThat(actions).hasSizeGreaterThan(30).contains("init", "campaign_delete", "audit_anchor_mismatch");
        for (String action : actions) {
            assertThat(Messages.has("audit.action." + action)).as("a text for the audit action " + action).isTrue();
            assertThat(AuditLogViewModel.actionText(action)).isNotEqualTo(action).doesNotContain("_");
        }
        // an action this version does not know (a newer desk wrote it) shows as recorded rather than failing
        assertThat(AuditLogViewModel.actionText("something_new")).isEqualTo("something_new");
    }

    private static Choice choice(List<Choice> choices, String code) {
        return choices.stream().filter(c -> code.equals(c.code())).findFirst().orElseThrow();
    }
}
