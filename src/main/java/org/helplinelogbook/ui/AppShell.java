package org.helplinelogbook.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import org.helplinelogbook.logbook.DataFolder;
import org.helplinelogbook.logbook.LogbookOpening;
import org.helplinelogbook.ui.accounts.AccountsView;
import org.helplinelogbook.ui.accounts.AccountsViewModel;
import org.helplinelogbook.ui.audit.AuditLogView;
import org.helplinelogbook.ui.audit.AuditLogViewModel;
import org.helplinelogbook.ui.notesreview.NotesReviewView;
import org.helplinelogbook.ui.campaigns.CampaignsView;
import org.helplinelogbook.ui.campaigns.CampaignsViewModel;
import org.helplinelogbook.ui.closing.ClosingView;
import org.helplinelogbook.ui.closing.ClosingViewModel;
import org.helplinelogbook.ui.contactlog.ContactLogView;
import org.helplinelogbook.ui.contactlog.ContactLogViewModel;
import org.helplinelogbook.ui.dashboard.DashboardView;
import org.helplinelogbook.ui.taxonomy.TaxonomyView;
import org.helplinelogbook.ui.taxonomy.TaxonomyViewModel;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.NextFrame;
import org.helplinelogbook.ui.common.ScreenScroll;
import org.helplinelogbook.ui.common.ShownWhileBuilding;
import org.helplinelogbook.ui.common.TaskRunner;
import org.helplinelogbook.ui.common.Theme;
import org.helplinelogbook.ui.common.TimingMarks;
import org.helplinelogbook.ui.contactedit.ContactEditViewModel;
import org.helplinelogbook.ui.contactform.ContactFormView;
import org.helplinelogbook.ui.contactform.ContactFormViewModel;
import org.helplinelogbook.ui.contactlog.ContactLogViewModel;
import org.helplinelogbook.ui.dashboard.CampaignImpactViewModel;
import org.helplinelogbook.ui.dashboard.DashboardViewModel;
import org.helplinelogbook.ui.export.ExportViewModel;
import org.helplinelogbook.ui.lock.LockView;
import org.helplinelogbook.ui.lock.LockViewModel;
import org.helplinelogbook.ui.login.LoginView;
import org.helplinelogbook.ui.login.LoginViewModel;
import org.helplinelogbook.ui.main.MainView;
import org.helplinelogbook.ui.main.MainViewModel;
import org.helplinelogbook.ui.main.MainWindowWarmUp;
import org.helplinelogbook.ui.main.PreparedMainWindow;
import org.helplinelogbook.ui.main.Section;
import org.helplinelogbook.ui.main.WindowLayers;
import org.helplinelogbook.ui.notesreview.NotesReviewViewModel;
import org.helplinelogbook.ui.restore.RestoreDialog;
import org.helplinelogbook.ui.restore.RestoreViewModel;
import org.helplinelogbook.ui.settings.BackupSettingsViewModel;
import org.helplinelogbook.ui.settings.LogbookFileViewModel;
import org.helplinelogbook.ui.settings.SettingsView;
import org.helplinelogbook.ui.settings.SettingsViewModel;
import org.helplinelogbook.ui.setup.SetupView;
import org.helplinelogbook.ui.setup.SetupViewModel;

/**
 * Builds each screen by hand and swaps it into the one window: setup (first run) or sign-in, then the main
 * window, the lock screen and back. Only one screen exists at a time; the one leaving is disposed, which wipes
 * its password fields. Also the place where the other UI packages plug in (see {@link #sectionContents}).
 */
public final class AppShell {

