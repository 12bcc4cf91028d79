package org.helplinelogbook.ui.dashboard;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.report.Period;
import org.helplinelogbook.report.PeriodSummary.Granularity;
import org.helplinelogbook.ui.common.LabelConverter;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.StatusLines;
import org.helplinelogbook.ui.common.TaskRunner;
import org.helplinelogbook.ui.common.ViewLoader;
import org.helplinelogbook.ui.export.ExportDialog;
import org.helplinelogbook.ui.export.ExportViewModel;

/**
 * The managers' dashboard. Binds {@code DashboardView.fxml} to a {@link DashboardViewModel} and draws its
 * figures as charts; the campaign impact tab is a {@link CampaignImpactView}. Managers only: {@code AppShell} adds
 * the section for them alone, and the view models refuse anyone else.
 */
public final class DashboardView {

    private final DashboardViewModel vm;
    private final ExportViewModel exportVm;
    private final CampaignImpactViewModel campaignVm;
    private final TaskRunner runner;

    @FXML private BorderPane root;

    @FXML private ComboBox<Period.Kind> kindBox;
    @FXML private ComboBox<Period> choiceBox;
    @FXML private HBox choiceField;
    @FXML private HBox rangeField;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private ToggleButton exactToggle;
    @FXML private Button exportButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label internalBanner;
    @FXML private Label titleLabel;
    @FXML private Label comparisonLabel;
    @FXML private Label policyLabel;
    @FXML private Label messageLabel;
    @FXML private HBox exportStatus;
    @FXML private ProgressIndicator exportBusy;
    @FXML private Label exportLabel;
    @FXML private Hyperlink openFolderLink;
    @FXML private Hyperlink copyPathLink;
    @FXML private Tab campaignTab;
    @FXML private TabPane tabs;
    @FXML private GridPane cards;

    /**
     * @param campaignVm the campaign impact tab's view model
     * @param exportVm the export of a period or a campaign, shared by both tabs
     * @param runner where "Open folder" opens the file manager (it can take a moment)
     */
    public DashboardView(DashboardViewModel vm, CampaignImpactViewModel campaignVm, ExportViewModel exportVm,
            TaskRunner runner) {
        this.vm = vm;
        this.campaignVm = campaignVm;
        this.exportVm = exportVm;
        this.runner = runner;
        ViewLoader.load(this, "dashboard.css");
        vm.refresh();
        campaignVm.loadCampaigns();
    }

    public Node root() {
        return root;
    }

    DashboardViewModel viewModel() {
        return vm;
    }

    /** What the dashboard showed: the period, the tab, and the campaign measured (to come back to after unlocking). */
    public record Place(DashboardViewModel.Place period, boolean campaignTab, CampaignImpactViewModel.Place campaign) {}

    /** The place on show; null when the dashboard was refused (a worker). */
    public Place place() {
        if (vm == null) {
            return null;
        }
        return new Place(vm.place(), tabs.getSelectionModel().getSelectedItem() == campaignTab, campaignVm.place());
    }

    /** Shows the period, tab and campaign of {@code place} instead of the opening ones. */
    public void returnTo(Place place) {
        if (vm == null || place == null) {
            return;
        }
        vm.returnTo(place.period());
        if (place.campaignTab()) {
            tabs.getSelectionModel().select(campaignTab);
        }
        campaignVm.returnTo(place.campaign());
    }

    /** Stops following list changes (the dashboard is gone for good). */
    public void dispose() {
        if (vm != null) {
            vm.dispose();
            campaignVm.dispose();
        }
    }

    @FXML
    private void initialize() {
        bindPicker();
        exactToggle.selectedProperty().bindBidirectional(vm.exactProperty());
        showWhen(internalBanner, vm.internalProperty().get());
        vm.internalProperty().addListener((o, was, now) -> showWhen(internalBanner, now));
        busyIndicator.visibleProperty().bind(vm.status().busyProperty());
        titleLabel.textProperty().bind(vm.text(DashboardViewModel.Text.TITLE));
        comparisonLabel.textProperty().bind(vm.text(DashboardViewModel.Text.COMPARISON));
        policyLabel.textProperty().bind(vm.text(DashboardViewModel.Text.POLICY_LINE));
        messageLabel.textProperty().bind(vm.status().messageProperty());
        StatusLines.shownWhen(messageLabel, vm.status().messageProperty().isNotEmpty());
        exportButton.disableProperty().bind(exportVm.status().busyProperty());
        bindExportStatus();
        buildCards();
        campaignTab.setContent(new CampaignImpactView(campaignVm, exportVm).root());
        campaignVm.exactProperty().bind(vm.exactProperty());
    }

