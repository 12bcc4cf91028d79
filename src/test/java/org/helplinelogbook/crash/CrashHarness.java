package org.helplinelogbook.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.SafetyLogbooks;
import org.helplinelogbook.security.Argon2Params;

/**
 * Kill -9 harness (requirement 1): starts {@link CrashWriter} in a separate JVM, SIGKILLs it at a random moment
 * (sometimes while it is still opening, mostly mid-save), then reopens the logbook here and checks that it opens,
 * that every id the writer acknowledged is stored, and that the audit chain verifies. Repeats {@code kills} times.
 *
 * <p>Full run: see docs/durability.md ({@code java ... CrashHarness 200}).
 */
public final class CrashHarness {

    /** What a run found. Losses and failures must all be 0. */
    public record Figures(int kills, int acknowledged, int stored, int losses, int openFailures, int auditFailures,
            Duration time, List<String> problems) {
        @Override
        public String toString() {
            return "kills=" + kills + " acknowledged=" + acknowledged + " stored=" + stored + " losses=" + losses
                    + " openFailures=" + openFailures + " auditFailures=" + auditFailures + " time=" + time.toSeconds()
                    + "s";
        }
    }

    private CrashHarness() {}

    public static Figures run(Path dir, int kills, long seed, PrintStream log) throws IOException, InterruptedException {
        long began = System.nanoTime();
        SafetyLogbooks.create(dir).logbook().close();
        Path passwordFile = dir.resolveSibling(dir.getFileName() + ".password");
        Files.writeString(passwordFile, SafetyLogbooks.PASSWORD, StandardCharsets.UTF_8);
        Random random = new Random(seed);
        Set<UUID> acknowledged = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        int losses = 0;
        int openFailures = 0;
        int auditFailures = 0;
        int stored = 0;
        for (int round = 1; round <= kills; round++) {
            List<UUID> acked = runAndKill(dir, passwordFile, random);
            acknowledged.addAll(acked);
            try (Logbook logbook = SafetyLogbooks.open(dir, SafetyLogbooks.MANAGER)) {
                var contacts = logbook.contacts();
                boolean last = round == kills;
                for (UUID id : last ? acknowledged : acked) {
                    if (contacts.find(id).isEmpty()) {
                        losses++;
                        problems.add("round " + round + ": acknowledged contact " + id + " is missing");
                    }
                }
                stored = (int) contacts.count(ContactFilter.ALL);
                if (stored < acknowledged.size()) {
                    problems.add("round " + round + ": " + stored + " stored < " + acknowledged.size() + " acknowledged");
                }
                List<String> audit = logbook.verification().verifyAudit();
                if (!audit.isEmpty()) {
                    auditFailures++;
                    problems.add("round " + round + ": audit: " + audit);
                }
            } catch (RuntimeException e) {
                openFailures++;
                problems.add("round " + round + ": cannot open: " + e.getMessage());
            }
            if (log != null && (round % 10 == 0 || round == kills || acked.isEmpty())) {
                log.println("after " + round + " kills (" + acked.size() + " this round): " + acknowledged.size() + " acknowledged, " + losses
                        + " lost, " + openFailures + " failed to open");
                log.flush();
            }
        }
        Files.deleteIfExists(passwordFile);
        return new Figures(kills, acknowledged.size(), stored, losses, openFailures, auditFailures,
                Duration.ofNanos(System.nanoTime() - began), problems);
    }

    /** One writer process, killed at a random moment; returns the ids it acknowledged before dying. */
    private static List<UUID> runAndKill(Path dir, Path passwordFile, Random random)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(javaCommand(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-D" + Argon2Params.FAST_PROPERTY + "=true", "-cp", testClassPath(), CrashWriter.class.getName(),
                dir.toString(), SafetyLogbooks.MANAGER, passwordFile.toString())
                .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolveSibling("writer-stderr.log").toFile()))
                .start();
        List<UUID> acked = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> read(process, acked), "crash-writer-reader");
        reader.start();
        if (random.nextInt(5) == 0) {
            Thread.sleep(random.nextInt(1_500)); // may land during start-up, unlock or migration
        } else {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (acked.isEmpty() && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            Thread.sleep(random.nextInt(1_500)); // mid-save: inside a transaction, a sync or the key-slot write
        }
        process.destroyForcibly(); // SIGKILL on Linux and macOS
        process.waitFor(30, TimeUnit.SECONDS);
        reader.join(TimeUnit.SECONDS.toMillis(30));
        return acked;
    }

    private static void read(Process process, List<UUID> acked) {
        try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                // A line cut short by the kill is not an acknowledgement.
                if (line.length() == 36) {
                    try {
                        acked.add(UUID.fromString(line));
                    } catch (IllegalArgumentException ignored) {
                        // not an id
                    }
                }
            }
        } catch (IOException ignored) {
            // the pipe closes when the process dies
        }
    }

    static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The test class path (Surefire runs tests from a manifest-only jar and reports the real path separately). */
    static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** {@code CrashHarness [kills] [folder]}: the full run for docs/durability.md. */
    public static void main(String[] args) throws Exception {
        if (System.getProperty(Argon2Params.FAST_PROPERTY) == null) {
            System.setProperty(Argon2Params.FAST_PROPERTY, "true");
        }
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("crash-harness").resolve("logbook");
        Figures figures = run(dir, kills, System.nanoTime(), System.out);
        System.out.println(figures);
        figures.problems().forEach(System.out::println);
        System.exit(figures.losses() == 0 && figures.openFailures() == 0 && figures.auditFailures() == 0 ? 0 : 1);
    }
}
