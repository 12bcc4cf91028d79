package org.helplinelogbook.ui.audit;

import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Font;
import org.helplinelogbook.ui.common.Choice;
import org.helplinelogbook.ui.common.ManagerWindows;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.StatusLines;
import org.helplinelogbook.ui.common.ViewLoader;

/** Audit log window: filters, the newest-first table (100 at a time) and the chain check. */
public final class AuditLogView {

    private final AuditLogViewModel model;
    @FXML private BorderPane root;

    @FXML private ComboBox<Choice> actionBox;
    @FXML private ComboBox<Choice> staffBox;
    @FXML private Button verifyButton;
    @FXML private Label verifyLabel;
    @FXML private TableView<AuditLogRow> table;
    @FXML private Label statusLabel;
    @FXML private Label errorLabel;
    @FXML private Button loadMoreButton;

    public AuditLogView(AuditLogViewModel model) {
        this.model = model;
        ViewLoader.loadManagerWindow(this, "audit-log.css");
        model.start();
    }

    public Node root() {
        return root;
    }

    @FXML
    private void initialize() {
        double em = Font.getDefault().getSize();
        actionBox.setItems(model.actionChoices());
        actionBox.valueProperty().bindBidirectional(model.actionProperty());
        staffBox.setItems(model.staffChoices());
        staffBox.valueProperty().bindBidirectional(model.staffProperty());
        ManagerWindows.table(table, model.rows(), "audit.empty", List.of(
                column("audit.column.seq", AuditLogRow::seq, 4.5 * em),
                column("audit.column.time", AuditLogRow::time, 12 * em),
                column("audit.column.staff", AuditLogRow::staff, 8 * em),
                actionColumn(15 * em),
                column("audit.column.record", AuditLogRow::record, 19 * em),
                column("audit.column.fields", AuditLogRow::fields, 13 * em),
                column("audit.column.counts", AuditLogRow::counts, 10 * em)));
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(AuditLogRow item, boolean empty) {
                super.updateItem(item, empty);
                if (!empty && getIndex() == tv.getItems().size() - 1) {
                    Platform.runLater(model::loadMore);
                }
            }
        });
        verifyButton.disableProperty().bind(model.status().busyProperty());
        verifyLabel.textProperty().bind(model.verifyResultProperty());
        model.verifyFailedProperty().addListener((obs, was, now) ->
                verifyLabel.pseudoClassStateChanged(PseudoClass.getPseudoClass("failed"), now));
        statusLabel.textProperty().bind(model.status().messageProperty());
        StatusLines.errorLine(errorLabel, model.status().errorProperty());
        StatusLines.shownWhen(loadMoreButton, model.hasMoreProperty());
        loadMoreButton.disableProperty().bind(model.status().busyProperty());
    }

    @FXML private void onVerify() { model.verify(); }
    @FXML private void onRefresh() { model.refresh(); }
    @FXML private void onLoadMore() { model.loadMore(); }

    /** The action in plain English; its tooltip gives it whole and as recorded (the word the manager guide uses). */
    private static TableColumn<AuditLogRow, String> actionColumn(double width) {
        TableColumn<AuditLogRow, String> c = ManagerWindows.textColumn("audit.column.action", AuditLogRow::action,
                width, false);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                AuditLogRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(row == null ? null : new Tooltip(Messages.get("audit.action.tooltip", row.actionCode(), row.action())));
            }
        });
        return c;
    }

    private TableColumn<AuditLogRow, String> column(String key, Function<AuditLogRow, String> value, double width) {
        return ManagerWindows.textColumn(key, value, width, false);
    }
}
