package org.helplinelogbook.ui.campaigns;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.helplinelogbook.domain.Campaign;
import org.helplinelogbook.ui.common.ManagerWindow;
import org.helplinelogbook.ui.common.Messages;

/** Campaigns window: the table and a form for a new or the selected campaign. */
public final class CampaignsView extends ManagerWindow<CampaignsViewModel, Campaign> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    @FXML private Label formTitle;
    @FXML private TextField nameField;
    @FXML private DatePicker startPicker;
    @FXML private DatePicker endPicker;
    @FXML private TextField costField;
    @FXML private TextField currencyField;
    @FXML private TextField platformsField;
    @FXML private TextArea notesArea;
    @FXML private Button saveButton;
    @FXML private Button deleteButton;

    public CampaignsView(CampaignsViewModel model) {
        super(model, model.status(), "campaigns.css");
        model.load();
    }

    @FXML
    private void initialize() {
        showRows(model.campaigns(), "campaigns.empty", Order.SORTABLE, List.of(
                textColumn("campaigns.column.name", Campaign::name, 18),
                textColumn("campaigns.column.start", c -> DAY.format(c.startsOn()), 8),
                textColumn("campaigns.column.end", c -> DAY.format(c.endsOn()), 8),
                textColumn("campaigns.column.days", c -> String.valueOf(c.lengthInDays()), 4),
                textColumn("campaigns.column.cost", CampaignsView::cost, 7),
                textColumn("campaigns.column.platforms", c -> c.platforms() == null ? "" : c.platforms(), 14)));
        followSelection(model.selectedProperty());
        formTitle.textProperty().bind(model.formTitleProperty());
        nameField.textProperty().bindBidirectional(model.nameProperty());
        startPicker.valueProperty().bindBidirectional(model.startProperty());
        endPicker.valueProperty().bindBidirectional(model.endProperty());
        costField.textProperty().bindBidirectional(model.costProperty());
        currencyField.textProperty().bindBidirectional(model.currencyProperty());
        platformsField.textProperty().bindBidirectional(model.platformsProperty());
        notesArea.textProperty().bindBidirectional(model.notesProperty());
        saveButton.disableProperty().bind(model.status().busyProperty());
        deleteButton.disableProperty().bind(model.selectedProperty().isNull().or(model.status().busyProperty()));
    }

    @FXML
    private void onNew() {
        model.startNew();
        nameField.requestFocus();
    }

    @FXML
    private void onSave() {
        model.save();
    }

    @FXML
    private void onDelete() {
        if (confirm(Messages.get("campaigns.delete.title"), model.deleteQuestion(),
                Messages.get("campaigns.delete.confirm"), Messages.get("campaigns.cancel"))) {
            model.delete();
        }
    }

    private static String cost(Campaign c) {
        if (c.cost() == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(Locale.UK);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return ("GBP".equals(c.currency()) ? "£" : c.currency() + " ") + f.format(c.cost());
    }

}
