package org.helplinelogbook.ui.contactform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.validation.ValidationMessage;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookSetup;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.helplinelogbook.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Saving an incomplete data contact: ControlsFX marks the fields that stop the save. */
@ExtendWith(ApplicationExtension.class)
class ContactFormValidationTest {

    @TempDir
    static Path dir;

    Logbook logbook;
    ContactFormView view;

    @Start
    void start(Stage stage) {
        logbook = LogbookSetup.create(dir.resolve("lb"), "manager1", "a long password".toCharArray(),
                ZoneId.of("Europe/London")).logbook();
        var vm = new ContactFormViewModel(logbook, logbook.taxonomy(), new DirectTaskRunner(), Clock.systemUTC());
        view = new ContactFormView(vm);
        Theme.apply(Theme.LIGHT);
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(view.root()), 1200, 740));
        stage.show();
    }

    @AfterEach
    void close() {
        logbook.close();
    }

    @Test
    void missingCallerTypeIsDecoratedAndNothingIsSaved(FxRobot robot) {
        robot.interact(view::focusFirstField);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        robot.interact(() -> { });
        assertThat(view.validationResult().getErrors()).isNotEmpty()
                .extracting(ValidationMessage::getTarget).contains(robot.lookup("#callerTypeList").query());
        assertThat(logbook.contacts().count(org.helplinelogbook.domain.ContactFilter.ALL)).isZero();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#callerTypeList").query().getStyleClass()).contains("validation-error");
        String shots = System.getProperty("screenshot.dir");
        if (shots != null) { // mvn test -Dtest=ContactFormValidationTest -Dscreenshot.dir=docs/screenshots
            robot.interact(() -> {
                var image = javafx.embed.swing.SwingFXUtils.fromFXImage(view.root().getScene().snapshot(null), null);
                try {
                    javax.imageio.ImageIO.write(image, "png", Path.of(shots, "contact-form-missing.png").toFile());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
