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

    private static void assertTied(FxRobot robot, String label, String field) {
        Node expected = robot.lookup("#" + field).query();
        assertThat(robot.lookup("#" + label).queryAs(Label.class).getLabelFor()).as(label).isSameAs(expected);
    }

    @Test
    void theContactFormsLabelsAreTiedToTheirFields(FxRobot robot) throws Exception {
        openMain(robot);
        assertTied(robot, "durationFieldLabel", "durationField"); // right after
        assertTied(robot, "callerTypeListLabel", "callerTypeList"); // after a hint
        assertTied(robot, "topicListLabel", "topicList");
        assertTied(robot, "outcomeListLabel", "outcomeList");
        assertTied(robot, "sourceListLabel", "sourceList");
        assertTied(robot, "codewordFieldLabel", "codewordField");
        assertTied(robot, "notesAreaLabel", "notesArea");
    }

    @Test
    void theSettingsLabelsAreTiedToTheFieldsInTheRowsBelowThem(FxRobot robot) throws Exception {
        openMain(robot);
        goTo(robot, Section.SETTINGS);
        waitUntil(() -> showing(robot, "#autoLockSpinner"));
        assertTied(robot, "autoLockLabel", "autoLockSpinner");
        assertTied(robot, "retentionLabel", "retentionSpinner");
        assertTied(robot, "organisationLabel", "organisationField");
        assertTied(robot, "backupFolderLabel", "backupFolderField");
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
