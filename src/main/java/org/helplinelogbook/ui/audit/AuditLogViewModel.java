package org.helplinelogbook.ui.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.helplinelogbook.domain.AuditRepository.AuditEntry;
import org.helplinelogbook.domain.StaffAccount;
import org.helplinelogbook.logbook.AuditFields;
import org.helplinelogbook.logbook.AuditLogService;
import org.helplinelogbook.logbook.ListChanges;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.ui.common.Choice;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.TaskRunner;
import org.helplinelogbook.ui.common.WorkStatus;

/** The audit log for managers: newest first, a page at a time, filtered by action and staff; chain verification. */
public final class AuditLogViewModel {

    public static final int PAGE_SIZE = 100;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK);

    private final Logbook logbook;
    private final TaskRunner runner;
    private final ZoneId zone;

    private final ObservableList<AuditLogRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Choice> actionChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> staffChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> action = new SimpleObjectProperty<>(this, "action");
    private final ObjectProperty<Choice> staff = new SimpleObjectProperty<>(this, "staff");
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(this, "hasMore");
    private final ReadOnlyStringWrapper verifyResult = new ReadOnlyStringWrapper(this, "verifyResult", "");
    private final ReadOnlyBooleanWrapper verifyFailed = new ReadOnlyBooleanWrapper(this, "verifyFailed");
    /** Busy, the error line, and as its message the line that says how many entries show. */
    private final WorkStatus status = new WorkStatus();

    private Map<Long, String> staffNames = Map.of();
    private Long nextBefore;
    private long generation;
    private boolean suspended;

    public AuditLogViewModel(Logbook logbook, TaskRunner runner) {
        this.logbook = logbook;
        this.runner = runner;
        this.zone = logbook.zone();
        action.addListener((obs, was, now) -> refreshUnlessSuspended());
        staff.addListener((obs, was, now) -> refreshUnlessSuspended());
        // Accounts, taxonomy and campaigns changed in this session: the new entries (and a new account in the
        // "who" filter) show at once.
        listFollower = logbook.listChanges().subscribe(EnumSet.allOf(
                ListChanges.Kind.class), kind -> runner.post(this::start));
    }

    public ObservableList<AuditLogRow> rows() { return rows; }
    public ObservableList<Choice> actionChoices() { return actionChoices; }
    public ObservableList<Choice> staffChoices() { return staffChoices; }
    public ObjectProperty<Choice> actionProperty() { return action; }
    public ObjectProperty<Choice> staffProperty() { return staff; }
    public ReadOnlyBooleanProperty hasMoreProperty() { return hasMore.getReadOnlyProperty(); }
    public ReadOnlyStringProperty verifyResultProperty() { return verifyResult.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty verifyFailedProperty() { return verifyFailed.getReadOnlyProperty(); }
    public WorkStatus status() { return status; }

    private record Setup(List<String> actions, List<StaffAccount> accounts) {}

    public void start() {
        status.run(runner, () -> new Setup(logbook.auditLog().actions(), logbook.accounts().list()), setup -> {
            Map<Long, String> names = new HashMap<>();
            setup.accounts().forEach(a -> names.put(a.id(), a.username()));
            staffNames = names;
            suspended = true;
            try {
                List<Choice> actions = new ArrayList<>();
                actions.add(new Choice(null, Messages.get("audit.filter.anyAction")));
                setup.actions().forEach(a -> actions.add(new Choice(a, actionText(a))));
                actionChoices.setAll(actions);
                List<Choice> people = new ArrayList<>();
                people.add(new Choice(null, Messages.get("audit.filter.anyStaff")));
                setup.accounts().forEach(a -> people.add(new Choice(String.valueOf(a.id()), a.username())));
                staffChoices.setAll(people);
                // The same filter as before (when the lists are read again after a change), "any" at first.
                action.set(same(actions, action.get()));
                staff.set(same(people, staff.get()));
            } finally {
                suspended = false;
            }
            refresh();
        });
    }

    private static Choice same(List<Choice> choices, Choice was) {
        return choices.stream().filter(c -> was != null && Objects.equals(c.code(), was.code())).findFirst()
                .orElse(choices.get(0));
    }

    private final ListChanges.Subscription listFollower;

    /** Stops following list changes (the audit log is gone for good). */
    public void dispose() {
        listFollower.close();
    }

    private void refreshUnlessSuspended() {
        if (!suspended) {
            refresh();
        }
    }

    public void refresh() {
        generation++;
        rows.clear();
        nextBefore = null;
        hasMore.set(false);
        fetch(null);
    }

    public void loadMore() {
        if (hasMore.get() && !status.isBusy()) {
            fetch(nextBefore);
        }
    }

    /** Checks every entry's chain MAC and the anchor; shows "verified (N entries)" or the problems. */
    public void verify() {
        status.setBusy(true);
        verifyResult.set(Messages.get("audit.verify.running"));
        verifyFailed.set(false);
        runner.run(() -> {
            AuditLogService service = logbook.auditLog();
            List<String> problems = service.verify();
            return new Verified(problems, service.size());
        }, v -> {
            status.setBusy(false);
            verifyFailed.set(!v.problems().isEmpty());
            verifyResult.set(v.problems().isEmpty()
                    ? Messages.get("audit.verify.ok", v.size())
                    : Messages.get("audit.verify.problems", String.join("; ", v.problems())));
        }, t -> {
            verifyResult.set("");
            status.fail(t);
        });
    }

    private record Verified(List<String> problems, long size) {}

    private void fetch(Long before) {
        long mine = generation;
        String a = action.get() == null ? null : action.get().code();
        Long s = staff.get() == null || staff.get().code() == null ? null : Long.valueOf(staff.get().code());
        status.start();
        runner.run(() -> logbook.auditLog().page(before, a, s, PAGE_SIZE), page -> {
            if (mine != generation) {
                return;
            }
            status.setBusy(false);
            nextBefore = page.nextBefore();
            hasMore.set(nextBefore != null);
            page.entries().forEach(e -> rows.add(row(e)));
            status.say(Messages.get(hasMore.get() ? "audit.status.more" : "audit.status.all", rows.size()));
        }, t -> {
            if (mine == generation) {
                status.fail(t);
            }
        });
    }

    private AuditLogRow row(AuditEntry e) {
        String who = e.staffId() == null ? Messages.get("audit.staff.none") : staffNames.getOrDefault(e.staffId(), "#" + e.staffId());
        return new AuditLogRow(String.valueOf(e.seq()), TIME.format(e.at().atZone(zone)), who, actionText(e.action()),
                e.recordId() == null ? "" : e.recordId(), AuditFields.listInWords(e.fields()),
                e.counts() == null ? "" : e.counts().replace(",", ", "), e.action(),
                e.fields() == null ? "" : e.fields().replace(",", ", "));
    }

    /**
     * What an action means in plain English ("Account added" for {@code account_add}), from the texts keyed by
     * action; an action without a text (written by a newer version of the app) shows as recorded.
     */
    public static String actionText(String action) {
        String key = "audit.action." + action;
        return Messages.has(key) ? Messages.get(key) : action;
    }
}
