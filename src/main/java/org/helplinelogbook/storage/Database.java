package org.helplinelogbook.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStoreException;
import org.h2.store.fs.FileUtils;
import org.helplinelogbook.domain.ChangeFeed;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.security.DataKey;
import org.helplinelogbook.security.KeySlotFile;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.LoggerFactory;

/**
 * The opened logbook database. For the embedded default this is an AES-encrypted H2 file whose file password is
 * the random data key; the settings below are checked, not assumed, because each one closes a known leak or
 * loss: no plaintext trace file, no network server, every commit written at once and synced before we report
 * "saved".
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "logbook";
    static final String H2_SETTINGS = ";CIPHER=AES;TRACE_LEVEL_FILE=0;TRACE_LEVEL_SYSTEM_OUT=0;WRITE_DELAY=0"
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE";
    private static final String H2_USER = "logbook";
    /**
     * H2's page cache in KiB. H2's default (16 MiB) is a few percent of a logbook of a million contacts, so range
     * scans and index inserts kept re-reading and re-decrypting the same pages; see docs/benchmarks.md.
     */
    static final int CACHE_KIB = Integer.getInteger("helplinelogbook.h2.cacheKiB", 64 * 1024);

    /** Open H2 sessions kept for reuse: the desktop runs a few background tasks beside the person's own work. */
    private static final int MAX_SESSIONS = 16;

    /**
     * How long H2 may tidy the file when it closes (H2's default, 200 ms). Measured: 3,000 single saves grow a new
     * logbook to ~120 MB and the next close brings it back to ~5 MB; on a 200,000-contact logbook the close
     * overruns to ~3 s and frees nothing (docs/benchmarks.md, "File size"). Kept as a property for experiments.
     */
    static final int MAX_COMPACT_MS = Integer.getInteger("helplinelogbook.h2.maxCompactMs", 200);

    private final Jdbi jdbi;
    private final Connection keeper;
    private final boolean embedded;
    private final char[] password;
    /** The connection pool of a shared (PostgreSQL) logbook; null for H2. */
    private final AutoCloseable pool;
    /** H2's own pool of open sessions, so each unit of work does not open and close one; null for PostgreSQL. */
    private final JdbcConnectionPool sessions;

    private Database(Jdbi jdbi, Connection keeper, JdbcConnectionPool sessions, char[] password) {
        this(jdbi, keeper, true, password, null, sessions);
    }

    private Database(Jdbi jdbi, Connection keeper, boolean embedded, char[] password, AutoCloseable pool,
            JdbcConnectionPool sessions) {
        this.jdbi = jdbi;
        this.keeper = keeper;
        this.embedded = embedded;
        this.password = password;
        this.pool = pool;
        this.sessions = sessions;
    }

    /**
     * Opens the shared logbook on PostgreSQL (several desks) and migrates it with the same Flyway scripts as H2
     * ({@code common} plus {@code postgresql}). Only TLS with {@code sslmode=verify-full} against the profile's CA
     * is used; see {@link PostgresConnections}. The password is the desk role's; the caller wipes its copy.
     */
    public static Database openPostgres(ConnectionProfile profile, char[] dbPassword) {
        var pool = PostgresConnections.pool(profile, dbPassword);
        try {
            PostgresConnections.migrate(pool);
            Jdbi jdbi = Jdbi.create(pool);
            return new Database(jdbi, null, false, new char[0], pool, null);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** The connection pool of a shared logbook (for the change feed's listening connection); null for H2. */
    public DataSource dataSource() {
        return pool instanceof DataSource ds ? ds : null;
    }

    public static Path h2File(Path dataDir) {
        return dataDir.resolve(FILE_NAME + ".mv.db");
    }

    public static boolean existsIn(Path dataDir) {
        return Files.exists(h2File(dataDir));
    }

    /**
     * Loads and exercises what opening a logbook needs (H2 with its AES file encryption, Flyway and every migration
     * script, the check that skips them, Jdbi, H2's session pool and the sign-in's queries and writes) on a
     * throwaway encrypted logbook in H2's in-memory file system, created, closed and opened again as a sign-in
     * opens one. A sign-in in a fresh process then does not pay for class loading and the first compilation.
     * Nothing is written to disk and no logbook data is touched; the sign-in screen runs it in the background while
     * the password is typed (docs/benchmarks.md, "Sign-in in a fresh start").
     *
     * @return whether it ran to the end (a failure only costs the head start, so it is not reported further)
     */
    public static boolean prewarm() {
        String folder = "memFS:/prewarm-" + UUID.randomUUID();
        String url = "jdbc:h2:" + folder + "/" + FILE_NAME + H2_SETTINGS + ";MAX_COMPACT_TIME=" + MAX_COMPACT_MS;
        DataKey key = DataKey.generate();
        try {
            prewarmOnce(url, key, true);
            prewarmOnce(url + ";IFEXISTS=TRUE", key, false);
            return true;
        } catch (SQLException | RuntimeException e) {
            // Only a head start: the real sign-in does the same work itself.
            LoggerFactory.getLogger(Database.class).debug("Prewarm skipped: {}", e.getClass().getName());
            return false;
        } finally {
            key.destroy();
            FileUtils.deleteRecursive(folder, true);
        }
    }

    private static void prewarmOnce(String url, DataKey key, boolean create) throws SQLException {
        var source = new JdbcDataSource();
        source.setURL(url);
        source.setUser(H2_USER);
        char[] password = key.h2Password();
        source.setPasswordChars(password);
        Connection keeper = source.getConnection();
        try {
            H2LeftoverCommits.finish(keeper);
            checkH2Settings(keeper);
            if (create) {
                flyway(source, MIGRATION_FOLDERS).migrate();
            }
            AppliedMigrations.allApplied(keeper, AppliedMigrations.program(MIGRATION_FOLDERS));
            var sessions = JdbcConnectionPool.create(source);
            var db = new Database(Jdbi.create(sessions), keeper, sessions, password);
            var store = new JdbiStore(db, JdbiStore.storedZone(db));
            store.read(r -> {
                r.staff().find("prewarm");
                r.taxonomy().load();
                r.audit().page(1, 1);
                return r.contacts().page(ContactFilter.ALL, null, 50);
            });
            store.writeAll(r -> r.authorKeys().destroyBefore(LocalDate.now()));
            try (Statement st = keeper.createStatement()) {
                st.execute("SHUTDOWN");
            }
            db.close();
        } finally {
            closeQuietly(keeper);
            Arrays.fill(password, '\0');
        }
    }

    /** Opens (or with {@code create}, creates) the encrypted H2 logbook in {@code dataDir} and migrates it. */
    public static Database openH2(Path dataDir, DataKey key, boolean create) {
        return openH2(dataDir, key, create, MIGRATION_FOLDERS);
    }

    /** As above with the migrations in {@code folders} (class path folders): tests add a migration this way. */
    static Database openH2(Path dataDir, DataKey key, boolean create, List<String> folders) {
        var source = new JdbcDataSource();
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(FILE_NAME) + H2_SETTINGS
                + ";CACHE_SIZE=" + CACHE_KIB + ";MAX_COMPACT_TIME=" + MAX_COMPACT_MS + (create ? "" : ";IFEXISTS=TRUE");
        source.setURL(url);
        source.setUser(H2_USER);
        // H2's data source keeps this array for every new connection; it is wiped when the database closes.
        char[] password = key.h2Password();
        if (!create) {
            // Before H2 may write: an empty, cut-short or damaged file is reported and left exactly as it is.
            try {
                LogbookFileCheck.requireIntact(h2File(dataDir), password);
            } catch (RuntimeException e) {
                Arrays.fill(password, '\0');
                throw e;
            }
        }
        source.setPasswordChars(password);
        Connection keeper;
        try {
            keeper = source.getConnection();
        } catch (SQLException e) {
            Arrays.fill(password, '\0');
            throw translate(e);
        }
        OwnerOnlyFiles.restrict(h2File(dataDir)); // H2 creates its file with the process's default mode
        try {
            H2StoreHeader.requireSupported(keeper); // before anything writes: saves it could lose are refused
            H2LeftoverCommits.finish(keeper); // before anything writes: see the class for the kill it recovers from
            checkH2Settings(keeper);
            migrate(source, keeper, dataDir, folders);
            // A fresh H2 session per unit of work cost a save ~130 KB of page reads and decryption and ~3x its
            // time (docs/benchmarks.md, "Save"); H2's pool keeps sessions open and hands them out in turn.
            var sessions = JdbcConnectionPool.create(source);
            sessions.setMaxConnections(MAX_SESSIONS);
            Jdbi jdbi = Jdbi.create(sessions);
            var db = new Database(jdbi, keeper, sessions, password);
            db.sync();
            return db;
        } catch (RuntimeException | SQLException e) {
            closeQuietly(keeper);
            Arrays.fill(password, '\0');
            throw e instanceof SQLException sql ? translate(sql) : (RuntimeException) e;
        }
    }

    /** Folder, inside the data folder, for backups; the pre-upgrade copies go here too. */
    public static final String BACKUP_FOLDER = "backups";
    /** Name start of the automatic copy taken before a newer version of the program changes the schema. */
    public static final String PRE_UPGRADE_PREFIX = "pre-upgrade-";

    /** Where the H2 logbook's migrations are, on the class path. */
    static final List<String> MIGRATION_FOLDERS = List.of("db/migration/common", "db/migration/h2");

    private static Flyway flyway(DataSource source, List<String> folders) {
        var config = Flyway.configure()
                .loggers("slf4j") // its auto-detection misses SLF4J 2 and falls back to java.util.logging on the console
                .dataSource(source)
                .locations(folders.stream().map(f -> "classpath:" + f).toArray(String[]::new))
                .failOnMissingLocations(false)
                // H2-only migrations are numbered V100+; a later common V3 must still run after them.
                .outOfOrder(true);
        return config.load();
    }

    /**
     * Brings the schema up to date. An existing logbook that a newer program is about to change is first copied
     * into {@code backups/} (see {@link #preUpgradeBackup}); if that copy cannot be made, nothing is migrated. When
     * the schema history already records exactly this program's scripts, Flyway is not started at all
     * ({@link AppliedMigrations}): its scan and validation were a good part of a sign-in in a fresh process.
     */
    private static void migrate(DataSource source, Connection keeper, Path dataDir, List<String> folders) {
        if (AppliedMigrations.allApplied(keeper, AppliedMigrations.program(folders))) {
            return; // the history records exactly this program's scripts: nothing to validate again or migrate
        }
        Flyway flyway = flyway(source, folders);
        MigrationInfoService info = flyway.info();
        MigrationInfo current = info.current();
        if (current != null && current.getVersion() != null && info.pending().length > 0) {
            preUpgradeBackup(keeper, dataDir, current.getVersion().getVersion(), Instant.now());
        }
        flyway.migrate();
    }

    /**
     * Copies the logbook, as it is before the upgrade, to
     * {@code <data>/backups/pre-upgrade-<schema version>-<UTC timestamp>.zip}: H2's {@code BACKUP TO} writes the
     * still-encrypted database file, and {@code keyslots.json} is added beside it, so the zip is as safe as the
     * data folder itself and is restored by unzipping it into an empty folder.
     */
    static Path preUpgradeBackup(Connection keeper, Path dataDir, String schemaVersion, Instant now) {
        Path folder = dataDir.toAbsolutePath().resolve(BACKUP_FOLDER);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss'Z'").withZone(ZoneOffset.UTC).format(now);
        Path zip = folder.resolve(PRE_UPGRADE_PREFIX + schemaVersion + "-" + stamp + ".zip");
        for (int n = 2; Files.exists(zip); n++) {
            zip = folder.resolve(PRE_UPGRADE_PREFIX + schemaVersion + "-" + stamp + "-" + n + ".zip");
        }
        try {
            Files.createDirectories(folder);
            backupTo(keeper, zip);
            Path slots = dataDir.toAbsolutePath().resolve(KeySlotFile.FILE_NAME);
            if (Files.exists(slots)) {
                try (FileSystem zipFs = FileSystems.newFileSystem(zip)) {
                    Files.copy(slots, zipFs.getPath(KeySlotFile.FILE_NAME));
                }
            }
            OwnerOnlyFiles.restrict(zip); // the zip file system rewrote it with the default mode
            try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            return zip;
        } catch (SQLException | IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(zip);
            } catch (IOException ignored) {
                // a half-written copy holds only encrypted data
            }
            throw new StorageException(StorageException.Kind.OTHER,
                    "This version of Helpline Logbook needs to update the logbook, but could not first make a safety"
                            + " copy in " + folder + " (is the disk full or read-only?). Nothing was changed.", null);
        }
    }

    /** Refuses to run on a database opened with settings that could leak or lose data. */
    private static void checkH2Settings(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
                var rs = st.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS")) {
            while (rs.next()) {
                String name = rs.getString(1).toUpperCase(Locale.ROOT);
                String value = rs.getString(2);
                if (name.equals("WRITE_DELAY") && !value.equals("0")) {
                    throw new IllegalStateException("database opened with WRITE_DELAY=" + value);
                }
                if (name.equals("AUTO_SERVER") && value.equalsIgnoreCase("TRUE")) {
                    throw new IllegalStateException("database opened with AUTO_SERVER");
                }
            }
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public boolean isEmbedded() {
        return embedded;
    }

    /**
     * Contacts changed by any desk, heard from the server (a listener per logbook, closed with it); {@link
     * ChangeFeed#NONE} for a single-desk logbook, which has no other desks.
     */
    public ChangeFeed changeFeed() {
        return embedded ? ChangeFeed.NONE : new PostgresChangeFeed(this);
    }

    /**
     * Makes every committed transaction durable. H2 with WRITE_DELAY=0 writes a chunk per commit but only
     * {@code CHECKPOINT SYNC} forces it to the disk, and H2 2.5 may leave its store header naming a chunk from which
     * recovery after a kill cannot reach the new one ({@link H2StoreHeader}); so "saved" is only reported after both.
     */
    public void sync() {
        if (!embedded) {
            return;
        }
        try (Statement st = keeper.createStatement()) {
            st.execute("CHECKPOINT SYNC");
            H2StoreHeader.nameNewestChunk(keeper);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /**
     * Read-only integrity probe for {@code verify}: reads every column of every row of every table, so a damaged
     * page anywhere surfaces as an error (a bare COUNT(*) may be answered from metadata without touching rows).
     *
     * @return row counts by table name, in name order
     * @throws StorageException DAMAGED (or another kind) when a table cannot be read in full
     */
    public SortedMap<String, Long> readEveryRow() {
        var counts = new TreeMap<String, Long>();
        try (Connection pooled = keeper == null ? dataSource().getConnection() : null;
                Statement st = (keeper == null ? pooled : keeper).createStatement()) {
            List<String> tables = new ArrayList<>();
            try (var rs = st.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                long rows = 0;
                try (var rs = st.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int c = 1; c <= columns; c++) {
                            rs.getObject(c);
                        }
                        rows++;
                    }
                }
                counts.put(table, rows);
            }
        } catch (SQLException e) {
            throw translate(e);
        }
        return counts;
    }

    /** Same probe as {@link #readEveryRow()}, for callers that only need to know it reads. */
    public void checkIntegrity() {
        readEveryRow();
    }

    /**
     * Writes a transactionally consistent copy of the database to {@code zip} with H2's {@code BACKUP TO}. The
     * zipped {@code .mv.db} is the still-encrypted file, so nothing in the zip is plaintext. (Never SCRIPT TO or
     * CSVWRITE: those write plaintext.)
     */
    public void backupTo(Path zip) {
        if (!embedded) {
            throw new IllegalStateException("BACKUP TO is for the embedded H2 logbook only");
        }
        try {
            backupTo(keeper, zip);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** {@code BACKUP TO} on one connection: also used before migrating, when no Database exists yet. */
    private static void backupTo(Connection connection, Path zip) throws SQLException {
        // The copy is opened like a file after a kill, so its header must name the newest chunk (H2StoreHeader).
        try (Statement st = connection.createStatement()) {
            st.execute("CHECKPOINT SYNC");
        }
        H2StoreHeader.nameNewestChunk(connection);
        try (var st = connection.prepareStatement("BACKUP TO ?")) {
            st.setString(1, zip.toAbsolutePath().toString());
            st.execute();
        }
        OwnerOnlyFiles.restrict(zip);
    }

    /**
     * Closes an embedded logbook with {@code SHUTDOWN COMPACT}: H2 rewrites the live pages into a new file, which
     * drops the space that saves, edits and imports have left behind (a large logbook can be ten times its live
     * data). Takes about 15 s per GB of file; the database is closed afterwards in any case.
     */
    public void closeCompacting() {
        if (!embedded) {
            close();
            return;
        }
        sessions.dispose();
        try (Statement st = keeper.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            close();
        }
    }

    /**
     * Shuts the embedded engine down at once, writing nothing more (as a kill would), so that work stuck inside it
     * fails instead of running on; used when an open takes too long. Every committed save is already in the file.
     */
    public void abandon() {
        if (!embedded) {
            close();
            return;
        }
        try {
            ((SessionLocal) keeper.unwrap(JdbcConnection.class).getSession())
                    .getDatabase().shutdownImmediately();
        } catch (SQLException | RuntimeException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        if (sessions != null) {
            sessions.dispose(); // before the keeper: H2 closes the file when its last session closes
        }
        if (keeper != null) {
            closeQuietly(keeper);
        }
        if (pool != null) {
            try {
                pool.close();
            } catch (Exception ignored) {
                // closing is best effort; the server keeps every committed transaction
            }
        }
        Arrays.fill(password, '\0');
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing is best effort; the file is consistent after every synced commit
        }
    }

    /**
     * H2 reports a damaged page found while reading as a general error (50000) around the MVStore's own: reading
     * failed, unsupported format, file corrupt, chunk or block not found.
     */
    private static boolean isCorruption(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MVStoreException mv) {
                int c = mv.getErrorCode();
                return c == 1 || c == 5 || c == 6 || c == 9 || c == 50;
            }
        }
        return false;
    }

    /** Maps H2's error codes to a kind and a message that never repeats H2's text (which may hold values). */
    static StorageException translate(SQLException e) {
        if (PostgresConnections.isPostgres(e)) {
            return PostgresConnections.translate(e);
        }
        int code = e.getErrorCode();
        if (code == 50000 && isCorruption(e)) {
            return LogbookFileCheck.damaged();
        }
        return switch (code) {
            case 90020 -> new StorageException(StorageException.Kind.IN_USE,
                    "The logbook is open in another window or program. Close it there first.", null);
            case 90146, 90013 -> new StorageException(StorageException.Kind.MISSING,
                    "There is no logbook in this folder.", null);
            case 90030, 90049, 90048 -> new StorageException(StorageException.Kind.DAMAGED,
                    "The logbook file is damaged and cannot be opened.", null);
            case 90100 -> new StorageException(StorageException.Kind.DISK_FULL,
                    "The disk is full. Free some space; nothing saved so far is lost.", null);
            case 90097, 90028 -> new StorageException(StorageException.Kind.READ_ONLY,
                    "The logbook folder cannot be written to (read-only or no permission).", null);
            default -> new StorageException(StorageException.Kind.OTHER,
                    "The logbook database reported an error (code " + code + ").", null);
        };
    }
}
