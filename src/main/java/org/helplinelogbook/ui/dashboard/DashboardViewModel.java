package org.helplinelogbook.ui.dashboard;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.logbook.FiguresService;
import org.helplinelogbook.logbook.ListChanges;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.privacy.DisclosurePolicy;
import org.helplinelogbook.report.Breakdown;
import org.helplinelogbook.report.Period;
import org.helplinelogbook.report.PeriodSummary.Granularity;
import org.helplinelogbook.report.PeriodSummary;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.ShownTexts;
import org.helplinelogbook.ui.common.TaskRunner;
import org.helplinelogbook.ui.common.WorkStatus;

/**
 * The dashboard's state: the chosen period, and every figure of its summary as text and bar lengths under the
 * disclosure policy (the default one, or true figures when a manager turns on "exact figures", which raises the
 * INTERNAL flag). Summaries are read on the {@link TaskRunner}; switching policy re-renders the figures already
 * read. Refuses to exist for anyone but a manager.
 */
public final class DashboardViewModel {

    /** The dimensions shown as bar charts, in the dashboard's order. */
    static final List<Dimension> CHARTED = List.of(Dimension.CHANNEL, Dimension.CALLER_TYPE, Dimension.CALLER_GROUP,
            Dimension.TOPIC, Dimension.OUTCOME, Dimension.SOURCE);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

    /** A point of the contacts-over-time series: its label, published text and bar height. */
    record Point(String label, String shown, long length) {}

    /** A heat-map cell: weekday (1 = Monday), hour, published text and shade 0..1. */
    record Cell(int dayOfWeek, int hour, String shown, double shade) {}

    /** The heading lines and the figure cards, worked out together from one summary. */
    public enum Text {
        TITLE, COMPARISON, POLICY_LINE, TOTAL, DATA_CONTACTS, NON_DATA_CONTACTS, WITH_CODE, DISTINCT_CODES,
        MEDIAN_MINUTES, P90_MINUTES
    }

    private final Logbook logbook;
    private final TaskRunner runner;
    private final FiguresService figures;
    private final Consumer<ContactFilter> openContactLog;
    private final LocalDate today;

    // ---- Properties

    private final ObjectProperty<Period.Kind> kind = new SimpleObjectProperty<>(Period.Kind.MONTH);
    private final ObservableList<Period> choices = FXCollections.observableArrayList();
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> rangeFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> rangeTo = new SimpleObjectProperty<>();
    private final BooleanProperty exact = new SimpleBooleanProperty(false);
    private final ObjectProperty<Granularity> granularity = new SimpleObjectProperty<>(Granularity.DAY);

    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    /** Busy while reading; its message is the one line, for a failure or a wrong range too. */
    private final WorkStatus status = new WorkStatus();
    private final ShownTexts<Text> texts = new ShownTexts<>(Text.class);
    private final ReadOnlyObjectWrapper<PeriodSummary> summary = new ReadOnlyObjectWrapper<>();

    private final Map<Dimension, ObservableList<Figures.Bar>> bars = new EnumMap<>(Dimension.class);
    private final ObservableList<Figures.Bar> dataBars = FXCollections.observableArrayList();
    private final ObservableList<Figures.Bar> codeBars = FXCollections.observableArrayList();
    private final ObservableList<Point> series = FXCollections.observableArrayList();
    private final ObservableList<Cell> heat = FXCollections.observableArrayList();

    private long loadCount;

    public DashboardViewModel(Logbook logbook, TaskRunner runner, Consumer<ContactFilter> openContactLog) {
        this(logbook, runner, openContactLog, Clock.systemDefaultZone());
    }