    private final Scene scene;
    private Path dataDir;
    private final TaskRunner runner;
    private final Clock clock;
    private Runnable disposeCurrent = () -> { };
    private MainView mainView;
    /**
     * The main window built and laid out while a sign-in ran (issue 17), waiting for its logbook; null when none. It
     * holds nothing of any account, so a failed attempt keeps it for the next one.
     */
    private PreparedMainWindow prepared;
    /**
     * While the sign-in screen is on show: the window's root, a stack of layers with the sign-in screen on top, under
     * which the main window is built while a sign-in runs ({@link PreparedMainWindow}); null otherwise.
     */
    private WindowLayers signInLayers;
    /** The screen on show: the window's root, or the top layer of {@link #signInLayers}. */
    private Parent onShow;
    private RestoreDialog restoreDialog;
    private Logbook logbook;
    private Consumer<Path> rememberFolder = dir -> { };
    /**
     * Where the person was when the screen was locked: the section, the contact log's filters, search and selected
     * row, the dashboard's period, tab and campaign. Unlocking carries on there. Held in memory only while locked;
     * signing in (rather than unlocking) starts afresh.
     */
    private record PlaceLeft(Section section, ContactLogViewModel.Place log, DashboardView.Place dashboard) {}

    private PlaceLeft placeLeft;
    /** The contact log and dashboard of the session on show, once built (they have a place to come back to). */
    private ContactLogView openLog;
    private DashboardView openDashboard;

    public AppShell(Scene scene, Path dataDir, TaskRunner runner, Clock clock) {
        this.scene = scene;
        this.dataDir = dataDir;
        this.runner = runner;
        this.clock = clock;
        Theme.apply(Theme.current());
        Theme.style(scene);
    }

    /** The first screen: setup when the data folder holds no logbook, sign-in otherwise. */
    public void start() {
        if (DataFolder.holdsLogbook(dataDir)) {
            showLogin();
        } else {
            showSetup();
        }
    }

    public void showSetup() {
        discardPrepared();
        SetupView view = new SetupView(new SetupViewModel(dataDir, runner, lb -> showMain(lb, false), this::showLogin));
        show(ScreenScroll.wrap(view.root()), view::dispose);
    }

    public void showLogin() {
        placeLeft = null;
        forgetSectionViews();
        Theme.apply(Theme.current());
        var loginVm = new LoginViewModel(dataDir, runner, clock, lb -> showMain(lb, false));
        // While the key derivation runs, the otherwise idle UI thread builds and lays out the main window, which only
        // needs the logbook given to it once open (docs/benchmarks.md, "Sign-in in a fresh start").
        loginVm.whileSigningIn(() -> MainWindowWarmUp.whileSigningIn(scene, loginVm.status()::isBusy,
                this::prepareMain));
        loginVm.afterOpening(() -> TimingMarks.markTime("opened"));
        LoginView view = new LoginView(loginVm, this::openRestore);
        Parent signIn = ScreenScroll.wrap(view.root());
        // The main window, once built beneath it, takes its place in the same scene, so it is not styled again.
        WindowLayers layers = new WindowLayers(signIn);
        show(layers, view::dispose);
        signInLayers = layers;
        onShow = signIn;
        // While the password is typed, but only once the window is drawn: started earlier, it slowed the first frame
        // (docs/benchmarks.md, "Sign-in in a fresh start"). The storage, and the main window's first stand-in.
        NextFrame.then(scene, () -> LogbookOpening.prewarmInBackground(() -> {
            MainWindowWarmUp.prepare();
            MainWindowWarmUp.buildBeforeSignIn(this::prepareMain);
            MainWindowWarmUp.makeRoomForTheSignIn();
        }));
    }

    /** Builds the main window ahead of its logbook, unless one is waiting already (kept from a failed attempt). */
    private void prepareMain() {
        if (prepared == null && signInLayers != null && scene.getRoot() == signInLayers) {
            prepared = PreparedMainWindow.build(runner, clock, this::lock, this::signOut, signInLayers);
        }
    }

    private void discardPrepared() {
        if (prepared != null) {
            prepared.discard();
            prepared = null;
        }
    }

    /** The main window waiting for a sign-in to finish, if any (tests look at it). */
    public PreparedMainWindow preparedMainWindow() {
        return prepared;
    }

