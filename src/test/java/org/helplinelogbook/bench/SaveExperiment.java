package org.helplinelogbook.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.logbook.BenchAccess;
import org.jdbi.v3.core.Handle;

/**
 * Save experiment (issue #8): copies a cached bench logbook, saves {@code exp.saves} contacts through
 * {@code ContactService.save} and prints the time and the MVStore file bytes read and written per save, so that a
 * change to the save path can be measured in one short run.
 *
 * <pre>
 * java -Xmx2g -Dexp.size=200000 -cp ... org.helplinelogbook.bench.SaveExperiment
 * </pre>
 */
public final class SaveExperiment {

    private SaveExperiment() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream log = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path root = Path.of(System.getProperty("bench.root", "."));
        int size = Integer.getInteger("exp.size", 200_000);
        int saves = Integer.getInteger("exp.saves", 300);
        var prepared = LogbookBench.prepare(root.resolve("target/bench-cache"), root.resolve("target/bench/exp"), size,
                1, log);
        try (var bench = new LogbookBench(prepared, log)) {
            var logbook = bench.logbook();
            var contacts = logbook.contacts();
            try (Handle h = BenchAccess.database(logbook).jdbi().open()) {
                Connection c = h.getConnection();
                MVStore store = ((SessionLocal) c.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore()
                        .getMvStore();
                FileStore<?> fs = store.getFileStore();
                var cacheField = FileStore.class.getDeclaredField("cache");
                cacheField.setAccessible(true);
                var cache = (org.h2.mvstore.cache.CacheLongKeyLIRS<?>) cacheField.get(fs);
                long hits0 = 0;
                long misses0 = 0;
                double[] ms = new double[saves];
                long[] read = new long[saves];
                long[] written = new long[saves];
                for (int i = 0; i < saves; i++) {
                    if (i == saves / 5) {
                        hits0 = cache.getHits();
                        misses0 = cache.getMisses();
                    }
                    long r0 = fs.getReadBytes();
                    long w0 = ImportExperiment.writeBytes(fs);
                    long t0 = System.nanoTime();
                    contacts.save(draft(i));
                    ms[i] = (System.nanoTime() - t0) / 1e6;
                    read[i] = fs.getReadBytes() - r0;
                    written[i] = ImportExperiment.writeBytes(fs) - w0;
                }
                int from = saves / 5; // after warm-up
                for (int k = 0; k < 3; k++) {
                    long r0 = fs.getReadBytes();
                    long n = h.createQuery("SELECT COUNT(*) FROM contact WHERE local_date >= CURRENT_DATE - 30")
                            .mapTo(Long.class).one();
                    log.printf("read pass %d: %,d rows, %,d B read; cache used %,d KiB%n", k, n,
                            fs.getReadBytes() - r0, cache.getUsedMemory() >> 10);
                }
                for (int id = 0; id < 2000; id++) {
                    org.h2.mvstore.MVMap<?, ?> map = store.getMap(id);
                    if (map == null) {
                        continue;
                    }
                    var page = map.getRootPage();
                    StringBuilder path = new StringBuilder();
                    int depth = 0;
                    long big = 0;
                    while (true) {
                        path.append(page.getMemory() >> 10).append(page.isLeaf() ? "L" : "N").append(page.getKeyCount()).append(' ');
                        big = Math.max(big, page.getMemory());
                        if (page.isLeaf() || depth++ > 10) {
                            break;
                        }
                        page = page.getChildPage(page.getRawChildPageCount() - 1);
                    }
                    if (big > 8192) {
                        log.printf("map %d %s: rightmost path (KiB, keys) %s%n", id, map.getName(), path);
                    }
                }
                log.printf("max item %,d B%n", cache.getMaxItemSize());
                log.printf("cache: %,d of %,d KiB used, %d hot, hits %,d, misses %,d per save%n",
                        cache.getUsedMemory() >> 10, cache.getMaxMemory() >> 10, cache.sizeHot(),
                        (cache.getHits() - hits0) / (saves - from), (cache.getMisses() - misses0) / (saves - from));
                double[] t = Arrays.copyOfRange(ms, from, saves);
                Arrays.sort(t);
                log.printf("RESULT size=%d saves=%d: median %.1f ms, p99 %.1f ms, max %.1f ms; per save read %,d B,"
                                + " written %,d B; load %s%n", size, saves - from, t[t.length / 2],
                        t[(int) Math.ceil(t.length * 0.99) - 1], t[t.length - 1],
                        Arrays.stream(read, from, saves).sum() / (saves - from),
                        Arrays.stream(written, from, saves).sum() / (saves - from), ImportExperiment.load());
            }
        }
    }

    private static ContactDraft draft(int i) {
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/London")).withNano(0).minusMinutes(30);
        return new ContactDraft(start, 1500, "phone", "at_risk", List.of("indecent_images", "safety_planning"),
                List.of("information_given"), "police",
                i % 2 == 0 ? "Caller worried about their own thoughts; talked through what helps them stay safe." : null,
                i % 3 == 0 ? "bench-code-" + (i % 50) : null);
    }
}
