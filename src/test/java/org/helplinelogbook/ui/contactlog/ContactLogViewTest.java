package org.helplinelogbook.ui.contactlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.helplinelogbook.domain.Contact;
import org.helplinelogbook.logbook.TestLogbooks;
import org.helplinelogbook.ui.DesktopTestBase;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.helplinelogbook.ui.contactedit.ContactEditViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class ContactLogViewTest extends DesktopTestBase {

    private ContactLogView view;
    private Contact first;

    ContactLogViewTest() {
        super(1200, 740);
    }

    @BeforeEach
    void showTheLog() throws Exception {
        logbook = TestLogbooks.createWithWorker(dir);
        logbook.contacts().saveAll(TestLogbooks.contacts(30, LocalDate.now(logbook.zone()).atTime(0, 30)), "test");
        first = logbook.contacts().save(TestLogbooks.dataContact(LocalDate.now(logbook.zone()).atTime(0, 45),
                "safety_planning", "Original words"));
        var runner = new DirectTaskRunner();
        show(1200, 740, () -> {
            view = new ContactLogView(new ContactLogViewModel(logbook, runner), new ContactEditViewModel(logbook, runner));
            return (Parent) view.root();
        });
    }

    @Test
    void showsRowsAndOpensTheSelectedContact(FxRobot robot) {
        TableView<ContactLogRow> table = robot.lookup(".table-view").queryTableView();
        assertThat(table.getItems()).hasSize(31);
        assertThat(table.getItems().get(0).contact().id()).isEqualTo(first.id());

        javafx.scene.Node row = robot.lookup(".table-row-cell").nth(0).query();
        robot.doubleClickOn(row);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.detail().root().getScene()).isNotNull();
        assertThat(robot.lookup("Safety planning").tryQuery()).isPresent();
        TextArea notes = robot.lookup(".notes-area").queryAs(TextArea.class);
        assertThat(notes.getText()).isEqualTo("Original words");
        assertThat(robot.lookup("Edit").queryButton().isVisible()).isTrue();
    }

    @Test
    void aConflictingEditShowsTheCalmMessageAndKeepsTheText(FxRobot robot) {
        robot.interact(() -> {
            TableView<?> table = robot.lookup(".table-view").queryTableView();
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        robot.clickOn("Edit");
        TextArea notes = robot.lookup(".notes-area").queryAs(TextArea.class);
        robot.interact(() -> notes.setText("My rewrite"));
        // Another session saves first.
        robot.interact(() -> logbook.contacts().update(first.id(), first.version(),
                TestLogbooks.dataContact(first.startedAt(), "other", "Their change")));

        robot.clickOn("Save changes");
        WaitForAsyncUtils.waitForFxEvents();

        Label error = robot.lookup(".problem-box .label").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("Nothing was overwritten");
        Button reload = robot.lookup("Reload their version").queryButton();
        assertThat(reload.isVisible()).isTrue();
        assertThat(notes.getText()).isEqualTo("My rewrite");

        robot.clickOn(reload);
        assertThat(notes.getText()).isEqualTo("Their change");
    }
}
