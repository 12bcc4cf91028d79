package org.helplinelogbook.ui;

import atlantafx.base.theme.PrimerLight;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.helplinelogbook.domain.Contact;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookSetup;
import org.helplinelogbook.logbook.NotesPolicy;
import org.helplinelogbook.ui.common.BackgroundTaskRunner;
import org.helplinelogbook.ui.contactedit.ContactEditView;
import org.helplinelogbook.ui.contactedit.ContactEditViewModel;
import org.helplinelogbook.ui.notesreview.NotesReviewView;
import org.helplinelogbook.ui.notesreview.NotesReviewViewModel;

/**
 * Writes docs/screenshots/contact-edit-warnings.png (the edit form's live identifier warnings) and
 * docs/screenshots/notes-review.png (review of old notes with a contact opened). Not a test: run with
 * {@code xvfb-run -a java -cp target/test-classes:target/classes:CLASSPATH org.helplinelogbook.ui.IdentifierScreenshots}.
 */
public final class IdentifierScreenshots {

    private static final Path OUT = Path.of("docs/screenshots");

    public static void main(String[] args) throws Exception {
        Platform.startup(() -> { });
        Path dir = Files.createTempDirectory("logbook-shots");
        Logbook logbook = LogbookSetup.create(dir, "manager1", "a long password".toCharArray(), ZoneId.of("Europe/London")).logbook();
        var runner = new BackgroundTaskRunner();
        try {
            LocalDate today = LocalDate.now(logbook.zone());
            Contact edited = logbook.contacts().save(draft(today.atTime(9, 30), "Partner of a man arrested last week."));
            keep(logbook, today.minusMonths(2).withDayOfMonth(3).atTime(10, 15), "Mum said her son Oliver is at Trinity Academy.");
            keep(logbook, today.minusMonths(2).withDayOfMonth(9).atTime(14, 5), "Gave his mobile 07700 900123 before I could stop him.");
            keep(logbook, today.minusMonths(1).withDayOfMonth(12).atTime(19, 40), "He stacks shelves at the Asda in Leith; reg SY21 ABC.");
            keep(logbook, today.minusMonths(1).withDayOfMonth(20).atTime(11, 0), "Her ex Darren Mackay was charged in March.");

            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            ContactEditView[] edit = new ContactEditView[1];
            Stage editStage = show(() -> {
                edit[0] = new ContactEditView(new ContactEditViewModel(logbook, runner));
                return (Parent) edit[0].root();
            }, 680, 1000);
            onFx(() -> edit[0].show(edited));
            Thread.sleep(1500);
            onFx(() -> edit[0].viewModel().startEdit());
            Thread.sleep(500);
            onFx(() -> {
                edit[0].viewModel().notesProperty().set(
                        "Partner of a man arrested last week. Alt number 0131\u00a0496\u00a00000; her son Oliver is at Trinity Academy. Lives on Mill Lane.");
                edit[0].viewModel().scanNotes();
            });
            Thread.sleep(1000);
            onFx(() -> editStage.getScene().getRoot().lookupAll(".scroll-pane")
                    .forEach(n -> ((javafx.scene.control.ScrollPane) n).setVvalue(1.0)));
            Thread.sleep(500);
            snap(editStage, "contact-edit-warnings.png");

            NotesReviewView[] review = new NotesReviewView[1];
            Stage reviewStage = show(() -> {
                review[0] = new NotesReviewView(new NotesReviewViewModel(logbook, runner),
                        new ContactEditViewModel(logbook, runner));
                return (Parent) review[0].root();
            }, 1366, 768);
            onFx(() -> review[0].viewModel().check());
            Thread.sleep(2500);
            onFx(() -> {
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
            onFx(() -> review[0].contactPanel().viewModel().startEdit());
            Thread.sleep(1000);
            onFx(() -> reviewStage.getScene().getRoot().lookupAll(".scroll-pane")
                    .forEach(n -> ((javafx.scene.control.ScrollPane) n).setVvalue(1.0)));
            Thread.sleep(500);
            snap(reviewStage, "notes-review.png");
        } finally {
            onFx(logbook::close);
            Platform.exit();
        }
    }

    private static ContactDraft draft(LocalDateTime at, String notes) {
        return new ContactDraft(at, 900, "phone", "at_risk", List.of("other"), List.of("information_given"),
                "internet_search", notes, null);
    }

    /** A contact whose identifiers were kept with a reason, as old notes may hold them. */
    private static void keep(Logbook logbook, LocalDateTime at, String notes) {
        Set<NotesPolicy.Kept> kept = new HashSet<>();
        for (var h : logbook.contacts().notesPolicy().scan(notes)) {
            kept.add(new NotesPolicy.Kept(h.kind(), notes.substring(h.start(), h.end()), "screenshot fixture"));
        }
        logbook.contacts().save(draft(at, notes), NotesPolicy.Choices.keeping(kept));
    }

    private static Stage show(java.util.function.Supplier<Parent> view, int width, int height) throws InterruptedException {
        Stage[] stage = new Stage[1];
        onFx(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new StackPane(view.get()), width, height));
            stage[0].show();
        });
        return stage[0];
    }

    private static void snap(Stage stage, String name) throws InterruptedException {
        onFx(() -> {
            try {
                var image = stage.getScene().snapshot(null);
                File file = OUT.resolve(name).toFile();
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file);
                System.out.println("wrote " + file);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
    }

    private static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await(30, TimeUnit.SECONDS);
    }
}
