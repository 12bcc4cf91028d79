package org.helplinelogbook.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.logbook.Backups;
import org.helplinelogbook.logbook.CrashChecks;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.SafetyLogbooks;
import org.helplinelogbook.security.Argon2Params;

/**
 * Kill -9 harness (requirement 1, issue 14): starts {@link CrashWriter} in a separate JVM doing one kind of write
 * (import, save, purge, backup or close; always the kind killed least so far), SIGKILLs it at a random moment (sometimes while it is still
 * opening; for imports often near the end, where H2 commits), then reopens the logbook here and checks that it
 * opens, that it reads in full, that the audit chain verifies, that every acknowledged save is stored, that an
 * import is either wholly there or wholly absent, and that every backup file left in the backup folder verifies.
 * The logbook starts with a large import, so imports are killed on a logbook that already holds one.
 *
 * <p>Full run: see docs/durability.md ({@code java ... CrashHarness 200}).
 */
public final class CrashHarness {

    /** The writes a round can be killed in. */
    public enum Op { IMPORT, SAVE, PURGE, BACKUP, CLOSE }

    /** Sizes: the import the logbook starts with, and each import a round makes. */
    public record Sizes(int baseImport, int importSize) {}

    /** What a run found. Losses and failures must all be 0. */
    public record Figures(int kills, Map<Op, Integer> killsByOp, int finishedBeforeKill, int opens, int acknowledged,
            long stored, int importsWhole, int importsAbsent, int losses, int openFailures, int auditFailures,
            Duration time, List<String> problems) {
        @Override
        public String toString() {
            return "kills=" + kills + " " + killsByOp + " finishedBeforeKill=" + finishedBeforeKill + " opens=" + opens
                    + " acknowledged=" + acknowledged + " stored=" + stored + " importsWhole=" + importsWhole
                    + " importsAbsent=" + importsAbsent + " losses=" + losses + " openFailures=" + openFailures
                    + " auditFailures=" + auditFailures + " time=" + time.toSeconds() + "s";
        }
    }

    private CrashHarness() {}

    /** The original save-only run with small sizes (kept for callers of the first version). */
    public static Figures run(Path dir, int kills, long seed, PrintStream log) throws IOException, InterruptedException {
        return run(dir, kills, seed, new Sizes(2_000, 2_000), log);
    }

    public static Figures run(Path dir, int wanted, long seed, Sizes sizes, PrintStream log)
            throws IOException, InterruptedException {
        long began = System.nanoTime();
        try (Logbook logbook = SafetyLogbooks.create(dir).logbook()) {
            logbook.contacts().saveAll(SafetyLogbooks.drafts(LocalDateTime.now().minusDays(60), sizes.baseImport(),
                    "Base import"), "import");
        }
        Path passwordFile = dir.resolveSibling(dir.getFileName() + ".password");
        Files.writeString(passwordFile, SafetyLogbooks.PASSWORD, StandardCharsets.UTF_8);
        Random random = new Random(seed);
        var state = new State(sizes);
        // One uncut import, so the kills know how long an import takes.
        Round measured = Round.start(dir, passwordFile, Op.IMPORT, sizes.importSize());
        measured.process.waitFor(30, TimeUnit.MINUTES);
        measured.reader.join();
        state.noteDuration(Op.IMPORT, measured);
        state.check(dir, Op.IMPORT, measured, 0, false);
        if (log != null) {
            log.println("set-up: " + state.count + " contacts; an import of " + sizes.importSize() + " takes about "
                    + (state.estimate.containsKey(Op.IMPORT) ? state.estimate.get(Op.IMPORT).toMillis() : -1) + " ms");
        }
        Op[] ops = Op.values();
        int kills = 0;
        int finished = 0;
        Map<Op, Integer> killsByOp = new EnumMap<>(Op.class);
        Path checked = null;
        for (int round = 1; kills < wanted && round <= 2 * wanted + 10; round++) {
            Op op = leastKilled(ops, killsByOp); // an even spread of kills over the kinds of write
            Round r = Round.start(dir, passwordFile, op, op == Op.PURGE ? round : sizes.importSize());
            if (killAtRandom(r, op, state, random)) {
                kills++;
                killsByOp.merge(op, 1, Integer::sum);
            } else {
                finished++;
                state.noteDuration(op, r);
                if (r.process.exitValue() != 0) {
                    state.problems.add("round " + round + " (" + op + "): the writer failed on its own (exit "
                            + r.process.exitValue() + "): " + r.lines.stream().filter(l -> l.startsWith("failed"))
                            .findFirst().orElse("see writer-stderr.log"));
                }
            }
            if (SNAPSHOTS && log != null) {
                log.println("round " + round + " " + op + ": " + r.lines().size() + " lines, last "
                        + (r.lines().isEmpty() ? "-" : r.lines().get(r.lines().size() - 1)));
            }
            int known = state.problems.size();
            Path snapshot = SNAPSHOTS ? snapshot(dir, "round-" + round + "-killed") : null;
            state.check(dir, op, r, round, round % 10 == 0);
            if (snapshot != null) {
                if (state.problems.size() == known) {
                    deleteSnapshot(snapshot);
                    if (checked != null) {
                        deleteSnapshot(checked);
                    }
                } else if (log != null) {
                    log.println("kept the folder as the kill left it: " + snapshot + " and as the writer found it: "
                            + checked);
                }
                checked = snapshot(dir, "round-" + round + "-checked");
            }
            if (log != null) {
                state.problems.subList(known, state.problems.size()).forEach(p -> log.println("problem: " + p));
            }
            if (log != null && (round % 10 == 0 || kills == wanted)) {
                log.println("after " + round + " rounds, " + kills + " kills " + killsByOp + ": " + state.count
                        + " contacts, " + state.acknowledged.size() + " saves acknowledged, " + state.losses + " lost, "
                        + state.openFailures + " failed to open, " + state.problems.size() + " problems");
                log.flush();
            }
        }
        Files.deleteIfExists(passwordFile);
        return new Figures(kills, killsByOp, finished, state.opens, state.acknowledged.size(), state.count,
                state.importsWhole, state.importsAbsent, state.losses, state.openFailures, state.auditFailures,
                Duration.ofNanos(System.nanoTime() - began), state.problems);
    }

