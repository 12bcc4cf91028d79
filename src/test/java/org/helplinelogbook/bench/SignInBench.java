package org.helplinelogbook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Sign-in in a fresh start (issue 17): opens a 200,000-contact logbook (built once, cached like the bench suite's)
 * in new JVMs, each time without and with the prewarm the sign-in screen runs while the password is typed, and
 * prints where the seconds go. {@code java -cp ... org.helplinelogbook.bench.SignInBench [runs] [size]}.
 */
public final class SignInBench {

    private SignInBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        Path root = Path.of(System.getProperty("bench.root", "."));
        var prepared = LogbookBench.prepare(root.resolve("target/bench-cache"), root.resolve("target/bench/signin"), size,
                1, System.out);
        List<String> cold = new ArrayList<>();
        List<String> warmed = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            cold.add(probe(prepared.workDir(), false));
            warmed.add(probe(prepared.workDir(), true));
        }
        cold.forEach(l -> System.out.println("fresh JVM, no prewarm:   " + l));
        warmed.forEach(l -> System.out.println("fresh JVM, after prewarm: " + l));
    }

    static String probe(Path workDir, boolean prewarm) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                HeapProbe.class.getName(), workDir.toString()));
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
