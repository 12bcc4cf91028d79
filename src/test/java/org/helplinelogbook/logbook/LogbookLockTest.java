package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: a second writer failed at once; it now waits for the lock, saying so, before giving up. */
class LogbookLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondWriterSaysItWaitsAndGetsTheLockOnceItIsReleased() throws Exception {
        LogbookLock first = LogbookLock.acquire(dir);
        List<String> heard = new CopyOnWriteArrayList<>();
        CountDownLatch told = new CountDownLatch(1);
        CompletableFuture<LogbookLock> second = CompletableFuture.supplyAsync(() ->
                LogbookLock.acquire(dir, Duration.ofMinutes(5), message -> {
                    heard.add(message);
                    told.countDown();
                }));
        assertThat(told.await(1, TimeUnit.MINUTES)).isTrue();
        assertThat(second).isNotDone();
        first.close();
        try (LogbookLock taken = second.get(1, TimeUnit.MINUTES)) {
            assertThat(taken).isNotNull();
        }
        assertThat(heard).containsExactly(
                "This logbook is in use by another window or program; waiting up to 300 seconds for it to be closed...");
    }

    @Test
    void itGivesUpWithInUseAndTheHolderKeepsTheLock() {
        try (LogbookLock held = LogbookLock.acquire(dir)) {
            assertThatThrownBy(() -> LogbookLock.acquire(dir, Duration.ofMillis(500), message -> { }))
                    .isInstanceOf(LogbookException.class).hasMessageContaining("in use")
                    .extracting(e -> ((LogbookException) e).kind()).isEqualTo(LogbookException.Kind.IN_USE);
            // The retries opened and closed the lock file several times; the holder must still hold it.
            assertThatThrownBy(() -> LogbookLock.acquire(dir, Duration.ZERO, message -> { }))
                    .isInstanceOf(LogbookException.class);
        }
    }

    @Test
    void theNoticeGoesOnlyToTheCallerThatAskedForIt() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        try (LogbookLock held = LogbookLock.acquire(dir)) {
            CompletableFuture<Void> other = CompletableFuture.runAsync(() -> assertThatThrownBy(
                    () -> LogbookLock.acquire(dir, Duration.ofMillis(300), heard::add)).isInstanceOf(LogbookException.class));
            other.get(1, TimeUnit.MINUTES);
        }
        assertThat(heard).hasSize(1);
        try (LogbookLock free = LogbookLock.noticeWhileWaiting(heard::add, () -> LogbookLock.acquire(dir))) {
            assertThat(heard).hasSize(1); // a free lock is taken without a word
        }
    }
}
