package org.helplinelogbook.ui.contactlog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.helplinelogbook.domain.ChangeFeed;
import org.helplinelogbook.domain.Contact;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.domain.ContactRepository.PageCursor;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.domain.StaffAccount;
import org.helplinelogbook.domain.Taxonomy;
import org.helplinelogbook.domain.TaxonomyEntry;
import org.helplinelogbook.logbook.ContactService;
import org.helplinelogbook.logbook.ListChanges;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.ui.common.Choice;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.TaskRunner;
import org.helplinelogbook.ui.common.WorkStatus;

/**
 * The contact log: newest first, {@value #PAGE_SIZE} rows at a time (keyset paging, so it stays instant at
 * millions of contacts), filtered by period and codes, optionally searching inside notes. All database work goes
 * through the {@link TaskRunner}; a change of filter discards any page still on its way for the old filter.
 *
 * <p>Live updates (a shared logbook): while the log is shown it listens to {@link Logbook#changes()}; a contact
 * saved, edited or deleted at another desk refreshes the first page in the background and is merged into the rows
 * in place (new rows on top, edited rows replaced, deleted rows removed, later pages kept), so the person's
 * selection and scroll position survive. A notes search in progress is not disturbed. On a single-desk logbook the
 * feed is empty and nothing happens.
 */
public final class ContactLogViewModel {

    public static final int PAGE_SIZE = 100;
    private static final String GROUP = "group:";
    private static final String TYPE = "type:";

    private final Logbook logbook;
    private final TaskRunner runner;
    private final ZoneId zone;
    private final boolean manager;

    // ---- Filters
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<Choice> callerType = new SimpleObjectProperty<>(this, "callerType");
    private final ObjectProperty<Choice> topic = new SimpleObjectProperty<>(this, "topic");
    private final ObjectProperty<Choice> outcome = new SimpleObjectProperty<>(this, "outcome");
    private final ObjectProperty<Choice> channel = new SimpleObjectProperty<>(this, "channel");
    private final ObjectProperty<Choice> source = new SimpleObjectProperty<>(this, "source");
    private final ObjectProperty<Choice> staff = new SimpleObjectProperty<>(this, "staff");
    private final StringProperty notesSearch = new SimpleStringProperty(this, "notesSearch", "");

    private final ObservableList<Choice> callerTypeChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> topicChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> outcomeChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> channelChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> sourceChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> staffChoices = FXCollections.observableArrayList();

    // ---- Results
    private final ObservableList<ContactLogRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(this, "hasMore");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");
    private final ReadOnlyBooleanWrapper searchPaused = new ReadOnlyBooleanWrapper(this, "searchPaused");
    /** Busy while reading, the error line, and as its message the line that says how many contacts show. */
    private final WorkStatus status = new WorkStatus();
    private final ReadOnlyStringWrapper searchProgress = new ReadOnlyStringWrapper(this, "searchProgress", "");

    private Map<Long, String> staffNames = Map.of();
    private Taxonomy taxonomy;
    private ContactFilter activeFilter = ContactFilter.ALL;
    private String activeSearch;
    private PageCursor cursor;
    private long generation;
    private boolean suspended;

    // ---- Live updates (FX thread, except seenSeq)
    private final ChangeFeed feed;
    private ChangeFeed.Subscription subscription;
    private boolean liveWanted;
    private boolean liveInFlight;
    /** Contacts changed elsewhere and not yet merged; the value says whether the change was a delete. */
    private final Map<UUID, Boolean> pendingChanges = new LinkedHashMap<>();
    /** The newest change number this view has taken into account; -1 before it knows. */
    private final AtomicLong seenSeq = new AtomicLong(-1);
    private LiveUpdateListener liveListener = new LiveUpdateListener() { };

    /** Told around each live merge, so the view can keep its selection and scroll position. */
    public interface LiveUpdateListener {
        default void beforeMerge() { }

        default void afterMerge() { }
    }

    public ContactLogViewModel(Logbook logbook, TaskRunner runner) {
        this(logbook, runner, logbook.changes());
    }

