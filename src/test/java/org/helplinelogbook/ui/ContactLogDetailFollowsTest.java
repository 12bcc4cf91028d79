package org.helplinelogbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.helplinelogbook.logbook.TestLogbooks;
import org.helplinelogbook.ui.contactlog.ContactLogRow;
import org.helplinelogbook.ui.main.Section;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The contact open beside the log is the one highlighted in it (found driving a shift by keyboard at 1024×600): with
 * a hang-up open, a click on another row highlighted that row while the panel kept the hang-up, so Edit and
 * Delete… acted on a contact other than the one the worker had just picked.
 */
class ContactLogDetailFollowsTest extends DesktopTestBase {

    ContactLogDetailFollowsTest() {
        super(Instant.now(), 1024, 600);
    }

    private TableView<ContactLogRow> table(FxRobot robot) {
        return robot.lookup(".table-view").queryTableView();
    }

    private static String notesShown(FxRobot robot) {
        return robot.lookup("#notesArea").queryAs(TextArea.class).getText();
    }

    private void twoContactsInTheLog(FxRobot robot) throws Exception {
        logbook = org.helplinelogbook.ui.common.TestLogbooks.create(dir);
        LocalDate today = LocalDate.now(logbook.zone());
        logbook.contacts().save(TestLogbooks.dataContact(today.atTime(0, 40), "safety_planning", "The first"));
        logbook.contacts().save(TestLogbooks.dataContact(today.atTime(0, 50), "safety_planning", "The second"));
        openMain(robot);
        goTo(robot, Section.CONTACT_LOG);
        waitUntil(() -> table(robot).getItems().size() == 2);
        robot.interact(() -> {
            table(robot).requestFocus();
            table(robot).getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#editButton"));
    }

    @Test
    void pickingAnotherRowShowsItInTheOpenPanel(FxRobot robot) throws Exception {
        twoContactsInTheLog(robot);
        TableView<ContactLogRow> table = table(robot);
        String first = table.getItems().get(0).contact().notes();
        String second = table.getItems().get(1).contact().notes();
        assertThat(notesShown(robot)).isEqualTo(first);

        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(1);
        });
        WaitForAsyncUtils.waitForFxEvents();

        waitUntil(() -> notesShown(robot).equals(second));
        assertThat(notesShown(robot)).isEqualTo(second);
    }

    @Test
    void whileAContactIsEditedNoOtherRowCanBePicked(FxRobot robot) throws Exception {
        twoContactsInTheLog(robot);
        TableView<ContactLogRow> table = table(robot);
        robot.clickOn("#editButton");
        waitUntil(() -> showing(robot, "#cancelButton"));

        assertThat(table.isDisabled()).as("the table waits until the edit is saved or cancelled").isTrue();
        robot.clickOn("#cancelButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.isDisabled()).isFalse();
    }

    @Test
    void closingThePanelWhileEditingLeavesTheTableFree(FxRobot robot) throws Exception {
        twoContactsInTheLog(robot);
        robot.clickOn("#editButton");
        waitUntil(() -> showing(robot, "#cancelButton"));

        robot.clickOn("#closeButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".contact-edit").tryQuery()).isEmpty();
        assertThat(table(robot).isDisabled()).isFalse();
    }
}
