package org.helplinelogbook.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.TestLogbooks;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.helplinelogbook.ui.common.Choice;
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
            assertThat(model.rows().get(0).fields()).isEqualTo("role");
            model.actionProperty().set(model.actionChoices().get(0));
            model.staffProperty().set(model.staffChoices().stream().filter(c -> "worker1".equals(c.label()))
                    .findFirst().orElseThrow());
            assertThat(model.rows()).isEmpty();

            model.verify();
            assertThat(model.verifyFailedProperty().get()).isFalse();
            assertThat(model.verifyResultProperty().get()).isEqualTo("Audit chain verified (" + logbook.auditLog().size() + " entries).");
        }
    }

    private static Choice choice(List<Choice> choices, String code) {
        return choices.stream().filter(c -> code.equals(c.code())).findFirst().orElseThrow();
    }
}
