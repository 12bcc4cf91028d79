package org.helplinelogbook.logbook;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import org.helplinelogbook.domain.Campaign;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.domain.LogbookSettings;

/**
 * Realistic synthetic contacts for trying the app and for benchmarks, drawn from the distributions in
 * {@code seeds/demo.properties}. Deterministic for a given seed and "today".
 */
public final class DemoData {

    /** About 17,000 contacts a year, as a UK helpline of this kind receives. */
    static final int CONTACTS_PER_YEAR = 17_000;
    private static final int BATCH = 2_000;

    /** Distinct codewords in a demo logbook: returning callers' and one-off ones (see {@link #generate}). */
    private static final int RETURNING_CODES = 500;
    private static final int ONE_OFF_CODES = 1_000;
    private static final String[] NOTE_PHRASES = {
        "Caller worried about their own thoughts; talked through what helps them stay safe.",
        "Discussed the impact of an arrest on the family and what happens next.",
        "Explored escalation from adult pornography and agreed some first steps.",
        "Partner of someone under investigation; gave information about support for families.",
        "Parent worried about a child's behaviour online; talked through protective actions.",
        "Signposted to the self-help material and offered a follow-up call.",
    };

    private final Properties p;
    private final SplittableRandom random;
    private final List<Campaign> campaigns;
    private final Weighted callerTypes;
    private final Weighted nonData;
    private final Weighted channels;
    private final Weighted topics;
    private final Weighted outcomes;
    private final Weighted sources;
    private final Weighted hours;
    private final Weighted weekdays;
    private final Weighted topicsPerContact;
    private final Weighted outcomesPerContact;
    /** Weekday weights by ISO day (1 = Monday) over the largest, read once: {@link #day} runs millions of times. */
    private final double[] weekdayShare = new double[8];

    public DemoData(long seed, List<Campaign> campaigns) {
        this.p = Seeds.demoDistributions();
        this.random = new SplittableRandom(seed);
        this.campaigns = campaigns;
        this.callerTypes = Weighted.prefixed(p, "caller_type.");
        this.nonData = Weighted.prefixed(p, "non_data.");
        this.channels = Weighted.prefixed(p, "channel.");
        this.topics = Weighted.prefixed(p, "topic.");
        this.outcomes = Weighted.prefixed(p, "outcome.");
        this.sources = Weighted.prefixed(p, "source.");
        this.hours = Weighted.list(p.getProperty("hours"));
        this.weekdays = Weighted.list(p.getProperty("weekdays"));
        this.topicsPerContact = Weighted.list(p.getProperty("topics_per_contact"));
        this.outcomesPerContact = Weighted.list(p.getProperty("outcomes_per_contact"));
        int maxWeekday = weekdays.maxWeight();
        for (int d = 1; d <= 7; d++) {
            weekdayShare[d] = weekdays.weightOf(d) / (double) maxWeekday;
        }
    }

    /**
     * Generates {@code count} contacts ending today and saves them in batches, oldest first (as a logbook fills up
     * in real life, so the indexes on time and id grow at their ends); returns how many were saved.
     */
    public static long generate(Logbook logbook, int count, long seed, IntConsumer progress) {
        logbook.actor().requireManager("add demo data");
        markAsDemo(logbook);
        var campaigns = logbook.store().read(r -> r.campaigns().list());
        var demo = new DemoData(seed, campaigns);
        LocalDateTime now = LocalDateTime.now(logbook.zone());
        LocalDate today = now.toLocalDate();
        demo.notAfter = now;
        int[] daysAgo = demo.daysAgo(count, today);
        long saved = 0;
        while (saved < count) {
            int n = (int) Math.min(BATCH, count - saved);
            List<ContactDraft> batch = demo.contacts(n, count, saved, today, daysAgo);
            saved += logbook.contacts().saveAll(batch, AuditActions.DEMO);
            progress.accept((int) saved);
        }
        return saved;
    }

