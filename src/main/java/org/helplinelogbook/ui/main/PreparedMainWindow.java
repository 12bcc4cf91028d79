package org.helplinelogbook.ui.main;

import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.ui.common.TaskRunner;
import org.helplinelogbook.ui.common.Theme;
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
 * from their logbook. It is laid out in a scene of its own that is never shown, at the window's size; attaching takes
 * it out of that scene for the window's.
 */
public final class PreparedMainWindow {

    private final MainView view;
    private final Scene offscreen;

    private PreparedMainWindow(MainView view, double width, double height) {
        this.view = view;
        this.offscreen = new Scene(view.root(), width, height);
        Theme.style(offscreen);
        view.root().applyCss();
        view.root().layout();
    }

    /** Builds the window and lays it out at {@code width}×{@code height}; on the UI thread. */
    public static PreparedMainWindow build(TaskRunner runner, Clock clock, Runnable lockRequested,
            Runnable signOutRequested, double width, double height) {
        TimingMarks.mark("prepare");
        var form = new ContactFormView(new ContactFormViewModel(runner, clock));
        var main = new MainView(new MainViewModel(runner, clock), form, lockRequested, signOutRequested);
        PreparedMainWindow prepared = new PreparedMainWindow(main, width, height);
        TimingMarks.mark("prepared");
        return prepared;
    }

    /**
     * Gives the window its logbook (the form's lists, who is signed in, the sections of the account and what they
     * show) and takes it out of its own scene, ready to be put into the window's. Once.
     */
    public MainView attach(Logbook opened, Map<Section, Supplier<Node>> sectionContents) {
        view.form().viewModel().attach(opened, opened.taxonomy());
        view.viewModel().attach(opened);
        view.useSectionContents(sectionContents);
        offscreen.setRoot(new Group());
        return view;
    }

    /** The window, not yet given a logbook (tests look at it). */
    public MainView view() {
        return view;
    }

    /** Lets go of a window that will not be used (its timers stop). */
    public void discard() {
        view.dispose();
        offscreen.setRoot(new Group());
    }
}
