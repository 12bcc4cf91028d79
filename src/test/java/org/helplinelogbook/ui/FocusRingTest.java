package org.helplinelogbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Where the keyboard is must show (issue 17, found by keyboard in setup): after picking a time zone, neither the
 * time-zone box nor the filled Create button Tab moves on to showed a focus outline. Checked on the drawn pixels: a
 * control looks different with the focus than without it, and a filled button's ring stands out from its fill.
 */
class FocusRingTest extends DesktopTestBase {

    FocusRingTest() {
        super(Instant.now(), 1024, 600);
    }

    @Test
    void theTimeZoneBoxAndTheControlAfterItShowTheFocus(FxRobot robot) throws Exception {
        robot.interact(shell::start);
        waitUntil(() -> showing(robot, "#zoneBox"));
        Node zoneBox = query(robot, "#zoneBox");
        Node create = query(robot, "#createButton");
        Node username = query(robot, "#usernameField");

        robot.interact(username::requestFocus);
        WritableImage zoneUnfocused = picture(zoneBox);
        WritableImage createUnfocused = picture(create);

        robot.clickOn("#confirmField");
        robot.push(KeyCode.TAB); // to the time zone, by keyboard
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedWithin(zoneBox)).as("the focus is in the time-zone box").isTrue();
        WritableImage zoneFocused = picture(zoneBox);
        assertThat(differ(zoneUnfocused, zoneFocused)).as("the time-zone box shows the focus").isTrue();

        // Pick another zone by keyboard, as at the desk, then move on.
        robot.push(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        if (!focusedWithin(zoneBox)) {
            throw new AssertionError("picking a zone took the focus to " + robot.targetWindow().getScene().getFocusOwner());
        }
        assertThat(differ(zoneUnfocused, picture(zoneBox))).as("the box shows the focus after the pick").isTrue();
        robot.push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(create.isFocused()).as("Tab goes on to Create").isTrue();
        WritableImage createFocused = picture(create);
        save(createFocused, "focus-create");
        assertThat(differ(createUnfocused, createFocused)).as("Create shows the focus").isTrue();
        // A filled button's ring must stand out from its own fill (WCAG's 3:1 for what shows the focus): an
        // accent-coloured ring on the accent-coloured Create button was all but invisible.
        assertThat(ringContrast(createFocused)).as("contrast of Create's ring with its fill").isGreaterThanOrEqualTo(3);
    }

    private boolean focusedWithin(Node node) {
        for (Node n = shell.current().getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n == node) {
                return true;
            }
        }
        return false;
    }

    private static WritableImage picture(Node node) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get();
    }

    private static void save(WritableImage image, String name) throws Exception {
        if (Boolean.getBoolean("debug.shots")) {
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                    Path.of("target", name + ".png").toFile());
        }
    }

    /** The greatest contrast between the pixels near the left edge, half-way down, and the fill further in. */
    private static double ringContrast(WritableImage image) {
        PixelReader p = image.getPixelReader();
        int y = (int) image.getHeight() / 2;
        Color fill = p.getColor(12, y);
        double most = 1;
        for (int x = 0; x < 8; x++) {
            most = Math.max(most, Contrast.ratio(p.getColor(x, y), fill));
        }
        return most;
    }

    /** Whether two pictures of a control differ in more than a few pixels (a caret blinking in a text field). */
    private static boolean differ(WritableImage a, WritableImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return true;
        }
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        int different = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (pa.getArgb(x, y) != pb.getArgb(x, y)) {
                    different++;
                }
            }
        }
        return different > 2 * (a.getWidth() + a.getHeight()) * 0.5; // more than half an outline's pixels
    }
}
