package org.helplinelogbook.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.security.cert.CertificateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.PGProperty;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.util.PSQLException;

/**
 * Connections to the shared logbook on PostgreSQL. Every connection is TLS with {@code sslmode=verify-full}
 * against the office CA in the profile; the server must also say the session is encrypted, or we refuse it.
 * Error messages never repeat the server's text, which may quote values.
 */
final class PostgresConnections {

    static final int POOL_SIZE = 5;

    /**
     * Bounded waits on the server, for this app's sessions only (sent at connection start, so nothing needs to be
     * configured on the server). A desk that dies or hangs in the middle of a save holds the audit-chain lock that
     * every save needs; these make the server let go of it within seconds instead of whenever the desk's wait ends:
     * <ul>
     *   <li>{@code lock_timeout}: no statement waits longer than this for a lock; the save is retried
     *       ({@code Logbook.writeAudited}), then reported (the desktop keeps the worker's form as typed).
     *   <li>{@code client_connection_check_interval}: a backend waiting on a lock notices within a second that its
     *       desk's connection is gone (Linux, macOS and BSD servers; set in {@link #CHECK_CLIENT_SQL}).
     *   <li>{@code statement_timeout}: no single statement of the app runs longer (migrations lift it).
     *   <li>{@code idle_in_transaction_session_timeout}: a desk stuck between two statements of a transaction
     *       (the app never waits for a person inside one) is cut off and its transaction rolled back.
     *   <li>TCP keepalives: a desk whose network vanished without closing the connection is noticed in ~25 s.
     * </ul>
     */
    static final String SESSION_OPTIONS = "-c lock_timeout=4000 -c statement_timeout=30000"
            + " -c idle_in_transaction_session_timeout=15000"
            + " -c tcp_keepalives_idle=10 -c tcp_keepalives_interval=5 -c tcp_keepalives_count=3";
    /** Not every server platform supports the check (Windows does not): set it where it can be, skip it elsewhere. */
    static final String CHECK_CLIENT_SQL = "DO $$ BEGIN PERFORM set_config('client_connection_check_interval',"
            + " '1000', false); EXCEPTION WHEN OTHERS THEN NULL; END $$";
    /** Schema upgrades may rewrite big tables and wait for desks to finish: they get generous bounds of their own. */
    static final String MIGRATION_SQL = "SET statement_timeout = 0; SET lock_timeout = '60s'";
    /** Client side: a read that hears nothing for this long fails instead of hanging (above statement_timeout). */
    static final int SOCKET_TIMEOUT_SECONDS = 60;
    static final boolean DEBUG = Boolean.getBoolean("helplinelogbook.debugsql");

    /**
     * The PostgreSQL driver logs through java.util.logging, whose default console handler printed "SEVERE:
     * Connection error" lines beside our one calm sentence (and may quote the server's text). Its own logging stays
     * off unless SQL debugging is asked for; held here so the setting is not garbage-collected with the logger.
     */
    private static final Logger DRIVER_LOG = quietDriverLog();

    private PostgresConnections() {}

    private static Logger quietDriverLog() {
        var log = Logger.getLogger("org.postgresql");
        if (!DEBUG) {
            log.setLevel(Level.OFF);
            log.setUseParentHandlers(false);
        }
        return log;
    }

    static Properties properties(ConnectionProfile profile, char[] password) {
        var p = new Properties();
        p.setProperty(PGProperty.USER.getName(), profile.user());
        p.setProperty(PGProperty.PASSWORD.getName(), new String(password));
        p.setProperty(PGProperty.SSL.getName(), "true");
        p.setProperty(PGProperty.SSL_MODE.getName(), ConnectionProfile.REQUIRED_SSL_MODE);
        p.setProperty(PGProperty.SSL_ROOT_CERT.getName(), profile.caCertificate().toString());
        p.setProperty(PGProperty.APPLICATION_NAME.getName(), "helpline-logbook");
        p.setProperty(PGProperty.CONNECT_TIMEOUT.getName(), "10");
        p.setProperty(PGProperty.LOGIN_TIMEOUT.getName(), "15");
        p.setProperty(PGProperty.TCP_KEEP_ALIVE.getName(), "true");
        p.setProperty(PGProperty.SOCKET_TIMEOUT.getName(), String.valueOf(SOCKET_TIMEOUT_SECONDS));
        p.setProperty(PGProperty.OPTIONS.getName(), SESSION_OPTIONS);
        return p;
    }

