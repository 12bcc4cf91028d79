package org.helplinelogbook.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A contact as stored: notes are sealed (AES-GCM under the month's note key) and the caller codeword is only a
 * keyed hash. {@code startedAt} is UTC; {@code localStart} is the same moment on the logbook's wall clock.
 */
public record ContactRow(
        UUID id,
        Instant startedAt,
        LocalDateTime localStart,
        int durationSeconds,
        String channel,
        String callerType,
        boolean data,
        String source,
        List<String> topics,
        List<String> outcomes,
        String notesKeyId,
        byte[] notesSealed,
        boolean notesHold,
        String callerCodeHash,
        long createdBy,
        Instant createdAt,
        Instant updatedAt,
        int version,
        int notesScheme) {

    /** Notes sealed under the month key alone (before issue 20); re-sealed by the upgrade at a manager sign-in. */
    public static final int SCHEME_MONTH_KEY = 1;
    /** Notes whose secret is sealed to the managers' key pair and, on the day, to the author (ADR 2). */
    public static final int SCHEME_READING_KEYS = 2;

    public ContactRow {
        topics = List.copyOf(topics);
        outcomes = List.copyOf(outcomes);
    }

    /** A row whose notes (if any) are in the month-key scheme. */
    public ContactRow(UUID id, Instant startedAt, LocalDateTime localStart, int durationSeconds, String channel,
            String callerType, boolean data, String source, List<String> topics, List<String> outcomes,
            String notesKeyId, byte[] notesSealed, boolean notesHold, String callerCodeHash, long createdBy,
            Instant createdAt, Instant updatedAt, int version) {
        this(id, startedAt, localStart, durationSeconds, channel, callerType, data, source, topics, outcomes,
                notesKeyId, notesSealed, notesHold, callerCodeHash, createdBy, createdAt, updatedAt, version,
                SCHEME_MONTH_KEY);
    }

    public ContactRow withVersion(int newVersion, Instant newUpdatedAt) {
        return new ContactRow(id, startedAt, localStart, durationSeconds, channel, callerType, data, source, topics,
                outcomes, notesKeyId, notesSealed, notesHold, callerCodeHash, createdBy, createdAt, newUpdatedAt,
                newVersion, notesScheme);
    }
}
