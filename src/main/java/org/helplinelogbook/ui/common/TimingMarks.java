package org.helplinelogbook.ui.common;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Timestamps on the way from Sign in to the form, for the sign-in benchmark (issue 17, docs/benchmarks.md): with
 * {@code -Dhelplinelogbook.startupProbe=FILE} (the start-up probe's file) each mark appends
 * {@code T_<what> <epoch ms> <CPU ms of the calling thread>} to FILE; otherwise it costs one property read. The CPU
 * time is the steadier figure on a loaded machine, where the wall time is mostly waiting for a core. It writes to a
 * file, never to a console, and nothing but the name of the step.
 */
public final class TimingMarks {

    /** The start-up probe's file property (the probe writes its own lines to the same file). */
    public static final String PROPERTY = "helplinelogbook.startupProbe";

    private TimingMarks() {}

    public static void mark(String what) {
        if (!on()) {
            return;
        }
        long cpuMs = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        append(Path.of(System.getProperty(PROPERTY)), "T_" + what + " " + System.currentTimeMillis() + " " + cpuMs);
    }

    /**
     * As {@link #mark}, without the CPU time: for a step on another thread than the UI's (the sign-in's open, in the
     * background), whose CPU time would not compare with the UI thread's.
     */
    public static void markTime(String what) {
        if (on()) {
            append(Path.of(System.getProperty(PROPERTY)), "T_" + what + " " + System.currentTimeMillis());
        }
    }

    /** Appends one line to the probe's file; the start-up probe writes its own lines this way too. */
    public static void append(Path file, String line) {
        try {
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            // a measurement aid only; the app carries on
        }
    }

    /** Marks when the scene's next pulse has styled and laid out what is on show (before it is drawn). */
    public static void markAfterNextLayout(Scene scene, String what) {
        if (!on()) {
            return;
        }
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                mark(what);
            }
        });
    }

    /**
     * With {@code -Dhelplinelogbook.startupProbe.splitLayout=true} as well: styles and lays out {@code root} at once,
     * marking {@code css} and {@code layout}, so the bench can tell the two apart (the pulse then finds nothing to
     * do). Otherwise nothing.
     */
    public static void splitLayout(Parent root) {
        if (!on() || !Boolean.getBoolean(PROPERTY + ".splitLayout")) {
            return;
        }
        root.applyCss();
        mark("css");
        root.layout();
        mark("layout");
    }

    private static boolean on() {
        String file = System.getProperty(PROPERTY);
        return file != null && !file.isBlank();
    }
}