    /**
     * "Restore a backup…": a small window over this one, pre-filled with {@code backup} when given (the newest
     * backup of a damaged logbook). It restores into a new folder only; "Open the restored logbook" switches here.
     */
    public RestoreDialog openRestore(Path backup) {
        var vm = new RestoreViewModel(runner, this::switchDataFolder);
        if (backup != null) {
            vm.chooseBackup(backup);
        }
        restoreDialog = new RestoreDialog(scene.getWindow(), vm);
        restoreDialog.show();
        return restoreDialog;
    }

    /** What to do when the person switches to another logbook folder (the desktop app remembers it). */
    public void onDataFolderSwitched(Consumer<Path> remember) {
        this.rememberFolder = remember;
    }

    /**
     * Switches to the logbook in {@code newDir} (a restored one) and shows the sign-in. An open logbook is closed
     * first, as when locking (draft kept, today's backup refreshed); the old folder is left exactly as it is.
     * The folder is handed to {@link #onDataFolderSwitched}, so the app opens it from then on.
     */
    public void switchDataFolder(Path newDir) {
        if (mainView != null) {
            MainView closing = mainView;
            mainView = null;
            closing.viewModel().lock(closing.form().viewModel().draftForLeaving(), problems -> { });
        }
        logbook = null;
        dataDir = newDir.toAbsolutePath();
        rememberFolder.accept(dataDir);
        showLogin();
    }

    public Path dataDir() {
        return dataDir;
    }

    /**
     * The main window for a freshly opened logbook. After sign-in the form offers to restore a draft; after
     * unlocking it restores the draft at once.
     */
    public void showMain(Logbook opened, boolean afterUnlock) {
        TimingMarks.mark("show_main");
        this.logbook = opened;
        forgetSectionViews();
        if (!afterUnlock) {
            placeLeft = null;
        }
        ContactFormViewModel formVm;
        MainViewModel mainVm;
        if (prepared != null) {
            // Built and laid out while the sign-in ran; now given the logbook: lists, who is signed in, the sections.
            PreparedMainWindow ready = prepared;
            prepared = null;
            mainVm = ready.view().viewModel();
            disposeCurrent.run(); // the sign-in screen, which attaching takes away
            mainView = ready.attach(opened, sectionContents(opened, mainVm));
            disposeCurrent = mainView::dispose;
            onShow = mainView.root();
            signInLayers = null; // the window's root still, holding the main window alone
            formVm = mainView.form().viewModel();
            TimingMarks.mark("attached");
        } else {
            formVm = new ContactFormViewModel(opened, opened.taxonomy(), runner, clock);
            TimingMarks.mark("form_vm");
            var form = new ContactFormView(formVm);
            TimingMarks.mark("form_view");
            mainVm = new MainViewModel(opened, runner, clock);
            mainView = new MainView(mainVm, form, sectionContents(opened, mainVm), this::lock, this::signOut);
            TimingMarks.mark("main_view");
            show(mainView.root(), mainView::dispose);
        }
        mainVm.load();
        if (afterUnlock) {
            formVm.restoreDraftNow();
            if (placeLeft != null && mainVm.sections().contains(placeLeft.section())) {
                mainVm.sectionProperty().set(placeLeft.section()); // its view takes its place when built
            }
        } else {
            formVm.checkForDraft();
        }
        MainView shown = mainView;
        TimingMarks.mark("shown");
        TimingMarks.splitLayout(scene.getRoot());
        TimingMarks.markAfterNextLayout(scene, "laid_out");
        // Once the section has been laid out and drawn: earlier, the scene's own first focus (on a real display, the
        // first control of the window, e.g. the Menu button at 1024x600) could come after ours and win.
        NextFrame.then(scene, shown::focusContent);
        // Once the form has been drawn: retention, the note upgrade and the daily backup (seconds of disk and CPU on
        // a large logbook) then run in the background without delaying the first frame; warnings in a banner.
        NextFrame.then(scene, mainVm::runHousekeeping);
    }

