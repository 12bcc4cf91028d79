package org.helplinelogbook.ui.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.domain.TaxonomyEntry;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.TestLogbooks;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyViewModelTest {

    @TempDir
    Path dir;

    @Test
    void changesBumpTheVersionAndNeverChangeACode() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            var model = new TaxonomyViewModel(logbook, new DirectTaskRunner());
            model.load();
            int version = logbook.taxonomy().version();
            assertThat(model.versionTextProperty().get()).isEqualTo("Taxonomy version " + version);
            model.dimensionProperty().set(Dimension.TOPIC);
            List<String> codes = model.entries().stream().map(TaxonomyEntry::code).toList();

            model.selectedProperty().set(model.entries().get(2));
            model.labelProperty().set("A clearer label");
            model.relabel();
            assertThat(model.versionTextProperty().get()).isEqualTo("Taxonomy version " + (version + 1));
            assertThat(model.entries().get(2).label()).isEqualTo("A clearer label");
            assertThat(model.selectedProperty().get().code()).isEqualTo(codes.get(2));

            model.move(-1);
            assertThat(model.entries().get(1).code()).isEqualTo(codes.get(2));
            model.toggleActive();
            assertThat(model.entries().get(1).active()).isFalse();
            assertThat(model.entries().stream().map(TaxonomyEntry::code).sorted().toList())
                    .isEqualTo(codes.stream().sorted().toList());
            assertThat(logbook.taxonomy().version()).isEqualTo(version + 3);
        }
    }

    @Test
    void addsACallerTypeToAGroupAndReportsProblemsCalmly() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            var model = new TaxonomyViewModel(logbook, new DirectTaskRunner());
            model.load();
            model.dimensionProperty().set(Dimension.CALLER_TYPE);
            model.newCodeProperty().set("gaming_worry");
            model.newLabelProperty().set("Worried about online gaming");
            model.add();
            assertThat(model.status().errorProperty().get()).contains("caller group");
            model.newGroupProperty().set(model.groups().get(0));
            model.add();
            assertThat(model.status().errorProperty().get()).isEmpty();
            assertThat(model.entries().get(model.entries().size() - 1).code()).isEqualTo("gaming_worry");
            assertThat(model.newCodeProperty().get()).isEmpty();
        }
    }
}
