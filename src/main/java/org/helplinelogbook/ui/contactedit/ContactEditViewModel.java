package org.helplinelogbook.ui.contactedit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.helplinelogbook.domain.Contact;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.domain.Taxonomy;
import org.helplinelogbook.domain.TaxonomyEntry;
import org.helplinelogbook.logbook.ListChanges;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookException;
import org.helplinelogbook.logbook.NotesPolicy;
import org.helplinelogbook.ui.common.Choice;
import org.helplinelogbook.ui.common.ContactText;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.NoteWarnings;
import org.helplinelogbook.ui.common.ShownTexts;
import org.helplinelogbook.ui.common.TaskRunner;
import org.helplinelogbook.ui.common.UserMessages;
import org.helplinelogbook.ui.common.WorkStatus;

/**
 * One contact: its coded fields, its notes when the service returns them, and (when allowed) an edit form.
 * Saving sends the version that was read; if someone changed the contact meanwhile the form keeps what was typed
 * and offers their version instead. Managers may delete the contact and place a safeguarding hold on its notes.
 */
public final class ContactEditViewModel {

    /** The open contact's details shown while not editing, in the order shown, each with the text key of its name. */
    public enum Detail {
        WHEN("log.edit.when"), DURATION("log.edit.duration"), CHANNEL("log.edit.channel"),
        CALLER_TYPE("log.edit.callerType"), TOPICS("log.edit.topics"), OUTCOMES("log.edit.outcomes"),
        SOURCE("log.edit.source"), RETURNING("log.edit.returning"), LOGGED_BY("log.edit.loggedBy");

        private final String nameKey;

        Detail(String nameKey) {
            this.nameKey = nameKey;
        }

        public String nameKey() {
            return nameKey;
        }
    }

    private final Logbook logbook;
    private final TaskRunner runner;
    private final boolean manager;
    private Map<Long, String> staffNames = Map.of();
    private Consumer<Contact> onSaved = c -> { };
    private Consumer<UUID> onDeleted = id -> { };

    private final ReadOnlyObjectWrapper<Contact> contact = new ReadOnlyObjectWrapper<>(this, "contact");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private final ReadOnlyBooleanWrapper mayEdit = new ReadOnlyBooleanWrapper(this, "mayEdit");
    private final ReadOnlyBooleanWrapper hold = new ReadOnlyBooleanWrapper(this, "hold");
    private final ReadOnlyBooleanWrapper conflict = new ReadOnlyBooleanWrapper(this, "conflict");
    private final ReadOnlyBooleanWrapper dataContact = new ReadOnlyBooleanWrapper(this, "dataContact");
    /** Busy while reading or writing; the calm line (saved, deleted) and the error line (refused, a conflict). */
    private final WorkStatus status = new WorkStatus();

    // ---- Read-only summary
    private final ShownTexts<Detail> details = new ShownTexts<>(Detail.class);
    private final ReadOnlyStringWrapper notesText = new ReadOnlyStringWrapper(this, "notesText", "");

    // ---- Form
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty time = new SimpleStringProperty(this, "time", "");
    private final StringProperty duration = new SimpleStringProperty(this, "duration", "");
    private final ObjectProperty<Choice> channel = new SimpleObjectProperty<>(this, "channel");
    private final ObjectProperty<Choice> callerType = new SimpleObjectProperty<>(this, "callerType");
    private final ObjectProperty<Choice> source = new SimpleObjectProperty<>(this, "source");
    private final ObservableList<String> topics = FXCollections.observableArrayList();
    private final ObservableList<String> outcomes = FXCollections.observableArrayList();
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");

    private final NoteWarnings noteWarnings;

    private final ObservableList<Choice> channelChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> callerTypeChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> sourceChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> topicChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> outcomeChoices = FXCollections.observableArrayList();

    public ContactEditViewModel(Logbook logbook, TaskRunner runner) {
        this.logbook = logbook;
        this.runner = runner;
        this.manager = logbook.actor().isManager();
        this.noteWarnings = new NoteWarnings(logbook.contacts().notesPolicy(), notes::get, notes::set);
        callerType.addListener((obs, was, now) -> dataContact.set(now != null
                && logbook.taxonomy().isDataCallerType(now.code())));
        // A manager's change to the taxonomy relabels the contact on show at once (its choices when next edited).
        taxonomyFollower = logbook.listChanges().subscribe(EnumSet.of(
                ListChanges.Kind.TAXONOMY), kind -> runner.post(this::taxonomyChanged));
    }

