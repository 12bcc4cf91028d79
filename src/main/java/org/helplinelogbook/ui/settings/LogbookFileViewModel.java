package org.helplinelogbook.ui.settings;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.helplinelogbook.logbook.DataFolder;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.ui.common.FileSizes;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.TaskRunner;

/** Settings → Logbook file: how big the file is, and "Tidy the file and sign out" (not for a shared desk). */
public final class LogbookFileViewModel {

    private final Logbook logbook;
    private final TaskRunner runner;
    private final Runnable tidy;
    private final ReadOnlyStringWrapper size = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canTidy = new ReadOnlyBooleanWrapper(false);

    /** @param tidy signs out and tidies (the shell's {@code tidyLogbookFile}) */
    public LogbookFileViewModel(Logbook logbook, TaskRunner runner, Runnable tidy) {
        this.logbook = logbook;
        this.runner = runner;
        this.tidy = tidy;
    }

    public void load() {
        runner.run(() -> DataFolder.logbookFileSize(logbook.dataDir()), bytes -> {
            boolean local = bytes >= 0; // -1 for a desk of a shared logbook
            size.set(local ? Messages.get("settings.file.size", FileSizes.describe(bytes))
                    : Messages.get("settings.file.shared"));
            canTidy.set(local);
        }, failure -> size.set(""));
    }

    public void tidy() {
        if (canTidy.get()) {
            tidy.run();
        }
    }

    public ReadOnlyStringProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canTidyProperty() {
        return canTidy.getReadOnlyProperty();
    }
}
