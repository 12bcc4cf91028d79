package org.helplinelogbook.ui.common;

import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Keeps a list's picked row in view when the list gets shorter: at 1024×600 the identifier warnings under the notes
 * take height from the form's lists, and the row a worker had just picked slid out past the list's edge. While the
 * list has the focus, the focused row (where the arrow keys are) is the one kept in view.
 */
public final class PickInView {

    private PickInView() {}

    public static void keep(ListView<?> list) {
        list.heightProperty().addListener((o, was, now) -> {
            if (now.doubleValue() < was.doubleValue()) {
                Platform.runLater(() -> reveal(list)); // once the list has laid out its rows at the new height
            }
        });
    }

    private static void reveal(ListView<?> list) {
        int row = list.isFocused() ? list.getFocusModel().getFocusedIndex()
                : list.getSelectionModel().getSelectedIndex();
        if (row >= 0 && list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(row); // scrolls only as far as needed, and not at all when the row is whole in view
        }
    }
}
