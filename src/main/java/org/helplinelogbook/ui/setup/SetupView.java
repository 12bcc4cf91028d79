package org.helplinelogbook.ui.setup;

import java.io.File;
import java.util.Arrays;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.print.PrinterJob;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.FileChooser;
import org.controlsfx.control.SearchableComboBox;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.PasswordFields;
import org.helplinelogbook.ui.common.StatusLines;
import org.helplinelogbook.ui.common.ViewLoader;
import org.helplinelogbook.ui.setup.SetupViewModel.Step;

/** Binds the three first-run steps. The recovery key leaves the screen (and the clipboard offer) once confirmed. */
public final class SetupView {

    private final SetupViewModel vm;
    private final Parent root;

    @FXML private VBox accountStep;
    @FXML private TextField usernameField;
    @FXML private PasswordField passwordField;
    @FXML private PasswordField confirmField;
    @FXML private SearchableComboBox<String> zoneBox;
    @FXML private Button createButton;
    @FXML private VBox joinStep;
    @FXML private TextField serverField;
    @FXML private TextField caField;
    @FXML private PasswordField deskPasswordField;
    @FXML private Button joinButton;
    @FXML private VBox keyStep;
    @FXML private Label keyLabel;
    @FXML private TextField retypeField;
    @FXML private Button continueButton;
    @FXML private Label keyActionLabel;
    @FXML private VBox startStep;
    @FXML private Button demoButton;
    @FXML private Button emptyButton;
    @FXML private Label messageLabel;

    public SetupView(SetupViewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this, "setup.css");
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        usernameField.textProperty().bindBidirectional(vm.usernameProperty());
        zoneBox.setItems(vm.zones());
        zoneBox.valueProperty().bindBidirectional(vm.zoneProperty());
        createButton.disableProperty().bind(vm.status().busyProperty());
        serverField.textProperty().bindBidirectional(vm.serverUrlProperty());
        caField.textProperty().bindBidirectional(vm.caCertificateProperty());
        joinButton.disableProperty().bind(vm.status().busyProperty());
        // Seven groups on the first line, six on the second: the key never breaks inside a group.
        keyLabel.textProperty().bind(Bindings.createStringBinding(
                () -> twoLines(vm.recoveryKeyProperty().get()), vm.recoveryKeyProperty()));
        retypeField.textProperty().bindBidirectional(vm.retypedProperty());
        continueButton.disableProperty().bind(vm.keyConfirmedBinding().not());
        demoButton.disableProperty().bind(vm.status().busyProperty());
        emptyButton.disableProperty().bind(vm.status().busyProperty());
        StatusLines.messageLine(messageLabel, vm.status());
        vm.stepProperty().addListener((o, a, s) -> showStep(s));
        showStep(vm.stepProperty().get());
    }

    static String twoLines(String key) {
        String[] groups = key.split("-");
        if (groups.length < 8) {
            return key;
        }
        int half = (groups.length + 1) / 2;
        return String.join("-", Arrays.copyOfRange(groups, 0, half)) + "-\n"
                + String.join("-", Arrays.copyOfRange(groups, half, groups.length));
    }

    private void showStep(Step s) {
        accountStep.setVisible(s == Step.ACCOUNT);
        keyStep.setVisible(s == Step.RECOVERY_KEY);
        startStep.setVisible(s == Step.START);
        joinStep.setVisible(s == Step.JOIN);
        for (VBox box : new VBox[] {accountStep, keyStep, startStep, joinStep}) {
            box.setManaged(box.isVisible());
        }
        keyActionLabel.setText("");
        // On the start choice the focus (and so Enter) is on the blue "Start with an empty logbook": a logbook
        // filled with demo data stays a demo logbook, marked on every export, so it is never one key away.
        Platform.runLater(() -> (s == Step.ACCOUNT ? usernameField : s == Step.RECOVERY_KEY ? retypeField
                : s == Step.JOIN ? serverField : emptyButton).requestFocus());
    }

    @FXML
    private void create() {
        char[] password = PasswordFields.take(passwordField);
        char[] confirm = PasswordFields.take(confirmField);
        vm.create(password, confirm);
    }

    @FXML
    private void showJoin() {
        vm.showJoin();
    }

    @FXML
    private void showCreate() {
        vm.showCreate();
    }

    @FXML
    private void chooseCa() {
        var chooser = new FileChooser();
        chooser.setTitle(Messages.get("setup.join.ca.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("*.crt, *.pem", "*.crt", "*.pem"),
                new FileChooser.ExtensionFilter("*", "*"));
        File chosen = chooser.showOpenDialog(root.getScene().getWindow());
        if (chosen != null) {
            vm.caCertificateProperty().set(chosen.getAbsolutePath());
        }
    }

    @FXML
    private void join() {
        vm.join(PasswordFields.take(deskPasswordField));
    }

    @FXML
    private void copyKey() {
        ClipboardContent content = new ClipboardContent();
        content.putString(vm.recoveryKeyProperty().get());
        Clipboard.getSystemClipboard().setContent(content);
        keyActionLabel.setText(Messages.get("setup.key.copied"));
    }

    @FXML
    private void printKey() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            keyActionLabel.setText(Messages.get("setup.key.noPrinter"));
            return;
        }
        Text heading = new Text(Messages.get("setup.key.print.heading") + "\n\n");
        heading.setFont(Font.font(16));
        Text key = new Text(vm.recoveryKeyProperty().get() + "\n\n");
        key.setFont(Font.font("monospace", 14));
        Text note = new Text(Messages.get("setup.key.print.note"));
        note.setFont(Font.font(11));
        TextFlow page = new TextFlow(heading, key, note);
        page.setPrefWidth(450);
        if (job.showPrintDialog(root.getScene().getWindow()) && job.printPage(page)) {
            job.endJob();
            keyActionLabel.setText(Messages.get("setup.key.printed"));
        } else {
            job.cancelJob();
            keyActionLabel.setText(Messages.get("setup.key.notPrinted"));
        }
    }

    @FXML
    private void keyWrittenDown() {
        vm.keyWrittenDown();
    }

    @FXML
    private void loadDemo() {
        vm.loadDemoData();
    }

    @FXML
    private void startEmpty() {
        vm.startEmpty();
    }

    public void dispose() {
        passwordField.clear();
        confirmField.clear();
        deskPasswordField.clear();
    }
}
