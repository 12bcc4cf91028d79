package org.helplinelogbook.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.helplinelogbook.privacy.DisclosurePolicy;

/**
 * Data contacts in the weeks before, during and after an awareness campaign, as true counts. Only the campaign's
 * name, dates and cost are kept: never its notes. Derived figures (uplift, cost per additional contact) depend on
 * the disclosure policy, so they come from {@link #impact(DisclosurePolicy)}.
 *
 * @param weeksEachSide length of the before and after windows in weeks
 * @param windows before, during and after, in that order
 * @param organisation the organisation's name that heads every export (a manager setting)
 */
public record CampaignImpact(
        String campaignName,
        LocalDate startsOn,
        LocalDate endsOn,
        BigDecimal cost,
        String currency,
        int weeksEachSide,
        int taxonomyVersion,
        Instant generatedAt,
        String auditAnchor,
        List<Window> windows,
        String organisation,
        boolean demo) {

    /** A campaign's impact in a real logbook (not a demo one). */
    public CampaignImpact(String campaignName, LocalDate startsOn, LocalDate endsOn, BigDecimal cost, String currency,
            int weeksEachSide, int taxonomyVersion, Instant generatedAt, String auditAnchor, List<Window> windows,
            String organisation) {
        this(campaignName, startsOn, endsOn, cost, currency, weeksEachSide, taxonomyVersion, generatedAt, auditAnchor,
                windows, organisation, false);
    }

    public enum Phase {
        BEFORE, DURING, AFTER;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Up to seven days of a window; the last week of "during" is shorter when the campaign is not whole weeks.
     *
     * @param complete false when the week had not ended when the figures were taken
     */
    public record Week(LocalDate first, LocalDate last, long contacts, boolean complete) {
        public long days() {
            return ChronoUnit.DAYS.between(first, last) + 1;
        }
    }

    /** One window with its weekly series and its splits by source and caller group (data contacts). */
    public record Window(Phase phase, LocalDate first, LocalDate last, long contacts, List<Week> weeks,
            Breakdown bySource, Breakdown byCallerGroup) {
        public Window {
            weeks = List.copyOf(weeks);
        }

        public long days() {
            return ChronoUnit.DAYS.between(first, last) + 1;
        }

        public boolean complete() {
            return weeks.stream().allMatch(Week::complete);
        }
    }

    /**
     * Figures derived under a disclosure policy, each empty when undefined or when it would depend on a
     * suppressed count. Under control they are computed from the published (rounded) window totals.
     *
     * @param meanWeeklyBefore mean contacts per week before the campaign
     * @param meanWeeklyDuring mean contacts per week during the campaign
     * @param upliftPercent change of the weekly mean during against before
     * @param expectedDuring contacts expected during the campaign at the rate before it
     * @param additionalContacts during minus expected (may be negative)
     * @param costPerAdditionalContact cost / additional contacts; empty without cost or without uplift
     */
    public record Impact(Optional<Double> meanWeeklyBefore, Optional<Double> meanWeeklyDuring,
            Optional<Double> upliftPercent, Optional<Double> expectedDuring, Optional<Double> additionalContacts,
            Optional<BigDecimal> costPerAdditionalContact) {}

    public CampaignImpact {
        windows = List.copyOf(windows);
    }

    public Window window(Phase phase) {
        return windows.stream().filter(w -> w.phase() == phase).findFirst().orElseThrow();
    }

    /** {@link #impact(DisclosurePolicy, OptionalLong, OptionalLong)} of the window totals published cell by cell. */
    public Impact impact(DisclosurePolicy policy) {
        return impact(policy, policy.published(window(Phase.BEFORE).contacts()),
                policy.published(window(Phase.DURING).contacts()));
    }

    /** The derived figures from the published totals before and during (empty = {@code *}). */
    public Impact impact(DisclosurePolicy policy, OptionalLong b, OptionalLong d) {
        Window before = window(Phase.BEFORE);
        Window during = window(Phase.DURING);
        Optional<Double> meanBefore = b.isPresent()
                ? Optional.of(b.getAsLong() * 7.0 / before.days()) : Optional.empty();
        Optional<Double> meanDuring = d.isPresent()
                ? Optional.of(d.getAsLong() * 7.0 / during.days()) : Optional.empty();
        Optional<Double> uplift = meanBefore.isPresent() && meanDuring.isPresent() && meanBefore.get() > 0
                ? Optional.of(100.0 * (meanDuring.get() - meanBefore.get()) / meanBefore.get()) : Optional.empty();
        Optional<Double> expected = meanBefore.map(m -> m * during.days() / 7.0);
        Optional<Double> additional = expected.isPresent() && d.isPresent()
                ? Optional.of(d.getAsLong() - expected.get()) : Optional.empty();
        Optional<BigDecimal> costPer = cost != null && additional.isPresent() && additional.get() > 1e-9
                ? Optional.of(cost.divide(BigDecimal.valueOf(additional.get()), 2, RoundingMode.HALF_UP))
                : Optional.empty();
        return new Impact(meanBefore, meanDuring, uplift, expected, additional, costPer);
    }
}
