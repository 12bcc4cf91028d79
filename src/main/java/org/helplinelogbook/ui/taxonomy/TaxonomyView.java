package org.helplinelogbook.ui.taxonomy;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.domain.TaxonomyEntry;
import org.helplinelogbook.ui.common.LabelConverter;
import org.helplinelogbook.ui.common.ManagerWindow;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.StatusLines;

/** Taxonomy window: dimension selector, the codes table, and forms to relabel or add a code. */
public final class TaxonomyView extends ManagerWindow<TaxonomyViewModel, TaxonomyEntry> {

    @FXML private ComboBox<Dimension> dimensionBox;
    @FXML private Label versionLabel;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private Button activeButton;
    @FXML private Label selectedLabel;
    @FXML private TextField labelField;
    @FXML private Button relabelButton;
    @FXML private TextField codeField;
    @FXML private TextField newLabelField;
    @FXML private Label groupLabel;
    @FXML private ComboBox<TaxonomyEntry> groupBox;
    @FXML private CheckBox dataCheck;
    @FXML private Button addButton;

    public TaxonomyView(TaxonomyViewModel model) {
        super(model, model.status(), "taxonomy.css");
        model.load();
    }

    @FXML
    private void initialize() {
        dimensionBox.getItems().setAll(Dimension.values());
        dimensionBox.setConverter(new LabelConverter<>(model::dimensionLabel));
        dimensionBox.valueProperty().bindBidirectional(model.dimensionProperty());
        versionLabel.textProperty().bind(model.versionTextProperty());

        showRows(model.entries(), null, Order.AS_GIVEN, List.of(
                textColumn("taxonomy.column.order", e -> String.valueOf(model.entries().indexOf(e) + 1), 4),
                textColumn("taxonomy.column.code", TaxonomyEntry::code, 13),
                textColumn("taxonomy.column.label", TaxonomyEntry::label, 24),
                textColumn("taxonomy.column.group", e -> model.groupLabel(e.group()), 14),
                textColumn("taxonomy.column.active", model::activeLabel, 6)));
        followSelection(model.selectedProperty());
        var selected = model.selectedProperty();
        var none = selected.isNull().or(model.status().busyProperty());
        upButton.disableProperty().bind(none);
        downButton.disableProperty().bind(none);
        activeButton.disableProperty().bind(none);
        relabelButton.disableProperty().bind(none);
        labelField.disableProperty().bind(selected.isNull());
        activeButton.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(
                selected.get() != null && !selected.get().active() ? "taxonomy.reactivate" : "taxonomy.retire"), selected));
        selectedLabel.textProperty().bind(Bindings.createStringBinding(() -> selected.get() == null
                ? Messages.get("taxonomy.selected.none")
                : Messages.get("taxonomy.selected", selected.get().code()), selected));
        labelField.textProperty().bindBidirectional(model.labelProperty());

        codeField.textProperty().bindBidirectional(model.newCodeProperty());
        newLabelField.textProperty().bindBidirectional(model.newLabelProperty());
        groupBox.setItems(model.groups());
        groupBox.setConverter(new LabelConverter<>(TaxonomyEntry::label));
        groupBox.valueProperty().bindBidirectional(model.newGroupProperty());
        dataCheck.selectedProperty().bindBidirectional(model.newCountsAsDataProperty());
        var callerTypes = model.dimensionProperty().isEqualTo(Dimension.CALLER_TYPE);
        for (Node n : new Node[] {groupLabel, groupBox, dataCheck}) {
            StatusLines.shownWhen(n, callerTypes);
        }
        addButton.disableProperty().bind(model.status().busyProperty());
    }

    @FXML private void onUp() { model.move(-1); }
    @FXML private void onDown() { model.move(1); }
    @FXML private void onToggleActive() { model.toggleActive(); }
    @FXML private void onRelabel() { model.relabel(); }
    @FXML private void onAdd() { model.add(); }

}
