package org.helplinelogbook.ui.contactlog;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.ui.common.Choice;
import org.helplinelogbook.ui.common.HeadingTooltips;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.StatusLines;
import org.helplinelogbook.ui.common.ViewLoader;
import org.helplinelogbook.ui.contactedit.ContactEditView;
import org.helplinelogbook.ui.contactedit.ContactEditViewModel;

/** The contact log window: filters on top, the newest-first table, and the open contact beside it. */
public final class ContactLogView {

    private final ContactLogViewModel model;
    private final ContactEditView detail;
    @FXML private BorderPane root;

    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private ComboBox<Choice> callerTypeBox;
    @FXML private ComboBox<Choice> topicBox;
    @FXML private ComboBox<Choice> outcomeBox;
    @FXML private ComboBox<Choice> channelBox;
    @FXML private ComboBox<Choice> sourceBox;
    @FXML private ComboBox<Choice> staffBox;
    @FXML private VBox staffFilter;
    @FXML private TextField searchField;
    @FXML private Button clearSearchButton;
    @FXML private SplitPane split;
    @FXML private TableView<ContactLogRow> table;
    @FXML private Label statusLabel;
    @FXML private Label errorLabel;
    @FXML private Button loadMoreButton;
    @FXML private HBox searchBar;
    @FXML private Label searchProgressLabel;
    @FXML private Button continueButton;
    @FXML private ProgressIndicator busyIndicator;

    /** @param detailModel the view model of the open contact's pane beside the table */
    public ContactLogView(ContactLogViewModel model, ContactEditViewModel detailModel) {
        this.model = model;
        this.detail = new ContactEditView(detailModel);
        ViewLoader.load(this, "contact-log.css");
        model.start();
    }

    public Node root() {
        return root;
    }

    /** Opens the log filtered as {@code filter} (other filters cleared), e.g. from a dashboard bar. */
    public void showFiltered(ContactFilter filter) {
        closeDetail();
        toSelect = null;
        model.showFiltered(filter);
    }

    ContactLogViewModel viewModel() {
        return model;
    }

    /** The filters, search and selected row on show, to come back to after unlocking. */
    public ContactLogViewModel.Place place() {
        ContactLogRow row = table.getSelectionModel().getSelectedItem();
        return model.place(row == null ? null : row.contact().id());
    }

    /** Shows the log as it was at {@code place}; the row selected then is selected again once it is read. */
    public void returnTo(ContactLogViewModel.Place place) {
        closeDetail();
        toSelect = place.selected();
        model.returnTo(place);
    }

    /** A contact to select as soon as its row arrives (after unlocking); null when none is waiting. */
    private UUID toSelect;