    ContactLogViewModel(Logbook logbook, TaskRunner runner, ChangeFeed feed) {
        this.logbook = logbook;
        this.runner = runner;
        this.feed = feed;
        this.zone = logbook.zone();
        this.manager = logbook.actor().isManager();
        for (ObjectProperty<?> p : List.of(from, to, callerType, topic, outcome, channel, source, staff)) {
            p.addListener((obs, was, now) -> {
                if (!suspended) {
                    refresh();
                }
            });
        }
        // A manager's change to the taxonomy or the accounts reaches the filters and the rows on show at once.
        listFollower = logbook.listChanges().subscribe(EnumSet.of(ListChanges.Kind.TAXONOMY,
                ListChanges.Kind.ACCOUNTS), kind -> runner.post(this::reloadLists));
    }

    private final ListChanges.Subscription listFollower;

    /** Stops following list changes and other desks' changes (the log is gone for good). */
    public void dispose() {
        listFollower.close();
        stopLiveUpdates();
    }

    /**
     * Re-reads the taxonomy and the accounts and shows them: the filters keep what they were set to (under the new
     * labels), and the rows on show are relabelled in place, so the selection and scroll position stay.
     */
    private void reloadLists() {
        if (taxonomy == null) {
            return; // not started yet: start() reads the lists as they are now
        }
        runner.run(() -> new Setup(logbook.taxonomy(), manager ? logbook.accounts().list() : List.of()), setup -> {
            applySetup(setup);
            String yes = Messages.get("log.returning.yes");
            applyInPlace(rows.stream().map(r -> ContactFormat.row(r.contact(), taxonomy, staffNames, yes)).toList());
        }, status::fail);
    }

    // ---- The place to come back to (after unlocking)

    /**
     * What the log showed: its filters, its notes search and the contact selected in it (null when none), to show
     * again after the screen was locked. Held in memory only, while the screen is locked.
     */
    public record Place(ContactFilter filter, String search, UUID selected) {}

    /** The filters and search on show now, with {@code selected} the contact the view has selected. */
    public Place place(UUID selected) {
        if (taxonomy == null && waitingPlace != null) {
            return waitingPlace; // locked again before the lists were read: the place given is still the place
        }
        return new Place(currentFilter(), notesSearch.get() == null ? "" : notesSearch.get(), selected);
    }

    /** Shows the log as it was at {@code place} (the filters, the notes search) and reads it afresh. */
    public void returnTo(Place place) {
        if (taxonomy == null) {
            waitingPlace = place;
            return; // start() applies it once the choices are read
        }
        applyFilter(place.filter());
        suspended = true;
        try {
            notesSearch.set(place.search());
        } finally {
            suspended = false;
        }
        refresh();
    }

    private Place waitingPlace;

    // ---- Properties

    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ObjectProperty<Choice> callerTypeProperty() { return callerType; }
    public ObjectProperty<Choice> topicProperty() { return topic; }
    public ObjectProperty<Choice> outcomeProperty() { return outcome; }
    public ObjectProperty<Choice> channelProperty() { return channel; }
    public ObjectProperty<Choice> sourceProperty() { return source; }
    public ObjectProperty<Choice> staffProperty() { return staff; }
    public StringProperty notesSearchProperty() { return notesSearch; }

    public ObservableList<Choice> callerTypeChoices() { return callerTypeChoices; }
    public ObservableList<Choice> topicChoices() { return topicChoices; }
    public ObservableList<Choice> outcomeChoices() { return outcomeChoices; }
    public ObservableList<Choice> channelChoices() { return channelChoices; }
    public ObservableList<Choice> sourceChoices() { return sourceChoices; }
    public ObservableList<Choice> staffChoices() { return staffChoices; }

    public ObservableList<ContactLogRow> rows() { return rows; }
    public ReadOnlyBooleanProperty hasMoreProperty() { return hasMore.getReadOnlyProperty(); }
    /** True while the list shows the results of a notes search. */
    public ReadOnlyBooleanProperty searchingProperty() { return searching.getReadOnlyProperty(); }
    /** True when a notes search stopped after its scan limit and can continue. */
    public ReadOnlyBooleanProperty searchPausedProperty() { return searchPaused.getReadOnlyProperty(); }
    public WorkStatus status() { return status; }
    public ReadOnlyStringProperty searchProgressProperty() { return searchProgress.getReadOnlyProperty(); }

    public boolean isManager() {
        return manager;
    }

    public Map<Long, String> staffNames() {
        return staffNames;
    }

    // ---- Commands

