package org.helplinelogbook.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.List;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.tools.ChangeFileEncryption;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.logbook.BenchAccess;
import org.helplinelogbook.security.DataKey;
import org.helplinelogbook.security.KeySlotFile;

/**
 * What H2 itself can do for the import figure with no encryption at all (issue #8): copies a cached bench logbook,
 * decrypts the copy with H2's own {@code ChangeFileEncryption}, and times the same hand-written JDBC batch import
 * (same 100,000 drafts, same order and ids) on it, with the same page cache as the app. A ceiling for any change to
 * the encryption layer: no app-side change can make the import faster than this engine with this schema.
 *
 * <pre>
 * java -Xmx2g -Dexp.size=200000 -cp ... org.helplinelogbook.bench.PlainImportCeiling
 * </pre>
 * Bench-only: it writes a decrypted logbook under target/bench/exp; the demo data is synthetic.
 */
public final class PlainImportCeiling {

    private PlainImportCeiling() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream log = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int rows = Integer.getInteger("exp.rows", 100_000);
        var prepared = LogbookBench.prepareExperiment(log);
        List<ContactDraft> drafts;
        long staffId;
        try (var bench = new LogbookBench(prepared, log)) {
            drafts = BenchAccess.demoDrafts(bench.logbook(), prepared.seed() + 1, rows, prepared.size(), 0,
                    prepared.builtOn());
            staffId = bench.staffId();
        }
        char[] h2Password;
        try (DataKey key = KeySlotFile.load(prepared.workDir()).unlock(LogbookBench.USER,
                LogbookBench.PASSWORD.toCharArray())) {
            h2Password = key.h2Password();
        }
        String both = new String(h2Password);
        Arrays.fill(h2Password, '\0');
        char[] filePassword = both.substring(0, both.indexOf(' ')).toCharArray();
        String userPassword = both.substring(both.indexOf(' ') + 1);
        long t0 = System.nanoTime();
        ChangeFileEncryption.execute(prepared.workDir().toString(), "logbook", "AES", filePassword, null, true);
        log.printf("decrypted the copy in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        String url = "jdbc:h2:file:" + prepared.workDir().resolve("logbook") + ";TRACE_LEVEL_FILE=0;WRITE_DELAY=0"
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CACHE_SIZE=65536";
        try (Connection c = DriverManager.getConnection(url, "logbook", userPassword)) {
            FileStore<?> fs = ((SessionLocal) c.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore()
                    .getMvStore().getFileStore();
            long r0 = fs.getReadBytes();
            long w0 = ImportExperiment.writeBytes(fs);
            t0 = System.nanoTime();
            LogbookBench.rawImport(c, staffId, drafts);
            double s = (System.nanoTime() - t0) / 1e9;
            log.printf("RESULT unencrypted raw JDBC import, size=%d rows=%d: %.1f s, %,.0f rows/s; read %,d MiB,"
                    + " written %,d MiB, load %s%n", prepared.size(), rows, s, rows / s,
                    (fs.getReadBytes() - r0) >> 20, (ImportExperiment.writeBytes(fs) - w0) >> 20,
                    ImportExperiment.load());
        }
    }
}
