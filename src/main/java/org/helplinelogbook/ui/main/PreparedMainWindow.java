package org.helplinelogbook.ui.main;

import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Pane;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.ui.common.TaskRunner;
import org.helplinelogbook.ui.common.TimingMarks;
import org.helplinelogbook.ui.contactform.ContactFormView;
import org.helplinelogbook.ui.contactform.ContactFormViewModel;

/**
 * The real main window with its form, built, styled and laid out while a sign-in's key derivation runs (issue 17,
 * docs/benchmarks.md "Sign-in in a fresh start"): the UI thread has nothing else to do for half a second then, and in
 * a fresh process the window's first build and layout are a quarter of the way from Sign in to the form.
 *
 * <p>Until {@link #attach} it holds no logbook and nothing of any account: empty lists, every section in the menu, no
 * name. So a failed attempt keeps it for the next one, and whoever signs in gets their own lists, name and sections
 * from their logbook.
 *
 * <p>It is built in the shown window itself, as the bottom layer beneath the sign-in screen, and hidden there: a
 * window that moves into another scene is styled again from scratch by JavaFX (about 95 ms of the UI thread in a
 * fresh start, the fourth round in docs/benchmarks.md), one that stays in its scene is not. Hidden, it is not drawn,
 * takes no mouse events and no focus: an invisible node is skipped by the focus traversal, by picking and by the
 * platform's accessibility; key events go to the focus owner's own branch, which is the sign-in screen's. Attaching
 * takes the layers above it away and shows it.
 */
public final class PreparedMainWindow {

    /**
     * {@code -Dhelplinelogbook.rowsAhead=N}: blank rows laid out ahead in each of the form's lists (the sign-in
     * benchmark compares them). Off by default: measured in the quiet window (docs/benchmarks.md, fourth round), 24
     * rows took 20 ms from the first layout after Sign in but added 65 ms of UI work while the key derivation ran,
     * which slowed the open by about as much.
     */
    static final String ROWS_AHEAD = "helplinelogbook.rowsAhead";
    static final int DEFAULT_ROWS_AHEAD = 0;

    private final MainView view;
    private final Pane layers;

    private PreparedMainWindow(MainView view, Pane layers) {
        this.view = view;
        this.layers = layers;
        Parent root = view.root();
        root.setVisible(false);
        root.setMouseTransparent(true);
        layers.getChildren().add(0, root);
        // Styled and laid out now, at the window's size, so that the first pulse after the hand-over has little to do
        // (first with blank rows in the form's lists, when asked for, whose rows are then ready for the entries).
        Runnable layOut = () -> {
            layers.applyCss();
            layers.layout();
        };
        int rows = Integer.getInteger(ROWS_AHEAD, DEFAULT_ROWS_AHEAD);
        if (rows > 0) {
            view.form().makeRowsAhead(rows, layOut);
        }
        layOut.run();
    }

    /**
     * Builds the window and lays it out hidden as the bottom layer of {@code layers} (the shown window's root, with
     * the sign-in screen above it); on the UI thread.
     */
    public static PreparedMainWindow build(TaskRunner runner, Clock clock, Runnable lockRequested,
            Runnable signOutRequested, Pane layers) {
        TimingMarks.mark("prepare");
        var form = new ContactFormView(new ContactFormViewModel(runner, clock));
        var main = new MainView(new MainViewModel(runner, clock), form, lockRequested, signOutRequested);
        PreparedMainWindow prepared = new PreparedMainWindow(main, layers);
        TimingMarks.mark("prepared");
        return prepared;
    }

    /**
     * Gives the window its logbook (the form's lists, who is signed in, the sections of the account and what they
     * show), then takes away every layer above it (the sign-in screen, to be disposed of by the caller) and shows it,
     * in the same scene: nothing is styled again but what the logbook changed. Once.
     */
    public MainView attach(Logbook opened, Map<Section, Supplier<Node>> sectionContents) {
        view.form().viewModel().attach(opened, opened.taxonomy());
        view.viewModel().attach(opened);
        view.useSectionContents(sectionContents);
        Parent root = view.root();
        layers.getChildren().retainAll(root);
        root.setMouseTransparent(false);
        root.setVisible(true);
        return view;
    }

    /** The window, not yet given a logbook (tests look at it). */
    public MainView view() {
        return view;
    }

    /** Lets go of a window that will not be used (its timers stop). */
    public void discard() {
        view.dispose();
        layers.getChildren().remove(view.root());
    }
}