    /** Diagnostics: {@code -Dcrash.snapshots=true} keeps a copy of the folder as each kill left it, when it loses. */
    private static final boolean SNAPSHOTS = Boolean.getBoolean("crash.snapshots");

    private static Path snapshot(Path dir, String name) {
        Path copy = dir.resolveSibling(dir.getFileName() + "." + name);
        SafetyLogbooks.copyFolder(dir, copy);
        return copy;
    }

    private static void deleteSnapshot(Path copy) throws IOException {
        try (var files = Files.walk(copy)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static Op leastKilled(Op[] ops, Map<Op, Integer> killsByOp) {
        Op least = ops[0];
        for (Op op : ops) {
            if (killsByOp.getOrDefault(op, 0) < killsByOp.getOrDefault(least, 0)) {
                least = op;
            }
        }
        return least;
    }

    /**
     * Kills the writer: one round in ten during start-up (unlock, H2's recovery, migration); otherwise at a random
     * moment of its work, and for half the imports in the last quarter of it, where H2 commits.
     *
     * @return whether the writer was still running when killed
     */
    private static boolean killAtRandom(Round r, Op op, State state, Random random) throws InterruptedException {
        if (random.nextInt(10) == 0) {
            Thread.sleep(random.nextInt(1_500));
        } else {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (r.process.isAlive() && System.nanoTime() < deadline
                    && (op == Op.SAVE ? r.ids().isEmpty() : !r.said("open"))) {
                Thread.sleep(5);
            }
            Duration known = state.estimate.get(op);
            long estimate = known == null ? 1_500 : known.toMillis(); // until one round of the kind has finished
            long delay;
            if (op == Op.SAVE) {
                delay = random.nextInt(1_500);
            } else if (op == Op.IMPORT && random.nextBoolean()) {
                delay = (long) (estimate * (0.75 + 0.3 * random.nextDouble()));
            } else {
                delay = (long) (estimate * random.nextDouble());
            }
            Thread.sleep(delay);
        }
        boolean alive = r.process.isAlive();
        r.process.destroyForcibly(); // SIGKILL on Linux and macOS
        r.process.waitFor(30, TimeUnit.SECONDS);
        r.reader.join(TimeUnit.SECONDS.toMillis(30));
        return alive;
    }

    /** A writer process and what it said. */
    private record Round(Process process, Thread reader, List<String> lines, List<Long> at, long started) {
        static Round start(Path dir, Path passwordFile, Op op, int importSize) throws IOException {
            List<String> command = new ArrayList<>(List.of(javaCommand(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                    "-D" + Argon2Params.FAST_PROPERTY + "=true", "-cp", testClassPath(), CrashWriter.class.getName(),
                    dir.toString(), SafetyLogbooks.MANAGER, passwordFile.toString(), op.name().toLowerCase()));
            if (op == Op.IMPORT || op == Op.PURGE) {
                command.add(String.valueOf(importSize)); // for a purge, the round: each removes an older month
            }
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolveSibling("writer-stderr.log").toFile()))
                    .start();
            List<String> lines = new CopyOnWriteArrayList<>();
            List<Long> at = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> read(process, lines, at), "crash-writer-reader");
            reader.start();
            return new Round(process, reader, lines, at, System.nanoTime());
        }

        boolean said(String line) {
            return lines.stream().anyMatch(l -> l.equals(line) || l.startsWith(line + " "));
        }

        long nanosBetween(String from, String to) {
            int a = indexOf(from);
            int b = indexOf(to);
            return a < 0 || b < 0 ? -1 : at.get(b) - at.get(a);
        }

        private int indexOf(String line) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).equals(line) || lines.get(i).startsWith(line + " ")) {
                    return i;
                }
            }
            return -1;
        }

        List<UUID> ids() {
            List<UUID> ids = new ArrayList<>();
            for (String line : lines) {
                if (line.length() == 36) {
                    try {
                        ids.add(UUID.fromString(line));
                    } catch (IllegalArgumentException ignored) {
                        // not an id
                    }
                }
            }
            return ids;
        }
    }

    private static void read(Process process, List<String> lines, List<Long> at) {
        try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                // A line cut short by the kill is not an acknowledgement: the writer ends each with a newline,
                // and readLine only returns whole lines except at the very end, which we drop below.
                at.add(System.nanoTime());
                lines.add(line);
            }
        } catch (IOException ignored) {
            // the pipe closes when the process dies
        }
    }

    /** What the harness knows of the logbook between rounds. */
    private static final class State {
        final Sizes sizes;
        final Map<Op, Duration> estimate = new EnumMap<>(Op.class);
        final Set<UUID> acknowledged = new LinkedHashSet<>();
        final List<String> problems = new ArrayList<>();
        long count;
        int opens;
        int losses;
        int openFailures;
        int auditFailures;
        int importsWhole;
        int importsAbsent;

        State(Sizes sizes) {
            this.sizes = sizes;
            this.count = sizes.baseImport();
        }

        /** How long the op's work took, from "open" to its last line, when it ran to the end. */
        void noteDuration(Op op, Round round) {
            long nanos = round.nanosBetween("open", "closed");
            if (nanos > 0) {
                Duration seen = Duration.ofNanos(nanos);
                Duration old = estimate.get(op);
                estimate.put(op, old == null ? seen : Duration.ofNanos((old.toNanos() + seen.toNanos()) / 2));
            }
        }

        void check(Path dir, Op op, Round round, int roundNo, boolean deep) {
            List<UUID> ids = round.ids();
            acknowledged.addAll(ids);
            try (Logbook logbook = SafetyLogbooks.open(dir, SafetyLogbooks.MANAGER)) {
                opens++;
                var contacts = logbook.contacts();
                for (UUID id : ids) {
                    if (contacts.find(id).isEmpty()) {
                        losses++;
                        problems.add("round " + roundNo + " (" + op + "): acknowledged contact " + id + " is missing");
                    }
                }
                long now = contacts.count(ContactFilter.ALL);
                // A save that committed just before the kill was never acknowledged: stored, never promised.
                long expectedMin = count + ids.size();
                long expectedMax = op == Op.SAVE || op == Op.PURGE ? Long.MAX_VALUE : expectedMin;
                if (op == Op.IMPORT) {
                    boolean promised = round.said("imported");
                    if (now == count + sizes.importSize()) {
                        importsWhole++;
                    } else if (now == count && !promised) {
                        importsAbsent++;
                    } else {
                        losses++;
                        problems.add("round " + roundNo + " (import): " + now + " contacts; expected " + count
                                + (promised ? "" : " or " + (count + sizes.importSize())));
                    }
                } else if (now < expectedMin || now > expectedMax) {
                    losses += now < expectedMin ? 1 : 0;
                    problems.add("round " + roundNo + " (" + op + "): " + now + " contacts; expected "
                            + (expectedMax > expectedMin ? "at least " : "") + expectedMin);
                }
                count = now;
                List<String> audit = logbook.verification().verifyAudit();
                if (!audit.isEmpty()) {
                    auditFailures++;
                    problems.add("round " + roundNo + " (" + op + "): audit: " + audit);
                }
                if (deep) {
                    logbook.verification().readEveryRow();
                }
                checkBackups(logbook, roundNo, op);
            } catch (RuntimeException e) {
                openFailures++;
                problems.add("round " + roundNo + " (" + op + "): cannot open: " + e.getMessage());
            }
        }

        private void checkBackups(Logbook logbook, int roundNo, Op op) {
            Path folder = logbook.backups().folder();
            if (!Files.isDirectory(folder)) {
                return;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + Backups.SUFFIX)) {
                for (Path file : files) {
                    try {
                        CrashChecks.verifyBackup(logbook, file);
                    } catch (RuntimeException e) {
                        losses++;
                        problems.add("round " + roundNo + " (" + op + "): backup " + file.getFileName()
                                + " does not verify: " + e.getMessage());
                    }
                }
            } catch (IOException e) {
                problems.add("round " + roundNo + ": backup folder unreadable: " + e.getMessage());
            }
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

    /** {@code CrashHarness [kills] [folder] [base import] [import size]}: the full run for docs/durability.md. */
    public static void main(String[] args) throws Exception {
        if (System.getProperty(Argon2Params.FAST_PROPERTY) == null) {
            System.setProperty(Argon2Params.FAST_PROPERTY, "true");
        }
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("crash-harness").resolve("logbook");
        var sizes = new Sizes(args.length > 2 ? Integer.parseInt(args[2]) : 20_000,
                args.length > 3 ? Integer.parseInt(args[3]) : 10_000);
        Figures figures = run(dir, kills, System.nanoTime(), sizes, System.out);
        System.out.println(figures);
        figures.problems().forEach(System.out::println);
        System.exit(figures.losses() == 0 && figures.openFailures() == 0 && figures.auditFailures() == 0 ? 0 : 1);
    }
}
