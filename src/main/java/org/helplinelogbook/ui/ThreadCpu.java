package org.helplinelogbook.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * For the start-up probe: the CPU time each thread of the app used between two moments (from Sign in to the drawn
 * form), so the sign-in benchmark shows who competed with the key derivation for the cores (the renderer drawing
 * an animation did: docs/benchmarks.md, "Sign-in in a fresh start", fifth round).
 */
final class ThreadCpu {

    private static final long SHOWN_FROM_NANOS = 2_000_000;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> atStart = new HashMap<>();

    /** From now. */
    ThreadCpu() {
        for (long id : threads.getAllThreadIds()) {
            atStart.put(id, threads.getThreadCpuTime(id));
        }
    }

    /**
     * Each thread still running that used 2 ms or more since the start, as {@code name=ms} joined by commas, spaces
     * in names made underscores (threads that ended meanwhile, such as the sign-in's own, are not counted).
     */
    String sinceStart() {
        StringBuilder used = new StringBuilder();
        for (long id : threads.getAllThreadIds()) {
            ThreadInfo info = threads.getThreadInfo(id);
            long nanos = threads.getThreadCpuTime(id) - atStart.getOrDefault(id, 0L);
            if (info != null && nanos >= SHOWN_FROM_NANOS) {
                used.append(used.isEmpty() ? "" : ",").append(info.getThreadName().replace(' ', '_')).append('=')
                        .append(nanos / 1_000_000);
            }
        }
        return used.toString();
    }
}
