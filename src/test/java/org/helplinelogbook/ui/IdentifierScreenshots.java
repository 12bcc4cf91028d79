package org.helplinelogbook.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import org.helplinelogbook.domain.Contact;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.logbook.NotesPolicy;
import org.helplinelogbook.ui.common.TestLogbooks;
import org.helplinelogbook.ui.contactedit.ContactEditView;
import org.helplinelogbook.ui.contactedit.ContactEditViewModel;
import org.helplinelogbook.ui.notesreview.NotesReviewView;
import org.helplinelogbook.ui.notesreview.NotesReviewViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Writes docs/screenshots/contact-edit-warnings.png (the edit form's live identifier warnings) and
 * docs/screenshots/notes-review.png (review of old notes with a contact opened). Not part of the suite (the name
 * does not end in Test); run it with {@code mvn test -Dtest=IdentifierScreenshots}.
 */
class IdentifierScreenshots extends DesktopTestBase {

    IdentifierScreenshots() {
        super(1366, 768);
    }

    @Test
    void takeScreenshots(FxRobot robot) throws Exception {
        logbook = TestLogbooks.create(dir);
        LocalDate today = LocalDate.now(logbook.zone());
        Contact edited = logbook.contacts().save(draft(today.atTime(9, 30), "Partner of a man arrested last week."));
        keep(today.minusMonths(2).withDayOfMonth(3).atTime(10, 15), "Mum said her son Oliver is at Trinity Academy.");
        keep(today.minusMonths(2).withDayOfMonth(9).atTime(14, 5), "Gave his mobile 07700 900123 before I could stop him.");
        keep(today.minusMonths(1).withDayOfMonth(12).atTime(19, 40), "He stacks shelves at the Asda in Leith; reg SY21 ABC.");
        keep(today.minusMonths(1).withDayOfMonth(20).atTime(11, 0), "Her ex Darren Mackay was charged in March.");

        ContactEditView[] edit = new ContactEditView[1];
        Scene editScene = show(680, 1000, () -> {
            edit[0] = new ContactEditView(new ContactEditViewModel(logbook, runner));
            return new StackPane(edit[0].root());
        });
        robot.interact(() -> edit[0].show(edited));
        Thread.sleep(1500);
        robot.interact(() -> edit[0].viewModel().startEdit());
        Thread.sleep(500);
        robot.interact(() -> {
            edit[0].viewModel().notesProperty().set(
                    "Partner of a man arrested last week. Alt number 0131\u00a0496\u00a00000; her son Oliver is at Trinity Academy. Lives on Mill Lane.");
            edit[0].viewModel().scanNotes();
        });
        Thread.sleep(1000);
        scrollToTheEnd(robot, editScene);
        saveScreenshot(editScene, "contact-edit-warnings");

        NotesReviewView[] review = new NotesReviewView[1];
        Scene reviewScene = show(1366, 768, () -> {
            review[0] = new NotesReviewView(new NotesReviewViewModel(logbook, runner),
                    new ContactEditViewModel(logbook, runner));
            return new StackPane(review[0].root());
        });
        robot.interact(() -> review[0].viewModel().check());
        Thread.sleep(2500);
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            TableView<Object> table = (TableView<Object>) review[0].root().lookup(".contacts-table");
            table.getSelectionModel().select(0);
            review[0].viewModel().find(review[0].viewModel().contacts().get(0)).ifPresent(c -> {
                review[0].contactPanel().show(c);
                review[0].root().lookup(".contact-holder").setVisible(true);
                review[0].root().lookup(".contact-holder").setManaged(true);
            });
        });
        Thread.sleep(1500);
        robot.interact(() -> review[0].contactPanel().viewModel().startEdit());
        Thread.sleep(1000);
        scrollToTheEnd(robot, reviewScene);
        saveScreenshot(reviewScene, "notes-review");
    }

    private static void scrollToTheEnd(FxRobot robot, Scene scene) throws InterruptedException {
        robot.interact(() -> scene.getRoot().lookupAll(".scroll-pane").forEach(n -> ((ScrollPane) n).setVvalue(1.0)));
        Thread.sleep(500);
    }

    private static ContactDraft draft(LocalDateTime at, String notes) {
        return new ContactDraft(at, 900, "phone", "at_risk", List.of("other"), List.of("information_given"),
                "internet_search", notes, null);
    }

    /** A contact whose identifiers were kept with a reason, as old notes may hold them. */
    private void keep(LocalDateTime at, String notes) {
        Set<NotesPolicy.Kept> kept = new HashSet<>();
        for (var h : logbook.contacts().notesPolicy().scan(notes)) {
            kept.add(new NotesPolicy.Kept(h.kind(), notes.substring(h.start(), h.end()), "screenshot fixture"));
        }
        logbook.contacts().save(draft(at, notes), NotesPolicy.Choices.keeping(kept));
    }
}
