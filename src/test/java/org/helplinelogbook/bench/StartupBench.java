package org.helplinelogbook.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.helplinelogbook.bench.LogbookBench.Figure;
import org.helplinelogbook.bench.LogbookBench.Stats;

/**
 * Cold start to the login window against a JavaFX hello-world, through {@code installer/bench-startup-image.sh}
 * (the app-image with its AppCDS archive, started in turn with the hello-world and with the bare jar), so that the
 * bench command reproduces the start-up figure too. Needs the shaded jar ({@code package}) and Xvfb or a display.
 */
final class StartupBench {

    static final double GOAL_RATIO = 1.3;

    private StartupBench() {
    }

    static Figure measure(Path project, Path root, int runs, PrintStream log) throws IOException, InterruptedException {
        Path samples = root.resolve("target/bench/startup");
        Files.createDirectories(samples);
        for (String name : new String[] {"a", "b", "c"}) {
            Files.deleteIfExists(samples.resolve(name));
        }
        var builder = new ProcessBuilder("bash", project.resolve("installer/bench-startup-image.sh").toString(),
                String.valueOf(runs)).directory(project.toFile()).redirectErrorStream(true);
        builder.environment().put("BENCH_SAMPLES", samples.toString());
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("start-up benchmark failed:\n" + output);
        }
        output.lines().filter(l -> l.contains(":") && l.contains("median") || l.startsWith("A/B"))
                .forEach(l -> log.println("  " + l));
        Stats app = read(samples.resolve("a"));
        Stats hello = read(samples.resolve("b"));
        Stats bare = read(samples.resolve("c"));
        double ratio = app.median() / hello.median();
        return new Figure("startup", "Cold start to the login window (app-image: jlink runtime, AppCDS, its options)"
                + " vs a JavaFX hello-world on the same runtime, run in turn", "ms", app, hello,
                String.format(Locale.ROOT, "≤ %.1f× hello-world", GOAL_RATIO), ratio <= GOAL_RATIO,
                String.format(Locale.ROOT, "the same jar without AppCDS and options: median %,.0f ms, %.2f×",
                        bare.median(), bare.median() / hello.median()));
    }

    private static Stats read(Path file) throws IOException {
        double[] ms = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).mapToDouble(Double::parseDouble)
                .toArray();
        if (ms.length == 0) {
            throw new IllegalStateException("no start-up samples in " + file);
        }
        return Stats.of(ms);
    }
}
