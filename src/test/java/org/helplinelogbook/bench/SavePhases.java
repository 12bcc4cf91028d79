package org.helplinelogbook.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import org.helplinelogbook.logbook.BenchAccess;
import org.jdbi.v3.core.Handle;

/**
 * Save phases (issue #8): on a copy of a cached bench logbook, runs the statements of one app save by hand and
 * times each phase (contact insert, codes, tally updates, audit entry, commit, {@code CHECKPOINT SYNC}), to see
 * where a save's wall time goes.
 */
public final class SavePhases {

    private SavePhases() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream log = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int saves = Integer.getInteger("exp.saves", 300);
        var prepared = LogbookBench.prepareExperiment(log);
        int size = prepared.size();
        String[] names = {"contact", "codes", "tally", "audit", "commit", "sync"};
        try (var bench = new LogbookBench(prepared, log);
                Handle h = BenchAccess.database(bench.logbook()).jdbi().open()) {
            Connection c = h.getConnection();
            c.setAutoCommit(false);
            var fs = ((org.h2.engine.SessionLocal) c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession()).getDatabase()
                    .getStore().getMvStore().getFileStore();
            long read0 = 0;
            double[][] t = new double[names.length][saves];
            var random = new java.util.Random(1);
            try (PreparedStatement contact = c.prepareStatement("INSERT INTO contact (id, started_at, local_date,"
                    + " local_hour, local_dow, duration_seconds, channel, caller_type, is_data, source, notes_key_id,"
                    + " notes_sealed, caller_code_hash, created_by, created_at, updated_at, version)"
                    + " VALUES (?, ?, ?, ?, ?, 1500, 'phone', 'at_risk', TRUE, 'police', NULL, ?, ?, 1, ?, ?, 1)");
                    PreparedStatement topic = c.prepareStatement(
                            "INSERT INTO contact_topic (contact_id, code, started_at) VALUES (?, ?, ?)");
                    PreparedStatement outcome = c.prepareStatement(
                            "INSERT INTO contact_outcome (contact_id, code, started_at) VALUES (?, ?, ?)");
                    PreparedStatement tally = c.prepareStatement("UPDATE contact_tally SET contacts = contacts + 1"
                            + " WHERE dimension = ? AND local_date = ? AND code = ? AND is_data = TRUE");
                    PreparedStatement last = c.prepareStatement(
                            "SELECT seq, mac FROM audit_entry ORDER BY seq DESC LIMIT 1");
                    PreparedStatement audit = c.prepareStatement("INSERT INTO audit_entry (seq, logged_at, staff_id,"
                            + " action, record_id, fields, counts, mac) VALUES (?, ?, 1, 'create', ?, 'f', 'c', ?)");
                    Statement sync = c.createStatement()) {
                for (int i = 0; i < saves; i++) {
                    if (i == saves / 5) {
                        read0 = fs.getReadBytes();
                    }
                    LocalDateTime local = LocalDateTime.now().withNano(0);
                    LocalDateTime utc = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
                    UUID id = BenchAccess.contactId();
                    long t0 = System.nanoTime();
                    contact.setObject(1, id);
                    contact.setObject(2, utc);
                    contact.setObject(3, local.toLocalDate());
                    contact.setInt(4, local.getHour());
                    contact.setInt(5, local.getDayOfWeek().getValue());
                    byte[] sealed = new byte[120];
                    random.nextBytes(sealed);
                    contact.setBytes(6, i % 2 == 0 ? sealed : null);
                    contact.setString(7, i % 3 == 0 ? Long.toHexString(random.nextLong()).repeat(4) : null);
                    contact.setObject(8, utc);
                    contact.setObject(9, utc);
                    contact.executeUpdate();
                    long t1 = System.nanoTime();
                    LogbookBench.insertCodes(topic, outcome, id, utc);
                    long t2 = System.nanoTime();
                    String[][] keys = {{"total", ""}, {"channel", "phone"}, {"caller_type", "at_risk"},
                            {"source", "police"}, {"topic", "indecent_images"}, {"topic", "safety_planning"},
                            {"outcome", "information_given"},
                            {"weekday_hour", String.valueOf(local.getDayOfWeek().getValue() * 100 + local.getHour())}};
                    for (String[] k : keys) {
                        tally.setString(1, k[0]);
                        tally.setObject(2, local.toLocalDate());
                        tally.setString(3, k[1]);
                        tally.addBatch();
                    }
                    tally.executeBatch();
                    long t3 = System.nanoTime();
                    long seq;
                    try (ResultSet rs = last.executeQuery()) {
                        rs.next();
                        seq = rs.getLong(1) + 1;
                    }
                    audit.setLong(1, seq);
                    audit.setObject(2, utc);
                    audit.setString(3, id.toString());
                    audit.setString(4, Long.toHexString(random.nextLong()).repeat(4));
                    audit.executeUpdate();
                    long t4 = System.nanoTime();
                    c.commit();
                    long t5 = System.nanoTime();
                    if (Boolean.getBoolean("exp.freshSession")) {
                        try (Handle other = BenchAccess.database(bench.logbook()).jdbi().open()) {
                            other.createQuery("SELECT 1").mapTo(Integer.class).one();
                        }
                    }
                    sync.execute("CHECKPOINT SYNC");
                    long t6 = System.nanoTime();
                    long[] marks = {t0, t1, t2, t3, t4, t5, t6};
                    for (int p = 0; p < names.length; p++) {
                        t[p][i] = (marks[p + 1] - marks[p]) / 1e6;
                    }
                }
            }
            int from = saves / 5;
            double[] total = new double[saves - from];
            StringBuilder line = new StringBuilder("RESULT size=" + size + " (median / p99 ms):");
            for (int p = 0; p < names.length; p++) {
                double[] x = Arrays.copyOfRange(t[p], from, saves);
                for (int k = 0; k < x.length; k++) {
                    total[k] += x[k];
                }
                Arrays.sort(x);
                line.append(String.format(" %s %.2f/%.2f", names[p], x[x.length / 2], x[(int) Math.ceil(x.length * .99) - 1]));
            }
            Arrays.sort(total);
            line.append(String.format("; read %,d B per save", (fs.getReadBytes() - read0) / (saves - from)));
            line.append(String.format("; all %.2f/%.2f; load %s", total[total.length / 2],
                    total[(int) Math.ceil(total.length * .99) - 1], ImportExperiment.load()));
            log.println(line);
            c.setAutoCommit(true); // everything was committed; hand the pooled session back as Jdbi expects
        }
    }
}
