package org.helplinelogbook.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.helplinelogbook.report.ExportFormat;
import org.helplinelogbook.ui.common.DialogFit;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.StatusLines;

/**
 * Asks for a format and a disclosure policy, then for a file, and hands the file to {@code start} (which runs
 * the export on the task runner). Exact figures need a tick and show a standing warning.
 */
public final class ExportDialog {

    private ExportDialog() {}

    /**
     * @param fileName the suggested name for a format, e.g. {@code helpline-2026-10.csv}
     */
    public static void show(Window owner, ExportViewModel vm, String title,
            Function<ExportFormat, String> fileName, Consumer<Path> start) {
        vm.exactProperty().set(false); // exact output is chosen afresh every time, never remembered
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        // Named for what it does next (the file chooser), as every other dialog's main button is; not a bare "OK".
        ButtonType saveAs = new ButtonType(Messages.get("export.saveAs"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(saveAs, ButtonType.CANCEL);

        ComboBox<ExportFormat> format = new ComboBox<>();
        format.getItems().setAll(ExportFormat.values());
        format.valueProperty().bindBidirectional(vm.formatProperty());
        Spinner<Integer> suppress = new Spinner<>(1, 100, vm.suppressBelowProperty().get());
        suppress.setEditable(true);
        Spinner<Integer> round = new Spinner<>(1, 100, vm.roundToProperty().get());
        round.setEditable(true);
        suppress.valueProperty().addListener((o, was, now) -> vm.suppressBelowProperty().set(now));
        round.valueProperty().addListener((o, was, now) -> vm.roundToProperty().set(now));
        CheckBox exact = new CheckBox(Messages.get("export.exact"));
        exact.selectedProperty().bindBidirectional(vm.exactProperty());
        Label warning = new Label(Messages.get("export.exact.warning"));
        warning.setWrapText(true);
        warning.getStyleClass().add("export-warning");
        StatusLines.shownWhen(warning, exact.selectedProperty());
        suppress.disableProperty().bind(exact.selectedProperty());
        round.disableProperty().bind(exact.selectedProperty());
        Label problem = new Label();
        problem.setWrapText(true);
        problem.getStyleClass().add("export-problem");

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        addRow(grid, 0, Messages.get("export.format"), format);
        addRow(grid, 1, Messages.get("export.suppressBelow"), suppress);
        addRow(grid, 2, Messages.get("export.roundTo"), round);
        VBox content = new VBox(10, grid, exact, warning, problem);
        warning.setStyle("-fx-pref-width: 30em;"); // wraps within the dialog's width, at any text size
        dialog.getDialogPane().setContent(content);

        InvalidationListener check = o -> problem.setText(vm.policyProblem());
        vm.suppressBelowProperty().addListener(check);
        vm.roundToProperty().addListener(check);
        vm.exactProperty().addListener(check);
        check.invalidated(null);
        dialog.getDialogPane().lookupButton(saveAs).disableProperty()
                .bind(Bindings.isNotEmpty(problem.textProperty()));

        boolean ok = DialogFit.apply(dialog).showAndWait().filter(b -> b == saveAs).isPresent();
        vm.suppressBelowProperty().removeListener(check);
        vm.roundToProperty().removeListener(check);
        vm.exactProperty().removeListener(check);
        format.valueProperty().unbindBidirectional(vm.formatProperty());
        exact.selectedProperty().unbindBidirectional(vm.exactProperty());
        if (!ok) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("export.choose"));
        ExportFormat chosen = vm.formatProperty().get();
        chooser.setInitialFileName(fileName.apply(chosen));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(chosen.name(), "*." + chosen.extension()));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            start.accept(file.toPath());
        }
    }

    private static void addRow(GridPane grid, int row, String text, Control control) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE); // the whole question, at any text size
        control.setMinWidth(Region.USE_PREF_SIZE); // "CSV", never "…"
        label.setLabelFor(control);
        control.setAccessibleText(text);
        grid.addRow(row, label, control);
    }
}
