package org.helplinelogbook.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.logbook.BenchAccess;
import org.helplinelogbook.storage.Database;
import org.jdbi.v3.core.Handle;

/**
 * Import experiment (issue #8): copies a cached bench logbook, imports {@code exp.rows} demo drafts through the app
 * ({@code exp.mode=app}) or the raw JDBC batch ({@code exp.mode=raw}), and prints rows/s with the MVStore's file
 * reads and writes during the import, so that each candidate change can be measured in one short run.
 *
 * <pre>
 * java -Xmx2g -Dexp.size=200000 -Dexp.mode=app -cp ... org.helplinelogbook.bench.ImportExperiment
 * </pre>
 * Options: {@code exp.size} (cached logbook, built by BenchSuite), {@code exp.rows} (100,000), {@code exp.mode}
 * (app | raw), {@code exp.sql} (statements run before the import, separated by {@code ;;}).
 */
public final class ImportExperiment {

    private ImportExperiment() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream log = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int rows = Integer.getInteger("exp.rows", 100_000);
        String mode = System.getProperty("exp.mode", "app");
        var prepared = LogbookBench.prepareExperiment(log);
        int size = prepared.size();
        try (var bench = new LogbookBench(prepared, log)) {
            var logbook = bench.logbook();
            List<ContactDraft> drafts = BenchAccess.demoDrafts(logbook, prepared.seed() + 1, rows, prepared.size(), 0,
                    prepared.builtOn());
            int clusterDays = Integer.getInteger("exp.clusterDays", 0);
            if (clusterDays > 0) {
                // Moves every draft into the last clusterDays days before the build (time of day kept): an import of
                // recent records, which lands at the end of the time-ordered indexes instead of all over them.
                java.time.LocalDate end = prepared.builtOn().minusDays(1);
                List<ContactDraft> moved = new java.util.ArrayList<>(drafts.size());
                int i = 0;
                for (ContactDraft d : drafts) {
                    var start = end.minusDays(i++ % clusterDays).atTime(d.startedAt().toLocalTime());
                    moved.add(new ContactDraft(start, d.durationSeconds(), d.channel(), d.callerType(), d.topics(),
                            d.outcomes(), d.source(), d.notes(), d.callerCode()));
                }
                drafts = moved;
            }
            int chunk = Integer.getInteger("exp.chunk", 0);
            Database db = BenchAccess.database(logbook);
            try (Handle h = db.jdbi().open()) {
                Connection c = h.getConnection();
                String sql = System.getProperty("exp.sql", "");
                try (Statement st = c.createStatement()) {
                    for (String s : sql.split(";;")) {
                        if (!s.isBlank()) {
                            log.println("  sql: " + s.strip());
                            st.execute(s.strip());
                        }
                    }
                }
                MVStore store = ((SessionLocal) c.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore()
                        .getMvStore();
                FileStore<?> fs = store.getFileStore();
                long r0 = fs.getReadBytes();
                long w0 = writeBytes(fs);
                long size0 = fs.size();
                long t0 = System.nanoTime();
                if (mode.equals("raw")) {
                    bench.rawImportForExperiment(drafts);
                } else if (chunk > 0) {
                    // NOT all-or-nothing: one transaction per chunk, to measure what the single transaction costs.
                    var sorted = new java.util.ArrayList<>(drafts);
                    sorted.sort(java.util.Comparator.comparing(ContactDraft::startedAt));
                    for (int from = 0; from < sorted.size(); from += chunk) {
                        logbook.contacts().saveAll(sorted.subList(from, Math.min(sorted.size(), from + chunk)), "import");
                    }
                    db.sync();
                } else {
                    logbook.contacts().saveAll(drafts, "import");
                }
                double s = (System.nanoTime() - t0) / 1e9;
                log.printf("RESULT mode=%s cluster=%d chunk=%d size=%d rows=%d: %.1f s, %,.0f rows/s; read %,d MiB, written %,d MiB,"
                                + " file %,d -> %,d MiB, chunks fill %d%%, load %s%n",
                        mode, clusterDays, chunk, size, rows, s, rows / s, (fs.getReadBytes() - r0) >> 20, (writeBytes(fs) - w0) >> 20,
                        size0 >> 20, fs.size() >> 20, fs.getChunksFillRate(), load());
            }
        }
    }

    static long writeBytes(FileStore<?> fs) throws ReflectiveOperationException {
        var f = FileStore.class.getDeclaredField("writeBytes");
        f.setAccessible(true);
        return ((AtomicLong) f.get(fs)).get();
    }

    static String load() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