    /**
     * Demo contacts go only into a logbook that holds no real ones: an empty logbook, or one already marked as a
     * demo logbook. The mark is set first, so the title bar and every export say "demo" from then on.
     */
    private static void markAsDemo(Logbook logbook) {
        if (logbook.settings().isDemo()) {
            return;
        }
        if (logbook.contacts().count(ContactFilter.ALL) > 0) {
            throw new LogbookException(LogbookException.Kind.NOT_ALLOWED, "This logbook already holds real contacts, and"
                    + " demo contacts would mix with them and change every figure. Make a new logbook for the demo"
                    + " (for example with --data pointing at a new folder).");
        }
        logbook.settings().change(LogbookSettings.DEMO_LOGBOOK, "true");
    }

    /** No demo contact starts after this moment (none "later today"); null when not bounded. */
    private LocalDateTime notAfter;

    /** The drafts {@code offset .. offset+n} of a set of {@code total} spread over the years before {@code today}. */
    List<ContactDraft> contacts(int n, int total, long offset, LocalDate today, ZoneId zone) {
        return contacts(n, total, offset, today, (int[]) null);
    }

    /** For each of {@code total} contacts, how many days before {@code today} it falls: oldest first. */
    int[] daysAgo(int total, LocalDate today) {
        int spanDays = spanDays(total, today);
        double uplift = Double.parseDouble(p.getProperty("campaign_uplift"));
        int[] days = new int[total];
        for (int i = 0; i < total; i++) {
            days[i] = (int) ChronoUnit.DAYS.between(day(today, spanDays, uplift), today);
        }
        Arrays.sort(days);
        for (int i = 0, j = total - 1; i < j; i++, j--) {
            int t = days[i];
            days[i] = days[j];
            days[j] = t;
        }
        return days;
    }

    /**
     * About a year per 17,000 contacts (at least one, at most ten), and always back to ten weeks before the earliest
     * campaign, so Campaign impact has weeks before, during and after every built-in campaign to show.
     */
    private int spanDays(int total, LocalDate today) {
        double years = Math.max(1.0, Math.min(10.0, total / (double) CONTACTS_PER_YEAR));
        long days = Math.round(years * 365);
        for (Campaign c : campaigns) {
            days = Math.max(days, ChronoUnit.DAYS.between(c.startsOn().minusWeeks(10), today));
        }
        return (int) Math.min(days, 20 * 365);
    }

    /**
     * The drafts {@code offset .. offset+n}; their days come from {@code daysAgo} (oldest first, and the drafts are
     * then sorted by start) when given, else are drawn at random over the span.
     */
    private List<ContactDraft> contacts(int n, int total, long offset, LocalDate today, int[] daysAgo) {
        int spanDays = spanDays(total, today);
        List<ContactDraft> drafts = new ArrayList<>(n);
        double nonDataShare = Double.parseDouble(p.getProperty("non_data_share"));
        double codeShare = Double.parseDouble(p.getProperty("caller_code_share"));
        double returning = Double.parseDouble(p.getProperty("returning_share"));
        double uplift = Double.parseDouble(p.getProperty("campaign_uplift"));
        for (int i = 0; i < n; i++) {
            LocalDate day = daysAgo == null ? day(today, spanDays, uplift) : today.minusDays(daysAgo[(int) offset + i]);
            LocalDateTime start = day.atTime(hours.pick(random), random.nextInt(60), random.nextInt(60));
            if (notAfter != null && start.isAfter(notAfter)) {
                start = start.minusDays(1); // never a call "later today"
            }
            String channel = channels.pickCode(random);
            if (random.nextDouble() < nonDataShare) {
                int duration = (int) Math.min(600, logNormal(Integer.parseInt(p.getProperty("non_data_median_seconds")), 0.8));
                drafts.add(ContactDraft.nonData(start, duration, channel, nonData.pickCode(random)));
                continue;
            }
            int duration = (int) Math.min(14_400, logNormal(Integer.parseInt(p.getProperty("duration_median_seconds")),
                    Double.parseDouble(p.getProperty("duration_sigma"))));
            String code = null;
            if (random.nextDouble() < codeShare) {
                // Drawn from bounded pools: each distinct codeword costs one slow hash (issue 20, ~60 ms), so a
                // codeword per contact would make a 2,000,000-contact demo take hours to build.
                code = random.nextDouble() < returning
                        ? "returning-" + random.nextInt(Math.max(10, Math.min(total / 50, RETURNING_CODES)))
                        : "demo-" + random.nextInt(ONE_OFF_CODES);
            }
            String notes = random.nextInt(10) == 0 ? NOTE_PHRASES[random.nextInt(NOTE_PHRASES.length)] : null;
            drafts.add(new ContactDraft(start, duration, channel, callerTypes.pickCode(random),
                    topics.distinct(random, topicsPerContact.pick(random)),
                    outcomes.distinct(random, outcomesPerContact.pick(random)), sources.pickCode(random), notes, code));
        }
        if (daysAgo != null) {
            drafts.sort(Comparator.comparing(ContactDraft::startedAt));
        }
        return drafts;
    }

