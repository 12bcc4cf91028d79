package org.helplinelogbook.storage;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How a desk reaches the shared logbook on PostgreSQL: host, port, database, the desk's own database role and the
 * office CA certificate that signed the server's certificate. Kept as {@code server.json} in the desk's data
 * folder. It holds no password: that comes from {@code LOGBOOK_DB_PASSWORD} or a prompt.
 *
 * <p>Only {@code sslmode=verify-full} is accepted: the connection is encrypted, the server's certificate must
 * chain to the office CA, and it must name the host we dialled. A profile asking for less is refused.
 */
public record ConnectionProfile(String host, int port, String database, String user, Path caCertificate) {

    public static final String FILE_NAME = "server.json";
    public static final String REQUIRED_SSL_MODE = "verify-full";
    private static final Set<String> KEYS = Set.of("host", "port", "database", "user", "sslmode", "sslrootcert");

    public ConnectionProfile {
        if (host == null || host.isBlank()) {
            throw invalid("it names no server host");
        }
        if (port < 1 || port > 65535) {
            throw invalid("its port is not between 1 and 65535");
        }
        if (database == null || database.isBlank()) {
            throw invalid("it names no database");
        }
        if (user == null || user.isBlank()) {
            throw invalid("it names no database role for this desk");
        }
        if (caCertificate == null) {
            throw invalid("it names no office CA certificate (sslrootcert); without it the server cannot be checked");
        }
        caCertificate = caCertificate.toAbsolutePath();
    }

    public static boolean existsIn(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve(FILE_NAME));
    }

    /**
     * Parses {@code postgresql://ROLE@HOST:PORT/DATABASE?sslmode=verify-full&sslrootcert=/path/ca.crt}; a
     * {@code jdbc:} prefix is allowed. A password in the URL is refused (it would end up in shell history).
     */
    public static ConnectionProfile parseUrl(String url) {
        if (url == null) {
            throw invalid("no server URL was given");
        }
        String text = url.startsWith("jdbc:") ? url.substring(5) : url;
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw invalid("the server URL is not valid; expected postgresql://ROLE@HOST:PORT/DATABASE"
                    + "?sslmode=verify-full&sslrootcert=CA-FILE");
        }
        if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
            throw invalid("the server URL must start with postgresql://");
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && userInfo.contains(":")) {
            throw invalid("the server URL must not contain a password; set LOGBOOK_DB_PASSWORD or type it when asked");
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String part : uri.getRawQuery().split("&")) {
                int eq = part.indexOf('=');
                String key = eq < 0 ? part : part.substring(0, eq);
                String value = eq < 0 ? "" : part.substring(eq + 1);
                query.put(decode(key), decode(value));
            }
        }
        String user = userInfo != null ? decode(userInfo) : query.get("user");
        checkSslMode(query.get("sslmode"));
        String path = uri.getPath() == null ? "" : uri.getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        String root = query.get("sslrootcert");
        return new ConnectionProfile(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), database, user,
                root == null ? null : Path.of(root));
    }

    /** Reads {@code server.json} from a desk's data folder (or any profile file). */
    public static ConnectionProfile load(Path file) {
        Map<String, Object> json;
        try {
            json = JSON.std.with(JSON.Feature.FAIL_ON_DUPLICATE_MAP_KEYS).mapFrom(Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            throw invalid("the file " + file + " cannot be read as a server profile");
        }
        if (json == null) {
            throw invalid("the file " + file + " is empty");
        }
        for (String key : json.keySet()) {
            if (!KEYS.contains(key)) {
                throw invalid("the file " + file + " has an unexpected entry \"" + key + "\"");
            }
        }
        checkSslMode(json.get("sslmode") == null ? null : String.valueOf(json.get("sslmode")));
        Object port = json.get("port");
        Object root = json.get("sslrootcert");
        return new ConnectionProfile(string(json.get("host")), port instanceof Number n ? n.intValue() : 5432,
                string(json.get("database")), string(json.get("user")), root == null ? null : Path.of(root.toString()));
    }

    /** Writes the profile atomically into {@code dataDir/server.json}. */
    public void saveTo(Path dataDir) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("host", host);
        json.put("port", port);
        json.put("database", database);
        json.put("user", user);
        json.put("sslmode", REQUIRED_SSL_MODE);
        json.put("sslrootcert", caCertificate.toString());
        Path temp = dataDir.resolve(FILE_NAME + ".tmp");
        Files.write(temp, JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asBytes(json));
        Files.move(temp, dataDir.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** The same server and database as another role (e.g. the owner role that runs the first set-up). */
    public ConnectionProfile withUser(String otherUser) {
        return new ConnectionProfile(host, port, database, otherUser, caCertificate);
    }

    /** What a person sees: never a password (there is none here). */
    public String describe() {
        return user + "@" + host + ":" + port + "/" + database;
    }

    String jdbcUrl() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + database;
    }

    private static void checkSslMode(String mode) {
        if (mode != null && !REQUIRED_SSL_MODE.equals(mode.toLowerCase(Locale.ROOT))) {
            throw invalid("it asks for sslmode=" + mode + ", but Helpline Logbook only connects with sslmode="
                    + REQUIRED_SSL_MODE + " (encrypted, and the server's certificate checked against the office CA"
                    + " and the host name)");
        }
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static IllegalArgumentException invalid(String why) {
        return new IllegalArgumentException("The server profile cannot be used: " + why + ".");
    }
}