    private void selectWhenArrived() {
        if (toSelect == null || model.status().busyProperty().get()) {
            return;
        }
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).contact().id().equals(toSelect)) {
                table.getSelectionModel().clearAndSelect(i);
                table.getFocusModel().focus(i);
                table.scrollTo(Math.max(0, i - 3));
                break;
            }
        }
        toSelect = null; // found or not on the first page: either way, do not jump later while the person works
    }

    ContactEditView detail() {
        return detail;
    }

    @FXML
    private void initialize() {
        fromPicker.valueProperty().bindBidirectional(model.fromProperty());
        toPicker.valueProperty().bindBidirectional(model.toProperty());
        bindChoice(callerTypeBox, model.callerTypeChoices(), model.callerTypeProperty());
        bindChoice(topicBox, model.topicChoices(), model.topicProperty());
        bindChoice(outcomeBox, model.outcomeChoices(), model.outcomeProperty());
        bindChoice(channelBox, model.channelChoices(), model.channelProperty());
        bindChoice(sourceBox, model.sourceChoices(), model.sourceProperty());
        bindChoice(staffBox, model.staffChoices(), model.staffProperty());
        staffFilter.setVisible(model.isManager());
        staffFilter.setManaged(model.isManager());
        searchField.textProperty().bindBidirectional(model.notesSearchProperty());
        searchField.setOnAction(e -> model.search());
        clearSearchButton.disableProperty().bind(model.searchingProperty().not());

        buildColumns();
        table.setItems(model.rows());
        model.status().busyProperty().addListener((o, was, busy) -> {
            if (!busy) {
                Platform.runLater(this::selectWhenArrived); // the page's rows are added just after busy ends
            }
        });
        table.setPlaceholder(new Label(Messages.get("log.table.placeholder")));
        table.setRowFactory(tv -> {
            TableRow<ContactLogRow> row = new TableRow<>() {
                @Override
                protected void updateItem(ContactLogRow item, boolean empty) {
                    super.updateItem(item, empty);
                    // The last row on show asks for the next page; not the hidden row the table measures rows with
                    // (it is given every index, the last one too, when the text size or the width changes), and not
                    // once the log has left the window (locked, signed out, closing): its logbook is going.
                    if (!empty && getIndex() == tv.getItems().size() - 1 && getParent() != null
                            && getParent().isVisible()) {
                        Platform.runLater(() -> {
                            if (table.getScene() != null) {
                                model.loadMore();
                            }
                        });
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });

        statusLabel.textProperty().bind(model.status().messageProperty());
        errorLabel.textProperty().bind(model.status().errorProperty());
        StatusLines.shownWhen(errorLabel, model.status().errorProperty().isNotEmpty());
        busyIndicator.visibleProperty().bind(model.status().busyProperty());
        StatusLines.shownWhen(loadMoreButton, model.hasMoreProperty().and(model.searchPausedProperty().not()));
        loadMoreButton.disableProperty().bind(model.status().busyProperty());
        StatusLines.shownWhen(searchBar, model.searchPausedProperty());
        searchProgressLabel.textProperty().bind(model.searchProgressProperty());
        continueButton.disableProperty().bind(model.status().busyProperty());

        detail.setStaffNames(model::staffNames);
        detail.setOnClose(this::closeDetail);
        // The open panel shows the row the worker has picked, so Edit and Delete… never act on another contact; while
        // a contact is being edited the table waits, until the edit is saved or cancelled.
        table.getSelectionModel().selectedItemProperty().addListener((o, was, picked) -> {
            if (picked != null && split.getItems().contains(detail.root()) && !showing(picked)) {
                detail.show(picked.contact());
            }
        });
        table.disableProperty().bind(detail.viewModel().editingProperty());
        // After saving an edit the hands go back to the list, on the row just edited (not to the Delete… button
        // that takes the place of Save in the pane).
        detail.setOnSaved(c -> {
            model.replace(c);
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).contact().id().equals(c.id())) {
                    table.getSelectionModel().select(i);
                    table.getFocusModel().focus(i);
                    break;
                }
            }
            table.requestFocus();
        });
        detail.setOnDeleted(id -> {
            model.remove(id);
            closeDetail();
        });
        root.sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                        searchField::requestFocus);
                model.startLiveUpdates(); // shown: contacts saved at other desks appear here
            } else {
                model.stopLiveUpdates(); // hidden, locked or signed out
            }
        });
        model.setLiveUpdateListener(new KeepPlace());
    }

    /** Hides the log for good (its section is gone): stops listening for other desks' changes. */
    public void dispose() {
        model.dispose();
        detail.viewModel().dispose();
    }

    /**
     * Keeps the selected contact selected and, unless the person is at the very top, the same contact at the top
     * of the table while rows from other desks are merged in above it.
     */
    private final class KeepPlace implements ContactLogViewModel.LiveUpdateListener {
        private UUID selected;
        private UUID top;

        @Override
        public void beforeMerge() {
            ContactLogRow row = table.getSelectionModel().getSelectedItem();
            selected = row == null ? null : row.contact().id();
            int first = firstVisibleIndex();
            top = first > 0 && first < table.getItems().size() ? table.getItems().get(first).contact().id() : null;
        }

        @Override
        public void afterMerge() {
            if (selected != null) {
                int at = indexOf(selected);
                if (at >= 0 && table.getSelectionModel().getSelectedIndex() != at) {
                    table.getSelectionModel().clearAndSelect(at);
                }
            }
            if (top != null) {
                int at = indexOf(top);
                if (at >= 0 && at != firstVisibleIndex()) {
                    table.scrollTo(at);
                }
            }
        }

        private int indexOf(UUID id) {
            var items = table.getItems();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).contact().id().equals(id)) {
                    return i;
                }
            }
            return -1;
        }

        private int firstVisibleIndex() {
            if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow
                    && flow.getFirstVisibleCell() != null) {
                return flow.getFirstVisibleCell().getIndex();
            }
            return 0;
        }
    }

    @FXML
    private void onToday() {
        model.today();
    }

    @FXML
    private void onThisMonth() {
        model.thisMonth();
    }

    @FXML
    private void onClearFilters() {
        model.clearFilters();
    }

    @FXML
    private void onSearch() {
        model.search();
    }

    @FXML
    private void onClearSearch() {
        model.clearSearch();
    }

    @FXML
    private void onLoadMore() {
        model.loadMore();
    }

    @FXML
    private void onContinueSearch() {
        model.continueSearch();
    }

    private void open(ContactLogRow row) {
        detail.show(row.contact());
        if (!split.getItems().contains(detail.root())) {
            split.getItems().add(detail.root());
            split.setDividerPositions(0.6);
        }
        showSecondaryColumns(false);
        detail.focus();
    }

    private boolean showing(ContactLogRow row) {
        var shown = detail.viewModel().contactProperty().get();
        return shown != null && shown.id().equals(row.contact().id());
    }

    /** With a contact open beside it, the table keeps only the columns that identify a row. */
    private void showSecondaryColumns(boolean show) {
        detailOpen = !show;
        fitColumns();
    }

    private void closeDetail() {
        detail.viewModel().cancelEdit(); // Close while editing drops the edit, as it always has; the table is free again
        split.getItems().remove(detail.root());
        showSecondaryColumns(true);
        table.requestFocus();
    }

    private void buildColumns() {
        double em = Font.getDefault().getSize();
        boolean manager = model.isManager();
        table.getColumns().setAll(List.of(
                column("log.column.when", ContactLogRow::when, 10.5 * em),
                column("log.column.duration", ContactLogRow::duration, 5.5 * em),
                column("log.column.channel", ContactLogRow::channel, 7.5 * em),
                column("log.column.callerType", ContactLogRow::callerType, 16 * em),
                column("log.column.topics", ContactLogRow::topics, 16 * em),
                column("log.column.outcomes", ContactLogRow::outcomes, 14 * em),
                column("log.column.source", ContactLogRow::source, 11 * em),
                column("log.column.returning", ContactLogRow::returning, 6.5 * em)));
        if (manager) {
            table.getColumns().add(column("log.column.loggedBy", ContactLogRow::loggedBy, 7 * em));
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        HeadingTooltips.install(table);
        fitColumns();
        statusLabel.fontProperty().addListener((o, a, b) -> fitColumns()); // follows the text size (200 %)
        table.widthProperty().addListener((o, a, b) -> fitColumns()); // the menu opened or closed, a new size
        model.rows().addListener((ListChangeListener<ContactLogRow>) c -> fitColumns());
    }

    /** Whether a contact is open beside the table, which then keeps only the columns that identify a row. */
    private boolean detailOpen;

    /**
     * The columns that give way when the table is too narrow for all of them (a 1024 px screen with the menu open,
     * 200 % text, a contact open beside it), least missed first: whether the caller is returning, how they heard of
     * us, the duration, who logged it, the outcome, the channel, the topics. The date and time and the caller type
     * always stay.
     */
    private static final int[] GIVE_WAY = {7, 6, 1, 8, 5, 2, 4};

    /** The wordy columns (caller type, topics, outcome, source): they elide, with a tooltip, rather than hide. */
    private static boolean wordy(int column) {
        return column >= 3 && column < 7;
    }

    /**
     * Fits the columns to the table's width, never sideways scrolling: the date and time, the duration, the channel,
     * "Returning" and who logged a contact are shown whole (a call's time must be readable); the wordy columns share
     * the rest, with their headings whole while there is room and down to {@link #WORDY_LEAST} (elided, with a tooltip) when there
     * is not; if even that does not fit, columns give way in the order of {@link #GIVE_WAY}.
     */
    private void fitColumns() {
        Font font = statusLabel.getFont();
        double em = font.getSize();
        var columns = table.getColumns();
        fit(columns.get(0), font, em, "28 Sep 2026  23:59");
        fit(columns.get(1), font, em, "1:59:59");
        fit(columns.get(2), font, em, longest(ContactLogRow::channel));
        fit(columns.get(7), font, em, Messages.get("log.returning.yes"));
        if (columns.size() > 8) {
            fit(columns.get(8), font, em, longest(ContactLogRow::loggedBy));
        }
        boolean[] shown = new boolean[columns.size()];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = !detailOpen || i < 4;
        }
        double room = table.getWidth() <= 0 ? Double.MAX_VALUE // not laid out yet: everything shows until it is
                : table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - verticalBarWidth(em) - 2;
        double[] floor = new double[shown.length];
        for (int i = 0; i < shown.length; i++) {
            floor[i] = wordy(i) ? Math.max(WORDY_LEAST * em, Math.ceil(textWidth(headingFont(font), columns.get(i).getText())
                    + 1.25 * em)) : columns.get(i).getMinWidth();
        }
        boolean headingsWhole = true;
        for (int give = 0; ; ) {
            double needed = 0;
            for (int i = 0; i < shown.length; i++) {
                needed += shown[i] ? (wordy(i) && !headingsWhole ? WORDY_LEAST * em : floor[i]) : 0;
            }
            if (needed <= room) {
                break;
            }
            if (headingsWhole) {
                headingsWhole = false; // first the wordy headings elide (a tooltip holds them)...
            } else if (give < GIVE_WAY.length) {
                int next = GIVE_WAY[give++]; // ...then a column gives way
                if (next < shown.length) {
                    shown[next] = false;
                }
            } else {
                break;
            }
        }
        double fixed = 0;
        int wordyShown = 0;
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] && !wordy(i)) {
                fixed += columns.get(i).getMinWidth();
            } else if (shown[i]) {
                wordyShown++;
            }
        }
        // Each wordy column keeps up to 6 em while the table has room, and is as wide as it likes (WORDY_EMS) when
        // there is room for all of them; else they share what is left in those proportions. The widths are set here,
        // adding up to the room: the resize policy left them as they were when the mins alone only just fitted.
        double wordyRoom = room - fixed;
        double[] least = new double[shown.length];
        double floors = 0;
        double liked = 0;
        for (int i = 0; i < shown.length; i++) {
            if (wordy(i)) {
                least[i] = headingsWhole ? floor[i] : WORDY_LEAST * em;
                floors += shown[i] ? least[i] : 0;
                liked += shown[i] ? WORDY_EMS[i - 3] * em : 0;
            }
        }
        double spare = wordyShown == 0 ? 0 : Math.max(0, Math.floor((wordyRoom - floors) / wordyShown));
        double leastSum = 0;
        for (int i = 0; i < shown.length; i++) {
            if (wordy(i)) {
                least[i] += Math.min(spare, Math.max(0, 6 * em - least[i]));
                leastSum += shown[i] ? least[i] : 0;
            }
        }
        double over = Math.max(0, wordyRoom - leastSum);
        for (int i = 0; i < shown.length; i++) {
            if (wordy(i)) {
                double liking = WORDY_EMS[i - 3] * em;
                columns.get(i).setMinWidth(least[i]);
                columns.get(i).setPrefWidth(liked <= wordyRoom ? Math.max(least[i], liking)
                        : least[i] + Math.floor(over * liking / liked));
            }
            columns.get(i).setVisible(shown[i]);
        }
    }

    /**
     * The narrowest a wordy column gets, in ems, before a column gives way: a few words' start ("Partner, rel…"),
     * where 3 em showed two letters at 200 % text.
     */
    private static final double WORDY_LEAST = 5;

    /** How wide the wordy columns like to be, in ems, when the table has room: caller, topics, outcome, source. */
    private static final double[] WORDY_EMS = {16, 16, 14, 11};

    /** The width the table's vertical scroll bar takes (or will take when the rows fill the table). */
    private double verticalBarWidth(double em) {
        for (Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL && bar.getWidth() > 0) {
                return bar.getWidth();
            }
        }
        return em;
    }

    /** The headings are bold (the theme's), so they are measured bold. */
    private static Font headingFont(Font font) {
        return Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
    }

    private String longest(Function<ContactLogRow, String> value) {
        return model.rows().stream().map(value).reduce("", (a, b) -> b.length() > a.length() ? b : a);
    }

    private static void fit(TableColumn<ContactLogRow, ?> column, Font font, double em, String sample) {
        double widest = Math.max(textWidth(font, sample), textWidth(headingFont(font), column.getText()));
        column.setMinWidth(Math.ceil(widest + 1.5 * em)); // the cell's padding (1 em) and a little to spare
        column.setPrefWidth(column.getMinWidth());
    }

    private static double textWidth(Font font, String text) {
        Text probe = new Text(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }

    private TableColumn<ContactLogRow, String> column(String key, Function<ContactLogRow, String> value, double width) {
        TableColumn<ContactLogRow, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        return column;
    }

    private static void bindChoice(ComboBox<Choice> box, ObservableList<Choice> items,
            ObjectProperty<Choice> value) {
        box.setItems(items);
        box.valueProperty().bindBidirectional(value);
    }
}
