package org.helplinelogbook.storage.postgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.helplinelogbook.storage.ConnectionProfile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A real PostgreSQL for the tests, started by the tests: {@code initdb} of a temporary cluster, a throwaway CA and
 * a server certificate for localhost/127.0.0.1, {@code ssl=on}, SCRAM-only TCP access ({@code hostssl ...
 * scram-sha-256}, no plain {@code host} line), an owner role and a desk role per database. One server serves the
 * whole test run (it stops when the run ends); each test asks for its own database with {@link #newLogbook}.
 *
 * <p>Without PostgreSQL binaries the tests are skipped, except with {@code CI=true}, where they fail.
 * The binaries are looked up in {@code $PG_BIN}, else the newest {@code /usr/lib/postgresql/N/bin}.
 */
public final class PostgresServer implements BeforeAllCallback, ParameterResolver {

    /** A database made for one test: the profile for the owner (runs set-up) and for the desk roles. */
    public record Logbook(String database, ConnectionProfile owner, char[] ownerPassword, List<Desk> desks) {
        public Desk desk(int i) {
            return desks.get(i);
        }
    }

    /** One desk's database role. */
    public record Desk(ConnectionProfile profile, char[] password) {}

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private Path base;
    private Path bin;
    private Path data;
    private Path socketDir;
    private int port;
    private Path caCert;
    private Path otherCaCert;
    private String adminPassword;
    private boolean asRoot;

    @Override
    public void beforeAll(ExtensionContext context) {
        instance(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == PostgresServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return instance(e);
    }

    private static PostgresServer instance(ExtensionContext context) {
        var store = context.getRoot().getStore(ExtensionContext.Namespace.create(PostgresServer.class));
        Running running = store.getOrComputeIfAbsent("server", k -> new Running(start()), Running.class);
        if (running.server == null) {
            Assumptions.assumeTrue(false, running.skipReason);
        }
        return running.server;
    }

    /** Stopped by JUnit when the whole run ends. */
    private static final class Running implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        final PostgresServer server;
        final String skipReason;

        Running(Object started) {
            this.server = started instanceof PostgresServer s ? s : null;
            this.skipReason = started instanceof String s ? s : null;
        }

        @Override
        public void close() {
            if (server != null) {
                server.stop();
            }
        }
    }

    /** The started server, or a reason to skip (only outside CI). */
    private static Object start() {
        Path bin = findBin();
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (bin == null) {
            String why = "PostgreSQL server binaries (initdb, pg_ctl) not found; install the postgresql package";
            if (ci) {
                throw new IllegalStateException(why + " (CI=true: the PostgreSQL tests must run)");
            }
            return why;
        }
        var server = new PostgresServer();
        try {
            server.bin = bin;
            server.boot();
            return server;
        } catch (Exception e) {
            server.stop();
            throw new IllegalStateException("could not start the test PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static Path findBin() {
        String env = System.getenv("PG_BIN");
        if (env != null && Files.isExecutable(Path.of(env, "initdb"))) {
            return Path.of(env);
        }
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(b -> {
                        try {
                            return Integer.parseInt(b.getParent().getFileName().toString());
                        } catch (NumberFormatException e) {
                            return 0;
                        }
                    })).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private void boot() throws Exception {
        asRoot = "root".equals(System.getProperty("user.name")) || runQuiet("id", "-u").trim().equals("0");
        base = Files.createTempDirectory("logbook-pg-");
        setWorldReadable(base);
        data = base.resolve("data");
        socketDir = base.resolve("run");
        Path tls = base.resolve("tls");
        Files.createDirectories(tls);
        Files.createDirectories(socketDir);
        Files.createDirectories(data);
        Files.setPosixFilePermissions(data, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        setWorldReadable(tls);
        makeCertificates(tls);
        if (asRoot) {
            run("chown", "postgres:postgres", socketDir.toString(), data.toString(), tls.resolve("server.key").toString(),
                    tls.resolve("server.crt").toString());
        }
        adminPassword = randomPassword();
        Path pwFile = base.resolve("initdb.pw");
        Files.writeString(pwFile, adminPassword + "\n");
        if (asRoot) {
            run("chown", "postgres:postgres", pwFile.toString());
        }
        asServer(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "scram-sha-256",
                "--auth-local=trust", "--pwfile=" + pwFile, "-E", "UTF8", "--locale=C");
        Files.delete(pwFile);
        port = freePort();
        String conf = String.join("\n",
                "listen_addresses = '127.0.0.1'",
                "port = " + port,
                "unix_socket_directories = '" + socketDir + "'",
                "ssl = on",
                "ssl_cert_file = '" + tls.resolve("server.crt") + "'",
                "ssl_key_file = '" + tls.resolve("server.key") + "'",
                "password_encryption = 'scram-sha-256'",
                "max_connections = 200",
                "fsync = off",
                "full_page_writes = off",
                "log_min_messages = warning",
                "");
        Files.writeString(data.resolve("postgresql.conf"), conf, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        // TCP only with TLS and SCRAM; the unix socket (in our own 0700 folder) is for the set-up below.
        Files.writeString(data.resolve("pg_hba.conf"), String.join("\n",
                "local   all  all                 trust",
                "hostssl all  all  127.0.0.1/32   scram-sha-256",
                ""));
        asServer(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", socketDir.resolve("server.log").toString(),
                "-w", "-t", "60", "start");
    }

    /** A fresh database owned by its own owner role, with {@code desks} desk roles that may read and write. */
    public Logbook newLogbook(int desks) {
        int n = DATABASES.incrementAndGet();
        String db = "logbook" + n;
        String owner = "owner" + n;
        String group = "desks" + n;
        char[] ownerPassword = randomPassword().toCharArray();
        psql("postgres", "CREATE ROLE " + owner + " LOGIN PASSWORD '" + new String(ownerPassword) + "';",
                "CREATE ROLE " + group + " NOLOGIN;",
                "CREATE DATABASE " + db + " OWNER " + owner + ";",
                "REVOKE ALL ON DATABASE " + db + " FROM PUBLIC;",
                "GRANT CONNECT ON DATABASE " + db + " TO " + group + ";");
        psql(db, "GRANT USAGE ON SCHEMA public TO " + group + ";",
                "ALTER DEFAULT PRIVILEGES FOR ROLE " + owner + " IN SCHEMA public"
                        + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + group + ";",
                "ALTER DEFAULT PRIVILEGES FOR ROLE " + owner + " IN SCHEMA public"
                        + " GRANT USAGE, SELECT ON SEQUENCES TO " + group + ";");
        List<Desk> list = new ArrayList<>();
        for (int i = 1; i <= desks; i++) {
            String role = "desk" + n + "_" + i;
            char[] pw = randomPassword().toCharArray();
            psql("postgres", "CREATE ROLE " + role + " LOGIN PASSWORD '" + new String(pw) + "' IN ROLE " + group + ";");
            list.add(new Desk(profile(db, role), pw));
        }
        return new Logbook(db, profile(db, owner), ownerPassword, List.copyOf(list));
    }

    public ConnectionProfile profile(String database, String role) {
        return new ConnectionProfile("localhost", port, database, role, caCert);
    }

    /** The superuser over TLS, for what tests do behind the app's back (pg_terminate_backend). */
    public ConnectionProfile adminProfile(String database) {
        return profile(database, "postgres");
    }

    public char[] adminPassword() {
        return adminPassword.toCharArray();
    }

    public Path caCertificate() {
        return caCert;
    }

    /** A CA that did not sign the server's certificate. */
    public Path otherCaCertificate() {
        return otherCaCert;
    }

    public int port() {
        return port;
    }

    public Path bin() {
        return bin;
    }

    /** Runs SQL as the superuser over the unix socket; returns psql's unaligned output. */
    public String psql(String database, String... statements) {
        List<String> cmd = new ArrayList<>(List.of(bin.resolve("psql").toString(), "-X", "-q", "-A", "-t",
                "-v", "ON_ERROR_STOP=1", "-h", socketDir.toString(), "-p", String.valueOf(port), "-U", "postgres",
                "-d", database));
        for (String s : statements) {
            cmd.add("-c");
            cmd.add(s);
        }
        try {
            return asServer(cmd.toArray(String[]::new));
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** {@code pg_dump} of a database as plain SQL, as an administrator would take a backup. */
    public byte[] pgDump(String database) throws IOException {
        Path out = socketDir.resolve("dump-" + database + ".sql");
        asServer(bin.resolve("pg_dump").toString(), "-h", socketDir.toString(), "-p", String.valueOf(port),
                "-U", "postgres", "-f", out.toString(), database);
        byte[] dump = Files.readAllBytes(out);
        Files.delete(out);
        return dump;
    }

    private void stop() {
        if (data != null && Files.isDirectory(data)) {
            try {
                asServer(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop");
            } catch (IOException ignored) {
                // already stopped
            }
        }
        if (base != null) {
            try (Stream<Path> files = Files.walk(base)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // temp folder; the OS cleans it eventually
            }
        }
    }

    private void makeCertificates(Path tls) throws IOException {
        String ec = "ec:" + tls.resolve("ec.param");
        run("openssl", "ecparam", "-name", "prime256v1", "-out", tls.resolve("ec.param").toString());
        run("openssl", "req", "-x509", "-new", "-nodes", "-newkey", ec, "-keyout", tls.resolve("ca.key").toString(),
                "-out", tls.resolve("ca.crt").toString(), "-days", "2", "-subj", "/CN=Test Office CA");
        run("openssl", "req", "-x509", "-new", "-nodes", "-newkey", ec, "-keyout", tls.resolve("other.key").toString(),
                "-out", tls.resolve("other.crt").toString(), "-days", "2", "-subj", "/CN=Some Other CA");
        run("openssl", "req", "-new", "-nodes", "-newkey", ec, "-keyout", tls.resolve("server.key").toString(),
                "-out", tls.resolve("server.csr").toString(), "-subj", "/CN=localhost");
        Files.writeString(tls.resolve("san.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
        run("openssl", "x509", "-req", "-in", tls.resolve("server.csr").toString(), "-CA", tls.resolve("ca.crt").toString(),
                "-CAkey", tls.resolve("ca.key").toString(), "-CAcreateserial", "-out", tls.resolve("server.crt").toString(),
                "-days", "2", "-extfile", tls.resolve("san.ext").toString());
        Files.setPosixFilePermissions(tls.resolve("server.key"),
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        caCert = tls.resolve("ca.crt");
        otherCaCert = tls.resolve("other.crt");
    }

    private String asServer(String... command) throws IOException {
        if (!asRoot) {
            return run(command);
        }
        String[] wrapped = new String[command.length + 4];
        wrapped[0] = "runuser";
        wrapped[1] = "-u";
        wrapped[2] = "postgres";
        wrapped[3] = "--";
        System.arraycopy(command, 0, wrapped, 4, command.length);
        return run(wrapped);
    }

    private static String run(String... command) throws IOException {
        var pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("LC_ALL", "C");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(command[0] + " timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", List.of(command).subList(0, Math.min(command.length, 6)))
                    + " failed (" + p.exitValue() + "): " + text);
        }
        return text;
    }

    private static String runQuiet(String... command) {
        try {
            return run(command);
        } catch (IOException e) {
            return "";
        }
    }

    private static void setWorldReadable(Path dir) throws IOException {
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static String randomPassword() {
        byte[] b = new byte[18];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
