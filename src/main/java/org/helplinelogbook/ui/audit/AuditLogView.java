package org.helplinelogbook.ui.audit;

import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;
import org.helplinelogbook.ui.common.Choice;
import org.helplinelogbook.ui.common.ManagerWindow;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.StatusLines;

/** Audit log window: filters, the newest-first table (100 at a time) and the chain check. */
public final class AuditLogView extends ManagerWindow<AuditLogViewModel, AuditLogRow> {

    @FXML private ComboBox<Choice> actionBox;
    @FXML private ComboBox<Choice> staffBox;
    @FXML private Button verifyButton;
    @FXML private Label verifyLabel;
    @FXML private Label statusLabel;
    @FXML private Button loadMoreButton;

    public AuditLogView(AuditLogViewModel model) {
        super(model, model.status(), "audit-log.css");
        model.start();
    }

    @FXML
    private void initialize() {
        actionBox.setItems(model.actionChoices());
        actionBox.valueProperty().bindBidirectional(model.actionProperty());
        staffBox.setItems(model.staffChoices());
        staffBox.valueProperty().bindBidirectional(model.staffProperty());
        showRows(model.rows(), "audit.empty", Order.AS_GIVEN, List.of(
                textColumn("audit.column.seq", AuditLogRow::seq, 4.5),
                textColumn("audit.column.time", AuditLogRow::time, 12),
                textColumn("audit.column.staff", AuditLogRow::staff, 8),
                recordedAs("audit.column.action", AuditLogRow::action, AuditLogRow::actionCode, 15),
                textColumn("audit.column.record", AuditLogRow::record, 19),
                recordedAs("audit.column.fields", AuditLogRow::fields, AuditLogRow::fieldsCode, 13),
                textColumn("audit.column.counts", AuditLogRow::counts, 10)));
        table().setRowFactory(tv -> new TableRow<>() {
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
        StatusLines.shownWhen(loadMoreButton, model.hasMoreProperty());
        loadMoreButton.disableProperty().bind(model.status().busyProperty());
    }

    @FXML private void onVerify() { model.verify(); }
    @FXML private void onRefresh() { model.refresh(); }
    @FXML private void onLoadMore() { model.loadMore(); }

    /**
     * A column in plain English (the action, the fields); its tooltip gives it whole and as recorded (the words the
     * manager guide uses and a filter matches).
     */
    private static TableColumn<AuditLogRow, String> recordedAs(String key, Function<AuditLogRow, String> shown,
            Function<AuditLogRow, String> recorded, double ems) {
        TableColumn<AuditLogRow, String> c = textColumn(key, shown, ems);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                AuditLogRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(row == null || item == null || item.isEmpty() ? null
                        : new Tooltip(item.equals(recorded.apply(row)) ? item
                                : Messages.get("audit.recorded.tooltip", recorded.apply(row), item)));
            }
        });
        return c;
    }
}