    /**
     * What each navigation entry shows; each view is built on first visit and kept while signed in. Manager-only
     * sections are added for managers only (their services refuse workers as well).
     */
    private Map<Section, Supplier<Node>> sectionContents(Logbook opened, MainViewModel mainVm) {
        Map<Section, Supplier<Node>> contents = new EnumMap<>(Section.class);
        // Built on first visit and kept while signed in; after unlocking each comes back to the place left.
        Supplier<ContactLogView> contactLog = () -> {
            if (openLog == null) {
                openLog = new ContactLogView(new ContactLogViewModel(opened, runner),
                        new ContactEditViewModel(opened, runner));
                if (placeLeft != null && placeLeft.log() != null) {
                    openLog.returnTo(placeLeft.log());
                }
            }
            return openLog;
        };
        contents.put(Section.CONTACT_LOG, () -> contactLog.get().root());
        if (opened.actor().isManager()) {
            // Built just after an "Opening…" indicator is drawn: the first build takes seconds on a busy computer.
            contents.put(Section.DASHBOARD, () -> ShownWhileBuilding.of(() -> {
                openDashboard = new DashboardView(
                        new DashboardViewModel(opened, runner, filter -> {
                            mainVm.sectionProperty().set(Section.CONTACT_LOG);
                            contactLog.get().showFiltered(filter);
                        }),
                        new CampaignImpactViewModel(opened, runner), new ExportViewModel(opened, runner), runner);
                if (placeLeft != null && placeLeft.dashboard() != null) {
                    openDashboard.returnTo(placeLeft.dashboard());
                }
                return openDashboard.root();
            }));
            contents.put(Section.ACCOUNTS, () -> new AccountsView(new AccountsViewModel(opened, runner)).root());
            contents.put(Section.TAXONOMY, () -> new TaxonomyView(new TaxonomyViewModel(opened, runner)).root());
            contents.put(Section.CAMPAIGNS, () -> new CampaignsView(new CampaignsViewModel(opened, runner)).root());
            contents.put(Section.AUDIT_LOG, () -> new AuditLogView(new AuditLogViewModel(opened, runner)).root());
            contents.put(Section.NOTES_REVIEW, () -> new NotesReviewView(new NotesReviewViewModel(opened, runner),
                    new ContactEditViewModel(opened, runner)).root());
            contents.put(Section.SETTINGS, () -> new SettingsView(
                    new SettingsViewModel(opened, runner, mainVm::settingsChanged),
                    new BackupSettingsViewModel(opened, runner, clock),
                    new LogbookFileViewModel(opened, runner, this::tidyLogbookFile), () -> openRestore(null)).root());
        }
        return contents;
    }

    /** Lets go of the contact log and dashboard of the session that is ending (they stop following changes). */
    private void forgetSectionViews() {
        if (openLog != null) {
            openLog.dispose();
            openLog = null;
        }
        if (openDashboard != null) {
            openDashboard.dispose();
            openDashboard = null;
        }
    }

    /** Ctrl+L or idle: the screen is cleared at once; the draft is saved and the logbook closed in the background. */
    public void lock() {
        if (mainView == null) {
            return;
        }
        MainView locking = mainView;
        mainView = null;
        // A section not visited since the last unlock keeps the place it had then.
        placeLeft = new PlaceLeft(locking.viewModel().sectionProperty().get(),
                openLog != null ? openLog.place() : placeLeft == null ? null : placeLeft.log(),
                openDashboard != null ? openDashboard.place() : placeLeft == null ? null : placeLeft.dashboard());
        forgetSectionViews();
        String username = locking.viewModel().username();
        var draft = locking.form().viewModel().draftForLeaving();
        var lockVm = new LockViewModel(dataDir, username, runner, clock, lb -> showMain(lb, true));
        LockView view = new LockView(lockVm, this::showLogin);
        show(ScreenScroll.wrap(view.root()), view::dispose);
        locking.viewModel().lock(draft, problems -> {
            logbook = null;
            lockVm.showNotices(problems);
        });
    }

