package org.helplinelogbook.ui.contactform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import org.controlsfx.validation.ValidationMessage;
import org.helplinelogbook.ui.DesktopTestBase;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.helplinelogbook.ui.common.TestLogbooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Saving an incomplete data contact: ControlsFX marks the fields that stop the save. */
class ContactFormValidationTest extends DesktopTestBase {

    private ContactFormView view;

    ContactFormValidationTest() {
        super(1200, 740);
    }

    @BeforeEach
    void showTheForm() throws Exception {
        logbook = TestLogbooks.create(dir);
        var vm = new ContactFormViewModel(logbook, logbook.taxonomy(), new DirectTaskRunner(), Clock.systemUTC());
        show(1200, 740, () -> {
            view = new ContactFormView(vm);
            return new StackPane(view.root());
        });
    }

    @Test
    void missingCallerTypeIsDecoratedAndNothingIsSaved(FxRobot robot) throws Exception {
        robot.interact(view::focusFirstField);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        robot.interact(() -> { });
        assertThat(view.validationResult().getErrors()).isNotEmpty()
                .extracting(ValidationMessage::getTarget).contains(robot.lookup("#callerTypeList").query());
        assertThat(logbook.contacts().count(org.helplinelogbook.domain.ContactFilter.ALL)).isZero();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#callerTypeList").query().getStyleClass()).contains("validation-error");
        if (Boolean.getBoolean("screenshots")) { // mvn test -Dtest=ContactFormValidationTest -Dscreenshots=true
            saveScreenshot(view.root().getScene(), "contact-form-missing");
        }
    }
}
