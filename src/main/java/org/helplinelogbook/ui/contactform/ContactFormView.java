package org.helplinelogbook.ui.contactform;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.decoration.Decorator;
import org.controlsfx.control.decoration.StyleClassDecoration;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.helplinelogbook.ui.common.Choice;
import org.helplinelogbook.ui.common.DialogFit;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.NodeTree;
import org.helplinelogbook.ui.common.NoteWarningsPane;
import org.helplinelogbook.ui.common.PickInView;
import org.helplinelogbook.ui.common.ScreenScroll;
import org.helplinelogbook.ui.common.StatusLines;
import org.helplinelogbook.ui.common.ViewLoader;
import org.helplinelogbook.ui.contactform.ContactFormViewModel.CheckItem;
import org.helplinelogbook.ui.contactform.ContactFormViewModel.Needed;

/** Binds the new-contact form to its view model and owns its keyboard shortcuts and timers. */
public final class ContactFormView {


    private final ContactFormViewModel vm;
    private final Parent root;
    private final Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
    private final PauseTransition scanPause = new PauseTransition(Duration.millis(300));
    private final ValidationSupport validation = new ValidationSupport();
    private int ticks;
    private boolean movingOnFromNotes;

    @FXML private Label timerLabel;
    @FXML private TextField durationField;
    @FXML private Label durationProblem;
    @FXML private HBox channelBox;
    @FXML private HBox draftBanner;
    @FXML private Label draftOfferLabel;
    @FXML private FlowPane nonDataBox;
    @FXML private ListView<Choice> callerTypeList;
    @FXML private Label callerTypeProblem;
    @FXML private ListView<CheckItem> topicList;
    @FXML private Label topicHint;
    @FXML private ListView<CheckItem> outcomeList;
    @FXML private Label outcomeHint;
    @FXML private ListView<Choice> sourceList;
    @FXML private Label sourceProblem;
    @FXML private TextField codewordField;
    @FXML private Label returningLabel;
    @FXML private TextArea notesArea;
    @FXML private VBox warningsHolder;
    private NoteWarningsPane warningsPane;
    @FXML private Button saveButton;
    @FXML private Button clearButton;
    @FXML private ScrollPane formScroll;
    @FXML private Label statusLabel;

