package org.helplinelogbook.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.helplinelogbook.domain.Campaign;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.logbook.BenchAccess;
import org.helplinelogbook.logbook.ContactService;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookOpening;
import org.helplinelogbook.logbook.LogbookSetup;
import org.helplinelogbook.logbook.LogbookTestAccess;
import org.helplinelogbook.report.Period;
import org.helplinelogbook.report.ReportService;
import org.helplinelogbook.storage.Database;
import org.jdbi.v3.core.Handle;

/**
 * The measurements behind {@link BenchSuite} (full run) and {@code BenchmarkRatiosTest} (quick CI check): a demo
 * logbook of a given size, built once and cached by size and seed, copied to a work folder for each run, and each
 * figure measured through the app beside hand-written JDBC on the same open database.
 */
final class LogbookBench implements AutoCloseable {

    static final String USER = "bench";
    static final String PASSWORD = "bench-password-0123";
    static final ZoneId ZONE = ZoneId.of("Europe/London");
    static final String META = "bench-meta.properties";

    /** One timed figure: the runs in milliseconds, reduced to min, median and p99 (nearest rank). */
    record Stats(int runs, double min, double median, double p99) {
        static Stats of(double[] ms) {
            double[] s = ms.clone();
            Arrays.sort(s);
            int p99 = (int) Math.ceil(0.99 * s.length) - 1;
            return new Stats(s.length, s[0], s[(s.length - 1) / 2], s[Math.max(0, p99)]);
        }
    }

    /** A figure through the app and, where there is one, its hand-written baseline. */
    record Figure(String key, String label, String unit, Stats app, Stats hand, String goal, Boolean met,
            String note) {
        double ratio() {
            return hand == null || hand.median() == 0 ? Double.NaN : app.median() / hand.median();
        }
    }

    /** What was built (or found in the cache) and where the work copy is. */
    record Prepared(Path workDir, int size, long seed, LocalDate builtOn, double buildSeconds, boolean cached) {}

    interface Task {
        void run() throws Exception;
    }

    private final Prepared prepared;
    private final PrintStream log;
    private Logbook logbook;
    private Database database;
    private Handle handle;
    private Connection raw;
    private long staffId;

    LogbookBench(Prepared prepared, PrintStream log) {
        this.prepared = prepared;
        this.log = log;
        openLogbook();
    }

    private void openLogbook() {
        logbook = LogbookOpening.open(prepared.workDir(), USER, PASSWORD.toCharArray());
        database = BenchAccess.database(logbook);
        handle = database.jdbi().open();
        raw = handle.getConnection();
        staffId = logbook.actor().staffId();
        try (Statement st = raw.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS bench_touch (n INTEGER NOT NULL)");
            st.execute("INSERT INTO bench_touch SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM bench_touch)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void closeLogbook() {
        handle.close();
        logbook.close();
    }

    @Override
    public void close() {
        closeLogbook();
    }

    Logbook logbook() {
        return logbook;
    }

    // ---- Building and caching

    /**
     * Builds a demo logbook of {@code size} contacts in {@code cacheRoot/<size>-<seed>/} unless it is already there,
     * then copies it to {@code workRoot/<size>-<seed>/} so that the measurements never change the cached one.
     */
    static Prepared prepare(Path cacheRoot, Path workRoot, int size, long seed, PrintStream log) throws IOException {
        Path cache = cacheRoot.resolve(size + "-" + seed);
        Properties meta = new Properties();
        boolean cached = Files.exists(cache.resolve(META));
        if (!cached) {
            Path building = cacheRoot.resolve(size + "-" + seed + ".building");
            deleteTree(building);
            Files.createDirectories(building);
            long t0 = System.nanoTime();
            LocalDate today = LocalDate.now(ZONE);
            try (Logbook lb = LogbookSetup.create(building, USER, PASSWORD.toCharArray(), ZONE).logbook()) {
                long[] lastReport = {System.nanoTime()};
                lb.demo().generate(size, seed, n -> {
                    if (System.nanoTime() - lastReport[0] > 10_000_000_000L || n == size) {
                        lastReport[0] = System.nanoTime();
                        log.printf("  built %,d of %,d contacts (%.0f s)%n", n, size, (System.nanoTime() - t0) / 1e9);
                    }
                });
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            meta.setProperty("size", String.valueOf(size));
            meta.setProperty("seed", String.valueOf(seed));
            meta.setProperty("builtOn", today.toString());
            meta.setProperty("buildSeconds", String.format(java.util.Locale.ROOT, "%.1f", seconds));
            meta.setProperty("schema", migrations());
            try (var out = Files.newOutputStream(building.resolve(META))) {
                meta.store(out, "Helpline Logbook benchmark cache; delete the folder to rebuild");
            }
            deleteTree(cache);
            Files.move(building, cache, StandardCopyOption.ATOMIC_MOVE);
        }
        try (var in = Files.newInputStream(cache.resolve(META))) {
            meta.load(in);
        }
        upgradeOnce(cache, meta, log);
        Path work = workRoot.resolve(size + "-" + seed);
        deleteTree(work);
        Files.createDirectories(work);
        try (Stream<Path> files = Files.list(cache)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".mv.db") || name.equals("keyslots.json")) {
                    Files.copy(f, work.resolve(name));
                    // On disk before anything is timed: the kernel writing a 0.8–10 GB copy back while the saves
                    // wait for their fsyncs made the first size's save figures the machine's, not the app's.
                    try (FileChannel channel = FileChannel.open(work.resolve(name), StandardOpenOption.WRITE)) {
                        channel.force(true);
                    }
                }
            }
        }
        return new Prepared(work, size, seed, LocalDate.parse(meta.getProperty("builtOn")),
                Double.parseDouble(meta.getProperty("buildSeconds")), cached);
    }

