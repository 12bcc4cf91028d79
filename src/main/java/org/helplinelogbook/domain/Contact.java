package org.helplinelogbook.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A stored contact. {@code startedAt} is wall-clock time in the logbook's zone. {@code notes} is null when there
 * are none, or when they were read without permission or after their retention month was shredded
 * (then {@code notesShredded} is true). {@code returning} is true only when an earlier contact (earlier start, or
 * the same start and a smaller id) carries the same codeword: the first contact under a codeword is not "returning".
 */
public record Contact(
        UUID id,
        LocalDateTime startedAt,
        int durationSeconds,
        String channel,
        String callerType,
        boolean data,
        List<String> topics,
        List<String> outcomes,
        String source,
        String notes,
        boolean notesShredded,
        boolean hasCallerCode,
        boolean returning,
        long createdBy,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    public Contact {
        topics = List.copyOf(topics);
        outcomes = List.copyOf(outcomes);
    }

    public Contact withReturning(boolean isReturning) {
        return isReturning == returning ? this : new Contact(id, startedAt, durationSeconds, channel, callerType, data,
                topics, outcomes, source, notes, notesShredded, hasCallerCode, isReturning, createdBy, createdAt,
                updatedAt, version);
    }
}
