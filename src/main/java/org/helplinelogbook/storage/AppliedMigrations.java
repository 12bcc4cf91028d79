package org.helplinelogbook.storage;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Whether an H2 logbook's schema history already records exactly this program's migrations, all applied, so that
 * opening it can skip Flyway. In a fresh process Flyway's scan, parse and validation were a sizeable part of a
 * sign-in (docs/benchmarks.md, "Sign-in in a fresh start"), although on almost every sign-in nothing has changed.
 *
 * <p>The check is an equality, never a judgement: the program's scripts (found as Flyway finds them, checksummed
 * as Flyway checksums them) must match the history's rows one for one: same version, same script, same checksum,
 * type SQL, applied successfully, and no other row. Anything else (a new or changed script, a failed, missing,
 * extra or altered row, a file name we do not recognise, a folder we cannot list) answers "no", and Flyway then
 * does exactly what it did before: validates, takes the pre-upgrade copy and migrates, or refuses.
 */
final class AppliedMigrations {

    /** One versioned SQL migration as the schema history records it. */
    record Script(String version, String script, int checksum) {}

    /** Flyway's versioned SQL naming: {@code V<version>__<description>.sql}, the version's parts split by _ or . */
    /** The rows Flyway writes about itself, not about a migration (its schema history table, a schema). */
    private static final Set<String> MARKERS = Set.of("TABLE", "SCHEMA");

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");

    /** The program's migrations by the folders they are in: they cannot change while it runs. */
    private static final Map<List<String>, Optional<Set<Script>>> PROGRAM = new ConcurrentHashMap<>();

    private AppliedMigrations() {}

    /** This program's migrations in {@code folders} (on its class path), read once per process. */
    static Optional<Set<Script>> program(List<String> folders) {
        return PROGRAM.computeIfAbsent(List.copyOf(folders),
                f -> scan(AppliedMigrations.class.getClassLoader(), f));
    }

    /** Whether the database behind {@code connection} records exactly {@code expected}, every one applied. */
    static boolean allApplied(Connection connection, Optional<Set<Script>> expected) {
        if (expected.isEmpty()) {
            return false;
        }
        Set<Script> recorded = new HashSet<>();
        try (Statement st = connection.createStatement();
                var rs = st.executeQuery("SELECT \"version\", \"script\", \"checksum\", \"type\", \"success\""
                        + " FROM \"flyway_schema_history\"")) {
            while (rs.next()) {
                String version = rs.getString(1);
                String type = rs.getString(4);
                boolean success = rs.getBoolean(5);
                if (version == null && MARKERS.contains(type) && success) {
                    continue; // Flyway's own note that it created the history table (or a schema)
                }
                int checksum = rs.getInt(3);
                boolean noChecksum = rs.wasNull();
                if (noChecksum || !"SQL".equals(type) || !success
                        || !recorded.add(new Script(version, rs.getString(2), checksum))) {
                    return false; // a failed, baseline, deleted, undo or repeated row: Flyway judges it
                }
            }
        } catch (SQLException e) {
            return false; // no history table (a new logbook) or another surprise: Flyway deals with it
        }
        return recorded.equals(expected.get());
    }

    /**
     * The versioned SQL scripts under {@code folders} (searched as deep as Flyway searches), or empty when anything
     * there is not such a script or cannot be read, so that only Flyway decides then.
     */
    static Optional<Set<Script>> scan(ClassLoader loader, List<String> folders) {
        Set<Script> scripts = new HashSet<>();
        try {
            for (String folder : folders) {
                List<URL> urls = Collections.list(loader.getResources(folder));
                if (urls.isEmpty()) {
                    return Optional.empty(); // not found as a folder (a jar without folder entries?): Flyway looks
                }
                for (URL url : urls) {
                    List<String> names = switch (url.getProtocol()) {
                        case "file" -> filesUnder(Path.of(url.toURI()));
                        case "jar" -> entriesUnder((JarURLConnection) url.openConnection(), folder);
                        default -> null;
                    };
                    if (names == null) {
                        return Optional.empty();
                    }
                    for (String name : names) {
                        Optional<Script> script = script(loader, folder, name);
                        if (script.isEmpty() || !scripts.add(script.get())) {
                            return Optional.empty();
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(Set.copyOf(scripts));
    }

    /** Paths relative to {@code folder}, with / between parts, of every file below it. */
    private static List<String> filesUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> folder.relativize(f).toString().replace(File.separatorChar, '/')).toList();
        }
    }

    private static List<String> entriesUnder(JarURLConnection connection, String folder) throws IOException {
        connection.setUseCaches(false); // our own handle, closed here, not the class loader's shared one
        List<String> names = new ArrayList<>();
        try (var jar = connection.getJarFile()) {
            String prefix = folder + "/";
            jar.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(prefix))
                    .forEach(e -> names.add(e.getName().substring(prefix.length())));
        }
        return names;
    }

    private static Optional<Script> script(ClassLoader loader, String folder, String relative) throws IOException {
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        Matcher m = VERSIONED.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        try (InputStream in = loader.getResourceAsStream(folder + "/" + relative)) {
            if (in == null) {
                return Optional.empty();
            }
            // Flyway stores the path below the location as the script's name.
            return Optional.of(new Script(m.group(1).replace('_', '.'), relative, checksum(in)));
        }
    }

    /**
     * Flyway's checksum of a script: CRC-32 of each line's UTF-8 bytes without its line break, a byte-order mark
     * dropped from the first (Flyway's {@code ChecksumCalculator}; {@code AppliedMigrationsTest} holds it to the
     * checksums Flyway itself records).
     */
    static int checksum(InputStream in) throws IOException {
        CRC32 crc = new CRC32();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 4096)) {
            String line = reader.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            for (; line != null; line = reader.readLine()) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return (int) crc.getValue();
    }
}
