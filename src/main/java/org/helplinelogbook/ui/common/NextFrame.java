package org.helplinelogbook.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work that must wait until what is on show now has been drawn once (issue 17: nothing may delay the first frame). */
public final class NextFrame {

    private NextFrame() {}

    /** Runs {@code work} on the UI thread after the scene's next pulse has laid out and drawn what is on show. */
    public static void then(Scene scene, Runnable work) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(work); // after this pulse, whose drawing follows the layout
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
