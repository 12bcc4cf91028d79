package org.helplinelogbook.ui.main;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.helplinelogbook.ui.common.NextFrame;
import org.helplinelogbook.ui.common.Theme;
import org.helplinelogbook.ui.common.TimingMarks;
import org.helplinelogbook.ui.contactform.ContactFormView;
import org.slf4j.LoggerFactory;

/**
 * Issue 17, "from pressing Sign in to a usable form": in a fresh process the main window's first build and first
 * layout cost several times what later ones do (its classes, FXML, stylesheets, list cells and skins loaded and run
 * for the first time). Two head starts:
 * <ul>
 *   <li>while the password is typed, the storage prewarm's background thread builds a stand-in of the main window and
 *       the form ({@link MainView#warmUpCopy}, {@link ContactFormView#warmUpCopy}: their own FXML, stylesheets and
 *       cells, made-up entries, no actions; JavaFX allows building nodes off the UI thread as long as they are in no
 *       shown window): the view classes and FXML loading are warm;</li>
 *   <li>then, still while the password is typed, the UI thread builds the real window hidden beneath the sign-in
 *       screen and lays it out ({@link PreparedMainWindow}, {@link #buildBeforeSignIn}), to be given the logbook
 *       once it is open;</li>
 *   <li>if Sign in is pressed before that, the UI thread builds it while the key derivation runs in the background;
 *       with more than one round asked for, it then lays out stand-ins too (once per process).</li>
 * </ul>
 * Each round is one task on the UI thread, and none starts once the sign-in has finished, so the window waits for at
 * most the rest of one round. Anything going wrong here only loses the head start.
 */
public final class MainWindowWarmUp {

    /**
     * {@code -Dhelplinelogbook.mainWindowWarmUp=N}: 0 leaves the warm-up out (the window is built once the logbook is
     * open, as without issue 17; the sign-in benchmark compares them); 1 builds the real window while the sign-in
     * runs; each round more lays out a stand-in after it, while the sign-in still runs.
     */
    static final String ROUNDS = "helplinelogbook.mainWindowWarmUp";
    static final int DEFAULT_ROUNDS = 1;
    static final String COLLECT = "helplinelogbook.collectBeforeSignIn";
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    /** Set once Sign in has been pressed in this process: the collection below must not fall into a sign-in. */
    private static final AtomicBoolean SIGNING_IN = new AtomicBoolean();
    /** The stand-in built while the password is typed, until a stand-in round takes it. */
    private static final AtomicReference<Parent> PREPARED = new AtomicReference<>();

    private MainWindowWarmUp() {}

    /**
     * While the sign-in screen waits for the password, in the storage prewarm's background thread (after it): builds
     * a stand-in off the UI thread, which loads the window's classes and FXML for the real one.
     */
    public static void prepare() {
        if (rounds() > 0 && !STARTED.get()) {
            try {
                Parent built = standIn();
                if (rounds() > 1) {
                    PREPARED.set(built); // for the first stand-in round; otherwise only its classes were wanted
                }
            } catch (RuntimeException e) {
                stopped(e); // a stand-in round builds its own
            }
        }
    }

    /**
     * {@code -Dhelplinelogbook.buildBeforeSignIn=false} leaves the next step out (the sign-in benchmark compares them).
     */
    static final String BUILD_BEFORE = "helplinelogbook.buildBeforeSignIn";