    private final ListChanges.Subscription taxonomyFollower;

    private void taxonomyChanged() {
        runner.run(logbook::taxonomy, fresh -> { // read in the background; present() then finds it ready
            Contact shown = contact.get();
            if (shown != null && !editing.get()) {
                present(shown);
            }
        }, status::fail);
    }

    /** Stops following taxonomy changes (the contact log is gone for good). */
    public void dispose() {
        taxonomyFollower.close();
    }

    // ---- Properties

    public ReadOnlyObjectProperty<Contact> contactProperty() { return contact.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty editingProperty() { return editing.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty mayEditProperty() { return mayEdit.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty holdProperty() { return hold.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty conflictProperty() { return conflict.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dataContactProperty() { return dataContact.getReadOnlyProperty(); }
    public WorkStatus status() { return status; }
    /** The open contact's details as read, one text per {@link Detail}. */
    public ShownTexts<Detail> details() { return details; }
    public ReadOnlyStringProperty notesTextProperty() { return notesText.getReadOnlyProperty(); }

    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public StringProperty timeProperty() { return time; }
    public StringProperty durationProperty() { return duration; }
    public ObjectProperty<Choice> channelProperty() { return channel; }
    public ObjectProperty<Choice> callerTypeProperty() { return callerType; }
    public ObjectProperty<Choice> sourceProperty() { return source; }
    public ObservableList<String> topics() { return topics; }
    public ObservableList<String> outcomes() { return outcomes; }
    public StringProperty notesProperty() { return notes; }

    public ObservableList<NoteWarnings.Warning> warnings() { return noteWarnings.warnings(); }
    public ReadOnlyBooleanProperty saveBlockedProperty() { return noteWarnings.saveBlockedProperty(); }

    public ObservableList<Choice> channelChoices() { return channelChoices; }
    public ObservableList<Choice> callerTypeChoices() { return callerTypeChoices; }
    public ObservableList<Choice> sourceChoices() { return sourceChoices; }
    public ObservableList<Choice> topicChoices() { return topicChoices; }
    public ObservableList<Choice> outcomeChoices() { return outcomeChoices; }

    public boolean isManager() {
        return manager;
    }

    /** True when the signed-in person may read this contact's notes (the service returned them or none exist). */
    public boolean notesReadable() {
        Contact c = contact.get();
        return c != null && (manager || c.createdBy() == logbook.actor().staffId());
    }

    public void setStaffNames(Map<Long, String> names) {
        this.staffNames = Map.copyOf(names);
    }

    public void setOnSaved(Consumer<Contact> onSaved) {
        this.onSaved = onSaved;
    }

    public void setOnDeleted(Consumer<UUID> onDeleted) {
        this.onDeleted = onDeleted;
    }

    // ---- Commands

    /** Shows {@code c}, re-reading it (and its hold) from the logbook so the version is current. */
    public void show(Contact c) {
        editing.set(false);
        conflict.set(false);
        status.say("");
        status.clearError();
        mayEdit.set(false);
        present(c);
        load(c.id(), fresh -> present(fresh));
    }

    public void startEdit() {
        if (mayEdit.get() && contact.get() != null) {
            fillForm(contact.get());
            conflict.set(false);
            status.say("");
            status.clearError();
            editing.set(true);
            scanNotes();
        }
    }

    public void cancelEdit() {
        editing.set(false);
        noteWarnings.clear();
        conflict.set(false);
        status.clearError();
        if (contact.get() != null) {
            fillForm(contact.get());
        }
    }

    /** Saves the form against the version that was read; a conflict keeps the typed text in the form. */
    public void save() {
        Contact current = contact.get();
        if (current == null || !editing.get()) {
            return;
        }
        ContactDraft draft;
        try {
            draft = draft();
        } catch (IllegalArgumentException e) {
            status.refuse(e.getMessage());
            return;
        }
        if (notesReadable()) {
            scanNotes();
            if (noteWarnings.saveBlockedProperty().get()) {
                status.refuse(Messages.get("form.notSaved.identifiers"));
                return;
            }
        }
        NotesPolicy.Choices choices = noteWarnings.choices();
        status.setBusy(true);
        status.clearError();
        runner.run(() -> logbook.contacts().update(current.id(), current.version(), draft, choices), saved -> {
            status.setBusy(false);
            editing.set(false);
            noteWarnings.clear();
            conflict.set(false);
            present(saved);
            status.say(Messages.get("log.edit.saved"));
            onSaved.accept(saved);
        }, t -> {
            status.setBusy(false);
            if (t instanceof LogbookException e && e.kind() == LogbookException.Kind.CONFLICT) {
                conflict.set(true);
            }
            status.refuse(UserMessages.describe(t));
        });
    }

    // ---- Identifier warnings: the same live checks, Show/Redact/Keep, as the new-contact form

    /** Re-scans the notes (the view calls this after a typing pause; saving calls it too). */
    public void scanNotes() {
        noteWarnings.scan();
    }

    /** Replaces one identifier with its token, e.g. "[PHONE]". */
    public void redact(NoteWarnings.Warning warning) {
        noteWarnings.redact(warning);
    }

    /** Keeps an identifier on purpose; the reason is required but never stored (kind and count are audited). */
    public boolean keep(NoteWarnings.Warning warning, String reason) {
        return noteWarnings.keep(warning, reason);
    }

    /** After a conflict: replaces the form with the stored version (what the other person saved). */
    public void reloadTheirVersion() {
        Contact current = contact.get();
        if (current == null) {
            return;
        }
        load(current.id(), fresh -> {
            present(fresh);
            fillForm(fresh);
            conflict.set(false);
            status.clearError();
            status.say(Messages.get("log.edit.reloaded"));
            editing.set(mayEdit.get());
        });
    }

    /** The sentence the delete confirmation shows, naming the contact's date, time and caller type. */
    public String deleteQuestion() {
        return Messages.get("log.edit.delete.question", details.get(Detail.WHEN).get(),
                details.get(Detail.CALLER_TYPE).get());
    }

    public void delete() {
        Contact current = contact.get();
        if (current == null || !manager) {
            return;
        }
        status.setBusy(true);
        runner.run(() -> {
            logbook.contacts().delete(current.id(), current.version());
            return current.id();
        }, id -> {
            status.setBusy(false);
            editing.set(false);
            status.say(Messages.get("log.edit.deleted"));
            onDeleted.accept(id);
        }, status::fail);
    }

    public void setHold(boolean on) {
        Contact current = contact.get();
        if (current == null || !manager || on == hold.get()) {
            return;
        }
        status.setBusy(true);
        runner.run(() -> {
            logbook.contacts().setHold(current.id(), on);
            return on;
        }, done -> {
            status.setBusy(false);
            hold.set(done);
            status.say(Messages.get(done ? "log.edit.hold.on" : "log.edit.hold.off"));
        }, status::fail);
    }

    // ---- Work

    private record Fresh(Contact contact, boolean hold, boolean mayEdit) {}

    private void load(UUID id, Consumer<Contact> then) {
        status.setBusy(true);
        runner.run(() -> {
            var service = logbook.contacts();
            Contact c = service.find(id).orElseThrow(() -> new LogbookException(LogbookException.Kind.CONFLICT,
                    Messages.get("log.edit.gone")));
            boolean held = service.isOnHold(id);
            return new Fresh(c, held, service.mayEdit(c));
        }, fresh -> {
            status.setBusy(false);
            hold.set(fresh.hold());
            mayEdit.set(fresh.mayEdit());
            then.accept(fresh.contact());
        }, status::fail);
    }

    private void present(Contact c) {
        Taxonomy t = logbook.taxonomy();
        contact.set(c);
        details.set(Detail.WHEN, ContactText.when(c.startedAt()));
        details.set(Detail.DURATION, ContactText.duration(c.durationSeconds()));
        details.set(Detail.CHANNEL, t.label(Dimension.CHANNEL, c.channel()));
        details.set(Detail.CALLER_TYPE, t.label(Dimension.CALLER_TYPE, c.callerType()));
        details.set(Detail.TOPICS, c.topics().isEmpty() ? Messages.get("log.edit.none") : ContactText.labels(t, Dimension.TOPIC, c.topics()));
        details.set(Detail.OUTCOMES, c.outcomes().isEmpty() ? Messages.get("log.edit.none") : ContactText.labels(t, Dimension.OUTCOME, c.outcomes()));
        details.set(Detail.SOURCE, c.source() == null ? Messages.get("log.edit.none") : t.label(Dimension.SOURCE, c.source()));
        details.set(Detail.RETURNING, Messages.get(c.returning() ? "log.edit.returning.yes"
                : c.hasCallerCode() ? "log.edit.returning.first" : "log.edit.returning.no"));
        details.set(Detail.LOGGED_BY, c.createdBy() == logbook.actor().staffId() ? Messages.get("log.edit.loggedBy.you")
                : staffNames.getOrDefault(c.createdBy(), Messages.get("log.edit.loggedBy.colleague")));
        notesText.set(c.notesShredded() ? Messages.get("log.edit.notes.shredded")
                : !notesReadable() ? Messages.get("log.edit.notes.hidden")
                : c.notes() == null ? Messages.get("log.edit.notes.none") : c.notes());
        if (!editing.get()) {
            fillForm(c);
        }
    }

    private void fillForm(Contact c) {
        Taxonomy t = logbook.taxonomy();
        channelChoices.setAll(choices(t, Dimension.CHANNEL, c.channel(), false));
        callerTypeChoices.setAll(choices(t, Dimension.CALLER_TYPE, c.callerType(), false));
        sourceChoices.setAll(choices(t, Dimension.SOURCE, c.source(), true));
        topicChoices.setAll(choices(t, Dimension.TOPIC, null, false));
        outcomeChoices.setAll(choices(t, Dimension.OUTCOME, null, false));
        date.set(c.startedAt().toLocalDate());
        time.set(String.format(Locale.UK, "%02d:%02d", c.startedAt().getHour(), c.startedAt().getMinute()));
        duration.set(ContactText.duration(c.durationSeconds()));
        channel.set(find(channelChoices, c.channel()));
        callerType.set(find(callerTypeChoices, c.callerType()));
        source.set(find(sourceChoices, c.source()));
        topics.setAll(c.topics());
        outcomes.setAll(c.outcomes());
        notes.set(c.notes() == null ? "" : c.notes());
    }

    /** Builds the draft from the form; throws with a calm sentence when a field cannot be read. */
    ContactDraft draft() {
        if (date.get() == null) {
            throw new IllegalArgumentException(Messages.get("log.edit.problem.date"));
        }
        LocalTime at;
        try {
            at = LocalTime.parse(time.get().strip().length() == 4 ? "0" + time.get().strip() : time.get().strip());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException(Messages.get("log.edit.problem.time"));
        }
        int seconds = parseDuration(duration.get());
        boolean data = dataContact.get();
        Contact c = contact.get();
        // Keep the seconds of the stored start time when the minute did not change.
        LocalDateTime start = LocalDateTime.of(date.get(), at);
        if (c != null && start.equals(c.startedAt().withSecond(0).withNano(0))) {
            start = c.startedAt();
        }
        String notesValue = notesReadable() ? notes.get() : null;
        return new ContactDraft(start, seconds, code(channel), code(callerType),
                data ? List.copyOf(topics) : List.of(), data ? List.copyOf(outcomes) : List.of(),
                data ? code(source) : null, notesValue, null);
    }

    public static int parseDuration(String text) {
        String s = text == null ? "" : text.strip();
        try {
            String[] parts = s.split(":");
            int total = 0;
            if (parts.length == 1) {
                total = Integer.parseInt(parts[0]) * 60;
            } else if (parts.length == 2) {
                total = Integer.parseInt(parts[0]) * 60 + seconds(parts[1]);
            } else if (parts.length == 3) {
                total = Integer.parseInt(parts[0]) * 3600 + Integer.parseInt(parts[1]) * 60 + seconds(parts[2]);
            } else {
                throw new NumberFormatException();
            }
            if (total < 0) {
                throw new NumberFormatException();
            }
            return total;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.get("log.edit.problem.duration"));
        }
    }

    private static int seconds(String s) {
        int v = Integer.parseInt(s);
        if (v < 0 || v > 59) {
            throw new NumberFormatException();
        }
        return v;
    }

    /** Active codes, plus the stored one even if it has been retired since, so an edit never loses it silently. */
    private static List<Choice> choices(Taxonomy t, Dimension dimension, String current, boolean optional) {
        List<Choice> list = new ArrayList<>();
        if (optional) {
            list.add(new Choice(null, Messages.get("log.edit.none")));
        }
        for (TaxonomyEntry e : t.all(dimension)) {
            if (e.active() || e.code().equals(current)) {
                list.add(new Choice(e.code(), e.label()));
            }
        }
        return list;
    }

    private static Choice find(List<Choice> choices, String code) {
        return choices.stream().filter(c -> Objects.equals(c.code(), code)).findFirst()
                .orElse(choices.isEmpty() ? null : choices.get(0));
    }

    private static String code(ObjectProperty<Choice> p) {
        return p.get() == null ? null : p.get().code();
    }
}
