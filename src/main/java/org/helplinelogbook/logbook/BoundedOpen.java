package org.helplinelogbook.logbook;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Opening a logbook never hangs silently. A file left by a killed process once made H2 spin for ever at the first
 * write after opening (docs/durability.md, "A kill during a commit"); that cause is repaired at open, but any
 * other such fault in the database engine must still end in a message and the restore offer, not a frozen window
 * or a CLI that never returns. The open runs on its own thread and is given {@link #limit()}; a slow open that
 * finishes after the limit is closed again at once, so it releases the logbook.
 */
final class BoundedOpen {

    /** Seconds an open may take: long enough for a pre-upgrade copy of a large logbook (about 15 s per GB). */
    static final String PROPERTY = "helplinelogbook.openTimeoutSeconds";

    private BoundedOpen() {}

    static Duration limit() {
        return Duration.ofSeconds(Math.max(1, Long.getLong(PROPERTY, 180)));
    }

    /**
     * Runs {@code open} within {@link #limit()}; after that, runs {@code abandon} to stop the stuck open.
     *
     * @throws LogbookException DAMAGED when it takes longer, naming the newest backup
     */
    static Logbook within(Path dataDir, Supplier<Logbook> open, Runnable abandon) {
        CompletableFuture<Logbook> opening = new CompletableFuture<>();
        Supplier<Logbook> openThere = LogbookLock.withThisThreadsNotice(open); // "waiting for the lock" still heard
        Thread worker = new Thread(() -> {
            try {
                opening.complete(openThere.get());
            } catch (Throwable t) {
                opening.completeExceptionally(t);
            }
        }, "logbook-open");
        worker.setDaemon(true); // a stuck engine thread must not keep the program from exiting
        worker.start();
        Duration limit = limit();
        try {
            return opening.get(limit.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            // Not interrupted: H2 answers an interrupt by closing its file part way through whatever it does.
            // Abandoning shuts the engine down as a kill would (nothing more is written), so nothing spins on.
            opening.thenAccept(Logbook::close);
            abandon.run();
            throw new LogbookException(LogbookException.Kind.DAMAGED, "The logbook did not open within "
                    + describe(limit) + ", so the logbook file may be damaged." + Backups.damagedAdvice(dataDir));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            opening.thenAccept(Logbook::close);
            throw new LogbookException(LogbookException.Kind.STORAGE, "Opening the logbook was stopped.");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static String describe(Duration limit) {
        long s = limit.toSeconds();
        return s % 60 == 0 ? (s / 60) + (s == 60 ? " minute" : " minutes") : s + (s == 1 ? " second" : " seconds");
    }
}