    private void bindPicker() {
        kindBox.getItems().setAll(Period.Kind.values());
        kindBox.setConverter(new LabelConverter<>(k -> Messages.get("dashboard.kind." + k.name())));
        kindBox.valueProperty().bindBidirectional(vm.kindProperty());
        choiceBox.setItems(vm.choices());
        choiceBox.setConverter(new LabelConverter<>(PeriodChoices::name));
        choiceBox.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Period item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : PeriodChoices.name(item));
            }
        });
        choiceBox.setValue(vm.periodProperty().get());
        choiceBox.valueProperty().addListener((o, was, now) -> {
            if (now != null && vm.kindProperty().get() != Period.Kind.RANGE) {
                vm.periodProperty().set(now);
            }
        });
        vm.periodProperty().addListener((o, was, now) -> {
            if (now != null && now.kind() != Period.Kind.RANGE) {
                choiceBox.setValue(now);
            }
        });
        fromPicker.valueProperty().bindBidirectional(vm.rangeFromProperty());
        toPicker.valueProperty().bindBidirectional(vm.rangeToProperty());
        var isRange = vm.kindProperty().isEqualTo(Period.Kind.RANGE);
        StatusLines.shownWhen(rangeField, isRange);
        StatusLines.shownWhen(choiceField, isRange.not());
    }

    private void bindExportStatus() {
        StatusLines.shownWhen(exportBusy, exportVm.status().busyProperty());
        exportLabel.textProperty().bind(exportVm.status().messageProperty());
        StatusLines.shownWhen(exportStatus, exportVm.status().messageProperty().isNotEmpty());
        StatusLines.shownWhen(openFolderLink, exportVm.savedToProperty().isNotNull());
        StatusLines.shownWhen(copyPathLink, exportVm.savedToProperty().isNotNull());
        // The line names the file by the end of its path; the whole path is in the tooltip.
        Tooltip fullPath = new Tooltip();
        exportVm.savedToProperty().addListener((o, was, now) -> {
            fullPath.setText(now == null ? "" : now.toString());
            exportLabel.setTooltip(now == null ? null : fullPath);
        });
    }

    private void buildCards() {
        FlowPane tiles = new FlowPane();
        tiles.getStyleClass().add("tiles");
        tiles.getChildren().addAll(
                Cards.tile("tile-total", Messages.get("dashboard.tile.total"), vm.text(DashboardViewModel.Text.TOTAL)),
                Cards.tile("tile-data", Messages.get("dashboard.tile.data"), vm.text(DashboardViewModel.Text.DATA_CONTACTS)),
                Cards.tile("tile-nonData", Messages.get("dashboard.tile.nonData"), vm.text(DashboardViewModel.Text.NON_DATA_CONTACTS)),
                Cards.tile("tile-withCode", Messages.get("dashboard.tile.withCode"), vm.text(DashboardViewModel.Text.WITH_CODE)),
                Cards.tile("tile-distinctCodes", Messages.get("dashboard.tile.distinctCodes"), vm.text(DashboardViewModel.Text.DISTINCT_CODES)),
                Cards.tile("tile-median", Messages.get("dashboard.tile.median"), vm.text(DashboardViewModel.Text.MEDIAN_MINUTES)),
                Cards.tile("tile-p90", Messages.get("dashboard.tile.p90"), vm.text(DashboardViewModel.Text.P90_MINUTES)));
        int row = 0;
        cards.add(tiles, 0, row++, 2, 1);
        cards.add(Cards.card(Messages.get("dashboard.card.overTime"), granularityToggle(), seriesChart()),
                0, row++, 2, 1);
        Label hint = new Label(Messages.get("dashboard.card.clickHint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        cards.add(hint, 0, row++, 2, 1);
        int col = 0;
        for (Dimension d : DashboardViewModel.CHARTED) {
            var chart = new HorizontalBars(d.code(), Messages.get("dashboard.card." + d.name()),
                    Messages.get("dashboard.axis.contacts"), bar -> vm.open(d, bar.code()));
            vm.bars(d).addListener((ListChangeListener<Figures.Bar>) c -> chart.show(vm.bars(d)));
            cards.add(Cards.card(Messages.get("dashboard.card." + d.name()), chart.node()), col, row);
            col = 1 - col;
            row += col == 0 ? 1 : 0;
        }
        var data = new HorizontalBars("data", Messages.get("dashboard.card.data"),
                Messages.get("dashboard.axis.contacts"), bar -> vm.openData("data".equals(bar.code())));
        vm.dataBars().addListener((ListChangeListener<Figures.Bar>) c -> data.show(vm.dataBars()));
        var codes = new HorizontalBars("codes", Messages.get("dashboard.card.codes"),
                Messages.get("dashboard.axis.contacts"), null);
        vm.codeBars().addListener((ListChangeListener<Figures.Bar>) c -> codes.show(vm.codeBars()));
        cards.add(Cards.card(Messages.get("dashboard.card.data"), data.node()), 0, row);
        cards.add(Cards.card(Messages.get("dashboard.card.codes"), codes.node()), 1, row++);
        HeatMap heat = new HeatMap(Messages.get("dashboard.card.heat"));
        vm.heat().addListener((ListChangeListener<DashboardViewModel.Cell>) c -> heat.show(vm.heat()));
        // At large font sizes the 24 hours need more room than the window has: only the grid scrolls then.
        ScrollPane heatScroll = new ScrollPane(heat.node());
        heatScroll.setFitToWidth(true);
        heatScroll.setFitToHeight(true);
        heatScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        heatScroll.getStyleClass().add("heat-scroll");
        cards.add(Cards.card(Messages.get("dashboard.card.heat"), heatScroll), 0, row, 2, 1);
    }

    private Node granularityToggle() {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        box.getStyleClass().add("granularity");
        for (Granularity g : Granularity.values()) {
            ToggleButton b = new ToggleButton(Messages.get("dashboard.granularity." + g.name()));
            b.setUserData(g);
            b.setToggleGroup(group);
            b.setSelected(vm.granularityProperty().get() == g);
            box.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one is always chosen
            } else {
                vm.granularityProperty().set((Granularity) now.getUserData());
            }
        });
        vm.granularityProperty().addListener((o, was, now) -> group.getToggles().forEach(t ->
                t.setSelected(t.getUserData() == now)));
        return box;
    }

    private Node seriesChart() {
        SeriesChart chart = new SeriesChart(Messages.get("dashboard.card.overTime"),
                Messages.get("dashboard.axis.contacts"));
        vm.series().addListener((ListChangeListener<DashboardViewModel.Point>) c ->
                chart.show(vm.series()));
        return chart.node();
    }

    private static void showWhen(Node node, boolean show) {
        node.setVisible(show);
        node.setManaged(show);
    }

    @FXML
    private void refresh() {
        vm.refresh();
    }

    @FXML
    private void exportPeriod() {
        Period period = vm.periodProperty().get();
        if (period == null) {
            return;
        }
        ExportDialog.show(root.getScene().getWindow(), exportVm,
                Messages.get("export.title.period", PeriodChoices.name(period)),
                format -> ExportViewModel.defaultFileName(period, format),
                target -> exportVm.exportPeriod(period, target));
    }

    @FXML
    private void copyPath() {
        Path saved = exportVm.savedToProperty().get();
        if (saved != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(saved.toString());
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    @FXML
    private void openFolder() {
        Path saved = exportVm.savedToProperty().get();
        if (saved == null) {
            return;
        }
        // On the task runner, like all other background work: opening a file manager can take a moment.
        runner.run(() -> {
            try {
                if (Desktop.isDesktopSupported()) {
                    Desktop.getDesktop().open(saved.getParent().toFile());
                }
            } catch (IOException | RuntimeException ignored) {
                // the path is on screen; the manager can open it by hand
            }
        }, ignored -> { });
    }
}
