package org.helplinelogbook.ui.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.helplinelogbook.domain.Campaign;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.TestLogbooks;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void validatesThenAddsEditsAndDeletes() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            var model = new CampaignsViewModel(logbook, new DirectTaskRunner());
            model.load();
            int before = model.campaigns().size();

            model.startNew();
            model.nameProperty().set("Bus stops");
            model.startProperty().set(LocalDate.of(2025, 5, 10));
            model.endProperty().set(LocalDate.of(2025, 5, 1));
            model.costProperty().set("-5");
            model.save();
            assertThat(model.status().errorProperty().get()).contains("ends on or after").contains("zero or more");
            assertThat(model.campaigns()).hasSize(before);

            model.costProperty().set("abc");
            model.save();
            assertThat(model.status().errorProperty().get()).contains("number");

            model.endProperty().set(LocalDate.of(2025, 6, 1));
            model.costProperty().set("1,250.50");
            model.save();
            assertThat(model.status().errorProperty().get()).isEmpty();
            assertThat(model.campaigns()).hasSize(before + 1);
            Campaign added = model.selectedProperty().get();
            assertThat(added.name()).isEqualTo("Bus stops");
            assertThat(added.cost()).isEqualByComparingTo("1250.50");

            model.nameProperty().set("Bus stops, spring");
            model.save();
            assertThat(model.campaigns()).hasSize(before + 1).extracting(Campaign::name).contains("Bus stops, spring");

            model.startNew();
            model.nameProperty().set("bus stops, SPRING");
            model.startProperty().set(LocalDate.of(2025, 7, 1));
            model.endProperty().set(LocalDate.of(2025, 7, 2));
            model.save();
            assertThat(model.status().errorProperty().get()).contains("already a campaign");

            model.selectedProperty().set(model.campaigns().stream()
                    .filter(c -> c.name().equals("Bus stops, spring")).findFirst().orElseThrow());
            model.delete();
            assertThat(model.campaigns()).hasSize(before);
        }
    }
}
