package org.helplinelogbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.helplinelogbook.ui.main.Section;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Every field label is tied to its field by {@code FieldLabels.link}, the one way (no view does it by hand): a
 * screen reader reads the label with the field. Covers each layout the rule knows: the field right after its label,
 * after a hint under the label, first in the row after the label, and inside a scroll pane.
 */
class FieldLabelsTest extends DesktopTestBase {

    FieldLabelsTest() {
        super(Instant.now(), 1366, 768);
    }

    /** Each label (by id) is tied to the field named after it: label, field, label, field, … */
    private static void assertTied(FxRobot robot, String... labelsAndFields) {
        for (int i = 0; i < labelsAndFields.length; i += 2) {
            String label = labelsAndFields[i];
            Node field = robot.lookup("#" + labelsAndFields[i + 1]).query();
            assertThat(robot.lookup("#" + label).queryAs(Label.class).getLabelFor()).as(label).isSameAs(field);
        }
    }

    @Test
    void theContactFormsLabelsAreTiedToTheirFields(FxRobot robot) throws Exception {
        openMain(robot);
        assertTied(robot, "durationFieldLabel", "durationField", "codewordFieldLabel", "codewordField",
                "notesAreaLabel", "notesArea"); // each right after its label
        assertTied(robot, "callerTypeListLabel", "callerTypeList", "topicListLabel", "topicList",
                "outcomeListLabel", "outcomeList", "sourceListLabel", "sourceList"); // after a hint
    }

    @Test
    void theSettingsLabelsAreTiedToTheFieldsInTheRowsBelowThem(FxRobot robot) throws Exception {
        openMain(robot);
        goTo(robot, Section.SETTINGS);
        waitUntil(() -> showing(robot, "#autoLockSpinner"));
        assertTied(robot, "autoLockLabel", "autoLockSpinner", "retentionLabel", "retentionSpinner",
                "backupFolderLabel", "backupFolderField"); // first in the row under the label
        assertTied(robot, "organisationLabel", "organisationField");
    }

    @Test
    void theCampaignFormInItsScrollPaneIsLabelled(FxRobot robot) throws Exception {
        openMain(robot);
        goTo(robot, Section.CAMPAIGNS);
        waitUntil(() -> showing(robot, "#nameField"));
        TextField name = robot.lookup("#nameField").queryAs(TextField.class);
        Label nameLabel = robot.lookup(".side-form .label").queryAllAs(Label.class).stream()
                .filter(l -> l.getLabelFor() == name).findFirst().orElseThrow();
        assertThat(nameLabel.getText()).isEqualTo("Name");
        assertThat(name.getAccessibleText()).isEqualTo("Name");
    }
}
