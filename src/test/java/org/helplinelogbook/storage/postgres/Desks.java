package org.helplinelogbook.storage.postgres;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts {@link DeskWorker}s in separate JVMs with the test class path. */
final class Desks {

    private Desks() {}

    static Process start(Path logDir, char[] dbPassword, String... args) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx192m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dhelplinelogbook.argon2.fast=true", "-Dhelplinelogbook.debugsql=true",
                "-Dhelplinelogbook.logdir=" + logDir, "-cp", classPath, DeskWorker.class.getName()));
        cmd.addAll(List.of(args));
        var pb = new ProcessBuilder(cmd);
        pb.environment().put("LOGBOOK_DB_PASSWORD", new String(dbPassword));
        pb.redirectError(logDir.resolve("stderr-" + System.nanoTime() + ".txt").toFile());
        return pb.start();
    }

    /** Waits for a worker and returns its RESULT line; fails with its stderr if it did not finish well. */
    static String result(Process p, Path logDir, long seconds) throws Exception {
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("a desk JVM did not finish in " + seconds + " s");
        }
        String text = new String(out, java.nio.charset.StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            StringBuilder err = new StringBuilder();
            try (var files = java.nio.file.Files.list(logDir)) {
                for (Path f : files.filter(f -> f.getFileName().toString().startsWith("stderr")).toList()) {
                    err.append(java.nio.file.Files.readString(f));
                }
            }
            throw new AssertionError("a desk JVM failed (" + p.exitValue() + "): " + text + "\n" + err);
        }
        return text.lines().filter(l -> l.startsWith("RESULT")).findFirst().orElse("");
    }
}