    /** Loads the choices (taxonomy, staff) and the first page. */
    public void start() {
        status.setBusy(true);
        runner.run(() -> {
            seenSeq.compareAndSet(-1, feed.lastSeq()); // before the first page, so no change falls in between
            Taxonomy t = logbook.taxonomy();
            List<StaffAccount> accounts = manager ? logbook.accounts().list() : List.of();
            return new Setup(t, accounts);
        }, setup -> {
            applySetup(setup);
            ContactFilter waiting = waitingFilter;
            Place place = waitingPlace;
            waitingFilter = null;
            waitingPlace = null;
            if (place != null) {
                returnTo(place);
            } else if (waiting != null) {
                showFiltered(waiting);
            } else {
                refresh();
            }
        }, status::fail);
    }

    private record Setup(Taxonomy taxonomy, List<StaffAccount> accounts) {}

    private void applySetup(Setup setup) {
        taxonomy = setup.taxonomy();
        Map<Long, String> names = new HashMap<>();
        setup.accounts().forEach(a -> names.put(a.id(), a.username()));
        staffNames = Map.copyOf(names);
        suspended = true;
        try {
            callerTypeChoices.setAll(callerTypeChoices(taxonomy));
            topicChoices.setAll(choices(taxonomy, Dimension.TOPIC, Messages.get("log.filter.anyTopic")));
            outcomeChoices.setAll(choices(taxonomy, Dimension.OUTCOME, Messages.get("log.filter.anyOutcome")));
            channelChoices.setAll(choices(taxonomy, Dimension.CHANNEL, Messages.get("log.filter.anyChannel")));
            sourceChoices.setAll(choices(taxonomy, Dimension.SOURCE, Messages.get("log.filter.anySource")));
            List<Choice> people = new ArrayList<>();
            people.add(new Choice(null, Messages.get("log.filter.anyStaff")));
            setup.accounts().forEach(a -> people.add(new Choice(String.valueOf(a.id()), a.username())));
            staffChoices.setAll(people);
            for (var p : List.of(callerType, topic, outcome, channel, source, staff)) {
                // The same filter as before, under its label now (the lists were read afresh); "any" at first.
                p.set(p.get() == null ? firstOf(p) : find(choicesOf(p), p.get().code()));
            }
        } finally {
            suspended = false;
        }
    }

    private Choice firstOf(ObjectProperty<Choice> p) {
        ObservableList<Choice> list = choicesOf(p);
        return list.isEmpty() ? null : list.get(0);
    }

    private ObservableList<Choice> choicesOf(ObjectProperty<Choice> p) {
        return p == callerType ? callerTypeChoices : p == topic ? topicChoices
                : p == outcome ? outcomeChoices : p == channel ? channelChoices : p == source ? sourceChoices
                : staffChoices;
    }

    /** Runs the current filters from the newest contact. */
    public void refresh() {
        if (taxonomy == null) {
            return;
        }
        String text = notesSearch.get() == null ? "" : notesSearch.get().strip();
        activeSearch = text.isEmpty() ? null : text;
        activeFilter = currentFilter();
        generation++;
        pendingChanges.clear(); // the full reload below sees them
        rows.clear();
        cursor = null;
        hasMore.set(false);
        searching.set(activeSearch != null);
        searchPaused.set(false);
        searchProgress.set("");
        fetch(false);
    }

    /** Starts a notes search with the text in {@link #notesSearchProperty()} (or the plain list when it is blank). */
    public void search() {
        refresh();
    }

    public void clearSearch() {
        notesSearch.set("");
        refresh();
    }

    /** The next page: called when the person scrolls to the end or presses "Load more". */
    public void loadMore() {
        if (hasMore.get() && !status.isBusy()) {
            fetch(true);
        }
    }

    /** Continues a notes search that paused at its scan limit. */
    public void continueSearch() {
        loadMore();
    }

    public void today() {
        LocalDate today = LocalDate.now(zone);
        setPeriod(today, today);
    }

    public void thisMonth() {
        LocalDate today = LocalDate.now(zone);
        setPeriod(today.withDayOfMonth(1), today);
    }

    public void clearFilters() {
        suspended = true;
        try {
            from.set(null);
            to.set(null);
            for (var p : List.of(callerType, topic, outcome, channel, source, staff)) {
                p.set(firstOf(p));
            }
            notesSearch.set("");
            pendingData = null;
        } finally {
            suspended = false;
        }
        refresh();
    }