    /** One unpooled connection: used to check the server first, so failures get a clear message. */
    static Connection connect(ConnectionProfile profile, char[] password) throws SQLException {
        if (!Files.isRegularFile(profile.caCertificate())) {
            throw new StorageException(StorageException.Kind.MISSING, "The office CA certificate "
                    + profile.caCertificate() + " named in the server profile does not exist.", null);
        }
        var ds = new PGSimpleDataSource();
        ds.setURL(profile.jdbcUrl());
        Properties props = properties(profile, password);
        for (String name : props.stringPropertyNames()) {
            ds.setProperty(name, props.getProperty(name));
        }
        Connection c = ds.getConnection();
        try (var st = c.createStatement();
                var rs = st.executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            if (!rs.next() || !rs.getBoolean(1)) {
                c.close();
                throw new StorageException(StorageException.Kind.REFUSED,
                        "The server did not encrypt the connection; Helpline Logbook refuses to use it.", null);
            }
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        return c;
    }

    static HikariDataSource pool(ConnectionProfile profile, char[] password) {
        try (Connection probe = connect(profile, password)) {
            probe.isValid(5);
        } catch (SQLException e) {
            throw translate(e);
        }
        var config = new HikariConfig();
        config.setPoolName("helpline-logbook");
        config.setJdbcUrl(profile.jdbcUrl());
        config.setDataSourceProperties(properties(profile, password));
        config.setUsername(profile.user());
        config.setPassword(new String(password));
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(15_000);
        config.setAutoCommit(true);
        config.setConnectionInitSql(CHECK_CLIENT_SQL);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause();
            throw cause instanceof SQLException sql ? translate(sql)
                    : new StorageException(StorageException.Kind.UNREACHABLE,
                            "The logbook server cannot be reached.", null);
        }
    }

    static void migrate(DataSource source) {
        try {
            Flyway.configure()
                    .loggers("slf4j") // see Database.migrate
                    .dataSource(source)
                    .initSql(MIGRATION_SQL)
                    .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                    .failOnMissingLocations(false)
                    // Each backend numbers its own scripts apart (H2 V100+, PostgreSQL V20-V29): run them all.
                    .outOfOrder(true)
                    .load()
                    .migrate();
            if (source instanceof HikariDataSource pool && pool.getHikariPoolMXBean() != null) {
                // Flyway's connections had the migration bounds set on them: the desk's work gets fresh ones.
                pool.getHikariPoolMXBean().softEvictConnections();
            }
        } catch (FlywayException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof SQLException)) {
                cause = cause.getCause();
            }
            if (cause instanceof SQLException sql) {
                throw translate(sql);
            }
            throw new StorageException(StorageException.Kind.OTHER, "The logbook on the server could not be"
                    + " brought up to date. Ask whoever runs the server (see docs/several-desks.md).", null);
        }
    }

    static boolean isPostgres(SQLException e) {
        // H2 gives every error its own non-zero code; the PostgreSQL driver and the pool give only a SQLSTATE.
        return e instanceof PSQLException || e.getErrorCode() == 0;
    }

    /** Maps PostgreSQL SQLSTATEs to a kind and a calm message; the server's own text (may hold values) is dropped. */
    static StorageException translate(SQLException e) {
        if (isTlsProblem(e)) {
            return new StorageException(StorageException.Kind.REFUSED, "The server's certificate was not accepted."
                    + " It must be signed by the office CA named in server.json and name the host the profile"
                    + " connects to (sslmode=verify-full).", null);
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("28P01")) {
            return StorageException.passwordRefused("The logbook server refused this desk's database password.");
        }
        if (state.equals("28000")) {
            return new StorageException(StorageException.Kind.REFUSED,
                    "The logbook server refused this desk's database role or password.", null);
        }
        if (state.startsWith("08") || state.startsWith("57P") || e instanceof SQLTransientConnectionException) {
            return new StorageException(StorageException.Kind.UNREACHABLE, "The logbook server cannot be reached"
                    + " or the connection was cut. Nothing that was not confirmed as saved was stored; try again.",
                    DEBUG ? e : null);
        }
        return switch (state) {
            case "3D000" -> new StorageException(StorageException.Kind.MISSING,
                    "There is no such logbook database on the server.", null);
            case "42501" -> new StorageException(StorageException.Kind.OTHER, "This desk's database role is not"
                    + " allowed to do that. Ask whoever runs the server (see docs/several-desks.md).", null);
            case "40001", "40P01", "55P03" -> new StorageException(StorageException.Kind.BUSY,
                    "Another desk was saving at the same moment. Nothing was changed; try again.", null);
            case "57014" -> new StorageException(StorageException.Kind.OTHER,
                    "The logbook server took too long to answer. Nothing was changed; try again.", null);
            case "25P03" -> new StorageException(StorageException.Kind.UNREACHABLE, "The logbook server ended a"
                    + " connection that waited too long. Nothing that was not confirmed as saved was stored; try"
                    + " again.", null);
            case "53300" -> new StorageException(StorageException.Kind.UNREACHABLE,
                    "The logbook server has too many connections right now; try again shortly.", null);
            default -> new StorageException(StorageException.Kind.OTHER,
                    "The logbook server reported an error (SQLSTATE " + state + ").", null);
        };
    }

    private static boolean isTlsProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLException || t instanceof CertificateException) {
                return true;
            }
            if (t instanceof PSQLException p && p.getMessage() != null
                    && (p.getMessage().contains("SSL") || p.getMessage().contains("hostname"))
                    && "08006".equals(p.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
