package org.helplinelogbook.logbook;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer per logbook: an OS file lock on {@code logbook.lock}, taken before any key is derived, so a second
 * window or CLI gets a clear "in use" message and changes nothing. The OS drops the lock if the process dies.
 */
public final class LogbookLock implements AutoCloseable {

    public static final String FILE_NAME = "logbook.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private LogbookLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static LogbookLock acquire(Path dataDir) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dataDir.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw inUse();
            }
            return new LogbookLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse();
        } catch (IOException e) {
            closeQuietly(channel);
            throw new LogbookException(LogbookException.Kind.STORAGE,
                    "The logbook folder cannot be used (" + e.getClass().getSimpleName() + "). Check it exists and is writable.");
        }
    }

    private static LogbookException inUse() {
        return new LogbookException(LogbookException.Kind.IN_USE,
                "This logbook is in use by another window or program. Close it there, then try again.");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // released with the channel below
        }
        closeQuietly(channel);
    }
}