    DashboardViewModel(Logbook logbook, TaskRunner runner, Consumer<ContactFilter> openContactLog, Clock clock) {
        logbook.actor().requireManager("see the dashboard");
        this.logbook = logbook;
        this.runner = runner;
        this.openContactLog = openContactLog;
        this.figures = logbook.figures();
        this.today = LocalDate.now(clock.withZone(logbook.zone()));
        for (Dimension d : CHARTED) {
            bars.put(d, FXCollections.observableArrayList());
        }
        // Opens on the current month; the first refresh moves to the latest month with contacts if this one has none.
        Period lastMonth = Period.month(YearMonth.from(today));
        rangeFrom.set(lastMonth.firstDay());
        rangeTo.set(lastMonth.lastDay());
        choices.setAll(PeriodChoices.recent(Period.Kind.MONTH, today));
        period.set(lastMonth);
        kind.addListener((o, was, now) -> kindChanged(now));
        rangeFrom.addListener((o, was, now) -> rangeChanged());
        rangeTo.addListener((o, was, now) -> rangeChanged());
        period.addListener((o, was, now) -> {
            if (now != null && !returning) {
                granularity.set(defaultGranularity(now));
                refresh();
            }
        });
        exact.addListener((o, was, now) -> {
            render();
            if (now) {
                // ADR 0004: exact figures are for internal use; who looked at them is worth a trail (no values).
                runner.run(figures::exactFiguresShown, status::failInMessage);
            }
        });
        granularity.addListener((o, was, now) -> render());
        granularity.set(defaultGranularity(lastMonth));
        // Relabelled, added or retired codes show in the charts at once (the figures are read afresh).
        taxonomyFollower = logbook.listChanges().subscribe(EnumSet.of(ListChanges.Kind.TAXONOMY),
                kind -> runner.post(() -> {
                    if (opened) {
                        refresh();
                    }
                }));
    }

    private final ListChanges.Subscription taxonomyFollower;

    /** Stops following taxonomy changes (the dashboard is gone for good). */
    public void dispose() {
        taxonomyFollower.close();
    }

    // ---- The place to come back to (after unlocking)

    /**
     * The period on show (its kind, the period itself, and the chart's steps), to show again after the screen was
     * locked. Exact figures are not carried over: unlocking always comes back to the protected figures.
     */
    public record Place(Period.Kind kind, Period period, Granularity granularity) {}

    public Place place() {
        return new Place(kind.get(), period.get(), granularity.get());
    }

    /** Shows the period of {@code place} instead of the opening month, with one read of the figures. */
    public void returnTo(Place place) {
        if (place.period() == null) {
            return;
        }
        opened = true; // the opening month is not looked for: a look still on its way is ignored
        openingLook++;
        returning = true;
        try {
            if (place.kind() == Period.Kind.RANGE) {
                rangeFrom.set(place.period().firstDay());
                rangeTo.set(place.period().lastDay());
            }
            kind.set(place.kind());
            if (place.kind() != Period.Kind.RANGE && !choices.contains(place.period())) {
                choices.add(place.period());
            }
            period.set(place.period());
            granularity.set(place.granularity() == null ? defaultGranularity(place.period()) : place.granularity());
        } finally {
            returning = false;
        }
        refresh();
    }

    /** True while {@link #returnTo} sets the period's parts, so they cause one read, not several. */
    private boolean returning;

    // ---- Commands

    /** Reads the chosen period's summary in the background and shows it. */
    public void refresh() {
        Period p = period.get();
        if (p == null) {
            return;
        }
        if (!opened) {
            opened = true;
            openOnCurrentOrLatestMonth(p);
            return;
        }
        long token = ++loadCount;
        status.setBusy(true);
        status.say("");
        runner.run(() -> figures.summarise(p, today), s -> {
            if (token == loadCount) {
                status.setBusy(false);
                summary.set(s);
                loaded.set(true);
                render();
            }
        }, t -> {
            if (token == loadCount) {
                status.failInMessage(t);
            }
        });
    }

    /** Whether the first refresh (which picks the opening month) has run. */
    private boolean opened;
    /** Counts looks for the opening month; {@link #returnTo} moves it on, so a look on its way is ignored. */
    private long openingLook;

    /**
     * The dashboard opens on the current month when it has contacts, otherwise on the latest earlier month that has
     * some (a quiet start of the month, or a logbook of past data), so the first screen is never empty for nothing.
     */
    private void openOnCurrentOrLatestMonth(Period current) {
        long opening = ++openingLook;
        ZoneId zone = logbook.zone();
        status.setBusy(true);
        runner.run(() -> {
            if (logbook.contacts().count(ContactFilter.ALL.withPeriod(current.start(zone), current.endExclusive(zone))) > 0) {
                return current;
            }
            var newest = logbook.contacts().page(ContactFilter.ALL.withPeriod(null, current.start(zone)), null, 1);
            return newest.contacts().isEmpty() ? current
                    : Period.month(YearMonth.from(newest.contacts().get(0).startedAt()));
        }, month -> {
            if (opening != openingLook) {
                return; // the person came back to another period meanwhile (after unlocking)
            }
            if (month.equals(period.get())) {
                refresh();
            } else {
                if (!choices.contains(month)) {
                    choices.add(month);
                }
                period.set(month); // its listener refreshes
            }
        }, status::failInMessage);
    }

