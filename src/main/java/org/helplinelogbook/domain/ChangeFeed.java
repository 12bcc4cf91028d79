package org.helplinelogbook.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Contacts saved, edited or deleted by any desk of a shared logbook, numbered in commit order. A desk remembers
 * the last number it has seen and asks for everything after it, so a desk that was disconnected catches up with
 * no gaps; the server's notification only says "look now". Carries ids, never contact data.
 */
public interface ChangeFeed {

    enum Kind { CREATE, EDIT, DELETE }

    record Change(long seq, UUID contactId, Kind kind, Instant at) {}

    /** The newest change number so far (0 when there is none). */
    long lastSeq();

    /** Changes numbered after {@code seq}, oldest first. */
    List<Change> since(long seq);

    /**
     * Calls {@code callback} on a background thread (never the JavaFX thread: the UI hops over itself) with each
     * batch of changes after {@code afterSeq}, within about a second of their commit, reconnecting on its own.
     */
    Subscription subscribe(long afterSeq, Consumer<List<Change>> callback);

    /** Stops a listener. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /** The feed of a single-desk logbook: nobody else changes it. */
    ChangeFeed NONE = new ChangeFeed() {
        @Override
        public long lastSeq() {
            return 0;
        }

        @Override
        public List<Change> since(long seq) {
            return List.of();
        }

        @Override
        public Subscription subscribe(long afterSeq, Consumer<List<Change>> callback) {
            return () -> { };
        }
    };
}
