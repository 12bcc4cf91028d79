package org.helplinelogbook.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ListView;
import org.helplinelogbook.ui.common.Theme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The main window's warm-up while the key derivation runs (issue 17): its stand-in is the real window's layout —
 * the form with its lists, cells, channel and one-key buttons, every menu entry — styled and laid out at the
 * window's size, and it can do nothing (no button of it has an action).
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowWarmUpTest {

    @BeforeEach
    void theAppsTheme(FxRobot robot) {
        robot.interact(() -> Theme.apply(Theme.LIGHT)); // as AppShell does: the stand-in is styled as the window
    }

    @Test
    void theStandInIsTheMainWindowWithTheFormStyledAndLaidOut(FxRobot robot) {
        AtomicReference<Parent> standIn = new AtomicReference<>();
        robot.interact(() -> standIn.set(MainWindowWarmUp.layOutOnce(1024, 600)));
        Parent main = standIn.get();

        assertThat(main.getStyleClass()).contains("main-window");
        assertThat(main.getScene()).as("let go after the layout").isNull();
        assertThat(main.lookupAll(".nav-button")).hasSize(Section.values().length);
        assertThat(main.lookup(".contact-form")).isNotNull();
        assertThat(main.lookup(".contact-form").getLayoutBounds().getWidth()).as("laid out").isPositive();
        // The list cells are made by the lists' skins during layout: the real form's cells, with their styles.
        assertThat(main.lookupAll(".caller-type-cell")).isNotEmpty();
        assertThat(main.lookupAll(".check-box")).isNotEmpty();
        assertThat(main.lookupAll(".channel-button")).isNotEmpty();
        assertThat(main.lookupAll(".non-data-button")).isNotEmpty();
        for (Node list : main.lookupAll(".list-view")) {
            assertThat(((ListView<?>) list).getItems()).isNotEmpty();
        }
    }

    @Test
    void theStandInIsBuiltOffTheUiThreadAndLaidOutOnIt(FxRobot robot) throws Exception {
        assertThat(Platform.isFxApplicationThread()).isFalse();
        Parent built = MainWindowWarmUp.standIn(); // as while the password is typed
        AtomicReference<Parent> standIn = new AtomicReference<>();
        robot.interact(() -> standIn.set(MainWindowWarmUp.layOut(built, 1366, 768)));

        assertThat(standIn.get().lookupAll(".caller-type-cell")).isNotEmpty();
    }

    @Test
    void theStandInCanDoNothing(FxRobot robot) {
        AtomicReference<Parent> standIn = new AtomicReference<>();
        robot.interact(() -> standIn.set(MainWindowWarmUp.layOutOnce(1280, 760)));

        var buttons = standIn.get().lookupAll(".button");
        assertThat(buttons).isNotEmpty();
        for (Node button : buttons) {
            assertThat(((ButtonBase) button).getOnAction()).isNull();
        }
    }
}