    public ContactFormView(ContactFormViewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this, "contact-form.css");
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);
        // Esc clears the form. Text fields and lists would swallow it, so it is caught on the way down, except where
        // a list's type-to-filter has a filter to widen or the Keep reason field has a use for it first.
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (isPlainEscape(e) && !(isFiltered(e.getTarget())
                    || e.getTarget() instanceof Node n && n.getStyleClass().contains("reason-field"))) {
                e.consume();
                clearForm();
            }
        });
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (isPlainEscape(e)) {
                e.consume();
                clearForm();
            }
        });
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
        // On a small screen the fields scroll: whatever gets the focus is scrolled into view.
        root.sceneProperty().addListener((o, was, scene) -> {
            if (was != null) {
                was.focusOwnerProperty().removeListener(focusFollower);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(focusFollower);
            }
        });
    }

    private final ChangeListener<Node> focusFollower = (f, before, now) -> scrollIntoView(now);

    public Node root() {
        return root;
    }

    /**
     * A stand-in of the form for warming up (issue 17): its FXML, stylesheets, cells, channel and one-key buttons
     * as the real form has them, with made-up entries and no view model. Laid out once while the key derivation runs,
     * it makes the real form's first build run on loaded, compiled code. Never shown.
     */
    public static Parent warmUpCopy() {
        ViewLoader.StandIn copy = ViewLoader.loadStandIn(ContactFormView.class, "contact-form.css");
        HBox channels = copy.node("channelBox");
        FlowPane nonData = copy.node("nonDataBox");
        ToggleGroup group = new ToggleGroup();
        List<Choice> choices = new ArrayList<>();
        List<CheckItem> checks = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            String text = "Sample entry " + i;
            choices.add(new Choice("c" + i, text, i <= 4 ? "Group one" : "Group two", String.valueOf(i)));
            checks.add(new CheckItem("t" + i, text));
            channels.getChildren().add(channelButton(new Choice("ch" + i, text, null, "Ctrl+" + i), group));
            nonData.getChildren().add(nonDataButton(new Choice("n" + i, text, null, "F" + i)));
        }
        checks.get(0).toggle();
        ListView<Choice> callerTypes = copy.node("callerTypeList");
        callerTypes.setCellFactory(l -> new CallerTypeCell());
        callerTypes.getItems().setAll(choices);
        callerTypes.getSelectionModel().select(0);
        ListView<Choice> sources = copy.node("sourceList");
        sources.setCellFactory(l -> new WrappingCell());
        sources.getItems().setAll(choices);
        for (String id : List.of("topicList", "outcomeList")) {
            ListView<CheckItem> list = copy.node(id);
            list.setCellFactory(l -> new CheckCell());
            list.getItems().setAll(checks);
        }
        copy.<VBox>node("warningsHolder").getChildren().add(new NoteWarningsPane(
                FXCollections.observableArrayList(), copy.node("notesArea"), w -> { }, (w, r) -> false));
        return copy.root();
    }

    /**
     * For the window built before its logbook (issue 17, {@code PreparedMainWindow}): has {@code layOut} lay the form
     * out once with {@code rows} blank rows in each list, then gives the lists back their own (still empty) items. A
     * list keeps the rows it made, styled and laid out, and reuses them for the logbook's entries; without this the
     * first layout after Sign in made and styled every visible row of the four lists (most of the 50 ms that layout
     * took in a fresh start; docs/benchmarks.md, fourth round). Blank rows hold nothing of any account.
     */
    public void makeRowsAhead(int rows, Runnable layOut) {
        List<Choice> blankChoices = new ArrayList<>();
        List<CheckItem> blankChecks = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            blankChoices.add(new Choice("", "", "", ""));
            blankChecks.add(new CheckItem("", ""));
        }
        var callerTypes = callerTypeList.getItems();
        var topics = topicList.getItems();
        var outcomes = outcomeList.getItems();
        var sources = sourceList.getItems();
        callerTypeList.setItems(FXCollections.observableArrayList(blankChoices));
        topicList.setItems(FXCollections.observableArrayList(blankChecks));
        outcomeList.setItems(FXCollections.observableArrayList(blankChecks));
        sourceList.setItems(FXCollections.observableArrayList(blankChoices));
        try {
            layOut.run();
        } finally {
            callerTypeList.setItems(callerTypes);
            topicList.setItems(topics);
            outcomeList.setItems(outcomes);
            sourceList.setItems(sources);
        }
    }

    public ContactFormViewModel viewModel() {
        return vm;
    }

    /**
     * Ctrl+N: starts the call timer and puts the cursor on the caller type. On a form that holds details it first
     * asks whether to discard them; "Keep editing" leaves the form and its timer exactly as they were.
     */
    public void startCall() {
        if (vm.holdsEnteredData()) {
            Node before = focusOwner();
            if (!confirmDiscard("form.clear.newContact.title", "form.clear.newContact.question",
                    "form.clear.newContact.confirm")) {
                keepEditingAt(before);
                return;
            }
            vm.clearForm();
            scrollListsToTop();
        }
        vm.startCall();
        callerTypeList.requestFocus();
    }

    /** "Clear form" and Esc: asks only when something was entered, then empties the form and its draft. */
    public void clearForm() {
        Node before = focusOwner();
        if (vm.holdsEnteredData() && !confirmDiscard("form.clear.title", "form.clear.question", "form.clear.confirm")) {
            keepEditingAt(before);
            return;
        }
        vm.clearForm();
        scrollListsToTop();
        callerTypeList.requestFocus();
    }

    private Node focusOwner() {
        return root.getScene() == null ? null : root.getScene().getFocusOwner();
    }

    /**
     * "Keep editing" puts the hands back where they were (Esc in the topics went back to the caller type before);
     * the caller type when the focus was outside the form.
     */
    private void keepEditingAt(Node before) {
        boolean stillThere = NodeTree.isInside(before, root) && before.isVisible() && !before.isDisabled();
        (stillThere ? before : callerTypeList).requestFocus();
    }

    /** An emptied form starts each list at its first row, not where the last call left it scrolled. */
    private void scrollListsToTop() {
        for (ListView<?> list : List.of(callerTypeList, topicList, outcomeList, sourceList)) {
            list.scrollTo(0);
        }
    }

    /** Saves from anywhere in the window (Ctrl+Enter); focus goes where a problem needs the hands. */
    public void saveFromKeyboard() {
        save();
    }

    /** Whether {@code target} is the topic or outcome list with letters typed to narrow it (Esc widens it first). */
    private boolean isFiltered(Object target) {
        return (target == topicList || target == outcomeList)
                && ((ListView<?>) target).getItems() instanceof FilteredList<?> f && f.getPredicate() != null;
    }

    private static boolean isPlainEscape(KeyEvent e) {
        return e.getCode() == KeyCode.ESCAPE && !e.isShortcutDown() && !e.isAltDown();
    }

    private boolean confirmDiscard(String titleKey, String questionKey, String confirmKey) {
        ButtonType discard = new ButtonType(Messages.get(confirmKey), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(Messages.get("form.clear.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get(questionKey), discard, keep);
        alert.setTitle(Messages.get(titleKey));
        alert.setHeaderText(Messages.get(titleKey));
        if (root.getScene() != null) {
            alert.initOwner(root.getScene().getWindow());
        }
        // Discarding is the destructive choice: Enter keeps the details, the discard button is one Tab away.
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        return DialogFit.apply(alert).showAndWait().orElse(keep) == discard;
    }

    public void focusFirstField() {
        callerTypeList.requestFocus();
    }

    /** Stops timers; called when the window is locked or closed. */
    public void dispose() {
        ticker.stop();
        scanPause.stop();
        vm.dispose();
        if (root.getScene() != null) {
            root.getScene().focusOwnerProperty().removeListener(focusFollower);
        }
    }

    @FXML
    private void initialize() {
        timerLabel.textProperty().bind(vm.timerTextProperty());
        timerLabel.pseudoClassStateChanged(PseudoClass.getPseudoClass("running"), false);
        vm.timerRunningProperty().addListener((o, a, running) ->
                timerLabel.pseudoClassStateChanged(PseudoClass.getPseudoClass("running"), running));
        durationField.textProperty().bindBidirectional(vm.durationMinutesProperty());
        StatusLines.errorLine(durationProblem, vm.problems().get(Needed.DURATION));

        buildChannels();
        buildNonDataButtons();

        StatusLines.shownWhen(draftBanner, vm.draftOfferProperty().isNotEmpty());
        draftOfferLabel.textProperty().bind(vm.draftOfferProperty());

        callerTypeList.setItems(vm.callerTypes());
        callerTypeList.setCellFactory(l -> new CallerTypeCell());
        syncSingle(callerTypeList, vm.callerTypeProperty());
        ListKeys.numberKeysPick(callerTypeList, c -> vm.callerTypeProperty().set(c.code()));
        StatusLines.errorLine(callerTypeProblem, vm.problems().get(Needed.CALLER_TYPE));

        setUpCheckList(topicList, vm.topics(), topicHint);
        setUpCheckList(outcomeList, vm.outcomes(), outcomeHint);
        topicList.disableProperty().bind(vm.dataContactProperty().not().and(vm.callerTypeProperty().isNotNull()));
        outcomeList.disableProperty().bind(topicList.disableProperty());

        sourceList.setItems(vm.sources());
        sourceList.setCellFactory(l -> new WrappingCell()); // long labels wrap instead of scrolling sideways
        syncSingle(sourceList, vm.sourceProperty());
        ListKeys.typeToJump(sourceList, c -> vm.sourceProperty().set(c.code()));
        sourceList.disableProperty().bind(topicList.disableProperty());
        for (ListView<?> list : List.of(callerTypeList, topicList, outcomeList, sourceList)) {
            PickInView.keep(list); // warnings appearing under the notes shrink the lists
        }
        StatusLines.errorLine(sourceProblem, vm.problems().get(Needed.SOURCE));

        codewordField.textProperty().bindBidirectional(vm.callerCodeProperty());
        codewordField.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                vm.lookUpCodeword();
            }
        });
        returningLabel.textProperty().bind(vm.returningCallerProperty());

        notesArea.textProperty().bindBidirectional(vm.notesProperty());
        notesArea.addEventFilter(KeyEvent.KEY_PRESSED, this::tabLeavesNotes);
        vm.savesProperty().addListener((o, a, b) -> {
            scrollListsToTop();
            callerTypeList.requestFocus();
        });
        scanPause.setOnFinished(e -> vm.scanNotes());
        notesArea.textProperty().addListener((o, a, b) -> scanPause.playFromStart());
        warningsPane = new NoteWarningsPane(vm.warnings(), notesArea, vm::redact, vm::keep);
        warningsHolder.getChildren().add(warningsPane);

        saveButton.disableProperty().bind(vm.busyProperty());
        clearButton.disableProperty().bind(vm.busyProperty());
        StatusLines.oneLine(statusLabel, vm.status());

        // ControlsFX marks each field that stops a save (a danger-coloured border), beside the sentence under it.
        validation.setErrorDecorationEnabled(false); // decorated below from the same problem text
        decorate(callerTypeList, vm.problems().get(Needed.CALLER_TYPE));
        decorate(sourceList, vm.problems().get(Needed.SOURCE));
        decorate(durationField, vm.problems().get(Needed.DURATION));
    }

    private void decorate(Control control, ReadOnlyStringProperty problem) {
        validation.registerValidator(control, false, (Control c, Object value) ->
                ValidationResult.fromErrorIf(c, problem.get(), !problem.get().isEmpty()));
        problem.addListener((o, a, b) -> {
            validation.revalidate(control);
            Decorator.removeAllDecorations(control);
            if (b != null && !b.isEmpty()) {
                Decorator.addDecoration(control, new StyleClassDecoration("validation-error"));
            }
        });
    }

    /** What ControlsFX currently marks as missing or wrong (tests read it). */
    ValidationResult validationResult() {
        return validation.getValidationResult();
    }

    private void shortcuts(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
            save();
            e.consume();
            return;
        }
        for (Choice c : vm.nonDataTypes()) {
            if (e.getCode().getName().equals(c.key()) && !e.isShortcutDown() && !e.isAltDown()) {
                vm.saveNonData(c.code());
                e.consume();
                return;
            }
        }
        if (e.isShortcutDown() && e.getCode().isDigitKey()) {
            for (Choice c : vm.channels()) {
                if (c.key().equals("Ctrl+" + e.getText()) || c.key().equals("Ctrl+" + e.getCode().getName())) {
                    vm.channelProperty().set(c.code());
                    e.consume();
                    return;
                }
            }
        }
    }

    /**
     * Tab moves on from the notes like from every other field (a TextArea would type a tab); Ctrl+Tab types one.
     * TextArea's own behaviour already moves the focus on Ctrl+Tab, so the two are swapped.
     */
    private void tabLeavesNotes(KeyEvent e) {
        if (e.getCode() != KeyCode.TAB || e.isAltDown() || e.isMetaDown() || movingOnFromNotes) {
            return;
        }
        TextArea area = (TextArea) e.getSource();
        e.consume();
        if (e.isControlDown()) {
            area.replaceSelection("\t");
        } else {
            movingOnFromNotes = true;
            try {
                area.fireEvent(new KeyEvent(null, area, KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(),
                        true, false, false));
            } finally {
                movingOnFromNotes = false;
            }
        }
    }

    /** The channel buttons, built anew when the channels change (a manager changed the taxonomy). */
    private void buildChannels() {
        ToggleGroup group = new ToggleGroup();
        Runnable show = () -> group.getToggles().forEach(t -> t.setSelected(t.getUserData().equals(vm.channelProperty().get())));
        vm.channels().addListener((ListChangeListener<Choice>) c -> {
            channelBox.getChildren().clear();
            group.getToggles().clear();
            addChannelButtons(group);
            show.run();
        });
        addChannelButtons(group);
        show.run();
        vm.channelProperty().addListener((o, a, b) -> show.run());
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                show.run();
            } else {
                vm.channelProperty().set((String) b.getUserData());
            }
        });
    }

    private void addChannelButtons(ToggleGroup group) {
        for (Choice c : vm.channels()) {
            channelBox.getChildren().add(channelButton(c, group));
        }
    }

    /** A channel's button as the form and its warm-up copy show it (the form's listener on the group acts on it). */
    private static ToggleButton channelButton(Choice c, ToggleGroup group) {
        ToggleButton b = new ToggleButton(c.label());
        b.setUserData(c.code());
        b.setToggleGroup(group);
        b.getStyleClass().add("channel-button");
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setAccessibleText(Messages.get("form.channel.accessible", c.label(), c.key()));
        if (!c.key().isEmpty()) {
            b.setGraphic(keyBadge(c.key()));
            b.setContentDisplay(ContentDisplay.RIGHT);
        }
        return b;
    }

    /**
     * The one-key non-data buttons, built anew when the caller types change (and when a window built before its
     * logbook is given it). Only the buttons go: clearing the whole row took its caption with it.
     */
    private void buildNonDataButtons() {
        vm.nonDataTypes().addListener((ListChangeListener<Choice>) c -> {
            nonDataBox.getChildren().removeIf(Button.class::isInstance);
            addNonDataButtons();
        });
        addNonDataButtons();
    }

    private void addNonDataButtons() {
        for (Choice c : vm.nonDataTypes()) {
            Button b = nonDataButton(c);
            b.setOnAction(e -> vm.saveNonData(c.code()));
            b.disableProperty().bind(vm.busyProperty());
            nonDataBox.getChildren().add(b);
        }
    }

    /** A one-key non-data button as the form and its warm-up copy show it, without its action. */
    private static Button nonDataButton(Choice c) {
        Button b = new Button(c.label());
        b.setGraphic(keyBadge(c.key()));
        b.getStyleClass().add("non-data-button");
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setAccessibleText(Messages.get("form.nonData.accessible", c.label(), c.key()));
        return b;
    }

    static Label keyBadge(String key) {
        Label badge = new Label(key);
        badge.getStyleClass().add("key-badge");
        return badge;
    }

    private static void syncSingle(ListView<Choice> list, StringProperty code) {
        Runnable show = () -> {
            String wanted = code.get();
            if (wanted == null) {
                list.getSelectionModel().clearSelection();
                return;
            }
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).code().equals(wanted)) {
                    if (list.getSelectionModel().getSelectedIndex() != i) {
                        // A pick made outside the list (a draft restored after unlocking) is brought into sight.
                        list.getSelectionModel().select(i);
                        list.scrollTo(i);
                    }
                    list.getFocusModel().focus(i);
                    return;
                }
            }
        };
        code.addListener((o, a, b) -> show.run());
        // Un-picking (Ctrl+Space or Ctrl+click on the picked row) really clears the pick: a hidden pick would make the
        // form "hold details" nobody can see, refuse the non-data keys and come back as a draft after a lock.
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> code.set(b == null ? null : b.code()));
        show.run();
    }

    private static void setUpCheckList(ListView<CheckItem> list, ObservableList<CheckItem> items,
            Label hint) {
        FilteredList<CheckItem> filtered = new FilteredList<>(items);
        list.setItems(filtered);
        list.setCellFactory(l -> new CheckCell());
        hint.setText(Messages.get("form.list.hint"));
        ListKeys.checkListKeys(list, filtered, hint);
    }

    private void tick() {
        vm.tick();
        if (++ticks % 3 == 0) {
            vm.autosaveIfChanged();
        }
    }

    @FXML
    private void onNewContact() {
        startCall();
    }

    @FXML
    private void save() {
        vm.save();
        if (!vm.isDirty() && vm.status().textProperty().get().isEmpty()) {
            return;
        }
        if (!vm.problems().get(Needed.CALLER_TYPE).get().isEmpty()) {
            callerTypeList.requestFocus();
        } else if (!vm.problems().get(Needed.SOURCE).get().isEmpty()) {
            sourceList.requestFocus();
        } else if (vm.saveBlockedProperty().get() && warningsPane.focusFirstRedact()) {
            // Refused for identifiers in the notes: the hands go to the warning to deal with, not Tabs away from it.
            ScreenScroll.reveal(formScroll, root.getScene().getFocusOwner());
        }
    }

    @FXML
    private void onRestoreDraft() {
        vm.restoreDraft();
        callerTypeList.requestFocus();
    }

    private void scrollIntoView(Node focused) {
        if (root.getScene() != null) {
            ScreenScroll.reveal(formScroll, focused);
        }
    }

    @FXML
    private void onClearForm() {
        clearForm();
    }

    @FXML
    private void onDiscardDraft() {
        vm.discardDraft();
    }

    // ---- Cells

    /**
     * A row's width: the list's, less its vertical scrollbar and the cell's padding, in em so that they grow with the
     * text (a fixed 28 pixels pushed the rows sideways at 200 % text, behind a horizontal scrollbar).
     */
    private static DoubleBinding rowWidth(ListCell<?> cell) {
        return Bindings.createDoubleBinding(() -> cell.getListView().getWidth() - 2.2 * cell.getFont().getSize(),
                cell.getListView().widthProperty(), cell.fontProperty());
    }

    private static final class CallerTypeCell extends ListCell<Choice> {
        @Override
        protected void updateItem(Choice c, boolean empty) {
            super.updateItem(c, empty);
            setText(null);
            if (empty || c == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            VBox box = new VBox();
            box.getStyleClass().add("caller-type-cell");
            int index = getIndex();
            boolean firstOfGroup = index == 0 || !getListView().getItems().get(index - 1).groupLabel().equals(c.groupLabel());
            if (firstOfGroup && !c.groupLabel().isEmpty()) {
                Label header = new Label(c.groupLabel());
                header.getStyleClass().add("group-header");
                header.setWrapText(true);
                header.setMinHeight(Region.USE_PREF_SIZE); // all its lines, not an ellipsis, when it wraps
                box.getChildren().add(header);
            }
            Label label = new Label(c.label());
            label.setWrapText(true);
            label.setMinWidth(0);
            label.setMinHeight(Region.USE_PREF_SIZE);
            HBox line = new HBox(keyBadge(c.key().isEmpty() ? " " : c.key()), label);
            line.getStyleClass().add("caller-type-line");
            box.getChildren().add(line);
            box.setMaxWidth(Double.MAX_VALUE);
            box.prefWidthProperty().bind(rowWidth(this));
            setGraphic(box);
            setAccessibleText(c.label() + (c.key().isEmpty() ? "" : ", key " + c.key()));
        }
    }

    /** A one-line label that wraps in a narrow window (a pref width of 0 lets the list's width decide). */
    private static final class WrappingCell extends ListCell<Choice> {
        WrappingCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Choice c, boolean empty) {
            super.updateItem(c, empty);
            setText(empty || c == null ? null : c.label());
        }
    }

    private static final class CheckCell extends ListCell<CheckItem> {
        private final CheckBox box = new CheckBox();
        private CheckItem bound;

        CheckCell() {
            box.setFocusTraversable(false);
            box.setWrapText(true);
            box.setMaxWidth(Double.MAX_VALUE);
            box.setMinHeight(Region.USE_PREF_SIZE); // all its lines, not an ellipsis, when it wraps
        }

        @Override
        protected void updateItem(CheckItem item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.checkedProperty());
                bound = null;
            }
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            box.setText(item.label());
            box.selectedProperty().bindBidirectional(item.checkedProperty());
            bound = item;
            box.prefWidthProperty().bind(rowWidth(this));
            setGraphic(box);
            setAccessibleText(item.label() + (item.isChecked() ? ", ticked" : ""));
        }
    }
}
