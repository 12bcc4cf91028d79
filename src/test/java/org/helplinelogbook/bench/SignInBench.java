package org.helplinelogbook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Sign-in in a fresh start (issue 17): opens a 200,000-contact logbook (built once, cached like the bench suite's)
 * in new JVMs, each time without and with the prewarm the sign-in screen runs while the password is typed, and
 * prints where the seconds go, with the Argon2id unlock alone in each JVM for the "≤ 2 × Argon2id" goal. With
 * {@code gui} first, it runs the whole desktop app instead, from pressing Sign in to the drawn form ({@link #desktop}). {@code java -cp ... org.helplinelogbook.bench.SignInBench [runs] [size]}.
 */
public final class SignInBench {

    private SignInBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean gui = args.length > 0 && args[0].equals("gui");
        int first = gui ? 1 : 0;
        int runs = args.length > first ? Integer.parseInt(args[first]) : 3;
        int size = args.length > first + 1 ? Integer.parseInt(args[first + 1]) : 200_000;
        Path root = Path.of(System.getProperty("bench.root", "."));
        var prepared = LogbookBench.prepare(root.resolve("target/bench-cache"), root.resolve("target/bench/signin"), size,
                1, System.out);
        if (gui) {
            System.out.println("load average before: " + BenchSuite.loadAverage());
            List<String> desktop = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                // A fresh copy each time: the run is ended by a kill once the form shows (see desktop()).
                var copy = i == 0 ? prepared : LogbookBench.prepare(root.resolve("target/bench-cache"),
                        root.resolve("target/bench/signin"), size, 1, System.out);
                desktop.add(desktop(copy.workDir()));
                System.out.println("desktop app, fresh start: " + desktop.get(i));
            }
            // The second goal's yardstick: the Argon2id unlock alone in the same runtime with the same options.
            var copy = LogbookBench.prepare(root.resolve("target/bench-cache"), root.resolve("target/bench/signin"),
                    size, 1, System.out);
            List<String> unlock = new ArrayList<>();
            for (int i = 0; i < Math.min(runs, 3); i++) {
                unlock.add(probe(copy.workDir(), true, appRuntime()));
                System.out.println("same runtime, after prewarm: " + unlock.get(i));
            }
            System.out.println(desktopSummary(desktop, unlock));
            System.out.println("load average after: " + BenchSuite.loadAverage());
            return;
        }
        List<String> cold = new ArrayList<>();
        List<String> warmed = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            cold.add(probe(prepared.workDir(), false));
            warmed.add(probe(prepared.workDir(), true));
        }
        System.out.println("load average before: " + BenchSuite.loadAverage());
        cold.forEach(l -> System.out.println("fresh JVM, no prewarm:   " + l));
        warmed.forEach(l -> System.out.println("fresh JVM, after prewarm: " + l));
        System.out.println(summary(warmed));
    }

    /**
     * The goal of issue 17 on the runs after the prewarm: the open's median against 1,000 ms, and against twice the
     * Argon2id unlock alone (each run's open divided by the same JVM's unlock; the median of those ratios).
     */
    static String summary(List<String> warmed) {
        double[] open = warmed.stream().mapToDouble(l -> value(l, "openMs")).sorted().toArray();
        double[] ratio = warmed.stream().mapToDouble(l -> value(l, "openMs") / value(l, "unlockMs")).sorted()
                .toArray();
        double[] unlock = warmed.stream().mapToDouble(l -> value(l, "unlockMs")).sorted().toArray();
        double medianOpen = median(open);
        double medianRatio = median(ratio);
        return String.format(java.util.Locale.ROOT, "after prewarm: open median %.0f ms (%s 1,000 ms); Argon2id unlock"
                + " alone median %.0f ms; open / unlock median %.2f (%s 2)", medianOpen,
                medianOpen <= 1_000 ? "meets" : "misses", median(unlock), medianRatio,
                medianRatio <= 2 ? "meets" : "misses");
    }

    /** Both goals on the whole desktop app: the median from Sign in to the form, against 1,000 ms and 2 × unlock. */
    static String desktopSummary(List<String> desktop, List<String> unlockRuns) {
        double form = median(desktop.stream().mapToDouble(l -> value(l, "signInToFormMs")).sorted().toArray());
        double unlock = median(unlockRuns.stream().mapToDouble(l -> value(l, "unlockMs")).sorted().toArray());
        return String.format(java.util.Locale.ROOT, "desktop app: Sign in to form median %.0f ms (%s 1,000 ms);"
                + " Argon2id unlock alone median %.0f ms (same runtime); form / unlock %.2f (%s 2)", form,
                form <= 1_000 ? "meets" : "misses", unlock, form / unlock, form / unlock <= 2 ? "meets" : "misses");
    }

    /**
     * The java command and options of the app under test: with {@code -Dsignin.launcher} the app-image's own
     * runtime ({@code lib/runtime/bin/java}) and the -X options of its launcher's configuration (its AppCDS archive
     * left out: that archive is for the app's jar, not this class path); else this JVM's.
     */
    static List<String> appRuntime() throws IOException {
        String launcher = System.getProperty("signin.launcher");
        if (launcher == null) {
            return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        }
        Path image = Path.of(launcher).toAbsolutePath().getParent().getParent();
        List<String> command = new ArrayList<>(List.of(image.resolve("lib/runtime/bin/java").toString()));
        try (var cfgs = Files.list(image.resolve("lib/app"))) {
            for (Path cfg : cfgs.filter(f -> f.toString().endsWith(".cfg")).toList()) {
                for (String line : Files.readAllLines(cfg)) {
                    if (line.startsWith("java-options=-X") && !line.contains("SharedArchiveFile")) {
                        command.add(line.substring("java-options=".length()));
                    }
                }
            }
        }
        return command;
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double value(String line, String key) {
        for (String part : line.split(" ")) {
            if (part.startsWith(key + "=")) {
                return Double.parseDouble(part.substring(key.length() + 1));
            }
        }
        throw new IllegalStateException("no " + key + " in " + line);
    }

    /**
     * The whole desktop app in a new JVM ({@code ui/StartupProbe} with {@code .signIn}): the sign-in window, 3 s as
     * if typing (the prewarm runs), Sign in pressed, until the main window with the form is drawn and answers; then
     * the app is killed (its logbook is a throwaway copy). Needs a display (xvfb-run). Prints {@code signInToFormMs=<n> startToLoginMs=<n>}.
     */
    static String desktop(Path workDir) throws IOException, InterruptedException {
        Path probe = Files.createTempFile("signin-probe", ".txt");
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            long start = System.currentTimeMillis();
            // -Dsignin.javaOptions="-Dhelplinelogbook.mainWindowWarmUp=0": more options for the app (comparisons).
            String probeOptions = ("-Dhelplinelogbook.startupProbe=" + probe + " -Dhelplinelogbook.startupProbe.signIn="
                    + LogbookBench.USER + " " + System.getProperty("signin.javaOptions", "")).strip();
            // -Dsignin.launcher=…/bin/Helpline Logbook: the app-image or installed app (its runtime, AppCDS archive
            // and java options), as installer/bench-startup.sh starts it; else this JVM's class path.
            String launcher = System.getProperty("signin.launcher");
            ProcessBuilder builder = launcher != null
                    ? new ProcessBuilder(launcher, "--data", workDir.toString())
                    : new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                            "org.helplinelogbook.Launcher", "--data", workDir.toString());
            if (launcher != null) {
                builder.environment().put("JAVA_TOOL_OPTIONS", probeOptions);
            } else {
                builder.command().addAll(1, List.of(probeOptions.split(" ")));
            }
            builder.environment().put("LOGBOOK_PASSWORD", LogbookBench.PASSWORD); // the bench logbook's, not a secret
            Process p = builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            // Ended by a kill once the form shows: a graceful close would first wait for the sign-in chores (on the
            // bench logbook, re-hashing its older codewords takes many minutes) and the exit backup.
            long deadline = System.currentTimeMillis() + 5 * 60_000;
            while (!Files.readString(probe).contains("FORM_SHOWN") && p.isAlive()
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            p.destroyForcibly();
            p.waitFor(1, TimeUnit.MINUTES);
            java.util.Map<String, Long> at = new java.util.LinkedHashMap<>();
            java.util.Map<String, Long> cpu = new java.util.HashMap<>();
            String threadCpu = "";
            for (String line : Files.readAllLines(probe)) {
                String[] parts = line.split(" ");
                if (parts[0].equals("THREAD_CPU")) {
                    threadCpu = parts.length > 2 ? parts[2] : ""; // each thread's CPU ms from Sign in to the form
                    continue;
                }
                at.put(parts[0], Long.parseLong(parts[1]));
                if (parts.length > 2) {
                    cpu.put(parts[0], Long.parseLong(parts[2])); // the UI thread's CPU time then
                }
            }
            if (!at.containsKey("FORM_SHOWN")) {
                throw new IllegalStateException("no form shown: " + at.keySet());
            }
            // The steps AppShell.showMain marks (T_…), in ms after Sign in was pressed: where the time goes.
            StringBuilder steps = new StringBuilder();
            at.forEach((what, when) -> {
                if (what.startsWith("T_")) {
                    steps.append(' ').append(what.substring(2)).append('=')
                            .append(when - at.get("SIGN_IN_PRESSED"));
                    if (cpu.containsKey(what) && cpu.containsKey("T_show_main") && when >= at.get("T_show_main")) {
                        steps.append(" (cpu ").append(cpu.get(what) - cpu.get("T_show_main")).append(')');
                    }
                    if (what.equals("T_prepared") && cpu.containsKey(what) && cpu.containsKey("T_prepare")) {
                        // the UI thread's work building the window while the key derivation runs
                        steps.append(" (cpu ").append(cpu.get(what) - cpu.get("T_prepare")).append(')');
                    }
                }
            });
            return "signInToFormMs=" + (at.get("FORM_SHOWN") - at.get("SIGN_IN_PRESSED")) + " startToLoginMs="
                    + (at.get("STARTUP_SHOWN") - start) + " |" + steps + " | threads' cpu " + threadCpu;
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    static String probe(Path workDir, boolean prewarm) throws IOException, InterruptedException {
        return probe(workDir, prewarm, List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    }

    static String probe(Path workDir, boolean prewarm, List<String> java) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(java);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), HeapProbe.class.getName(),
                workDir.toString()));
        if (prewarm) {
            command.add("prewarm");
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("probe failed:\n" + output);
        }
        return output.lines().filter(l -> l.startsWith("openMs=")).findFirst().orElse(output);
    }
}