    /**
     * "Sign out": as locking (the draft kept, today's backup refreshed, the logbook closed in the background), but
     * the sign-in screen follows, for whoever sits at the desk next.
     */
    public void signOut() {
        if (mainView == null) {
            return;
        }
        MainView leaving = mainView;
        mainView = null;
        var draft = leaving.form().viewModel().draftForLeaving();
        showLogin();
        leaving.viewModel().lock(draft, problems -> logbook = null);
    }

    /**
     * On window close: saves the draft, makes the backup on exit ({@code logbook.housekeeping().atExit()}) and then closes the
     * logbook and wipes keys, all queued on the runner, whose {@code finish()} waits for them.
     */
    public void shutDown() {
        disposeCurrent.run();
        discardPrepared();
        if (mainView != null) {
            MainView closing = mainView;
            mainView = null;
            closing.viewModel().lock(closing.form().viewModel().draftForLeaving(), problems -> { });
        } else if (logbook != null && !logbook.isClosed()) {
            Logbook open = logbook;
            runner.run(open::close, failure -> { });
        }
    }

    /**
     * Closing the window while a logbook is open: shows "Closing…" while the draft is kept, today's backup refreshed
     * and the logbook closed, then runs {@code exit}; if the draft or the backup failed, says so first and waits for
     * "Close". Returns false when nothing is open, so the window may simply close.
     */
    public boolean closeThen(Runnable exit) {
        var vm = new ClosingViewModel(texts("closing.title", "closing.status", "closing.close"), exit);
        MainView closing = leaveMainFor(vm);
        if (closing == null) {
            return false;
        }
        closing.viewModel().lock(closing.form().viewModel().draftForLeaving(), problems -> {
            logbook = null;
            vm.closed(problems);
        });
        return true;
    }

    /**
     * Settings → "Tidy the file and sign out" (managers): shows "Tidying…" while the draft is kept, today's backup
     * refreshed and the logbook closed with its file rewritten, then how it went and "Sign in again".
     */
    public void tidyLogbookFile() {
        var vm = new ClosingViewModel(texts("tidy.title", "tidy.status", "tidy.signIn"), this::showLogin);
        MainView closing = leaveMainFor(vm);
        if (closing == null) {
            return;
        }
        closing.viewModel().tidyThenClose(closing.form().viewModel().draftForLeaving(), outcome -> {
            logbook = null;
            vm.finished(outcome.message(), !outcome.tidied());
        });
    }

    /**
     * Disposes of the screen on show and, if it is the main window, puts the closing screen of {@code vm} in its
     * place and hands back the main window to close; null when no logbook window was open.
     */
    private MainView leaveMainFor(ClosingViewModel vm) {
        disposeCurrent.run();
        disposeCurrent = () -> { };
        if (mainView == null) {
            return null;
        }
        MainView leaving = mainView;
        mainView = null;
        signInLayers = null;
        onShow = new ClosingView(vm).root();
        scene.setRoot(onShow);
        return leaving;
    }

    private static ClosingViewModel.Texts texts(String title, String working, String button) {
        return new ClosingViewModel.Texts(Messages.get(title), Messages.get(working), Messages.get(button));
    }

    /**
     * The screen on show now (tests look at it): the window's root, or while signing in the sign-in screen above the
     * hidden main window, and after it that main window.
     */
    public Parent current() {
        return onShow;
    }

    public MainView mainView() {
        return mainView;
    }

    /** The restore window last opened, if any (tests and screenshots drive it). */
    public RestoreDialog restoreDialog() {
        return restoreDialog;
    }

    private void show(Parent root, Runnable dispose) {
        disposeCurrent.run();
        disposeCurrent = dispose;
        discardPrepared(); // built in the sign-in's layers, which leave the window now
        signInLayers = null;
        onShow = root;
        scene.setRoot(root);
    }
}
