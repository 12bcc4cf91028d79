package org.helplinelogbook.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.helplinelogbook.domain.ChangeFeed;
import org.jdbi.v3.core.JdbiException;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ChangeFeed} on PostgreSQL: the {@code contact_change} table (filled by the V21 trigger, numbered in
 * commit order) read by sequence, with {@code LISTEN contact_change} as the hint to read now. A listener keeps one
 * pooled connection; when it is cut (server restart, {@code pg_terminate_backend}, network) it reconnects and
 * catches up from the last number it delivered, so nothing is skipped. It also looks every few seconds without a
 * hint, in case a notification was lost.
 */
public final class PostgresChangeFeed implements ChangeFeed, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresChangeFeed.class);
    static final String CHANNEL = "contact_change";
    private static final int BATCH = 5_000;
    private static final long WAIT_MILLIS = 500;
    private static final long POLL_MILLIS = 5_000;
    private static final Executor DIRECT = Runnable::run;

    private final Database database;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public PostgresChangeFeed(Database database) {
        if (database.dataSource() == null) {
            throw new IllegalArgumentException("the change feed is for a shared (PostgreSQL) logbook");
        }
        this.database = database;
    }

    @Override
    public long lastSeq() {
        try {
            return database.jdbi().withHandle(h -> h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM contact_change")
                    .mapTo(Long.class).one());
        } catch (JdbiException e) {
            throw StorageErrors.translate(e);
        }
    }

    @Override
    public List<Change> since(long seq) {
        try (Connection c = database.dataSource().getConnection()) {
            return read(c, seq);
        } catch (SQLException e) {
            throw Database.translate(e);
        }
    }

    @Override
    public Subscription subscribe(long afterSeq, Consumer<List<Change>> callback) {
        var listener = new Listener(database.dataSource(), afterSeq, callback);
        listeners.add(listener);
        var thread = new Thread(listener, "contact-change-feed");
        thread.setDaemon(true);
        thread.start();
        return () -> {
            listener.stopped = true;
            listeners.remove(listener);
        };
    }

    @Override
    public void close() {
        listeners.forEach(l -> l.stopped = true);
        listeners.clear();
    }

    private static List<Change> read(Connection c, long after) throws SQLException {
        List<Change> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT seq, contact_id, kind, changed_at FROM contact_change"
                + " WHERE seq > ? ORDER BY seq LIMIT " + BATCH)) {
            st.setLong(1, after);
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Change(rs.getLong(1), rs.getObject(2, UUID.class),
                            Kind.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)),
                            rs.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
                }
            }
        }
        return out;
    }

    /** One background listener; stops within about half a second of {@link #stopped}. Never interrupted. */
    private static final class Listener implements Runnable {
        private final DataSource source;
        private final Consumer<List<Change>> callback;
        private volatile boolean stopped;
        private long last;

        Listener(DataSource source, long afterSeq, Consumer<List<Change>> callback) {
            this.source = source;
            this.last = afterSeq;
            this.callback = callback;
        }

        @Override
        public void run() {
            long backoff = 250;
            while (!stopped) {
                try (Connection c = source.getConnection()) {
                    c.setNetworkTimeout(DIRECT, 15_000); // a dead network shows as an error, not a hang
                    PGConnection pg = c.unwrap(PGConnection.class);
                    try (Statement st = c.createStatement()) {
                        st.execute("LISTEN " + CHANNEL);
                    }
                    backoff = 250;
                    deliver(c); // catch up on whatever happened while we were not listening
                    long lastPoll = System.nanoTime();
                    while (!stopped) {
                        PGNotification[] hints = pg.getNotifications((int) WAIT_MILLIS);
                        boolean due = System.nanoTime() - lastPoll > POLL_MILLIS * 1_000_000;
                        if ((hints != null && hints.length > 0) || due) {
                            deliver(c);
                            lastPoll = System.nanoTime();
                        }
                    }
                    try (Statement st = c.createStatement()) {
                        st.execute("UNLISTEN *");
                    }
                } catch (SQLException | RuntimeException e) {
                    if (stopped) {
                        return;
                    }
                    LOG.info("Change feed connection lost ({}); reconnecting", e.getClass().getSimpleName());
                    pause(backoff);
                    backoff = Math.min(backoff * 2, 5_000);
                }
            }
        }

        private void deliver(Connection c) throws SQLException {
            while (!stopped) {
                List<Change> batch = read(c, last);
                if (batch.isEmpty()) {
                    return;
                }
                try {
                    callback.accept(batch);
                } catch (RuntimeException e) {
                    LOG.warn("A change feed subscriber failed ({})", e.getClass().getName());
                }
                last = batch.get(batch.size() - 1).seq();
                if (batch.size() < BATCH) {
                    return;
                }
            }
        }

        private static void pause(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
