package org.helplinelogbook.ui.dashboard;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.helplinelogbook.domain.Campaign;
import org.helplinelogbook.ui.common.LabelConverter;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.ViewLoader;
import org.helplinelogbook.ui.dashboard.CampaignImpactViewModel.Text;
import org.helplinelogbook.ui.export.ExportDialog;
import org.helplinelogbook.ui.export.ExportViewModel;

/** The campaign impact tab: binds {@code CampaignImpactView.fxml} to a {@link CampaignImpactViewModel}. */
final class CampaignImpactView {

    private final CampaignImpactViewModel vm;
    private final ExportViewModel exportVm;
    private final Node root;

    @FXML private ComboBox<Campaign> campaignBox;
    @FXML private Spinner<Integer> weeksSpinner;
    @FXML private Button exportButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label messageLabel;
    @FXML private Label headingLabel;
    @FXML private Label windowsLabel;
    @FXML private GridPane cards;

    private final WeekChart weekly = new WeekChart();

    CampaignImpactView(CampaignImpactViewModel vm, ExportViewModel exportVm) {
        this.vm = vm;
        this.exportVm = exportVm;
        this.root = ViewLoader.load(this);
    }

    Node root() {
        return root;
    }

    @FXML
    private void initialize() {
        campaignBox.setItems(vm.campaigns());
        campaignBox.setConverter(new LabelConverter<>(Campaign::name));
        campaignBox.valueProperty().bindBidirectional(vm.campaignProperty());
        weeksSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 52, vm.weeksProperty().get()));
        vm.weeksProperty().addListener((o, was, now) -> weeksSpinner.getValueFactory().setValue(now.intValue()));
        weeksSpinner.valueProperty().addListener((o, was, now) -> vm.weeksProperty().set(now));
        busyIndicator.visibleProperty().bind(vm.status().busyProperty());
        exportButton.disableProperty().bind(vm.campaignProperty().isNull().or(exportVm.status().busyProperty()));
        messageLabel.textProperty().bind(vm.status().messageProperty());
        headingLabel.textProperty().bind(vm.text(Text.HEADING));
        windowsLabel.textProperty().bind(vm.text(Text.WINDOW_TOTALS));
        buildCards();
    }

    private void buildCards() {
        FlowPane tiles = new FlowPane();
        tiles.getStyleClass().add("tiles");
        tiles.getChildren().addAll(
                Cards.tile("campaign-uplift", Messages.get("dashboard.campaign.uplift"), vm.text(Text.UPLIFT)),
                Cards.tile("campaign-meanBefore", Messages.get("dashboard.campaign.meanBefore"), vm.text(Text.MEAN_BEFORE)),
                Cards.tile("campaign-meanDuring", Messages.get("dashboard.campaign.meanDuring"), vm.text(Text.MEAN_DURING)),
                Cards.tile("campaign-additional", Messages.get("dashboard.campaign.additional"), vm.text(Text.ADDITIONAL)),
                costTile());
        cards.add(tiles, 0, 0, 2, 1);
        vm.weekBars().addListener((ListChangeListener<CampaignImpactViewModel.WeekBar>) c -> weekly.show(vm.weekBars()));
        cards.add(Cards.card(Messages.get("dashboard.campaign.weekly"), weekly), 0, 1, 2, 1);
        cards.add(Cards.card(Messages.get("dashboard.campaign.bySource"), table(vm.bySource())), 0, 2);
        cards.add(Cards.card(Messages.get("dashboard.campaign.byGroup"), table(vm.byGroup())), 1, 2);
    }

    /** The cost per additional contact, with how it is worked out in a tooltip (and the same words in exports). */
    private Region costTile() {
        var tile = Cards.tile("campaign-costPer", Messages.get("dashboard.campaign.costPer"),
                vm.text(Text.COST_PER_ADDITIONAL));
        Tooltip tip = new Tooltip(Messages.get("dashboard.campaign.costPer.explained"));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        Tooltip.install(tile, tip);
        return tile;
    }

    private Region table(ObservableList<CampaignImpactViewModel.SplitRow> rows) {
        TableView<CampaignImpactViewModel.SplitRow> table = new TableView<>(rows);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column("dashboard.campaign.col.category", CampaignImpactViewModel.SplitRow::label));
        table.getColumns().add(column("dashboard.campaign.col.before", CampaignImpactViewModel.SplitRow::before));
        table.getColumns().add(column("dashboard.campaign.col.during", CampaignImpactViewModel.SplitRow::during));
        table.getColumns().add(column("dashboard.campaign.col.after", CampaignImpactViewModel.SplitRow::after));
        // Proportions, not sizes: the constrained policy shares the width 3 : 1 : 1 : 1 at any font size.
        table.getColumns().get(0).setPrefWidth(300);
        table.getColumns().stream().skip(1).forEach(c -> c.setPrefWidth(100));
        rows.addListener((ListChangeListener<CampaignImpactViewModel.SplitRow>) c ->
                table.setStyle("-fx-pref-height: " + (rows.size() * 3.0 + 4) + "em;"));
        table.getStyleClass().add("split-table");
        return table;
    }

    private TableColumn<CampaignImpactViewModel.SplitRow, String> column(String key,
            Function<CampaignImpactViewModel.SplitRow, String> value) {
        TableColumn<CampaignImpactViewModel.SplitRow, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    @FXML
    private void show() {
        vm.load();
    }

    @FXML
    private void export() {
        Campaign c = vm.campaignProperty().get();
        if (c == null) {
            return;
        }
        int weeks = vm.weeksProperty().get();
        ExportDialog.show(root.getScene().getWindow(), exportVm,
                Messages.get("export.title.campaign", c.name()),
                format -> ExportViewModel.defaultFileName(c.name(), format),
                target -> exportVm.exportCampaign(c.name(), weeks, target));
    }
}
