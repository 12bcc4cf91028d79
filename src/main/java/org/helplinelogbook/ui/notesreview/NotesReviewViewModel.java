package org.helplinelogbook.ui.notesreview;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.helplinelogbook.domain.Contact;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.NotesReviewService;
import org.helplinelogbook.privacy.IdentifierKind;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.TaskRunner;
import org.helplinelogbook.ui.common.UserMessages;
import org.helplinelogbook.ui.common.WorkStatus;

/**
 * Review of old notes (managers): runs today's identifier checker over saved notes for a period, shows counts by
 * month and kind and the contacts to open; each can be opened to redact one identifier at a time, or redacted
 * whole. Never shows note text here; the opened contact shows its notes as the contact log does.
 */
public final class NotesReviewViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    /** One month-and-kind count. */
    public record CountRow(String month, String kind, int contacts) {}

    /** One contact to review: when, what kinds, how many; no text. */
    public record ContactRow(NotesReviewService.Flagged flagged, String when, String kinds, int hits, boolean certain) {}

    private final Logbook logbook;
    private final TaskRunner runner;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObservableList<CountRow> counts = FXCollections.observableArrayList();
    private final ObservableList<ContactRow> contacts = FXCollections.observableArrayList();
    /** Busy while checking or redacting, the error line, and as its message what the check found. */
    private final WorkStatus status = new WorkStatus();

    public NotesReviewViewModel(Logbook logbook, TaskRunner runner) {
        this.logbook = logbook;
        this.runner = runner;
        LocalDate today = LocalDate.now(logbook.zone());
        from.set(today.minusMonths(12).withDayOfMonth(1));
        to.set(today);
    }

    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ObservableList<CountRow> counts() { return counts; }
    public ObservableList<ContactRow> contacts() { return contacts; }
    public WorkStatus status() { return status; }

    /** Checks the notes of the period (audited). */
    public void check() {
        LocalDate first = from.get();
        LocalDate last = to.get();
        if (first != null && last != null && last.isBefore(first)) {
            status.refuse(Messages.get("review.problem.dates"));
            return;
        }
        status.setBusy(true);
        status.clearError();
        status.say(Messages.get("review.checking"));
        runner.run(() -> logbook.notesReview().review(first, last, looked -> { }), this::show, t -> {
            status.setBusy(false);
            status.say("");
            status.refuse(UserMessages.describe(t));
        });
    }

    private void show(NotesReviewService.Review review) {
        status.setBusy(false);
        counts.setAll(review.counts().stream()
                .sorted(Comparator.comparing(NotesReviewService.MonthCount::month).reversed())
                .map(c -> new CountRow(c.month().format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK)),
                        label(c.kind()), c.contacts()))
                .toList());
        contacts.setAll(review.flagged().stream().map(NotesReviewViewModel::row).toList());
        status.say(Messages.get("review.result", review.notesRead(), review.flagged().size()));
    }

    private static ContactRow row(NotesReviewService.Flagged f) {
        String kinds = f.kinds().stream().sorted().map(NotesReviewViewModel::label).collect(Collectors.joining(", "));
        return new ContactRow(f, WHEN.format(f.startedAt()), kinds, f.hits(), f.highConfidence());
    }

    static String label(IdentifierKind kind) {
        String l = kind.label();
        return Character.toUpperCase(l.charAt(0)) + l.substring(1);
    }

    /** The stored contact, for the edit panel (Show, Redact and Keep on each warning; saving is an audited edit). */
    public Optional<Contact> find(ContactRow row) {
        return logbook.contacts().find(row.flagged().id());
    }

    /** Redacts every identifier in the contact's notes at once (an audited edit), then checks again. */
    public void redactAll(ContactRow row) {
        status.setBusy(true);
        status.clearError();
        runner.run(() -> logbook.notesReview().redactAll(row.flagged().id(), current(row)), done -> {
            status.setBusy(false);
            check();
        }, t -> {
            status.setBusy(false);
            status.refuse(UserMessages.describe(t));
        });
    }

    /** The version to redact against: re-read, as the contact may have been edited since the check. */
    private int current(ContactRow row) {
        return logbook.contacts().find(row.flagged().id()).map(Contact::version).orElse(row.flagged().version());
    }

    List<ContactRow> contactRows() {
        return List.copyOf(contacts);
    }
}
