package org.helplinelogbook.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.helplinelogbook.logbook.BenchAccess;
import org.jdbi.v3.core.Handle;

/**
 * Save experiment (issue #8): copies a cached bench logbook, runs {@code exp.sql} (statements separated by
 * {@code ;;}), saves {@code exp.saves} contacts through {@code ContactService.save} and prints the time and the
 * MVStore file bytes read and written per save, so that a change to the save path can be measured in one short run.
 * {@code exp.pauseMs} waits between saves (the audit anchor's write then no longer overlaps the next save).
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
        int saves = Integer.getInteger("exp.saves", 300);
        var prepared = LogbookBench.prepareExperiment(log);
        int size = prepared.size();
        try (var bench = new LogbookBench(prepared, log);
                Handle h = BenchAccess.database(bench.logbook()).jdbi().open()) {
            for (String sql : System.getProperty("exp.sql", "").split(";;")) {
                if (!sql.isBlank()) {
                    log.println("  sql: " + sql.strip());
                    h.execute(sql.strip());
                }
            }
            FileStore<?> fs = ((SessionLocal) h.getConnection().unwrap(JdbcConnection.class).getSession())
                    .getDatabase().getStore().getMvStore().getFileStore();
            var contacts = bench.logbook().contacts();
            double[] ms = new double[saves];
            long[] read = new long[saves];
            long[] written = new long[saves];
            long pause = Long.getLong("exp.pauseMs", 0); // a desk saves minutes apart; a bench loop back to back
            for (int i = 0; i < saves; i++) {
                if (pause > 0) {
                    Thread.sleep(pause);
                }
                long r0 = fs.getReadBytes();
                long w0 = ImportExperiment.writeBytes(fs);
                long t0 = System.nanoTime();
                contacts.save(LogbookBench.draft(i));
                ms[i] = (System.nanoTime() - t0) / 1e6;
                read[i] = fs.getReadBytes() - r0;
                written[i] = ImportExperiment.writeBytes(fs) - w0;
            }
            int from = saves / 5; // after warm-up
            if (Boolean.getBoolean("exp.slowest")) {
                Integer[] order = new Integer[saves - from];
                Arrays.setAll(order, k -> k + from);
                Arrays.sort(order, (x, y) -> Double.compare(ms[y], ms[x]));
                for (int k = 0; k < Math.min(8, order.length); k++) {
                    int i = order[k];
                    log.printf("  slow save %d: %.1f ms, read %,d B, written %,d B%n", i, ms[i], read[i], written[i]);
                }
            }
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