    /** A day in the span, weighted by weekday and made busier during campaign weeks (rejection sampling). */
    private LocalDate day(LocalDate today, int spanDays, double uplift) {
        while (true) {
            LocalDate day = today.minusDays(random.nextInt(spanDays));
            double weight = weekdayShare[day.getDayOfWeek().getValue()];
            if (inCampaign(day)) {
                weight *= 1 + uplift;
            }
            if (random.nextDouble() * (1 + uplift) < weight) {
                return day;
            }
        }
    }

    private boolean inCampaign(LocalDate day) {
        for (Campaign c : campaigns) {
            if (!day.isBefore(c.startsOn()) && !day.isAfter(c.endsOn())) {
                return true;
            }
        }
        return false;
    }

    private double logNormal(double median, double sigma) {
        double gaussian = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
        return Math.max(0, median * Math.exp(sigma * gaussian));
    }

    /** A weighted choice among codes or integers, read from the seeds. */
    static final class Weighted {
        private final List<String> keys = new ArrayList<>();
        private final List<Integer> cumulative = new ArrayList<>();
        private final Map<String, Integer> weights = new LinkedHashMap<>();
        private int total;

        static Weighted prefixed(Properties p, String prefix) {
            var w = new Weighted();
            p.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).sorted()
                    .forEach(k -> w.add(k.substring(prefix.length()), Integer.parseInt(p.getProperty(k).strip())));
            return w;
        }

        static Weighted list(String spec) {
            var w = new Weighted();
            for (String pair : spec.split(",")) {
                String[] kv = pair.strip().split(":");
                w.add(kv[0], Integer.parseInt(kv[1]));
            }
            return w;
        }

        private void add(String key, int weight) {
            keys.add(key);
            total += weight;
            cumulative.add(total);
            weights.put(key, weight);
        }

        String pickCode(SplittableRandom random) {
            int r = random.nextInt(total);
            for (int i = 0; i < keys.size(); i++) {
                if (r < cumulative.get(i)) {
                    return keys.get(i);
                }
            }
            return keys.get(keys.size() - 1);
        }

        int pick(SplittableRandom random) {
            return Integer.parseInt(pickCode(random));
        }

        List<String> distinct(SplittableRandom random, int count) {
            var chosen = new LinkedHashSet<String>();
            while (chosen.size() < Math.min(count, keys.size())) {
                chosen.add(pickCode(random));
            }
            return new ArrayList<>(chosen);
        }

        int weightOf(int key) {
            return weights.getOrDefault(String.valueOf(key), 0);
        }

        int maxWeight() {
            return weights.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        }
    }
}