    /** The contact-log filter for one category of the shown period. */
    public ContactFilter filterFor(Dimension dimension, String code) {
        Period p = period.get();
        var f = new ContactFilter(p.start(logbook.zone()), p.endExclusive(logbook.zone()),
                dimension == Dimension.CHANNEL ? code : null,
                dimension == Dimension.CALLER_TYPE ? code : null,
                dimension == Dimension.CALLER_GROUP ? code : null,
                dimension == Dimension.TOPIC ? code : null,
                dimension == Dimension.OUTCOME ? code : null,
                dimension == Dimension.SOURCE ? code : null, null, null);
        return f;
    }

    /** The contact-log filter for the period's data (or non-data) contacts. */
    public ContactFilter filterForData(boolean data) {
        Period p = period.get();
        return new ContactFilter(p.start(logbook.zone()), p.endExclusive(logbook.zone()), null, null, null, null,
                null, null, null, data);
    }

    /** Opens the contact log on a category's contacts (a clicked bar). */
    public void open(Dimension dimension, String code) {
        openContactLog.accept(filterFor(dimension, code));
    }

    public void openData(boolean data) {
        openContactLog.accept(filterForData(data));
    }

    /** The policy figures are shown under now. */
    public DisclosurePolicy policy() {
        return exact.get() ? DisclosurePolicy.EXACT : DisclosurePolicy.DEFAULT;
    }

    // ---- Rendering

    private void render() {
        PeriodSummary s = summary.get();
        if (s == null) {
            return;
        }
        DisclosurePolicy policy = policy();
        String na = Messages.get("dashboard.na");
        texts.set(Text.TITLE, PeriodChoices.name(s.period()));
        String line = Messages.get("dashboard.policy", policy.describe());
        // a range of days is not a published period: say so where the figures are (the export refuses it)
        texts.set(Text.POLICY_LINE, s.period().kind() == Period.Kind.RANGE ? line + " " + Messages.get("dashboard.rangeInternal")
                : line);
        var t = s.totals();
        // a table whose total is * is * throughout, zeros too, as in the exports; data contacts hide their tables
        boolean allHidden = policy.suppressed(t.all());
        boolean dataHidden = allHidden || policy.suppressed(t.data());
        texts.set(Text.TOTAL, policy.cell(t.all()));
        texts.set(Text.DATA_CONTACTS, Figures.cell(t.data(), policy, allHidden));
        texts.set(Text.NON_DATA_CONTACTS, Figures.cell(t.nonData(), policy, allHidden));
        texts.set(Text.WITH_CODE, Figures.cell(s.callerCodes().contactsWithCode(), policy, allHidden));
        texts.set(Text.DISTINCT_CODES, Figures.cell(s.callerCodes().distinctCodes(), policy, allHidden));
        var d = s.durations();
        texts.set(Text.MEDIAN_MINUTES, Figures.minutes(d.medianSeconds(), d.contacts(), policy, dataHidden, na));
        texts.set(Text.P90_MINUTES, Figures.minutes(d.p90Seconds(), d.contacts(), policy, dataHidden, na));
        long before = s.lastYear().totals().all();
        // A period still under way is compared with the same days last year, and says so (issue 17's pictures).
        boolean soFar = s.period().underWayOn(today);
        texts.set(Text.COMPARISON, Messages.get(soFar ? "dashboard.compareSoFar" : "dashboard.compare",
                PeriodChoices.name(s.lastYear().period()), policy.cell(before), policy.change(t.all(), before).orElse(na),
                PeriodChoices.name(s.period()), PeriodChoices.day(today)));
        for (Dimension dim : CHARTED) {
            Breakdown b = s.breakdown(dim);
            bars.get(dim).setAll(Figures.bars(b, policy, b.dataOnly() ? dataHidden : allHidden));
        }
        dataBars.setAll(
                Figures.bar("data", Messages.get("dashboard.bar.data"), t.data(), policy, true, allHidden),
                Figures.bar("non_data", Messages.get("dashboard.bar.nonData"), t.nonData(), policy, true, allHidden));
        codeBars.setAll(
                Figures.bar("all", Messages.get("dashboard.bar.contacts"), t.all(), policy, false),
                Figures.bar("with_code", Messages.get("dashboard.bar.withCode"),
                        s.callerCodes().contactsWithCode(), policy, false, allHidden),
                Figures.bar("distinct", Messages.get("dashboard.bar.distinctCodes"),
                        s.callerCodes().distinctCodes(), policy, false, allHidden));
        renderSeries(s, policy);
        renderHeat(s, policy);
    }

