package org.helplinelogbook.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookOpening;
import org.helplinelogbook.security.KeySlotFile;

/**
 * Run in a fresh JVM by {@link BenchSuite}: unlocks a logbook, shows the contact log's first page (no filter, as the
 * log opens), then reports heap in use after {@code System.gc()} and how long the first open took in a cold JVM, and
 * then times the key slot's Argon2id unlock alone (the floor of any sign-in). Prints one line:
 * {@code openMs=<n> firstPageMs=<n> heapBytes=<n> rows=<n> prewarmMs=<n> unlockMs=<n>}.
 */
public final class HeapProbe {

    private HeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long warmMs = 0;
        if (args.length > 1 && args[1].equals("prewarm")) {
            // As the sign-in screen does while the password is typed.
            long w0 = System.nanoTime();
            LogbookOpening.prewarm();
            warmMs = (System.nanoTime() - w0) / 1_000_000;
        }
        long t0 = System.nanoTime();
        try (Logbook logbook = LogbookOpening.open(dir, LogbookBench.USER, LogbookBench.PASSWORD.toCharArray())) {
            long t1 = System.nanoTime();
            int rows = logbook.contacts().page(ContactFilter.ALL, null, 50).contacts().size();
            long t2 = System.nanoTime();
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(100);
            }
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            // The floor of any sign-in: the key slot's Argon2id (and AES-GCM) unlock alone, in this JVM, after it.
            long u0 = System.nanoTime();
            var unlocked = KeySlotFile.load(dir).unlockWithKeys(LogbookBench.USER, LogbookBench.PASSWORD.toCharArray());
            long u1 = System.nanoTime();
            unlocked.keys().wipe();
            unlocked.dataKey().destroy();
            System.out.printf("openMs=%.1f firstPageMs=%.1f heapBytes=%d rows=%d prewarmMs=%d unlockMs=%.1f%n",
                    (t1 - t0) / 1e6, (t2 - t1) / 1e6, heap, rows, warmMs, (u1 - u0) / 1e6);
        }
    }
}
