package org.helplinelogbook.ui.main;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.NodeTree;
import org.helplinelogbook.ui.common.StatusLines;
import org.helplinelogbook.ui.common.Theme;
import org.helplinelogbook.ui.common.ViewLoader;
import org.helplinelogbook.ui.contactform.ContactFormView;

/**
 * The signed-in window: top bar (who is signed in, Lock), left navigation, and the selected section. Ctrl+N
 * opens the new-contact form and starts the call timer; Ctrl+L locks. Section contents are built lazily by the
 * suppliers the composition root passes in.
 */
public final class MainView {

    private final MainViewModel vm;
    private final ContactFormView form;
    /** What each section shows; given with the logbook (see {@link #useSectionContents}). */
    private final Map<Section, Supplier<Node>> contents = new EnumMap<>(Section.class);
    private final Map<Section, Node> built = new EnumMap<>(Section.class);
    private final Runnable lockRequested;
    private final Runnable signOutRequested;
    /** Whether the person opened or closed the menu themselves; until then it follows the window's width. */
    private boolean menuChosen;
    private final Parent root;
    private final Timeline idleCheck = new Timeline(new KeyFrame(Duration.seconds(1), e -> checkIdle()));
    private final ToggleGroup navGroup = new ToggleGroup();
    /** Below this width (at 100 % text) the menu starts folded away. */
    static final double NARROW_WINDOW = 1180;

    @FXML private Label signedInLabel;
    @FXML private Label upgradeLabel;
    @FXML private Label appNameLabel;
    @FXML private HBox topBar;
    @FXML private Label demoBadge;
    @FXML private ToggleButton menuButton;
    @FXML private Button signOutButton;
    @FXML private Button lockButton;
    @FXML private VBox navBox;
    @FXML private StackPane content;
    @FXML private HBox warningBanner;
    @FXML private Label warningLabel;
    @FXML private Button dismissWarningsButton;

    public MainView(MainViewModel vm, ContactFormView form, Map<Section, Supplier<Node>> contents, Runnable lockRequested,
            Runnable signOutRequested) {
        this(vm, form, lockRequested, signOutRequested);
        useSectionContents(contents);
    }

