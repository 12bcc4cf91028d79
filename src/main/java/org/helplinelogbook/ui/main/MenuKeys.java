package org.helplinelogbook.ui.main;

import java.util.List;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * The menu by keyboard: Up and Down move the focus between the entries, Enter or Space opens the focused one. A
 * toggle group's own arrow keys open each entry they pass, so walking from New contact to Settings built and read
 * every section on the way, the dashboard's figures included (found driving a shift by keyboard at 1024×600).
 */
final class MenuKeys {

    private MenuKeys() {}

    static void install(VBox navBox) {
        navBox.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!(e.getTarget() instanceof ToggleButton current) || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            List<ToggleButton> entries = navBox.getChildren().stream()
                    .filter(n -> n instanceof ToggleButton && n.isVisible()).map(n -> (ToggleButton) n).toList();
            int at = entries.indexOf(current);
            if (at < 0) {
                return;
            }
            switch (e.getCode()) {
                case UP, DOWN -> {
                    int step = e.getCode() == KeyCode.DOWN ? 1 : -1;
                    entries.get(Math.floorMod(at + step, entries.size())).requestFocus();
                    e.consume();
                }
                case ENTER, SPACE -> {
                    current.setSelected(true);
                    e.consume();
                }
                default -> { }
            }
        });
    }
}
