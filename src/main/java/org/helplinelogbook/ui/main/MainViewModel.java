package org.helplinelogbook.ui.main;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.helplinelogbook.domain.LogbookSettings;
import org.helplinelogbook.logbook.DataFolder;
import org.helplinelogbook.logbook.Housekeeping;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.NoteUpgrade;
import org.helplinelogbook.ui.common.FileSizes;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.TaskRunner;
import org.helplinelogbook.ui.common.UserMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signed-in window: who is signed in, which sections they may open, the theme, and auto-lock. Auto-lock
 * counts the time since the last key or mouse event on an injected clock, so tests move time instead of waiting.
 */
public final class MainViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);

    /** Null until {@link #attach}: a window made before sign-in (issue 17) is given its logbook once it is open. */
    private Logbook logbook;
    private final TaskRunner runner;
    private final Clock clock;
    private final ObservableList<Section> sections = FXCollections.observableArrayList();
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.NEW_CONTACT);
    private final ReadOnlyStringWrapper signedIn = new ReadOnlyStringWrapper();
    /** Progress of re-sealing older notes after the upgrade to reading keys (issue 20); empty when none. */
    private final ReadOnlyStringWrapper upgradeStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper theme = new ReadOnlyStringWrapper("light");
    private final ReadOnlyIntegerWrapper autoLockMinutes = new ReadOnlyIntegerWrapper(LogbookSettings.AUTO_LOCK_DEFAULT);
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private Instant lastActivity;
    private boolean locked;

    public MainViewModel(Logbook logbook, TaskRunner runner, Clock clock) {
        this(runner, clock);
        attach(logbook);
    }

    /**
     * A window with no logbook yet, made while the sign-in runs so that it can be built and laid out before the
     * logbook is open (issue 17, docs/benchmarks.md): every section listed, nobody signed in, never idle. {@link
     * #attach} gives it the logbook and with it whose window it is.
     */
    public MainViewModel(TaskRunner runner, Clock clock) {
        this.runner = runner;
        this.clock = clock;
        this.lastActivity = clock.instant();
        sections.setAll(Section.values());
    }

    /** Gives the window its logbook, once: the sections its account may open, who is signed in; idle from now. */
    public void attach(Logbook opened) {
        if (logbook != null) {
            throw new IllegalStateException("The window has a logbook already");
        }
        logbook = opened;
        lastActivity = clock.instant();
        boolean manager = logbook.actor().isManager();
        List<Section> allowed = Arrays.stream(Section.values()).filter(s -> manager || !s.managerOnly()).toList();
        if (!sections.equals(allowed)) {
            sections.setAll(allowed);
        }
        signedIn.set(Messages.get("main.signedIn", logbook.actor().username(),
                Messages.get(manager ? "role.manager" : "role.worker")));
    }

    private record Loaded(int autoLockMinutes, String theme, boolean demo) {}

    private final ReadOnlyBooleanWrapper demo = new ReadOnlyBooleanWrapper(false);

    /** True in a demo logbook (example data): the title bar says so, so nobody takes its figures for real ones. */
    public ReadOnlyBooleanProperty demoProperty() {
        return demo.getReadOnlyProperty();
    }

    /** Reads the auto-lock time and theme from the logbook (in the background). */
    public void load() {
        runner.run(() -> new Loaded(logbook.settings().autoLockMinutes(), logbook.settings().get(LogbookSettings.THEME, "light"),
                        logbook.settings().isDemo()),
                loaded -> {
                    settingsChanged(loaded.autoLockMinutes(), loaded.theme());
                    demo.set(loaded.demo());
                },
                failure -> LOG.warn("Settings could not be read: {}", failure.getClass().getName()));
    }

    /**
     * The sign-in chores (notes past retention, today's backup), after sign-in and after unlocking. They run in the
     * background after the window is usable; a chore that fails becomes a calm warning in the banner, never an
     * error that stops anyone logging a call.
     */
    public void runHousekeeping() {
        runner.run(() -> logbook.isClosed() ? List.<String>of()
                : logbook.housekeeping().atSignIn(NoteUpgrade.inSteps(1, this::upgradeProgress)),
                found -> {
                    upgradeStatus.set("");
                    warnings.setAll(found);
                },
                failure -> LOG.warn("Sign-in chores failed: {}", failure.getClass().getName()));
    }

    /** Warnings from the sign-in chores, shown in a banner until dismissed. */
    public ObservableList<String> warnings() {
        return warnings;
    }

    public void dismissWarnings() {
        warnings.clear();
    }

    /** Called by the settings screen after it saved, so changes apply at once. */
    public void settingsChanged(int minutes, String newTheme) {
        autoLockMinutes.set(Math.max(LogbookSettings.AUTO_LOCK_MIN, Math.min(LogbookSettings.AUTO_LOCK_MAX, minutes)));
        theme.set(newTheme);
    }

    public ObservableList<Section> sections() {
        return sections;
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    /** From the background (through {@code NoteUpgrade.inSteps(1, …)}, so at most once per 1% and at the end). */
    private void upgradeProgress(NoteUpgrade.Progress p) {
        String text = p.done() >= p.total() ? "" : Messages.get("main.upgrade.progress", p.done(), p.total());
        runner.post(() -> upgradeStatus.set(text));
    }

    public ReadOnlyStringProperty upgradeStatusProperty() {
        return upgradeStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty signedInProperty() {
        return signedIn.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty autoLockMinutesProperty() {
        return autoLockMinutes.getReadOnlyProperty();
    }

    public String username() {
        return logbook.actor().username();
    }

    // ---- Auto-lock

    /** A key press, click or mouse move: the worker is still here. */
    public void noteActivity() {
        lastActivity = clock.instant();
    }

    /** Whether the idle time has reached the auto-lock setting. */
    public boolean idleTooLong() {
        return !locked && logbook != null && !Duration.between(lastActivity, clock.instant()).minusMinutes(autoLockMinutes.get()).isNegative();
    }

    /**
     * Saves the unsaved form as a draft (if there is one), refreshes today's backup ({@link Housekeeping#atExit})
     * and closes the logbook, which closes the database and wipes the keys. {@code onClosed} runs when that is
     * done, even if saving the draft or the backup failed (the logbook is closed in any case), with one calm
     * sentence for each thing that failed, so the lock screen can say so.
     */
    public void lock(Optional<String> draft, Consumer<List<String>> onClosed) {
        if (locked) {
            return;
        }
        locked = true;
        runner.run(() -> {
            List<String> problems = new ArrayList<>();
            try {
                keepDraft(draft, problems);
                String backup = logbook.housekeeping().atExit();
                if (backup != null) {
                    problems.add(Messages.get("lock.backupFailed", backup));
                }
            } finally {
                logbook.close();
            }
            return List.copyOf(problems);
        }, onClosed::accept, failure -> {
            LOG.warn("Locking failed: {}", failure.getClass().getName());
            onClosed.accept(List.of(UserMessages.describe(failure)));
        });
    }

    /** Saves the unsaved form as a draft; a failure becomes a sentence in {@code problems}, never an exception. */
    private void keepDraft(Optional<String> draft, List<String> problems) {
        try {
            if (draft.isPresent()) {
                logbook.contacts().saveDraft(draft.get());
            }
        } catch (RuntimeException e) {
            LOG.warn("Draft could not be saved before closing: {}", e.getClass().getName());
            problems.add(Messages.get("lock.draftFailed"));
        }
    }

    /** What tidying the logbook file came to: one sentence, and whether it worked. */
    public record TidyOutcome(String message, boolean tidied) {}

    /**
     * Manager's "Tidy the file and sign out": keeps the unsaved form as a draft and refreshes today's backup like
     * {@link #lock}, then closes the logbook with H2 rewriting its file to only the live pages. Without a fresh
     * backup it only closes, untouched. {@code onClosed} gets the outcome; the logbook is closed in every case.
     */
    public void tidyThenClose(Optional<String> draft, Consumer<TidyOutcome> onClosed) {
        if (locked) {
            return;
        }
        locked = true;
        runner.run(() -> {
            List<String> problems = new ArrayList<>();
            String backup;
            try {
                keepDraft(draft, problems);
                backup = logbook.housekeeping().atExit();
            } catch (RuntimeException e) {
                logbook.close();
                throw e;
            }
            if (backup != null) {
                logbook.close();
                problems.add(0, backup + " " + Messages.get("tidy.notTidied"));
                return new TidyOutcome(String.join("\n", problems), false);
            }
            long before = DataFolder.logbookFileSize(logbook.dataDir());
            try {
                logbook.compactAndClose(); // managers only, checked in the logbook
            } finally {
                logbook.close(); // does nothing if compacting closed it
            }
            long after = DataFolder.logbookFileSize(logbook.dataDir());
            problems.add(0, Messages.get("tidy.done", FileSizes.describe(before), FileSizes.describe(after)));
            return new TidyOutcome(String.join("\n", problems), true);
        }, onClosed::accept, failure -> {
            LOG.warn("Tidying the logbook file failed: {}", failure.getClass().getName());
            onClosed.accept(new TidyOutcome(UserMessages.describe(failure), false));
        });
    }

    public boolean isLocked() {
        return locked;
    }
}
