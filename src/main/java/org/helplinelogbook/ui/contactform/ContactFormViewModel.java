package org.helplinelogbook.ui.contactform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.domain.ContactRules;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.domain.Taxonomy;
import org.helplinelogbook.domain.TaxonomyEntry;
import org.helplinelogbook.logbook.ListChanges;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.NotesPolicy;
import org.helplinelogbook.ui.common.Choice;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.NoteWarnings;
import org.helplinelogbook.ui.common.OneLineStatus;
import org.helplinelogbook.ui.common.ShownTexts;
import org.helplinelogbook.ui.common.TaskRunner;
import org.helplinelogbook.ui.common.UserMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The new-contact form: call timer, one-key non-data contacts, data contacts with validation, caller codeword
 * look-up, identifier warnings on the notes, and draft autosave. Every database call goes through the
 * {@link TaskRunner}; the clock is injected so tests can move time.
 */
public final class ContactFormViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ContactFormViewModel.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final String[] NUMBER_KEYS = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "0"};
    /** Non-data contacts are F2..F9: function keys never clash with typing notes. */
    static final int FIRST_NON_DATA_F_KEY = 2;

    /** The fields a save can stop at, each with its own line saying what it still needs. */
    public enum Needed { CALLER_TYPE, SOURCE, DURATION }

    /** A code in a multi-select list. */
    public static final class CheckItem {
        private final String code;
        private final String label;
        private final BooleanProperty checked = new SimpleBooleanProperty(false);

        CheckItem(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }

        public BooleanProperty checkedProperty() {
            return checked;
        }

        public boolean isChecked() {
            return checked.get();
        }

        public void toggle() {
            checked.set(!checked.get());
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Null until {@link #attach}: a form made before sign-in (issue 17) is given its logbook once it is open. */
    private Logbook logbook;
    private final TaskRunner runner;
    private final Clock clock;
    /** The lists as offered now: replaced when a manager changes the taxonomy (see {@link #useTaxonomy}). */
    private Taxonomy taxonomy = new Taxonomy(0, List.of());
    private ListChanges.Subscription taxonomyFollower;

    private final ObservableList<Choice> channels = FXCollections.observableArrayList();
    private final ObservableList<Choice> callerTypes = FXCollections.observableArrayList();
    private final ObservableList<Choice> nonDataTypes = FXCollections.observableArrayList();
    private final ObservableList<Choice> sources = FXCollections.observableArrayList();
    private final ObservableList<CheckItem> topics = FXCollections.observableArrayList(
            i -> new Observable[] {i.checkedProperty()});
    private final ObservableList<CheckItem> outcomes = FXCollections.observableArrayList(
            i -> new Observable[] {i.checkedProperty()});

    private final StringProperty channel = new SimpleStringProperty();
    private final StringProperty callerType = new SimpleStringProperty();
    private final StringProperty source = new SimpleStringProperty();
    private final StringProperty callerCode = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty durationMinutes = new SimpleStringProperty("0");

    private final ReadOnlyStringWrapper timerText = new ReadOnlyStringWrapper("00:00");
    private final ReadOnlyBooleanWrapper timerRunning = new ReadOnlyBooleanWrapper(false);
    private final OneLineStatus status = new OneLineStatus();
    private final ShownTexts<Needed> problems = new ShownTexts<>(Needed.class);
    private final ReadOnlyStringWrapper returningCaller = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper draftOffer = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper dataContact = new ReadOnlyBooleanWrapper(false);
    /** Counts saved contacts; the view moves the focus back to the first field each time it changes. */
    private final ReadOnlyIntegerWrapper saves = new ReadOnlyIntegerWrapper(0);

    /** The notes' identifier warnings, scanned by the service's one policy, so they show what the save enforces. */
    private final NoteWarnings noteWarnings;
    private Instant callStartedAt;
    private Instant callStoppedAt;
    private boolean durationEdited;
    private boolean updatingDuration;
    private boolean loading;
    private boolean dirty;
    /** The status is the last save's "Saved: …": shown until the next action, then cleared. */
    private boolean statusFromLastSave;
    /** The status is "Not saved yet. Still needed: …": it goes once everything it named has been given. */
    private boolean statusFromMissingFields;
    /** The status is "Not saved yet. The notes contain identifying details": it goes once none blocks the save. */
    private boolean statusFromIdentifiers;
    private FormSnapshot pendingDraft;

    public ContactFormViewModel(Logbook logbook, Taxonomy taxonomy, TaskRunner runner, Clock clock) {
        this(runner, clock);
        attach(logbook, taxonomy);
    }

    /**
     * A form with no logbook yet and empty lists, made while the sign-in runs so that its window can be built and
     * laid out before the logbook is open (issue 17, docs/benchmarks.md); {@link #attach} gives it the logbook.
     * Nothing of any account is in it until then.
     */
    public ContactFormViewModel(TaskRunner runner, Clock clock) {
        this.runner = runner;
        this.clock = clock;
        this.noteWarnings = new NoteWarnings(() -> logbook.contacts().notesPolicy(), notes::get, notes::set);
        Runnable changed = () -> {
            if (!loading) {
                dirty = true;
                clearStatusOfLastSave();
                startTimerOnFirstEntry();
            }
        };
        for (var p : List.of(channel, callerType, source, callerCode, notes)) {
            p.addListener((o, a, b) -> changed.run());
        }
        topics.addListener((ListChangeListener<CheckItem>) c -> changed.run());
        outcomes.addListener((ListChangeListener<CheckItem>) c -> changed.run());
        durationMinutes.addListener((o, a, b) -> {
            changed.run();
            if (!updatingDuration && !loading) {
                durationEdited = true;
            }
        });
        callerType.addListener((o, a, b) -> {
            dataContact.set(this.taxonomy.isDataCallerType(b));
            if (b != null) {
                problems.set(Needed.CALLER_TYPE, "");
                clearStatusOfMissingOnceGiven();
            }
        });
        source.addListener((o, a, b) -> {
            if (b != null) {
                problems.set(Needed.SOURCE, "");
                clearStatusOfMissingOnceGiven();
            }
        });
        callerCode.addListener((o, a, b) -> returningCaller.set(""));
        noteWarnings.saveBlockedProperty().addListener((o, was, blocked) -> {
            if (!blocked && statusFromIdentifiers) {
                setStatus("", false);
            }
        });
    }

    /**
     * Gives the form its logbook, once: fills the lists from {@code fresh} (the first channel picked, the form
     * unchanged) and follows the taxonomy's changes from then on.
     */
    public void attach(Logbook opened, Taxonomy fresh) {
        if (logbook != null) {
            throw new IllegalStateException("The form has a logbook already");
        }
        logbook = opened;
        useTaxonomy(fresh);
        // A manager's change to the taxonomy (on the Taxonomy screen of this session) reaches the open form at once.
        taxonomyFollower = logbook.listChanges().subscribe(EnumSet.of(ListChanges.Kind.TAXONOMY),
                kind -> runner.post(this::reloadTaxonomy));
    }

    private void reloadTaxonomy() {
        runner.run(logbook::taxonomy, this::useTaxonomy,
                failure -> LOG.warn("The changed lists could not be read: {}", failure.getClass().getName()));
    }

    /**
     * Offers the lists of {@code fresh}: new codes appear, retired ones go, labels and order follow. What the
     * worker already picked or ticked stays picked when it is still offered; the form is not marked as changed.
     */
    void useTaxonomy(Taxonomy fresh) {
        String keptChannel = channel.get();
        String keptType = callerType.get();
        String keptSource = source.get();
        List<String> keptTopics = checked(topics);
        List<String> keptOutcomes = checked(outcomes);
        boolean wasDirty = dirty;
        loading = true;
        try {
            taxonomy = fresh;
            loadChoices();
            channel.set(offered(channels, keptChannel) ? keptChannel : channels.isEmpty() ? null : channels.get(0).code());
            callerType.set(offered(callerTypes, keptType) ? keptType : null);
            dataContact.set(taxonomy.isDataCallerType(callerType.get()));
            source.set(offered(sources, keptSource) ? keptSource : null);
            topics.forEach(i -> i.checkedProperty().set(keptTopics.contains(i.code())));
            outcomes.forEach(i -> i.checkedProperty().set(keptOutcomes.contains(i.code())));
        } finally {
            loading = false;
            dirty = wasDirty;
        }
    }

    private static boolean offered(List<Choice> choices, String code) {
        return code != null && choices.stream().anyMatch(c -> c.code().equals(code));
    }

    /** Stops following taxonomy changes (the window is closed or locked). */
    public void dispose() {
        if (taxonomyFollower != null) {
            taxonomyFollower.close();
        }
    }

    private void loadChoices() {
        List<Choice> channelList = new ArrayList<>();
        int i = 0;
        for (TaxonomyEntry e : taxonomy.active(Dimension.CHANNEL)) {
            i++;
            channelList.add(new Choice(e.code(), e.label(), null, i <= 9 ? "Ctrl+" + i : ""));
        }
        List<Choice> dataTypes = new ArrayList<>();
        List<Choice> nonData = new ArrayList<>();
        int number = 0;
        int fKey = FIRST_NON_DATA_F_KEY;
        for (TaxonomyEntry e : taxonomy.active(Dimension.CALLER_TYPE)) {
            String group = e.group() == null ? "" : taxonomy.label(Dimension.CALLER_GROUP, e.group());
            if (e.countsAsData()) {
                String key = number < NUMBER_KEYS.length ? NUMBER_KEYS[number] : "";
                number++;
                dataTypes.add(new Choice(e.code(), e.label(), group, key));
            } else if (fKey <= 9) {
                nonData.add(new Choice(e.code(), e.label(), group, "F" + fKey++));
            }
        }
        channels.setAll(channelList);
        callerTypes.setAll(dataTypes);
        nonDataTypes.setAll(nonData);
        topics.setAll(taxonomy.active(Dimension.TOPIC).stream().map(e -> new CheckItem(e.code(), e.label())).toList());
        outcomes.setAll(taxonomy.active(Dimension.OUTCOME).stream().map(e -> new CheckItem(e.code(), e.label())).toList());
        sources.setAll(taxonomy.active(Dimension.SOURCE).stream().map(e -> new Choice(e.code(), e.label(), null, "")).toList());
    }

    // ---- Properties

    public ObservableList<Choice> channels() {
        return channels;
    }

    public ObservableList<Choice> callerTypes() {
        return callerTypes;
    }

    public ObservableList<Choice> nonDataTypes() {
        return nonDataTypes;
    }

    public ObservableList<Choice> sources() {
        return sources;
    }

    public ObservableList<CheckItem> topics() {
        return topics;
    }

    public ObservableList<CheckItem> outcomes() {
        return outcomes;
    }

    public ObservableList<NoteWarnings.Warning> warnings() {
        return noteWarnings.warnings();
    }

    public StringProperty channelProperty() {
        return channel;
    }

    public StringProperty callerTypeProperty() {
        return callerType;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty callerCodeProperty() {
        return callerCode;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty durationMinutesProperty() {
        return durationMinutes;
    }

    public ReadOnlyStringProperty timerTextProperty() {
        return timerText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty timerRunningProperty() {
        return timerRunning.getReadOnlyProperty();
    }

    /** The line beside Save: the last save, what is still needed, or why nothing was saved (a problem). */
    public OneLineStatus status() {
        return status;
    }

    /**
     * What each field that can stop a save still needs ("" while nothing): the line under the field, and its
     * marked border.
     */
    public ShownTexts<Needed> problems() {
        return problems;
    }

    public ReadOnlyStringProperty returningCallerProperty() {
        return returningCaller.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty draftOfferProperty() {
        return draftOffer.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty saveBlockedProperty() {
        return noteWarnings.saveBlockedProperty();
    }

    public ReadOnlyBooleanProperty dataContactProperty() {
        return dataContact.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty;
    }

    public ReadOnlyIntegerProperty savesProperty() {
        return saves.getReadOnlyProperty();
    }

    /**
     * Whether the form holds anything a person entered: a pick, a tick, a codeword or notes. The channel, the
     * timer and the duration are not: they are set for every call, so they never stop a non-data key or ask
     * before clearing.
     */
    public boolean holdsEnteredData() {
        return hasDataEntered();
    }

    // ---- Commands: the call timer

    /** Starts a new call: resets the timer to 00:00 and runs it. Keeps anything already typed. */
    public void startCall() {
        callStartedAt = clock.instant();
        callStoppedAt = null;
        timerRunning.set(true);
        durationEdited = false;
        setStatus("", false);
        tick();
    }

    /**
     * Empties the form on purpose ("Clear form", Esc, or Ctrl+N on a filled form, after the person agreed): the
     * timer goes back to 00:00 and the stored draft is removed, so nothing of it comes back after a lock.
     */
    public void clearForm() {
        reset();
        setStatus("", false);
        draftOffer.set("");
        pendingDraft = null;
        runner.run(() -> logbook.contacts().clearDraft(),
                failure -> LOG.warn("Draft could not be cleared: {}", failure.getClass().getName()));
    }

    /**
     * "Still needed: how they heard of us" stayed on screen after the worker picked it, beside a field no longer
     * marked: the line goes once no field it named is still missing.
     */
    private void clearStatusOfMissingOnceGiven() {
        if (statusFromMissingFields && problems.allEmpty()) {
            setStatus("", false);
        }
    }

    /** The next action after a save clears its "Saved: …" line (a problem stays until it is dealt with). */
    public void clearStatusOfLastSave() {
        if (statusFromLastSave) {
            setStatus("", false);
        }
    }

    /** Refreshes the timer display and, unless the worker typed a duration, the duration in minutes. */
    public void tick() {
        Duration elapsed = elapsed();
        long s = elapsed.toSeconds();
        timerText.set(String.format(Locale.UK, "%02d:%02d", s / 60, s % 60));
        if (callStartedAt != null && !durationEdited) {
            updatingDuration = true;
            durationMinutes.set(String.valueOf((s + 59) / 60));
            updatingDuration = false;
        }
    }

    /**
     * A call logged without Ctrl+N (after signing in, or after Esc emptied the form) is timed from what the worker
     * first entered: with no timer running it was saved lasting 0:00, a wrong figure in every median length.
     */
    private void startTimerOnFirstEntry() {
        if (callStartedAt == null && holdsEnteredData()) {
            callStartedAt = clock.instant();
            callStoppedAt = null;
            timerRunning.set(true);
            tick();
        }
    }

    private Duration elapsed() {
        if (callStartedAt == null) {
            return Duration.ZERO;
        }
        Instant end = callStoppedAt != null ? callStoppedAt : clock.instant();
        return Duration.between(callStartedAt, end).isNegative() ? Duration.ZERO : Duration.between(callStartedAt, end);
    }

    private void stopTimer() {
        if (callStartedAt != null && callStoppedAt == null) {
            callStoppedAt = clock.instant();
        }
        timerRunning.set(false);
        tick();
    }

    private int durationSeconds() {
        if (callStartedAt != null && !durationEdited) {
            return (int) Math.min(elapsed().toSeconds(), 86_400);
        }
        return Integer.parseInt(durationMinutes.get().strip()) * 60;
    }

    private LocalDateTime startedAt() {
        Instant start = callStartedAt != null ? callStartedAt : clock.instant();
        return LocalDateTime.ofInstant(start, logbook.zone());
    }

    // ---- Commands: saving

    /** Saves a non-data contact at once (channel and timer duration only), then resets the form. */
    public void saveNonData(String code) {
        if (busy.get()) {
            return;
        }
        Optional<Choice> type = nonDataTypes.stream().filter(c -> c.code().equals(code)).findFirst();
        if (type.isEmpty()) {
            return;
        }
        if (hasDataEntered()) {
            setStatus(Messages.get("form.nonData.formNotEmpty", type.get().label().toLowerCase(Locale.UK)), true);
            return;
        }
        stopTimer();
        int seconds = (int) Math.min(elapsed().toSeconds(), 86_400);
        ContactDraft draft = ContactDraft.nonData(startedAt(), seconds, channel.get(), code);
        store(draft, NotesPolicy.Choices.NONE, Messages.get("form.saved", type.get().label().toLowerCase(Locale.UK)));
    }

    /** Checks and saves a data contact. Nothing is reset unless the logbook confirms it stored the contact. */
    public void save() {
        if (busy.get()) {
            return;
        }
        scanNotes();
        List<String> missing = new ArrayList<>();
        problems.clear();
        if (callerType.get() == null) {
            problems.set(Needed.CALLER_TYPE, Messages.get("form.problem.callerType"));
            missing.add(Messages.get("form.missing.callerType"));
        } else if (source.get() == null && dataContact.get()) {
            problems.set(Needed.SOURCE, Messages.get("form.problem.source"));
            missing.add(Messages.get("form.missing.source"));
        }
        if (!validDuration()) {
            problems.set(Needed.DURATION, Messages.get("form.problem.duration"));
            missing.add(Messages.get("form.missing.duration"));
        }
        if (!missing.isEmpty()) {
            setStatus(Messages.get("form.notSaved", String.join(", ", missing)), true);
            statusFromMissingFields = true;
            return;
        }
        if (noteWarnings.saveBlockedProperty().get()) {
            setStatus(Messages.get("form.notSaved.identifiers"), true);
            statusFromIdentifiers = true;
            return;
        }
        stopTimer();
        boolean data = dataContact.get();
        ContactDraft draft = new ContactDraft(startedAt(), durationSeconds(), channel.get(), callerType.get(),
                data ? checked(topics) : List.of(), data ? checked(outcomes) : List.of(), data ? source.get() : null,
                notes.get(), callerCode.get());
        store(draft, noteWarnings.choices(), Messages.get("form.saved", taxonomy.label(Dimension.CALLER_TYPE, callerType.get())
                .toLowerCase(Locale.UK)));
    }

    private boolean validDuration() {
        if (callStartedAt != null && !durationEdited) {
            return true;
        }
        try {
            int minutes = Integer.parseInt(durationMinutes.get().strip());
            return minutes >= 0 && minutes * 60L <= ContactRules.MAX_DURATION_SECONDS; // the service's own rule
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void store(ContactDraft draft, NotesPolicy.Choices choices, String savedMessage) {
        busy.set(true);
        setStatus(Messages.get("form.saving"), false);
        // One service call: the notes checked under the identifier policy, the contact stored, what was kept
        // audited and the draft cleared, all in one transaction.
        runner.run(() -> logbook.contacts().saveFromForm(draft, choices), contact -> {
            busy.set(false);
            reset();
            setStatus(savedMessage, false);
            statusFromLastSave = true;
            saves.set(saves.get() + 1);
        }, failure -> {
            busy.set(false);
            setStatus(UserMessages.describe(failure), true);
        });
    }

    private static List<String> checked(List<CheckItem> items) {
        return items.stream().filter(CheckItem::isChecked).map(CheckItem::code).toList();
    }

    private boolean hasDataEntered() {
        return callerType.get() != null || source.get() != null || !notes.get().isBlank()
                || !callerCode.get().isBlank() || topics.stream().anyMatch(CheckItem::isChecked)
                || outcomes.stream().anyMatch(CheckItem::isChecked);
    }

    /** Empties the form for the next contact; the channel stays as it was (one worker, one channel at a time). */
    public void reset() {
        loading = true;
        callerType.set(null);
        source.set(null);
        callerCode.set("");
        notes.set("");
        topics.forEach(i -> i.checkedProperty().set(false));
        outcomes.forEach(i -> i.checkedProperty().set(false));
        noteWarnings.clear();
        problems.clear();
        returningCaller.set("");
        callStartedAt = null;
        callStoppedAt = null;
        durationEdited = false;
        timerRunning.set(false);
        updatingDuration = true;
        durationMinutes.set("0");
        updatingDuration = false;
        timerText.set("00:00");
        loading = false;
        dirty = false;
    }

    private void setStatus(String text, boolean problem) {
        statusFromLastSave = false;
        statusFromMissingFields = false;
        statusFromIdentifiers = false;
        status.show(text, problem);
    }

    // ---- Commands: caller codeword

    /** Looks up how many earlier contacts used the codeword (called when the codeword field loses focus). */
    public void lookUpCodeword() {
        String code = callerCode.get();
        if (code == null || code.isBlank()) {
            returningCaller.set("");
            return;
        }
        runner.run(() -> logbook.contacts().earlierContactsWithCode(code), count -> {
            if (code.equals(callerCode.get())) {
                returningCaller.set(count == 0 ? Messages.get("form.codeword.new")
                        : Messages.get("form.codeword.returning", count));
            }
        }, failure -> returningCaller.set(UserMessages.describe(failure)));
    }

    // ---- Commands: identifier warnings

    /** Re-scans the notes (the view calls this after a typing pause; saving calls it too). */
    public void scanNotes() {
        noteWarnings.scan();
    }

    /** Replaces one identifier with its token, e.g. "[PHONE]". */
    public void redact(NoteWarnings.Warning warning) {
        noteWarnings.redact(warning);
    }

    /**
     * Keeps an identifier on purpose. A reason is required but never stored: only the kind and count are audited
     * when the contact is saved.
     *
     * @return false (and nothing kept) when the reason is blank
     */
    public boolean keep(NoteWarnings.Warning warning, String reason) {
        return noteWarnings.keep(warning, reason);
    }

    // ---- Commands: drafts

    String snapshotText() {
        return new FormSnapshot(clock.instant(), timerRunning.get() ? callStartedAt : null, durationMinutes.get(),
                durationEdited, channel.get(), callerType.get(), checked(topics), checked(outcomes), source.get(),
                callerCode.get(), notes.get()).toText();
    }

    /** The form as draft text when it holds anything worth keeping, otherwise empty. */
    public Optional<String> draftIfAny() {
        return hasDataEntered() ? Optional.of(snapshotText()) : Optional.empty();
    }

    /**
     * The draft to keep when the desk is locked, signed out or closed. A form emptied since the last autosave (a
     * caller type picked, then un-picked) also removes the draft autosaved while it held something, so that the
     * un-picked choice does not come back after unlocking. A draft still only offered after sign-in is left alone.
     */
    public Optional<String> draftForLeaving() {
        Optional<String> text = draftIfAny();
        if (text.isEmpty() && dirty && pendingDraft == null) {
            dirty = false;
            runner.run(() -> logbook.contacts().clearDraft(),
                    failure -> LOG.warn("Draft could not be cleared: {}", failure.getClass().getName()));
        }
        return text;
    }

    /** Called every few seconds: saves the draft if the form changed since the last autosave. */
    public void autosaveIfChanged() {
        if (!dirty || busy.get()) {
            return;
        }
        dirty = false;
        Optional<String> text = draftIfAny();
        runner.run(() -> {
            if (text.isPresent()) {
                logbook.contacts().saveDraft(text.get());
            } else {
                logbook.contacts().clearDraft();
            }
        }, failure -> LOG.warn("Draft autosave failed: {}", failure.getClass().getName()));
    }

    /** After sign-in: if a draft exists, offers to restore it ({@link #draftOfferProperty()}). */
    public void checkForDraft() {
        runner.run(() -> logbook.contacts().loadDraft(), draft -> draft.ifPresent(text -> {
            pendingDraft = FormSnapshot.fromText(text);
            LocalDateTime at = LocalDateTime.ofInstant(pendingDraft.savedAt(), logbook.zone());
            draftOffer.set(Messages.get("form.draft.offer", TIME.format(at)));
        }), failure -> LOG.warn("Draft could not be read: {}", failure.getClass().getName()));
    }

    /** After unlocking: restores the draft straight away, without asking. */
    public void restoreDraftNow() {
        runner.run(() -> logbook.contacts().loadDraft(), draft -> draft.ifPresent(text -> {
            apply(FormSnapshot.fromText(text));
            setStatus(Messages.get("form.draft.restored"), false);
        }), failure -> LOG.warn("Draft could not be read: {}", failure.getClass().getName()));
    }

    public void restoreDraft() {
        if (pendingDraft != null) {
            apply(pendingDraft);
            pendingDraft = null;
            draftOffer.set("");
            setStatus(Messages.get("form.draft.restored"), false);
        }
    }

    public void discardDraft() {
        pendingDraft = null;
        draftOffer.set("");
        runner.run(() -> logbook.contacts().clearDraft(),
                failure -> LOG.warn("Draft could not be cleared: {}", failure.getClass().getName()));
    }

    private void apply(FormSnapshot s) {
        reset();
        loading = true;
        if (s.channel() != null && channels.stream().anyMatch(c -> c.code().equals(s.channel()))) {
            channel.set(s.channel());
        }
        callerType.set(callerTypes.stream().anyMatch(c -> c.code().equals(s.callerType())) ? s.callerType() : null);
        topics.forEach(i -> i.checkedProperty().set(s.topics().contains(i.code())));
        outcomes.forEach(i -> i.checkedProperty().set(s.outcomes().contains(i.code())));
        source.set(sources.stream().anyMatch(c -> c.code().equals(s.source())) ? s.source() : null);
        callerCode.set(s.callerCode() == null ? "" : s.callerCode());
        notes.set(s.notes() == null ? "" : s.notes());
        durationEdited = s.durationEdited() || s.callStartedAt() == null;
        callStartedAt = s.callStartedAt();
        timerRunning.set(callStartedAt != null);
        updatingDuration = true;
        durationMinutes.set(s.durationMinutes() == null ? "0" : s.durationMinutes());
        updatingDuration = false;
        loading = false;
        dirty = false;
        tick();
        scanNotes();
        lookUpCodeword(); // the returning-caller line is not part of the draft: it is asked for again
    }
}