    /**
     * The window before its logbook is open (issue 17: built and laid out while the sign-in runs): the form on show,
     * the other sections given later by {@link #useSectionContents}.
     */
    public MainView(MainViewModel vm, ContactFormView form, Runnable lockRequested, Runnable signOutRequested) {
        this.vm = vm;
        this.form = form;
        this.lockRequested = lockRequested;
        this.signOutRequested = signOutRequested;
        this.root = ViewLoader.load(this, "main.css");
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);
        root.addEventFilter(KeyEvent.ANY, e -> vm.noteActivity());
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> vm.noteActivity());
        root.addEventFilter(MouseEvent.MOUSE_MOVED, e -> vm.noteActivity());
        root.addEventFilter(ScrollEvent.ANY, (Event e) -> vm.noteActivity());
        idleCheck.setCycleCount(Animation.INDEFINITE);
        idleCheck.play();
        // On a small screen (a 1024-pixel laptop) the menu starts folded away, so the form has the width it needs.
        ((Region) root).widthProperty().addListener((o, a, w) -> {
            if (!menuChosen && w.doubleValue() > 0) {
                navBox.setVisible(w.doubleValue() >= NARROW_WINDOW * signedInLabel.getFont().getSize() / 13.0);
            }
        });
    }

    public Parent root() {
        return root;
    }

    /**
     * A stand-in of the main window around {@code content} (the form's {@link ContactFormView#warmUpCopy}), with
     * every section's menu entry, for warming up (issue 17; see {@link MainWindowWarmUp}). Never shown.
     */
    static Parent warmUpCopy(Node content) {
        ViewLoader.StandIn copy = ViewLoader.loadStandIn(MainView.class, "main.css");
        VBox nav = copy.node("navBox");
        ToggleGroup group = new ToggleGroup();
        for (Section s : Section.values()) {
            ToggleButton b = new ToggleButton(Messages.get(s.labelKey()));
            b.setToggleGroup(group);
            b.getStyleClass().add("nav-button");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setSelected(s == Section.NEW_CONTACT);
            nav.getChildren().add(b);
        }
        copy.<StackPane>node("content").getChildren().add(content);
        return copy.root();
    }

    /** What each section other than the form shows, built on first visit; those left out show "coming soon". */
    public void useSectionContents(Map<Section, Supplier<Node>> sectionContents) {
        contents.putAll(sectionContents);
    }

    public MainViewModel viewModel() {
        return vm;
    }

    public ContactFormView form() {
        return form;
    }

    @FXML
    private void initialize() {
        signedInLabel.textProperty().bind(vm.signedInProperty());
        upgradeLabel.textProperty().bind(vm.upgradeStatusProperty());
        StatusLines.shownWhen(upgradeLabel, vm.upgradeStatusProperty().isNotEmpty());
        buildNav();
        // A window built before sign-in lists every section; once the logbook is open, only the account's stay.
        vm.sections().addListener((ListChangeListener<Section>) c -> buildNav());
        MenuKeys.install(navBox);
        navGroup.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                vm.sectionProperty().set((Section) b.getUserData());
            }
        });
        // Each section is built once and kept, with its filters and selection; changes to the taxonomy, campaigns
        // and accounts reach the sections already built through the logbook's ListChanges.
        vm.sectionProperty().addListener((o, a, s) -> show(s));
        show(vm.sectionProperty().get());
        vm.themeProperty().addListener((o, a, t) -> Theme.apply(t));
        StatusLines.shownWhen(warningBanner, Bindings.isNotEmpty(vm.warnings()));
        warningLabel.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("\n", vm.warnings()), vm.warnings()));
        dismissWarningsButton.setAccessibleText(Messages.get("backup.banner.dismiss.accessible"));
        navBox.managedProperty().bind(navBox.visibleProperty());
        StatusLines.shownWhen(demoBadge, vm.demoProperty());
        // The window's title bar says "demo" too, so a screenshot or a glance at the task bar cannot mislead.
        Runnable title = () -> {
            if (root != null && root.getScene() != null && root.getScene().getWindow() instanceof Stage st) {
                st.setTitle(Messages.get(vm.demoProperty().get() ? "app.title.demo" : "app.title"));
            }
        };
        vm.demoProperty().addListener((o, a, b) -> title.run());
        signedInLabel.sceneProperty().addListener((o, a, b) -> title.run());
        menuButton.selectedProperty().bindBidirectional(navBox.visibleProperty());
        // On a narrow window or at 200 % text the app's name (also in the title bar) gives way, so who is signed in,
        // Sign out and Lock stay whole.
        // Asked again when the text size changes (200 %: the bar keeps its width, its words double), so the name is
        // whole or gone, never cut.
        appNameLabel.managedProperty().bind(appNameLabel.visibleProperty());
        // The demo badge gives way too, to its short form: at 200 % text on a 1024 px screen its whole text pushed
        // Lock past the window's edge (the full wording stays in its tooltip and accessible text).
        Runnable fitName = () -> {
            fitDemoBadge();
            appNameLabel.setVisible(topBar.getWidth() >= widthNeededWithName());
        };
        topBar.widthProperty().addListener((o, a, w) -> fitName.run());
        // (after the styles of the whole bar have followed: the name's font changes before its neighbours')
        appNameLabel.fontProperty().addListener((o, a, f) -> Platform.runLater(fitName));
        signedInLabel.textProperty().addListener((o, a, t) -> fitName.run());
        demoBadge.visibleProperty().addListener((o, a, v) -> fitName.run());
        // The badge may show before the bar's 200 % styles have reached it and Lock: asked again once they have.
        demoBadge.fontProperty().addListener((o, a, f) -> Platform.runLater(fitName));
        lockButton.widthProperty().addListener((o, a, w) -> fitName.run());
        appNameLabel.widthProperty().addListener((o, a, w) -> {
            if (appNameLabel.isVisible() && w.doubleValue() < appNameLabel.prefWidth(-1) - 0.5) {
                appNameLabel.setVisible(false); // the bar gave it less than its whole width: cut, so gone
            }
        });

    }

    /** One menu entry for each section the account may open, managers' under their heading. */
    private void buildNav() {
        navBox.getChildren().clear();
        navGroup.getToggles().clear();
        for (Section s : vm.sections()) {
            ToggleButton b = new ToggleButton(Messages.get(s.labelKey()));
            b.setUserData(s);
            b.setToggleGroup(navGroup);
            b.getStyleClass().add("nav-button");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setSelected(s == vm.sectionProperty().get());
            if (s == Section.NEW_CONTACT) {
                b.setAccessibleHelp(Messages.get("nav.newContact.help"));
            }
            if (s == Section.DASHBOARD) {
                Label heading = new Label(Messages.get("nav.managerHeading"));
                heading.getStyleClass().add("nav-heading");
                navBox.getChildren().add(heading);
            }
            navBox.getChildren().add(b);
        }
    }

    /**
     * The badge's whole text when the bar has room for it beside the controls that cannot shrink (Menu, Sign out,
     * Lock), else its short form; the name and who is signed in give way first, as they can.
     */
    private void fitDemoBadge() {
        String whole = Messages.get("main.demo");
        demoBadge.setText(whole);
        double needed = topBar.snappedLeftInset() + topBar.snappedRightInset();
        int shown = 0;
        for (Node child : topBar.getChildren()) {
            if (child.isManaged() && child != appNameLabel && child != signedInLabel && child != upgradeLabel) {
                needed += child.prefWidth(-1);
                shown++;
            }
        }
        needed += topBar.getSpacing() * Math.max(0, shown - 1);
        boolean cramped = demoBadge.isVisible() && topBar.getWidth() > 0 && topBar.getWidth() < needed;
        if (cramped) {
            demoBadge.setText(Messages.get("main.demo.short"));
        }
        demoBadge.setTooltip(cramped ? new Tooltip(whole) : null);
    }

    /** The top bar's width with every control at its preferred width, the app's name included. */
    private double widthNeededWithName() {
        double needed = topBar.snappedLeftInset() + topBar.snappedRightInset();
        int shown = 0;
        for (Node child : topBar.getChildren()) {
            if (child == appNameLabel || child.isManaged()) {
                needed += child.prefWidth(-1);
                shown++;
            }
        }
        return needed + topBar.getSpacing() * Math.max(0, shown - 1);
    }

    @FXML
    private void toggleMenu() {
        menuChosen = true;
    }

    /** Whether the navigation menu is on show (tests and screenshots). */
    public boolean menuShown() {
        return navBox.isVisible();
    }

    /**
     * Puts the focus where the hands carry on: the form's first field, or the first field of the section on show
     * (never the Lock or Sign out buttons of the top bar).
     */
    public void focusContent() {
        if (vm.sectionProperty().get() == Section.NEW_CONTACT) {
            form.focusFirstField();
            return;
        }
        Node shown = content.getChildren().isEmpty() ? null : content.getChildren().get(0);
        Node first = shown == null ? null : firstFocusable(shown);
        if (first != null) {
            first.requestFocus();
        }
    }

    private static Node firstFocusable(Node node) {
        if (node.isFocusTraversable() && node.isVisible() && !node.isDisabled()
                && !(node instanceof ScrollPane)) {
            return node;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Node found = child.isVisible() ? firstFocusable(child) : null;
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private void show(Section s) {
        navGroup.getToggles().forEach(t -> t.setSelected(t.getUserData() == s));
        // The form scrolls its fields itself and keeps its Save bar in view; other sections scroll whole.
        Node node = built.computeIfAbsent(s, k -> s == Section.NEW_CONTACT ? form.root()
                : scrollable(contents.getOrDefault(k, () -> ComingSoonPane.create(k)).get()));
        Node focused = root == null || root.getScene() == null ? null : root.getScene().getFocusOwner();
        boolean focusWasInContent = focused != null && NodeTree.isInside(focused, content);
        content.getChildren().setAll(node);
        if (focusWasInContent) {
            // The focused field left with the old section: the focus goes into the new one, not to the Menu button.
            Platform.runLater(this::focusContent);
        }
    }

    /** Fills the window when there is room; scrolls at large font scales instead of squashing the form. */
    private static Node scrollable(Node node) {
        ScrollPane scroll = new ScrollPane(node);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().addAll("section-scroll", "edge-to-edge");
        return scroll;
    }

    private void shortcuts(KeyEvent e) {
        if (!e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        if (e.getCode() == KeyCode.ENTER && vm.sectionProperty().get() == Section.NEW_CONTACT) {
            // Ctrl+Enter saves from anywhere while the form is on show, even with the focus on Lock or the menu.
            form.saveFromKeyboard();
            e.consume();
        } else if (e.getCode() == KeyCode.N) {
            newContact();
            e.consume();
        } else if (e.getCode() == KeyCode.M) {
            menuChosen = true;
            toggleMenuByKeyboard();
            e.consume();
        } else if (e.getCode() == KeyCode.L) {
            lock();
            e.consume();
        }
    }

    /**
     * Ctrl+M: a menu shown by keyboard is there to be used, so the focus goes to the open section's entry (it stayed
     * in the form, and reaching the menu took Shift+Tab through the whole top bar); a menu hidden with the focus in it
     * hands the focus to the section on show.
     */
    private void toggleMenuByKeyboard() {
        boolean show = !navBox.isVisible();
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        boolean focusWasInMenu = focused != null && NodeTree.isInside(focused, navBox);
        navBox.setVisible(show);
        if (show) {
            navGroup.getToggles().stream().filter(t -> t.getUserData() == vm.sectionProperty().get())
                    .map(t -> (Node) t).findFirst().ifPresent(Node::requestFocus);
        } else if (focusWasInMenu) {
            focusContent();
        }
    }

    /** Shows the form and starts the call timer (Ctrl+N or the navigation). */
    public void newContact() {
        vm.sectionProperty().set(Section.NEW_CONTACT);
        form.startCall();
    }

    /** Checks the idle time; the view's timer calls it every second, tests call it after moving the clock. */
    public void checkIdle() {
        if (vm.idleTooLong()) {
            lock();
        }
    }

    @FXML
    private void dismissWarnings() {
        vm.dismissWarnings();
    }

    @FXML
    private void signOut() {
        if (vm.isLocked()) {
            return;
        }
        dispose();
        signOutRequested.run();
    }

    @FXML
    private void lock() {
        if (vm.isLocked()) {
            return;
        }
        dispose();
        lockRequested.run();
    }

    public void dispose() {
        idleCheck.stop();
        form.dispose();
    }
}
