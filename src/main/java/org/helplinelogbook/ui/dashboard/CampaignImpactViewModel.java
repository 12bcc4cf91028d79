package org.helplinelogbook.ui.dashboard;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.helplinelogbook.domain.Campaign;
import org.helplinelogbook.logbook.FiguresService;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.privacy.DisclosurePolicy;
import org.helplinelogbook.report.Breakdown;
import org.helplinelogbook.report.CampaignImpact;
import org.helplinelogbook.report.CampaignImpact.Phase;
import org.helplinelogbook.report.CategoryCount;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.TaskRunner;
import org.helplinelogbook.ui.common.UserMessages;

/**
 * Campaign impact: weekly data contacts before, during and after a campaign, the uplift and the cost per
 * additional contact, and splits by source and caller group, all under the same disclosure policy as the
 * dashboard (derived figures come from the published window totals, see {@link CampaignImpact#impact}).
 */
public final class CampaignImpactViewModel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yy", Locale.UK);

    /** One week's bar: its label, phase, published text and height; incomplete weeks are marked. */
    record WeekBar(String label, Phase phase, String shown, long length, boolean complete) {}

    /** One row of a split table: label and the published count before, during and after. */
    public record SplitRow(String label, String before, String during, String after) {}

    private final Logbook logbook;
    private final TaskRunner runner;
    private final FiguresService figures;

    private final ObservableList<Campaign> campaigns = FXCollections.observableArrayList();
    private final ObjectProperty<Campaign> campaign = new SimpleObjectProperty<>();
    private final IntegerProperty weeks = new SimpleIntegerProperty(4);
    private final BooleanProperty exact = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper windowTotals = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper uplift = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper meanBefore = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper meanDuring = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper additional = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper costPerAdditional = new ReadOnlyStringWrapper("");
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
    }

    // ---- Commands

    /** Reads the campaigns (newest first) and chooses the newest. */
    public void loadCampaigns() {
        runner.run(() -> logbook.campaigns().list(), list -> {
            List<Campaign> newestFirst = new ArrayList<>(list);
            newestFirst.sort((a, b) -> b.startsOn().compareTo(a.startsOn()));
            campaigns.setAll(newestFirst);
            if (!newestFirst.isEmpty() && campaign.get() == null) {
                campaign.set(newestFirst.get(0));
            }
        }, this::fail);
    }

    /** Measures the chosen campaign with the chosen number of weeks each side. */
    public void load() {
        Campaign c = campaign.get();
        if (c == null) {
            return;
        }
        int n = weeks.get();
        long token = ++loadCount;
        busy.set(true);
        message.set("");
        runner.run(() -> figures.campaignImpact(c, n), result -> {
            if (token == loadCount) {
                busy.set(false);
                impact.set(result);
                render();
            }
        }, t -> {
            if (token == loadCount) {
                fail(t);
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
        heading.set(Messages.get("dashboard.campaign.heading", ci.campaignName(),
                ci.startsOn().format(DAY), ci.endsOn().format(DAY), ci.weeksEachSide()));
        windowTotals.set(Messages.get("dashboard.campaign.windows", policy.cell(ci.window(Phase.BEFORE).contacts()), policy.cell(ci.window(Phase.DURING).contacts()),
                policy.cell(ci.window(Phase.AFTER).contacts())));
        CampaignImpact.Impact i = ci.impact(policy);
        uplift.set(i.upliftPercent().map(p -> signed(p, policy)).orElse(na));
        meanBefore.set(number(i.meanWeeklyBefore(), na));
        meanDuring.set(number(i.meanWeeklyDuring(), na));
        additional.set(number(i.additionalContacts(), na));
        costPerAdditional.set(money(i.costPerAdditionalContact(), ci.currency(), na));
        List<WeekBar> bars = new ArrayList<>();
        for (CampaignImpact.Window w : ci.windows()) {
            for (CampaignImpact.Week week : w.weeks()) {
                bars.add(new WeekBar(week.first().format(DAY), w.phase(), policy.cell(week.contacts()),
                        policy.published(week.contacts()).orElse(0), week.complete()));
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
            for (CategoryCount row : which.apply(w).rows()) {
                labels.putIfAbsent(row.code(), row.label());
            }
        }
        List<SplitRow> rows = new ArrayList<>();
        labels.forEach((code, label) -> rows.add(new SplitRow(label,
                policy.cell(which.apply(ci.window(Phase.BEFORE)).count(code)),
                policy.cell(which.apply(ci.window(Phase.DURING)).count(code)),
                policy.cell(which.apply(ci.window(Phase.AFTER)).count(code)))));
        return rows;
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

    private void fail(Throwable t) {
        busy.set(false);
        message.set(UserMessages.describe(t));
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

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty windowTotalsProperty() {
        return windowTotals.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty upliftProperty() {
        return uplift.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty meanBeforeProperty() {
        return meanBefore.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty meanDuringProperty() {
        return meanDuring.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty additionalProperty() {
        return additional.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty costPerAdditionalProperty() {
        return costPerAdditional.getReadOnlyProperty();
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