    /**
     * After the stand-in, while the password is typed, from the prewarm's thread: has the UI thread build the real
     * main window beneath the sign-in screen now ({@code buildRealWindow}, as {@link #whileSigningIn} would once Sign
     * in is pressed), and waits for it. Built during the sign-in, its 130–160 ms of UI work and the compiler's work
     * for it competed with the key derivation for a 2-core laptop's cores (docs/benchmarks.md, "Sign-in in a fresh
     * start", fifth round); now the sign-in finds it ready. Skipped once Sign in has been pressed. It holds nothing of
     * any account until the sign-in gives it its logbook ({@link PreparedMainWindow}).
     */
    public static void buildBeforeSignIn(Runnable buildRealWindow) {
        if (rounds() <= 0 || SIGNING_IN.get() || !Boolean.parseBoolean(System.getProperty(BUILD_BEFORE, "true"))) {
            return;
        }
        CountDownLatch built = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                if (!SIGNING_IN.get()) {
                    buildRealWindow.run();
                }
            } catch (RuntimeException e) {
                stopped(e); // built once Sign in is pressed instead
            } finally {
                built.countDown();
            }
        });
        try {
            built.await(10, TimeUnit.SECONDS); // then the collection below finds its garbage
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Last, while the password is typed: a collection, so that the sign-in starts with the young generation empty.
     * The key derivation fills 64 MiB with small blocks that stay alive until it ends; a collection that fell in the
     * middle of it (with the serial collector, every thread stopped) had to copy them all: 70 ms in a fresh start
     * (docs/benchmarks.md, "Sign-in in a fresh start"). Here it stops the typing for a moment nobody notices.
     * {@code -Dhelplinelogbook.collectBeforeSignIn=false} leaves it out (the sign-in benchmark compares them).
     */
    public static void makeRoomForTheSignIn() {
        if (Boolean.parseBoolean(System.getProperty(COLLECT, "true")) && !SIGNING_IN.get()) {
            System.gc();
        }
    }

    /**
     * Called on the UI thread when Sign in has been pressed: once {@code scene} has drawn the sign-in's progress, and
     * if {@code stillSigningIn} holds then, runs {@code buildRealWindow} (which builds and lays out the real window,
     * {@link PreparedMainWindow}); then lays out stand-ins while the sign-in runs, up to the rounds asked for.
     */
    public static void whileSigningIn(Scene scene, BooleanSupplier stillSigningIn, Runnable buildRealWindow) {
        SIGNING_IN.set(true);
        if (rounds() <= 0) {
            return;
        }
        NextFrame.then(scene, () -> {
            if (!stillSigningIn.getAsBoolean()) {
                return;
            }
            try {
                buildRealWindow.run();
            } catch (RuntimeException e) {
                stopped(e); // the window is built once the logbook is open, as without the warm-up
                return;
            }
            if (rounds() > 1 && STARTED.compareAndSet(false, true)) {
                Platform.runLater(() -> round(scene.getWidth(), scene.getHeight(), stillSigningIn, 2));
            } else {
                PREPARED.set(null);
            }
        });
    }

    private static void round(double width, double height, BooleanSupplier stillSigningIn, int round) {
        if (!stillSigningIn.getAsBoolean()) { // signed in (or refused) already: the real window needs the thread
            return;
        }
        try {
            TimingMarks.mark("warm_up_" + round);
            Parent prepared = PREPARED.getAndSet(null);
            layOut(prepared != null ? prepared : standIn(), width, height);
            TimingMarks.mark("warm_up_" + round + "_done");
        } catch (RuntimeException e) {
            stopped(e);
            return;
        }
        if (round < rounds()) {
            Platform.runLater(() -> round(width, height, stillSigningIn, round + 1));
        }
    }

    /** One stand-in main window with the form, styled and laid out at the window's size, then let go (returned). */
    static Parent layOutOnce(double width, double height) {
        return layOut(standIn(), width, height);
    }

    static Parent standIn() {
        return MainView.warmUpCopy(ContactFormView.warmUpCopy());
    }

    static Parent layOut(Parent main, double width, double height) {
        Scene offscreen = new Scene(main, width, height);
        Theme.style(offscreen);
        main.applyCss();
        main.layout();
        offscreen.setRoot(new Group());
        return main;
    }

    private static int rounds() {
        return Integer.getInteger(ROUNDS, DEFAULT_ROUNDS);
    }

    private static void stopped(RuntimeException e) {
        LoggerFactory.getLogger(MainWindowWarmUp.class).debug("Main window warm-up stopped: {}", e.getClass().getName());
    }
}
