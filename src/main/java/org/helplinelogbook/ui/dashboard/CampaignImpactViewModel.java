package org.helplinelogbook.ui.dashboard;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.helplinelogbook.domain.Campaign;
import org.helplinelogbook.logbook.FiguresService;
import org.helplinelogbook.logbook.ListChanges;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.privacy.DisclosurePolicy;
import org.helplinelogbook.report.Breakdown;
import org.helplinelogbook.report.CampaignImpact.Phase;
import org.helplinelogbook.report.CampaignImpact;
import org.helplinelogbook.report.CategoryCount;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.ShownTexts;
import org.helplinelogbook.ui.common.TaskRunner;
import org.helplinelogbook.ui.common.WorkStatus;

/**
 * Campaign impact: weekly data contacts before, during and after a campaign, the uplift and the cost per
 * additional contact, and splits by source and caller group, all under the same disclosure policy as the
 * dashboard (derived figures come from the published window totals, see {@link CampaignImpact#impact}).
 */
public final class CampaignImpactViewModel {

    /** en-GB with four-digit years, as every date in the app writes a day ("25 Sept 2023"; was "25 Sept 23"). */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** One week's bar: its label, phase, published text ({@code *} when hidden) and height; incomplete weeks are marked. */
    record WeekBar(String label, Phase phase, String shown, long length, boolean complete) {}

    /** One row of a split table: label and the published count before, during and after. */
    public record SplitRow(String label, String before, String during, String after) {}

    /** The texts worked out together for the measured campaign, under the chosen disclosure policy. */
    public enum Text { HEADING, WINDOW_TOTALS, UPLIFT, MEAN_BEFORE, MEAN_DURING, ADDITIONAL, COST_PER_ADDITIONAL }

    private final Logbook logbook;
    private final TaskRunner runner;
    private final FiguresService figures;

    private final ObservableList<Campaign> campaigns = FXCollections.observableArrayList();
    private final ObjectProperty<Campaign> campaign = new SimpleObjectProperty<>();
    private final IntegerProperty weeks = new SimpleIntegerProperty(4);
    private final BooleanProperty exact = new SimpleBooleanProperty(false);
    /** Busy while measuring; its message is the one line, for a failure too. */
    private final WorkStatus status = new WorkStatus();
    private final ShownTexts<Text> texts = new ShownTexts<>(Text.class);
    private final ReadOnlyObjectWrapper<CampaignImpact> impact = new ReadOnlyObjectWrapper<>();
    private final ObservableList<WeekBar> weekBars = FXCollections.observableArrayList();
    private final ObservableList<SplitRow> bySource = FXCollections.observableArrayList();
    private final ObservableList<SplitRow> byGroup = FXCollections.observableArrayList();

    private long loadCount;

    public CampaignImpactViewModel(Logbook logbook, TaskRunner runner) {
        logbook.actor().requireManager("see campaign figures");
        this.logbook = logbook;
        this.runner = runner;
        this.figures = logbook.figures();
        campaign.addListener((o, was, now) -> {
            if (now != null) {
                weeks.set(defaultWeeks(now));
                load();
            }
        });
        exact.addListener((o, was, now) -> render());
        // A campaign added, edited or deleted on the Campaigns screen shows here at once.
        campaignFollower = logbook.listChanges().subscribe(EnumSet.of(
                ListChanges.Kind.CAMPAIGNS), kind -> runner.post(this::loadCampaigns));
    }

    private final ListChanges.Subscription campaignFollower;

    /** Stops following campaign changes (the dashboard is gone for good). */
    public void dispose() {
        campaignFollower.close();
    }

    /** The campaign on show and its weeks each side, to show again after the screen was locked. */
    public record Place(Long campaignId, int weeks) {}

    public Place place() {
        Campaign c = campaign.get();
        return new Place(c == null ? null : c.id(), weeks.get());
    }

    /** Shows the campaign of {@code place} once the campaigns are read (the newest when it is gone). */
    public void returnTo(Place place) {
        waitingPlace = place;
        if (!campaigns.isEmpty()) {
            applyWaitingPlace();
        }
    }

    private Place waitingPlace;

    private void applyWaitingPlace() {
        Place place = waitingPlace;
        waitingPlace = null;
        if (place == null || place.campaignId() == null) {
            return;
        }
        campaigns.stream().filter(c -> c.id() == place.campaignId()).findFirst().ifPresent(c -> {
            if (!c.equals(campaign.get())) {
                campaign.set(c); // its listener sets the default weeks and reads
            }
            if (weeks.get() != place.weeks()) {
                weeks.set(place.weeks());
                load();
            }
        });
    }

    // ---- Commands

    /** Reads the campaigns (newest first) and chooses the newest. */
    public void loadCampaigns() {
        runner.run(() -> logbook.campaigns().list(), list -> {
            List<Campaign> newestFirst = new ArrayList<>(list);
            newestFirst.sort((a, b) -> b.startsOn().compareTo(a.startsOn()));
            Campaign chosen = campaign.get();
            campaigns.setAll(newestFirst);
            // The chosen campaign stays chosen, as it is now (edited dates are measured afresh); if it was deleted,
            // or none was chosen yet, the newest is shown.
            Campaign now = chosen == null ? null
                    : newestFirst.stream().filter(c -> c.id() == chosen.id()).findFirst().orElse(null);
            if (now == null && !newestFirst.isEmpty()) {
                now = newestFirst.get(0);
            }
            if (now != null && now != chosen) {
                campaign.set(now); // an equal campaign (unchanged) is not measured again
            }
            applyWaitingPlace();
        }, status::failInMessage);
    }

