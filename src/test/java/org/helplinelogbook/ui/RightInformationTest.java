package org.helplinelogbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.helplinelogbook.logbook.CampaignService;
import org.helplinelogbook.ui.common.TestLogbooks;
import org.helplinelogbook.ui.main.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Right and fresh information on screen (issue 17): en-GB dates whatever the computer's locale, the dashboard on a
 * month with contacts, "1 contact", and a campaign added on the Campaigns screen in Campaign impact at once.
 */
class RightInformationTest extends DesktopTestBase {

    RightInformationTest() {
        super(Instant.now(), 1366, 768);
    }

    private final Locale systemLocale = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(systemLocale);
    }

    @Test
    void dateFieldsShowDayFirstWhateverTheComputersLocale(FxRobot robot) throws Exception {
        Locale.setDefault(Locale.US);
        logbook = TestLogbooks.create(dir);
        openMain(robot);
        goTo(robot, Section.CONTACT_LOG);
        DatePicker from = robot.lookup("#fromPicker").queryAs(DatePicker.class);
        robot.interact(() -> from.setValue(LocalDate.of(2026, 12, 3)));

        assertThat(from.getEditor().getText()).isEqualTo("03/12/2026");
        assertThat(from.getConverter().fromString("3/12/2026")).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void dateFieldsShowTheWholeDateAndTheWholeHint(FxRobot robot) throws Exception {
        logbook = TestLogbooks.create(dir);
        openMain(robot);
        goTo(robot, Section.CONTACT_LOG);
        DatePicker from = robot.lookup("#fromPicker").queryAs(DatePicker.class);
        robot.interact(() -> from.setValue(LocalDate.of(2026, 12, 30)));
        WaitForAsyncUtils.waitForFxEvents();

        // At the desk the field showed "30/12/202": the year cut off by a field sized for seven characters.
        javafx.scene.control.TextField editor = from.getEditor();
        double room = editor.getWidth() - editor.snappedLeftInset() - editor.snappedRightInset();
        for (String shown : new String[] {editor.getText(), from.getPromptText()}) {
            javafx.scene.text.Text text = new javafx.scene.text.Text(shown);
            text.setFont(editor.getFont());
            assertThat(text.getLayoutBounds().getWidth()).as("width of \"%s\"", shown).isLessThanOrEqualTo(room);
        }
    }

    @Test
    void theDashboardOpensOnTheLatestMonthWithContactsWhenThisOneHasNone(FxRobot robot) throws Exception {
        logbook = TestLogbooks.create(dir);
        YearMonth twoMonthsAgo = YearMonth.now(logbook.zone()).minusMonths(2);
        logbook.contacts().save(org.helplinelogbook.logbook.TestLogbooks.dataContact(
                twoMonthsAgo.atDay(10).atTime(14, 0), "safety_planning", null));
        openMain(robot);
        goTo(robot, Section.DASHBOARD);

        String expected = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK).format(twoMonthsAgo);
        waitUntil(() -> robot.lookup("#titleLabel").queryAs(Label.class).getText().startsWith(expected));
    }

    @Test
    void theDashboardOpensOnTheCurrentMonthWhenItHasContacts(FxRobot robot) throws Exception {
        logbook = TestLogbooks.create(dir);
        LocalDate today = LocalDate.now(logbook.zone());
        logbook.contacts().save(org.helplinelogbook.logbook.TestLogbooks.dataContact(today.atTime(0, 5),
                "safety_planning", null));
        openMain(robot);
        goTo(robot, Section.DASHBOARD);

        String expected = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK).format(today);
        waitUntil(() -> robot.lookup("#titleLabel").queryAs(Label.class).getText().startsWith(expected));
    }

    @Test
    void oneContactIsOneContact(FxRobot robot) throws Exception {
        logbook = TestLogbooks.create(dir);
        logbook.contacts().save(org.helplinelogbook.logbook.TestLogbooks.dataContact(
                LocalDate.now(logbook.zone()).atTime(0, 5), "safety_planning", null));
        openMain(robot);
        goTo(robot, Section.CONTACT_LOG);
        waitUntil(() -> robot.lookup("#statusLabel").tryQuery().isPresent());
        waitUntil(() -> robot.lookup(".label").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().equals("Showing the one matching contact")));
    }

    @Test
    void aCampaignAddedOnTheCampaignsScreenIsInCampaignImpactAtOnce(FxRobot robot) throws Exception {
        logbook = TestLogbooks.create(dir);
        openMain(robot);
        goTo(robot, Section.DASHBOARD);
        goTo(robot, Section.CAMPAIGNS);
        LocalDate today = LocalDate.now(logbook.zone());
        logbook.campaigns().add(new CampaignService.Input("Winter posters", today.minusDays(20), today.minusDays(10),
                null, null, null, null));

        goTo(robot, Section.DASHBOARD);

        waitUntil(() -> robot.lookup("#campaignBox").queryAs(ComboBox.class).getItems().stream()
                .anyMatch(c -> c.toString().contains("Winter posters")));
    }

    @Test
    void aDemoLogbookSaysSoInTheTitleBar(FxRobot robot) throws Exception {
        logbook = TestLogbooks.create(dir);
        logbook.demo().generate(20, 5, n -> { });
        openMain(robot);
        waitUntil(() -> robot.lookup("#demoBadge").query().isVisible());
        assertThat(((Stage) shell.current().getScene().getWindow()).getTitle()).contains("DEMO LOGBOOK");
    }

    @Test
    void aRealLogbookHasNoDemoMark(FxRobot robot) throws Exception {
        logbook = TestLogbooks.create(dir);
        openMain(robot);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(500); // the settings load in the background
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#demoBadge").query().isVisible()).isFalse();
    }
}