    /**
     * For the experiments ({@code SaveExperiment}, {@code ImportExperiment}, …): the cached logbook of
     * {@code exp.size} contacts (default 200,000) under {@code bench.root}, copied to {@code target/bench/exp}.
     */
    static Prepared prepareExperiment(PrintStream log) throws IOException {
        Path root = Path.of(System.getProperty("bench.root", "."));
        return prepare(root.resolve("target/bench-cache"), root.resolve("target/bench/exp"),
                Integer.getInteger("exp.size", 200_000), 1, log);
    }

    /**
     * Brings a cached logbook built by an older build to this build's schema, once, in the cache itself: otherwise
     * every copy would be migrated again, each after its pre-upgrade backup (minutes at 2,000,000 contacts), and the
     * cold-open figure would time the upgrade.
     */
    private static void upgradeOnce(Path cache, Properties meta, PrintStream log) throws IOException {
        String schema = migrations();
        if (schema.equals(meta.getProperty("schema"))) {
            return;
        }
        log.println("  bringing the cached logbook to this build's migrations (" + schema + "), once");
        LogbookOpening.open(cache, USER, PASSWORD.toCharArray()).close();
        deleteTree(cache.resolve(org.helplinelogbook.storage.Database.BACKUP_FOLDER)); // the pre-upgrade copy
        meta.setProperty("schema", schema);
        try (var out = Files.newOutputStream(cache.resolve(META))) {
            meta.store(out, "Helpline Logbook benchmark cache; delete the folder to rebuild");
        }
    }