    private void renderSeries(PeriodSummary s, DisclosurePolicy policy) {
        List<Point> points = new ArrayList<>();
        Granularity g = granularity.get();
        for (PeriodSummary.SeriesPoint p : s.series(g)) {
            String label = switch (g) {
                case DAY -> p.start().format(DAY);
                case WEEK -> p.start().format(DAY);
                case MONTH -> p.start().format(MONTH);
            };
            points.add(new Point(label, policy.cell(p.all()), policy.published(p.all()).orElse(0)));
        }
        series.setAll(points);
    }

    private void renderHeat(PeriodSummary s, DisclosurePolicy policy) {
        long max = 0;
        for (var c : s.heatMap()) {
            max = Math.max(max, policy.published(c.count()).orElse(0));
        }
        List<Cell> cells = new ArrayList<>(7 * 24);
        for (int dow = 1; dow <= 7; dow++) {
            for (int hour = 0; hour < 24; hour++) {
                long count = s.heat(dow, hour);
                cells.add(new Cell(dow, hour, policy.cell(count), Figures.shade(count, max, policy)));
            }
        }
        heat.setAll(cells);
    }

    private void kindChanged(Period.Kind now) {
        if (now == Period.Kind.RANGE) {
            choices.clear();
            rangeChanged();
        } else {
            choices.setAll(PeriodChoices.recent(now, today));
            period.set(PeriodChoices.lastComplete(now, today));
        }
    }

    private void rangeChanged() {
        if (kind.get() != Period.Kind.RANGE) {
            return;
        }
        LocalDate from = rangeFrom.get();
        LocalDate to = rangeTo.get();
        if (from == null || to == null || to.isBefore(from)) {
            status.say(Messages.get("dashboard.range.invalid"));
            return;
        }
        status.say("");
        period.set(Period.range(from, to));
    }

    private static Granularity defaultGranularity(Period p) {
        return p.days() <= 62 ? Granularity.DAY : p.days() <= 184 ? Granularity.WEEK : Granularity.MONTH;
    }

    /** Weekday names for the heat map's rows, Monday first. */
    static String weekday(int dayOfWeek) {
        return DayOfWeek.of(dayOfWeek).getDisplayName(TextStyle.SHORT, Locale.UK);
    }

    // ---- Accessors

    public ObjectProperty<Period.Kind> kindProperty() {
        return kind;
    }

    public ObservableList<Period> choices() {
        return choices;
    }

    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    public ObjectProperty<LocalDate> rangeFromProperty() {
        return rangeFrom;
    }

    public ObjectProperty<LocalDate> rangeToProperty() {
        return rangeTo;
    }

    public BooleanProperty exactProperty() {
        return exact;
    }

    /** True while exact figures are shown: the view must show the INTERNAL banner. */
    public ReadOnlyBooleanProperty internalProperty() {
        return exact;
    }

    public ObjectProperty<Granularity> granularityProperty() {
        return granularity;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public WorkStatus status() {
        return status;
    }

    /** The period's heading lines and figure cards, under the chosen disclosure policy. */
    public ReadOnlyStringProperty text(Text which) {
        return texts.get(which);
    }

    public ReadOnlyObjectProperty<PeriodSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    ObservableList<Figures.Bar> bars(Dimension dimension) {
        return bars.get(dimension);
    }

    ObservableList<Figures.Bar> dataBars() {
        return dataBars;
    }

    ObservableList<Figures.Bar> codeBars() {
        return codeBars;
    }

    ObservableList<Point> series() {
        return series;
    }

    ObservableList<Cell> heat() {
        return heat;
    }
}
