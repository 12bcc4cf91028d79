package org.helplinelogbook.ui.contactlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.helplinelogbook.domain.Contact;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.TestLogbooks;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.helplinelogbook.ui.contactedit.ContactEditViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ContactLogViewTest {

    @TempDir
    Path dir;

    private Logbook logbook;
    private ContactLogView view;
    private Contact first;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        logbook = TestLogbooks.createWithWorker(dir);
        logbook.contacts().saveAll(TestLogbooks.contacts(30, LocalDate.now(logbook.zone()).atTime(0, 30)), "test");
        first = logbook.contacts().save(TestLogbooks.dataContact(LocalDate.now(logbook.zone()).atTime(0, 45),
                "safety_planning", "Original words"));
        var runner = new DirectTaskRunner();
        view = new ContactLogView(new ContactLogViewModel(logbook, runner), new ContactEditViewModel(logbook, runner));
        stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1200, 740));
        stage.show();
    }

    @AfterEach
    void close() {
        logbook.close();
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
