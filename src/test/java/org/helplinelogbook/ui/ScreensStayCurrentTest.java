package org.helplinelogbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookOpening;
import org.helplinelogbook.report.Period;
import org.helplinelogbook.ui.common.Choice;
import org.helplinelogbook.ui.common.TestLogbooks;
import org.helplinelogbook.ui.contactform.ContactFormViewModel.CheckItem;
import org.helplinelogbook.ui.contactlog.ContactLogRow;
import org.helplinelogbook.ui.main.Section;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Issue 17, in the whole window: a manager's change on the Taxonomy screen reaches the form and the contact log
 * already built, without signing in again; unlocking comes back to the log's filters, search and selected row and
 * to the dashboard's period and tab.
 */
class ScreensStayCurrentTest extends DesktopTestBase {

    ScreensStayCurrentTest() {
        super(1366, 768);
    }

    /** The main window for a new logbook holding 40 contacts of yesterday evening. */
    private void openMainOnFortyContacts(FxRobot robot) throws Exception {
        logbook = TestLogbooks.create(dir);
        logbook.contacts().saveAll(org.helplinelogbook.logbook.TestLogbooks.contacts(40,
                LocalDate.now(logbook.zone()).atTime(LocalTime.MIDNIGHT).minusMinutes(1)), "test");
        openMain(robot);
    }

    @Test
    void aTaxonomyChangeReachesTheOpenFormAndTheContactLogAtOnce(FxRobot robot) throws Exception {
        openMainOnFortyContacts(robot);
        goTo(robot, Section.CONTACT_LOG);
        waitUntil(() -> !robot.lookup(".table-view").queryTableView().getItems().isEmpty());
        goTo(robot, Section.TAXONOMY);

        logbook.taxonomyService().add(Dimension.TOPIC, "sextortion", "Sextortion", null, true);
        logbook.taxonomyService().relabel(Dimension.CALLER_TYPE, "wrong_number", "Wrong number or misdial");

        goTo(robot, Section.NEW_CONTACT);
        ListView<CheckItem> topics = query(robot, "#topicList");
        waitUntil(() -> topics.getItems().stream().anyMatch(i -> i.label().equals("Sextortion")));
        FlowPane nonData = query(robot, "#nonDataBox");
        waitUntil(() -> nonData.getChildren().stream().anyMatch(n -> n instanceof javafx.scene.control.Button b
                && b.getText().equals("Wrong number or misdial")));
        // the row's caption stays before its new buttons (it was cleared away with the old ones)
        assertThat(nonData.getChildren().get(0)).isInstanceOfSatisfying(javafx.scene.control.Label.class,
                caption -> assertThat(caption.getText()).isEqualTo("Non-data contact — one key saves it:"));

        goTo(robot, Section.CONTACT_LOG);
        ComboBox<Choice> topicFilter = query(robot, "#topicBox");
        waitUntil(() -> topicFilter.getItems().stream().anyMatch(c -> c.label().equals("Sextortion")));
    }

    @Test
    void unlockingComesBackToTheLogsFiltersSearchAndRow(FxRobot robot) throws Exception {
        openMainOnFortyContacts(robot);
        goTo(robot, Section.CONTACT_LOG);
        TableView<ContactLogRow> table = robot.lookup(".table-view").queryTableView();
        waitUntil(() -> table.getItems().size() == 40);
        ComboBox<Choice> topicFilter = query(robot, "#topicBox");
        robot.interact(() -> topicFilter.setValue(topicFilter.getItems().stream()
                .filter(c -> "safety_planning".equals(c.code())).findFirst().orElseThrow()));
        waitUntil(() -> table.getItems().size() == 20);
        TextField search = query(robot, "#searchField");
        robot.interact(() -> {
            search.setText("dog");
            search.fireEvent(new javafx.event.ActionEvent());
        });
        waitUntil(() -> table.getItems().size() == 4);
        robot.interact(() -> table.getSelectionModel().select(2));
        var selected = table.getItems().get(2).contact().id();

        lockAndUnlock(robot);

        assertThat(shell.mainView().viewModel().sectionProperty().get()).isEqualTo(Section.CONTACT_LOG);
        TableView<ContactLogRow> after = robot.lookup(".table-view").queryTableView();
        waitUntil(() -> after.getItems().size() == 4 && after.getSelectionModel().getSelectedItem() != null);
        assertThat(after.getSelectionModel().getSelectedItem().contact().id()).isEqualTo(selected);
        assertThat(DesktopTestBase.<ComboBox<Choice>>query(robot, "#topicBox").getValue().code()).isEqualTo("safety_planning");
        assertThat(DesktopTestBase.<TextField>query(robot, "#searchField").getText()).isEqualTo("dog");
    }

    @Test
    void unlockingComesBackToTheDashboardsPeriodAndTab(FxRobot robot) throws Exception {
        openMainOnFortyContacts(robot);
        goTo(robot, Section.DASHBOARD);
        ComboBox<Period.Kind> kind = query(robot, "#kindBox");
        robot.interact(() -> kind.setValue(Period.Kind.QUARTER));
        ComboBox<Period> choice = query(robot, "#choiceBox");
        Period chosen = choice.getItems().get(choice.getItems().size() - 1);
        robot.interact(() -> choice.setValue(chosen));
        TabPane tabs = query(robot, "#tabs");
        Tab campaignTab = tabs.getTabs().get(tabs.getTabs().size() - 1);
        robot.interact(() -> tabs.getSelectionModel().select(campaignTab));

        lockAndUnlock(robot);

        assertThat(shell.mainView().viewModel().sectionProperty().get()).isEqualTo(Section.DASHBOARD);
        waitUntil(() -> DesktopTestBase.<ComboBox<Period>>query(robot, "#choiceBox").getValue() != null);
        assertThat(DesktopTestBase.<ComboBox<Period.Kind>>query(robot, "#kindBox").getValue()).isEqualTo(Period.Kind.QUARTER);
        assertThat(DesktopTestBase.<ComboBox<Period>>query(robot, "#choiceBox").getValue()).isEqualTo(chosen);
        TabPane tabsAfter = query(robot, "#tabs");
        assertThat(tabsAfter.getSelectionModel().getSelectedIndex()).isEqualTo(tabsAfter.getTabs().size() - 1);
    }

    @Test
    void signingInAfreshStartsOnTheFormWithNoFiltersLeft(FxRobot robot) throws Exception {
        openMainOnFortyContacts(robot);
        goTo(robot, Section.CONTACT_LOG);
        TextField search = query(robot, "#searchField");
        robot.interact(() -> search.setText("dog"));
        robot.interact(shell::lock);
        waitUntil(logbook::isClosed);
        robot.interact(shell::showLogin);

        logbook = LogbookOpening.open(dir, TestLogbooks.MANAGER, TestLogbooks.PASSWORD.toCharArray());
        robot.interact(() -> shell.showMain(logbook, false));
        waitUntil(() -> mainWindowShown(robot));
        assertThat(shell.mainView().viewModel().sectionProperty().get()).isEqualTo(Section.NEW_CONTACT);
        goTo(robot, Section.CONTACT_LOG);
        assertThat(DesktopTestBase.<TextField>query(robot, "#searchField").getText()).isEmpty();
    }
}