    private void setPeriod(LocalDate first, LocalDate last) {
        suspended = true;
        try {
            from.set(first);
            to.set(last);
        } finally {
            suspended = false;
        }
        refresh();
    }

    /** Shows the log filtered as {@code filter} (for example from a dashboard bar). Other filters are cleared. */
    public void showFiltered(ContactFilter filter) {
        if (taxonomy == null) {
            waitingFilter = filter;
            waitingPlace = null; // a filter asked for now wins over the place left before a lock
            start();
            return;
        }
        applyFilter(filter);
        suspended = true;
        try {
            notesSearch.set("");
        } finally {
            suspended = false;
        }
        refresh();
    }

    /** Sets every filter control (and the data/non-data part, which has none) to {@code filter}, without reading. */
    private void applyFilter(ContactFilter filter) {
        suspended = true;
        try {
            from.set(filter.from() == null ? null : LocalDate.ofInstant(filter.from(), zone));
            // "to" is exclusive: show the last day it includes.
            to.set(filter.to() == null ? null : LocalDate.ofInstant(filter.to().minusMillis(1), zone));
            callerType.set(filter.callerType() != null ? find(callerTypeChoices, TYPE + filter.callerType())
                    : filter.callerGroup() != null ? find(callerTypeChoices, GROUP + filter.callerGroup())
                    : firstOf(callerType));
            topic.set(find(topicChoices, filter.topic()));
            outcome.set(find(outcomeChoices, filter.outcome()));
            channel.set(find(channelChoices, filter.channel()));
            source.set(find(sourceChoices, filter.source()));
            staff.set(find(staffChoices, filter.staffId() == null ? null : String.valueOf(filter.staffId())));
        } finally {
            suspended = false;
        }
        pendingData = filter.data();
    }

    /** The data/non-data part of a dashboard filter, which has no control of its own; cleared with the filters. */
    private Boolean pendingData;
    private ContactFilter waitingFilter;