    /** Measures the chosen campaign with the chosen number of weeks each side. */
    public void load() {
        Campaign c = campaign.get();
        if (c == null) {
            return;
        }
        int n = weeks.get();
        long token = ++loadCount;
        status.setBusy(true);
        status.say("");
        runner.run(() -> figures.campaignImpact(c, n), result -> {
            if (token == loadCount) {
                status.setBusy(false);
                impact.set(result);
                render();
            }
        }, t -> {
            if (token == loadCount) {
                status.failInMessage(t);
            }
        });
    }

    /** The campaign's own length in whole weeks, rounded up: the default for "weeks before and after". */
    static int defaultWeeks(Campaign c) {
        return (int) ((c.lengthInDays() + 6) / 7);
    }

    public DisclosurePolicy policy() {
        return exact.get() ? DisclosurePolicy.EXACT : DisclosurePolicy.DEFAULT;
    }

    // ---- Rendering

    private void render() {
        CampaignImpact ci = impact.get();
        if (ci == null) {
            return;
        }
        DisclosurePolicy policy = policy();
        String na = Messages.get("dashboard.na");
        texts.set(Text.HEADING, Messages.get("dashboard.campaign.heading", ci.campaignName(),
                ci.startsOn().format(DAY), ci.endsOn().format(DAY), ci.weeksEachSide()));
        texts.set(Text.WINDOW_TOTALS, Messages.get("dashboard.campaign.windows", policy.cell(ci.window(Phase.BEFORE).contacts()), policy.cell(ci.window(Phase.DURING).contacts()),
                policy.cell(ci.window(Phase.AFTER).contacts())));
        CampaignImpact.Impact i = ci.impact(policy);
        texts.set(Text.UPLIFT, i.upliftPercent().map(p -> signed(p, policy)).orElse(na));
        texts.set(Text.MEAN_BEFORE, number(i.meanWeeklyBefore(), na));
        texts.set(Text.MEAN_DURING, number(i.meanWeeklyDuring(), na));
        texts.set(Text.ADDITIONAL, number(i.additionalContacts(), na));
        texts.set(Text.COST_PER_ADDITIONAL, money(i.costPerAdditionalContact(), ci.currency(), na));
        List<WeekBar> bars = new ArrayList<>();
        for (CampaignImpact.Window w : ci.windows()) {
            // a window whose total is * is * in every week, zeros too, as in the export
            boolean hidden = policy.suppressed(w.contacts());
            for (CampaignImpact.Week week : w.weeks()) {
                bars.add(new WeekBar(week.first().format(DAY), w.phase(), Figures.cell(week.contacts(), policy, hidden),
                        hidden ? 0 : policy.published(week.contacts()).orElse(0), week.complete()));
            }
        }
        weekBars.setAll(bars);
        bySource.setAll(split(ci, policy, CampaignImpact.Window::bySource));
        byGroup.setAll(split(ci, policy, CampaignImpact.Window::byCallerGroup));
    }

    private static List<SplitRow> split(CampaignImpact ci, DisclosurePolicy policy,
            Function<CampaignImpact.Window, Breakdown> which) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (CampaignImpact.Window w : ci.windows()) {
            boolean hidden = policy.suppressed(w.contacts());
            for (CategoryCount row : which.apply(w).rows()) {
                // a row that exists only when someone had it is not listed from a window hidden whole
                if (row.active() || !hidden) {
                    labels.putIfAbsent(row.code(), row.label());
                }
            }
        }
        List<SplitRow> rows = new ArrayList<>();
        labels.forEach((code, label) -> rows.add(new SplitRow(label,
                windowCell(ci.window(Phase.BEFORE), which, code, policy),
                windowCell(ci.window(Phase.DURING), which, code, policy),
                windowCell(ci.window(Phase.AFTER), which, code, policy))));
        return rows;
    }

    private static String windowCell(CampaignImpact.Window w, Function<CampaignImpact.Window, Breakdown> which,
            String code, DisclosurePolicy policy) {
        return Figures.cell(which.apply(w).count(code), policy, policy.suppressed(w.contacts()));
    }

    private static String signed(double pct, DisclosurePolicy policy) {
        String text = policy.exact() ? String.format(Locale.UK, "%.1f%%", pct) : Math.round(pct) + "%";
        return pct > 0 ? "+" + text : text;
    }

    private static String number(Optional<Double> value, String na) {
        return value.map(v -> String.format(Locale.UK, "%.1f", v)).orElse(na);
    }

    private static String money(Optional<BigDecimal> value, String currency, String na) {
        return value.map(v -> ("GBP".equals(currency) ? "£" : currency + " ") + v.toPlainString()).orElse(na);
    }

    // ---- Accessors

    public ObservableList<Campaign> campaigns() {
        return campaigns;
    }

    public ObjectProperty<Campaign> campaignProperty() {
        return campaign;
    }

    public IntegerProperty weeksProperty() {
        return weeks;
    }

    public BooleanProperty exactProperty() {
        return exact;
    }

    public WorkStatus status() {
        return status;
    }

    public ReadOnlyStringProperty text(Text which) {
        return texts.get(which);
    }

    public ReadOnlyObjectProperty<CampaignImpact> impactProperty() {
        return impact.getReadOnlyProperty();
    }

    ObservableList<WeekBar> weekBars() {
        return weekBars;
    }

    public ObservableList<SplitRow> bySource() {
        return bySource;
    }

    public ObservableList<SplitRow> byGroup() {
        return byGroup;
    }
}