    /** This build's migration file names, e.g. "V1__logbook.sql,…", from the classes folder the suite runs on. */
    static String migrations() throws IOException {
        List<String> names = new ArrayList<>();
        for (String folder : List.of("db/migration/common", "db/migration/h2")) {
            var url = LogbookBench.class.getClassLoader().getResource(folder);
            if (url == null || !"file".equals(url.getProtocol())) {
                continue;
            }
            try (Stream<Path> files = Files.list(Path.of(java.net.URI.create(url.toString())))) {
                files.map(f -> f.getFileName().toString()).forEach(names::add);
            }
        }
        names.sort(null);
        return String.join(",", names);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    // ---- Periods the figures use: the last whole month and financial year before the build, one campaign.

    YearMonth month() {
        return YearMonth.from(prepared.builtOn()).minusMonths(1);
    }

    Period financialYear() {
        LocalDate d = prepared.builtOn();
        int startYear = d.getMonthValue() >= 4 ? d.getYear() - 1 : d.getYear() - 2;
        return Period.financialYear(startYear);
    }

    Campaign campaign() {
        List<Campaign> all = LogbookTestAccess.store(logbook).read(r -> r.campaigns().list());
        return all.stream().max(Comparator.comparing(Campaign::startsOn)).orElseThrow();
    }

    // ---- Timing

    /** Runs app and hand tasks alternately (so both see the same load), after warm-up. */
    Stats[] pair(int warmUp, int runs, Task app, Task hand) throws Exception {
        return pair(warmUp, runs, app, hand, true);
    }

    /**
     * With {@code freshSession} each hand-written run takes a session from the database's pool, as each of the
     * app's units of work does. Before each run of either side, {@link #forgetResults} changes the database, so
     * that neither gets H2's cached result of a query re-run on an unchanged database.
     */
    Stats[] pair(int warmUp, int runs, Task app, Task hand, boolean freshSession) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            app.run();
            if (hand != null) {
                hand.run();
            }
        }
        double[] a = new double[runs];
        double[] h = new double[runs];
        for (int i = 0; i < runs; i++) {
            forgetResults();
            a[i] = time(app);
            if (hand != null) {
                forgetResults();
                h[i] = freshSession ? time(() -> inFreshSession(hand)) : time(hand);
            }
        }
        return new Stats[] {Stats.of(a), hand == null ? null : Stats.of(h)};
    }

    private void inFreshSession(Task task) throws Exception {
        Connection kept = raw;
        try (Handle fresh = database.jdbi().open()) {
            raw = fresh.getConnection();
            task.run();
        } finally {
            raw = kept;
        }
    }

    /** An untimed one-row write before each run, so that neither side starts with H2's page state of a quiet db. */
    private void forgetResults() throws SQLException {
        try (Statement st = raw.createStatement()) {
            st.executeUpdate("UPDATE bench_touch SET n = n + 1");
        }
    }

    static double time(Task task) throws Exception {
        long t0 = System.nanoTime();
        task.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    // ---- Figures

    private int saveCounter;

    Figure save(int warmUp, int runs) throws Exception {
        ContactService contacts = logbook.contacts();
        // The form checks a codeword as it is typed (how many earlier contacts used it): that check pays the slow
        // codeword hash (issue 20, "Codeword check" below), and Save reuses it. So do the same here, untimed.
        for (int i = 0; i < 50; i++) {
            contacts.earlierContactsWithCode(draft(3 * i).callerCode());
        }
        raw.setAutoCommit(false);
        String insert = "INSERT INTO contact (id, started_at, local_date, local_hour, local_dow, duration_seconds,"
                + " channel, caller_type, is_data, source, caller_code_hash, created_by, created_at, updated_at,"
                + " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, ?, ?, 1)";
        try (PreparedStatement contact = raw.prepareStatement(insert);
                PreparedStatement topic = raw.prepareStatement(
                        "INSERT INTO contact_topic (contact_id, code, started_at) VALUES (?, ?, ?)");
                PreparedStatement outcome = raw.prepareStatement(
                        "INSERT INTO contact_outcome (contact_id, code, started_at) VALUES (?, ?, ?)");
                Statement sync = raw.createStatement()) {
            Stats[] s = pair(warmUp, runs, () -> contacts.save(draft(saveCounter++)), () -> {
                LocalDateTime local = LocalDateTime.now(ZONE).withNano(0);
                LocalDateTime utc = LocalDateTime.ofInstant(local.atZone(ZONE).toInstant(), ZoneOffset.UTC);
                UUID id = UUID.randomUUID();
                contact.setObject(1, id);
                contact.setObject(2, utc);
                contact.setObject(3, local.toLocalDate());
                contact.setInt(4, local.getHour());
                contact.setInt(5, local.getDayOfWeek().getValue());
                contact.setInt(6, 1500);
                contact.setString(7, "phone");
                contact.setString(8, "at_risk");
                contact.setString(9, "police");
                contact.setString(10, null);
                contact.setLong(11, staffId);
                contact.setObject(12, utc);
                contact.setObject(13, utc);
                contact.executeUpdate();
                insertCodes(topic, outcome, id, utc);
                raw.commit();
                sync.execute("CHECKPOINT SYNC");
            }, false);
            return new Figure("save", "Save one contact (ContactService.save vs JDBC insert+commit+CHECKPOINT SYNC)",
                    "ms", s[0], s[1], "p99 ≤ 20 ms", s[0].p99() <= 20, null);
        } finally {
            raw.setAutoCommit(true);
        }
    }

    /** The hand-written save's topic and outcome rows: those of {@link #draft}. */
    static void insertCodes(PreparedStatement topic, PreparedStatement outcome, UUID id, LocalDateTime utc)
            throws SQLException {
        for (String code : List.of("indecent_images", "safety_planning")) {
            topic.setObject(1, id);
            topic.setString(2, code);
            topic.setObject(3, utc);
            topic.executeUpdate();
        }
        outcome.setObject(1, id);
        outcome.setString(2, "information_given");
        outcome.setObject(3, utc);
        outcome.executeUpdate();
    }

    /** The contact every save figure saves (the same codes as {@link #insertCodes}). */
    static ContactDraft draft(int i) {
        LocalDateTime start = LocalDateTime.now(ZONE).withNano(0).minusMinutes(30);
        return new ContactDraft(start, 1500, "phone", "at_risk", List.of("indecent_images", "safety_planning"),
                List.of("information_given"), "police",
                i % 2 == 0 ? "Caller worried about their own thoughts; talked through what helps them stay safe." : null,
                i % 3 == 0 ? "bench-code-" + (i % 50) : null);
    }

    private static final String PAGE_COLUMNS = "c.id, c.started_at, c.local_date, c.local_hour, c.duration_seconds,"
            + " c.channel, c.caller_type, c.is_data, c.source, c.notes_key_id, c.notes_sealed, c.notes_hold,"
            + " c.caller_code_hash, c.created_by, c.created_at, c.updated_at, c.version, c.local_dow";

    static final String TOPIC = "contact_abuse";

    Figure pageByMonth(int warmUp, int runs) throws Exception {
        Period p = Period.month(month());
        Instant from = p.start(ZONE);
        Instant to = p.endExclusive(ZONE);
        ContactFilter filter = ContactFilter.ALL.withPeriod(from, to);
        ContactService contacts = logbook.contacts();
        String sql = "SELECT " + PAGE_COLUMNS + " FROM contact c WHERE c.started_at >= ? AND c.started_at < ?"
                + " ORDER BY c.started_at DESC, c.id DESC LIMIT 50";
        Stats[] s = pair(warmUp, runs, () -> check(contacts.page(filter, null, 50).contacts().size()),
                () -> check(handPage(sql, utc(from), utc(to))));
        return new Figure("page_month", "Contact log, first page of 50, filtered by month " + month(), "ms", s[0],
                s[1], "≤ 50 ms", s[0].median() <= 50, null);
    }

    Figure pageByTopic(int warmUp, int runs) throws Exception {
        ContactFilter filter = new ContactFilter(null, null, null, null, null, TOPIC, null, null, null, null);
        ContactService contacts = logbook.contacts();
        // Newest first through contact_started, probing each contact's topics by primary key. The join form
        // (contact_topic_code, then contact; that index went in V4) read every contact with the topic and sorted
        // them, because H2 cannot walk an ascending index backwards: 100× slower at 200,000 contacts.
        String sql = "SELECT " + PAGE_COLUMNS + " FROM contact c WHERE EXISTS (SELECT 1 FROM contact_topic t"
                + " WHERE t.contact_id = c.id AND t.code = ?) ORDER BY c.started_at DESC, c.id DESC LIMIT 50";
        Stats[] s = pair(warmUp, runs, () -> check(contacts.page(filter, null, 50).contacts().size()),
                () -> check(handPage(sql, TOPIC)));
        return new Figure("page_topic", "Contact log, first page of 50, filtered by topic " + TOPIC, "ms", s[0], s[1],
                "≤ 50 ms", s[0].median() <= 50, null);
    }

    private static void check(int rows) {
        if (rows != 50) {
            throw new IllegalStateException("expected a full page of 50, got " + rows);
        }
    }

    /** The page's rows, then their topics and outcomes in one more query, as a hand-written client would. */
    private int handPage(String sql, Object... params) throws SQLException {
        List<UUID> ids = new ArrayList<>(50);
        try (PreparedStatement st = raw.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                    for (int c = 2; c <= 18; c++) {
                        rs.getObject(c);
                    }
                }
            }
        }
        String in = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement st = raw.prepareStatement("SELECT contact_id, 't', code FROM contact_topic WHERE"
                + " contact_id IN (" + in + ") UNION ALL SELECT contact_id, 'o', code FROM contact_outcome WHERE"
                + " contact_id IN (" + in + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                st.setObject(i + 1, ids.get(i));
                st.setObject(ids.size() + i + 1, ids.get(i));
            }
            drain(st);
        }
        return ids.size();
    }

    // ---- Summaries

    /** Every figure of the CSV contract for [from, to), in plain GROUP BY queries. */
    static final String[] SUMMARY_SQL = {
        "SELECT dimension, code, label, group_code, sort_order, active, counts_as_data FROM taxonomy",
        "SELECT COUNT(*), SUM(CASE WHEN is_data THEN 1 ELSE 0 END) FROM contact WHERE started_at >= ?1 AND started_at < ?2",
        "SELECT channel, COUNT(*) FROM contact WHERE started_at >= ?1 AND started_at < ?2 GROUP BY channel",
        "SELECT caller_type, COUNT(*) FROM contact WHERE started_at >= ?1 AND started_at < ?2 GROUP BY caller_type",
        "SELECT x.code, COUNT(*) FROM contact c JOIN contact_topic x ON x.contact_id = c.id"
                + " WHERE c.started_at >= ?1 AND c.started_at < ?2 AND c.is_data GROUP BY x.code",
        "SELECT x.code, COUNT(*) FROM contact c JOIN contact_outcome x ON x.contact_id = c.id"
                + " WHERE c.started_at >= ?1 AND c.started_at < ?2 AND c.is_data GROUP BY x.code",
        "SELECT source, COUNT(*) FROM contact WHERE started_at >= ?1 AND started_at < ?2 AND is_data GROUP BY source",
        "SELECT t.group_code, COUNT(*) FROM contact c LEFT JOIN taxonomy t ON t.dimension = 'caller_type'"
                + " AND t.code = c.caller_type WHERE c.started_at >= ?1 AND c.started_at < ?2 GROUP BY t.group_code",
        "SELECT COUNT(caller_code_hash), COUNT(DISTINCT caller_code_hash) FROM contact"
                + " WHERE caller_code_hash IS NOT NULL AND started_at >= ?1 AND started_at < ?2",
        "SELECT COUNT(*), PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY duration_seconds),"
                + " PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY duration_seconds) FROM contact"
                + " WHERE started_at >= ?1 AND started_at < ?2 AND is_data",
        "SELECT local_date, COUNT(*), SUM(CASE WHEN is_data THEN 1 ELSE 0 END) FROM contact"
                + " WHERE started_at >= ?1 AND started_at < ?2 GROUP BY local_date ORDER BY local_date",
        "SELECT local_dow, local_hour, COUNT(*) FROM contact WHERE started_at >= ?1 AND started_at < ?2"
                + " GROUP BY local_dow, local_hour ORDER BY local_dow, local_hour",
    };

    private void handSummary(Period p) throws SQLException {
        Period last = p.sameLastYear();
        for (String sql : SUMMARY_SQL) {
            query(sql, utc(p.start(ZONE)), utc(p.endExclusive(ZONE)));
        }
        query(SUMMARY_SQL[1], utc(last.start(ZONE)), utc(last.endExclusive(ZONE))); // last year's totals
    }

    /** Runs {@code sql} with numbered parameters ?1..?n taken from {@code params}, reading every row. */
    private void query(String sql, Object... params) throws SQLException {
        try (PreparedStatement st = raw.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                if (sql.contains("?" + (i + 1))) {
                    st.setObject(i + 1, params[i]);
                }
            }
            drain(st);
        }
    }

    private static void drain(PreparedStatement st) throws SQLException {
        try (ResultSet rs = st.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= n; c++) {
                    rs.getObject(c);
                }
            }
        }
    }

    Figure monthlySummary(int warmUp, int runs) throws Exception {
        Period p = Period.month(month());
        ReportService reports = new ReportService(LogbookTestAccess.store(logbook), logbook.zone());
        Stats[] s = pair(warmUp, runs, () -> reports.summarise(logbook.actor(), p), () -> handSummary(p));
        boolean met = s[0].median() <= 150 && s[0].median() <= 1.5 * s[1].median();
        return new Figure("summary_month", "Monthly summary " + p.label() + " (ReportService.summarise, every CSV"
                + " dimension)", "ms", s[0], s[1], "≤ 150 ms and ≤ 1.5× SQL", met, null);
    }

    Figure yearSummary(int warmUp, int runs) throws Exception {
        Period p = financialYear();
        ReportService reports = new ReportService(LogbookTestAccess.store(logbook), logbook.zone());
        Stats[] s = pair(warmUp, runs, () -> reports.summarise(logbook.actor(), p), () -> handSummary(p));
        return new Figure("summary_fy", "Financial-year summary " + p.label(), "ms", s[0], s[1], null, null, null);
    }

    Figure campaignImpact(int warmUp, int runs) throws Exception {
        Campaign c = campaign();
        ReportService reports = new ReportService(LogbookTestAccess.store(logbook), logbook.zone());
        int weeks = (int) ((c.lengthInDays() + 6) / 7);
        LocalDate before = c.startsOn().minusWeeks(weeks);
        LocalDate after = c.endsOn().plusWeeks(weeks);
        LocalDate[][] windows = {{before, c.startsOn()}, {c.startsOn(), c.endsOn().plusDays(1)},
            {c.endsOn().plusDays(1), after.plusDays(1)}};
        Task hand = () -> {
            query("SELECT local_date, COUNT(*), SUM(CASE WHEN is_data THEN 1 ELSE 0 END) FROM contact"
                    + " WHERE started_at >= ?1 AND started_at < ?2 GROUP BY local_date ORDER BY local_date",
                    utc(day(before)), utc(day(after.plusDays(1))));
            for (LocalDate[] w : windows) {
                query(SUMMARY_SQL[6], utc(day(w[0])), utc(day(w[1])));
                query("SELECT t.group_code, COUNT(*) FROM contact c LEFT JOIN taxonomy t ON t.dimension ="
                        + " 'caller_type' AND t.code = c.caller_type WHERE c.started_at >= ?1 AND c.started_at < ?2"
                        + " AND c.is_data GROUP BY t.group_code", utc(day(w[0])), utc(day(w[1])));
            }
        };
        Stats[] s = pair(warmUp, runs, () -> reports.campaignImpact(logbook.actor(), c, 0), hand);
        return new Figure("campaign", "Campaign impact " + c.name(), "ms", s[0], s[1], null, null, null);
    }

    private static Instant day(LocalDate d) {
        return d.atStartOfDay(ZONE).toInstant();
    }

    // ---- Import

    /**
     * Imports {@code rows} demo contacts through {@code ContactService.saveAll} (as the CLI import does) and the
     * same rows through a raw JDBC batch, {@code runs} times each; figures are rows per second.
     */
    Figure importRows(int rows, int runs) throws Exception {
        List<ContactDraft> drafts = BenchAccess.demoDrafts(logbook, prepared.seed() + 1, rows, prepared.size(), 0,
                prepared.builtOn());
        double[] app = new double[runs];
        double[] hand = new double[runs];
        for (int i = 0; i < runs; i++) {
            double ms = time(() -> logbook.contacts().saveAll(drafts, "import"));
            app[i] = rows / (ms / 1000);
            log.printf("  import run %d: saveAll %,.0f rows/s%n", i + 1, app[i]);
            ms = time(() -> rawImport(raw, staffId, drafts));
            hand[i] = rows / (ms / 1000);
            log.printf("  import run %d: JDBC batch %,.0f rows/s%n", i + 1, hand[i]);
        }
        Stats a = Stats.of(app);
        Stats h = Stats.of(hand);
        // For a rate, "worst" is the minimum: report min as the p99-equivalent so the goal checks the slow run.
        return new Figure("import", "Import " + String.format("%,d", rows) + " contacts (saveAll vs JDBC batch)",
                "rows/s", a, h, "≥ 50,000 rows/s", a.median() >= 50_000, null);
    }

    /** The raw JDBC batch import on this logbook, for {@link ImportExperiment}. */
    void rawImportForExperiment(List<ContactDraft> drafts) throws SQLException {
        rawImport(raw, staffId, drafts);
    }

    long staffId() {
        return staffId;
    }

    /** The hand-written import: JDBC batches of 2,000 in one transaction, committed and synced. */
    static void rawImport(Connection raw, long staffId, List<ContactDraft> drafts) throws SQLException {
        raw.setAutoCommit(false);
        try (PreparedStatement contact = raw.prepareStatement("INSERT INTO contact (id, started_at, local_date,"
                + " local_hour, local_dow, duration_seconds, channel, caller_type, is_data, source, created_by,"
                + " created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
                PreparedStatement topic = raw.prepareStatement(
                        "INSERT INTO contact_topic (contact_id, code, started_at) VALUES (?, ?, ?)");
                PreparedStatement outcome = raw.prepareStatement(
                        "INSERT INTO contact_outcome (contact_id, code, started_at) VALUES (?, ?, ?)");
                Statement sync = raw.createStatement()) {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            int n = 0;
            // Same order and ids as ContactService.saveAll: by start time, time-ordered ids (a random UUID would
            // send every insert to a random page of the id indexes, a cost the app does not pay).
            List<ContactDraft> ordered = new ArrayList<>(drafts);
            ordered.sort(Comparator.comparing(ContactDraft::startedAt));
            for (ContactDraft d : ordered) {
                UUID id = BenchAccess.contactId();
                LocalDateTime utc = LocalDateTime.ofInstant(d.startedAt().atZone(ZONE).toInstant(), ZoneOffset.UTC);
                boolean data = !d.topics().isEmpty();
                contact.setObject(1, id);
                contact.setObject(2, utc);
                contact.setObject(3, d.startedAt().toLocalDate());
                contact.setInt(4, d.startedAt().getHour());
                contact.setInt(5, d.startedAt().getDayOfWeek().getValue());
                contact.setInt(6, d.durationSeconds());
                contact.setString(7, d.channel());
                contact.setString(8, d.callerType());
                contact.setBoolean(9, data);
                contact.setString(10, data ? d.source() : null);
                contact.setLong(11, staffId);
                contact.setObject(12, now);
                contact.setObject(13, now);
                contact.addBatch();
                for (String code : d.topics()) {
                    topic.setObject(1, id);
                    topic.setString(2, code);
                    topic.setObject(3, utc);
                    topic.addBatch();
                }
                for (String code : d.outcomes()) {
                    outcome.setObject(1, id);
                    outcome.setString(2, code);
                    outcome.setObject(3, utc);
                    outcome.addBatch();
                }
                if (++n % 2_000 == 0) {
                    contact.executeBatch();
                    topic.executeBatch();
                    outcome.executeBatch();
                }
            }
            contact.executeBatch();
            topic.executeBatch();
            outcome.executeBatch();
            raw.commit();
            sync.execute("CHECKPOINT SYNC");
        } finally {
            raw.setAutoCommit(true);
        }
    }

    // ---- Unlock and open

    /** Closes the logbook and times {@code LogbookOpening.open} (default Argon2 parameters) {@code runs} times. */
    private int newCodeCounter;

    /**
     * The codeword check the contact form makes as a codeword is typed: the keyed hash, the slow Argon2id hash salted
     * by the logbook (issue 20) and two index lookups. A new codeword each run, so nothing comes from the cache.
     */
    Figure codewordCheck(int warmUp, int runs) {
        ContactService contacts = logbook.contacts();
        for (int i = 0; i < warmUp; i++) {
            contacts.earlierContactsWithCode("bench-warm-" + newCodeCounter++);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            contacts.earlierContactsWithCode("bench-new-" + newCodeCounter++);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Stats s = Stats.of(ms);
        return new Figure("codeword", "Codeword check as typed (earlierContactsWithCode: HMAC, Argon2id 32 MiB × 2,"
                + " p=1, two lookups)", "ms", s, null, "50–100 ms", s.median() >= 50 && s.median() <= 100, null);
    }

    Figure unlockAndOpen(int runs) throws Exception {
        closeLogbook();
        double[] ms = new double[runs];
        try {
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                Logbook lb = LogbookOpening.open(prepared.workDir(), USER, PASSWORD.toCharArray());
                ms[i] = (System.nanoTime() - t0) / 1e6;
                lb.close();
            }
        } finally {
            openLogbook();
        }
        return new Figure("open", "Unlock and open (LogbookOpening.open, default Argon2id 64 MiB × 3, p=4)", "ms",
                Stats.of(ms), null, null, null, null);
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