    /** Puts an edited contact in place of its old row. */
    public void replace(Contact updated) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contact().id().equals(updated.id())) {
                rows.set(i, ContactFormat.row(updated, logbook.taxonomy(), staffNames, Messages.get("log.returning.yes")));
                return;
            }
        }
    }

    public void remove(UUID id) {
        rows.removeIf(r -> r.contact().id().equals(id));
        updateStatus();
    }

    /** The filter the controls describe now. */
    public ContactFilter currentFilter() {
        Instant start = from.get() == null ? null : from.get().atStartOfDay(zone).toInstant();
        Instant end = to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant();
        String type = code(callerType);
        String group = null;
        if (type != null && type.startsWith(GROUP)) {
            group = type.substring(GROUP.length());
            type = null;
        } else if (type != null) {
            type = type.substring(TYPE.length());
        }
        String staffCode = code(staff);
        return new ContactFilter(start, end, code(channel), type, group, code(topic), code(outcome), code(source),
                staffCode == null ? null : Long.valueOf(staffCode), pendingData);
    }

    // ---- Work

    private record Loaded(List<Contact> contacts, PageCursor next, long searched) {}

    private void fetch(boolean more) {
        long mine = generation;
        ContactFilter filter = activeFilter;
        String search = activeSearch;
        PageCursor after = more ? cursor : null;
        long searchedBefore = more ? searchedSoFar : 0;
        status.setBusy(true);
        status.clearError();
        runner.run(() -> {
            ContactService contacts = logbook.contacts();
            if (search == null) {
                ContactService.Page page = contacts.page(filter, after, PAGE_SIZE);
                return new Loaded(page.contacts(), page.next(), 0);
            }
            ContactService.Page page = contacts.searchNotes(filter, search, after, PAGE_SIZE);
            long searched = page.next() == null ? -1
                    : contacts.count(filter) - contacts.count(filter.withPeriod(filter.from(), page.next().startedAt()));
            return new Loaded(page.contacts(), page.next(), searched);
        }, loaded -> {
            if (mine != generation) {
                return;
            }
            status.setBusy(false);
            cursor = loaded.next();
            hasMore.set(cursor != null);
            Taxonomy t = logbook.taxonomy();
            String yes = Messages.get("log.returning.yes");
            List<ContactLogRow> page = loaded.contacts().stream()
                    .map(c -> ContactFormat.row(c, t, staffNames, yes)).toList();
            rows.addAll(page);
            if (search != null) {
                searchedSoFar = loaded.searched() < 0 ? searchedBefore : Math.max(searchedBefore, loaded.searched());
                searchPaused.set(cursor != null);
                searchProgress.set(cursor == null ? "" : Messages.get("log.search.paused", searchedSoFar));
            }
            updateStatus();
            liveRefresh(); // changes that arrived while this page was on its way
        }, t -> {
            if (mine == generation) {
                status.fail(t);
            }
        });
    }

    private long searchedSoFar;

    // ---- Live updates

    public void setLiveUpdateListener(LiveUpdateListener listener) {
        this.liveListener = listener;
    }

    /** Starts listening for contacts changed at other desks (while the log is shown). Call on the FX thread. */
    public void startLiveUpdates() {
        liveWanted = true;
        if (subscription != null) {
            return;
        }
        runner.run(() -> {
            seenSeq.compareAndSet(-1, feed.lastSeq());
            return seenSeq.get();
        }, after -> {
            if (liveWanted && subscription == null) {
                // The feed calls back on its own thread; the runner brings each batch to the FX thread.
                subscription = feed.subscribe(after, batch -> runner.run(() -> batch, this::changesArrived, t -> { }));
            }
        }, t -> { }); // no live updates this time; the log itself still works and reports its own errors
    }

    /** Stops listening (the log is hidden, or the person signed out or the screen locked). */
    public void stopLiveUpdates() {
        liveWanted = false;
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    public boolean isLive() {
        return subscription != null;
    }

    private void changesArrived(List<ChangeFeed.Change> batch) {
        if (subscription == null || batch.isEmpty()) {
            return; // stopped meanwhile: the next subscription starts again from seenSeq
        }
        seenSeq.accumulateAndGet(batch.get(batch.size() - 1).seq(), Math::max);
        for (ChangeFeed.Change change : batch) {
            pendingChanges.merge(change.contactId(), change.kind() == ChangeFeed.Kind.DELETE, (was, now) -> now);
        }
        liveRefresh();
    }

    private record LiveLoaded(Taxonomy taxonomy, ContactService.Page first, Map<UUID, Contact> laterRows) {}

    /** Re-reads the first page (and the changed rows further down) in the background, then merges. */
    private void liveRefresh() {
        if (pendingChanges.isEmpty() || liveInFlight || status.isBusy() || taxonomy == null || activeSearch != null) {
            return; // a search keeps its results; the changes are picked up by the next refresh
        }
        long mine = generation;
        ContactFilter filter = activeFilter;
        Map<UUID, Boolean> changes = new LinkedHashMap<>(pendingChanges);
        pendingChanges.clear();
        Set<UUID> shown = new HashSet<>();
        rows.forEach(r -> shown.add(r.contact().id()));
        List<UUID> lookUp = changes.entrySet().stream().filter(e -> !e.getValue() && shown.contains(e.getKey()))
                .map(Map.Entry::getKey).toList();
        liveInFlight = true;
        runner.run(() -> {
            ContactService contacts = logbook.contacts();
            ContactService.Page first = contacts.page(filter, null, PAGE_SIZE);
            Set<UUID> onFirst = new HashSet<>();
            first.contacts().forEach(c -> onFirst.add(c.id()));
            Map<UUID, Contact> later = new HashMap<>();
            for (UUID id : lookUp) {
                if (!onFirst.contains(id)) {
                    contacts.find(id).ifPresent(c -> later.put(id, c));
                }
            }
            return new LiveLoaded(logbook.taxonomy(), first, later);
        }, loaded -> {
            liveInFlight = false;
            if (mine == generation && activeSearch == null) {
                merge(loaded, changes);
            }
            liveRefresh();
        }, t -> {
            liveInFlight = false; // quiet: the next change or refresh tries again
        });
    }

    private void merge(LiveLoaded loaded, Map<UUID, Boolean> changes) {
        String yes = Messages.get("log.returning.yes");
        List<Contact> first = loaded.first().contacts();
        Set<UUID> firstIds = new HashSet<>();
        first.forEach(c -> firstIds.add(c.id()));
        List<ContactLogRow> merged = new ArrayList<>();
        first.forEach(c -> merged.add(ContactFormat.row(c, loaded.taxonomy(), staffNames, yes)));
        PageCursor next = loaded.first().next();
        if (next != null) {
            // Rows already loaded below the first page stay, so "load more" carries on where it was.
            Contact boundary = first.get(first.size() - 1);
            boolean keptAny = false;
            for (ContactLogRow old : rows) {
                UUID id = old.contact().id();
                if (firstIds.contains(id) || !sortsAfter(old.contact(), boundary)) {
                    continue;
                }
                Boolean deleted = changes.get(id);
                if (deleted != null && (deleted || !loaded.laterRows().containsKey(id))) {
                    continue; // deleted, or no longer there
                }
                Contact now = deleted == null ? null : loaded.laterRows().get(id);
                merged.add(now == null ? old : ContactFormat.row(now, loaded.taxonomy(), staffNames, yes));
                keptAny = true;
            }
            if (keptAny) {
                next = cursor;
            }
        }
        liveListener.beforeMerge();
        applyInPlace(merged);
        cursor = next;
        hasMore.set(next != null);
        updateStatus();
        liveListener.afterMerge();
    }

    /** Newest first, as the database pages: by start time, then id (compared as the database compares UUIDs). */
    private static boolean sortsAfter(Contact c, Contact boundary) {
        int byTime = c.startedAt().compareTo(boundary.startedAt());
        if (byTime != 0) {
            return byTime < 0;
        }
        int hi = Long.compareUnsigned(c.id().getMostSignificantBits(), boundary.id().getMostSignificantBits());
        int byId = hi != 0 ? hi
                : Long.compareUnsigned(c.id().getLeastSignificantBits(), boundary.id().getLeastSignificantBits());
        return byId < 0;
    }

    /** Turns {@link #rows} into {@code target} with inserts, removals and replacements only where rows differ. */
    private void applyInPlace(List<ContactLogRow> target) {
        Set<UUID> keep = new HashSet<>();
        target.forEach(r -> keep.add(r.contact().id()));
        rows.removeIf(r -> !keep.contains(r.contact().id()));
        for (int i = 0; i < target.size(); i++) {
            ContactLogRow wanted = target.get(i);
            UUID id = wanted.contact().id();
            if (i < rows.size() && rows.get(i).contact().id().equals(id)) {
                if (!rows.get(i).equals(wanted)) {
                    rows.set(i, wanted);
                }
                continue;
            }
            for (int j = i + 1; j < rows.size(); j++) {
                if (rows.get(j).contact().id().equals(id)) {
                    rows.remove(j);
                    break;
                }
            }
            rows.add(i, wanted);
        }
        if (rows.size() > target.size()) {
            rows.remove(target.size(), rows.size());
        }
    }

    private void updateStatus() {
        String key = searching.get() ? (rows.isEmpty() && !hasMore.get() ? "log.status.noMatches" : "log.status.matches")
                : (rows.isEmpty() ? "log.status.empty" : hasMore.get() ? "log.status.more" : "log.status.all");
        status.say(Messages.get(key, rows.size()));
    }

    // ---- Choices

    private static List<Choice> callerTypeChoices(Taxonomy taxonomy) {
        List<Choice> list = new ArrayList<>();
        list.add(new Choice(null, Messages.get("log.filter.anyCallerType")));
        for (TaxonomyEntry group : taxonomy.all(Dimension.CALLER_GROUP)) {
            list.add(new Choice(GROUP + group.code(), Messages.get("log.filter.group", group.label())));
            for (TaxonomyEntry type : taxonomy.all(Dimension.CALLER_TYPE)) {
                if (group.code().equals(type.group())) {
                    list.add(new Choice(TYPE + type.code(), "    " + type.label()));
                }
            }
        }
        return list;
    }

    private static List<Choice> choices(Taxonomy taxonomy, Dimension dimension, String any) {
        List<Choice> list = new ArrayList<>();
        list.add(new Choice(null, any));
        taxonomy.all(dimension).forEach(e -> list.add(new Choice(e.code(), e.label())));
        return list;
    }

    private static Choice find(List<Choice> choices, String code) {
        for (Choice c : choices) {
            if (Objects.equals(c.code(), code)) {
                return c;
            }
        }
        return choices.isEmpty() ? null : choices.get(0);
    }

    private static String code(ObjectProperty<Choice> p) {
        return p.get() == null ? null : p.get().code();
    }
}
