package org.helplinelogbook.logbook;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.helplinelogbook.storage.FolderLock;

/**
 * One writer per logbook: an OS file lock ({@link FolderLock}) on {@code logbook.lock}, taken before any key is
 * derived, so a second window or CLI changes nothing while the first has the logbook. The OS drops the lock if the
 * process dies.
 * <p>
 * A second writer waits up to {@link #PATIENCE} for the lock before it gives up with "in use": a script's next
 * {@code add} often starts while the previous command is still closing (writing its backup, compacting), and a
 * few seconds' wait turns that race into a short pause instead of a failed command. Whoever waits can be told so
 * ({@link #noticeWhileWaiting}), so that a person does not think the program hangs.
 */
public final class LogbookLock implements AutoCloseable {

    public static final String FILE_NAME = "logbook.lock";
    /** How long a second writer waits for the lock. */
    public static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final long RETRY_MILLIS = 100;
    /** Per thread, because a front end signs in on the thread that should hear about the wait (see {@link #withThisThreadsNotice}). */
    private static final ThreadLocal<Consumer<String>> NOTICE = ThreadLocal.withInitial(() -> message -> { });

    private final FolderLock lock;

    private LogbookLock(FolderLock lock) {
        this.lock = lock;
    }

    public static LogbookLock acquire(Path dataDir) {
        return acquire(dataDir, PATIENCE, NOTICE.get());
    }

    /**
     * Runs {@code work} (which opens a logbook) so that, if the lock is held elsewhere, {@code notice} hears once
     * that this program is waiting for it.
     */
    public static <T> T noticeWhileWaiting(Consumer<String> notice, Supplier<T> work) {
        Consumer<String> before = NOTICE.get();
        NOTICE.set(notice);
        try {
            return work.get();
        } finally {
            NOTICE.set(before);
        }
    }

    /** {@code work} as it would run here, for running on another thread: the notice set here goes with it. */
    static <T> Supplier<T> withThisThreadsNotice(Supplier<T> work) {
        Consumer<String> notice = NOTICE.get();
        return () -> noticeWhileWaiting(notice, work);
    }

    static LogbookLock acquire(Path dataDir, Duration patience, Consumer<String> notice) {
        long deadline = System.nanoTime() + patience.toNanos();
        boolean told = false;
        while (true) {
            LogbookLock taken = tryOnce(dataDir);
            if (taken != null) {
                return taken;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw inUse();
            }
            if (!told) {
                notice.accept("This logbook is in use by another window or program; waiting up to "
                        + patience.toSeconds() + " seconds for it to be closed...");
                told = true;
            }
            try {
                Thread.sleep(RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw inUse();
            }
        }
    }

    /** The lock, or null when another program (or another part of this one) holds it. */
    private static LogbookLock tryOnce(Path dataDir) {
        try {
            FolderLock taken = FolderLock.tryTake(dataDir, FILE_NAME);
            return taken == null ? null : new LogbookLock(taken);
        } catch (IOException e) {
            throw new LogbookException(LogbookException.Kind.STORAGE,
                    "The logbook folder cannot be used (" + e.getClass().getSimpleName() + "). Check it exists and is writable.");
        }
    }

    private static LogbookException inUse() {
        return new LogbookException(LogbookException.Kind.IN_USE,
                "This logbook is in use by another window or program. Close it there, then try again.");
    }

    @Override
    public void close() {
        lock.close();
    }
}
