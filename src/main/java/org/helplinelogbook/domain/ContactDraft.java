package org.helplinelogbook.domain;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What a worker enters for one contact, before it is checked and stored. {@code callerCode} is the caller's own
 * codeword in clear; it is never stored, only its keyed hash. {@code startOffset} says which of two instants a
 * local start names when the clocks went back (see {@link StartTimes}); null means the earlier, as for every
 * start typed into the form.
 */
public record ContactDraft(
        LocalDateTime startedAt,
        int durationSeconds,
        String channel,
        String callerType,
        List<String> topics,
        List<String> outcomes,
        String source,
        String notes,
        String callerCode,
        ZoneOffset startOffset) {

    public ContactDraft(LocalDateTime startedAt, int durationSeconds, String channel, String callerType,
            List<String> topics, List<String> outcomes, String source, String notes, String callerCode) {
        this(startedAt, durationSeconds, channel, callerType, topics, outcomes, source, notes, callerCode, null);
    }

    public ContactDraft {
        topics = topics == null ? List.of() : List.copyOf(topics);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        notes = notes == null || notes.isBlank() ? null : notes;
        callerCode = callerCode == null || callerCode.isBlank() ? null : callerCode.strip();
        source = source == null || source.isBlank() ? null : source;
    }

    /** A non-data contact: channel and duration only. */
    public static ContactDraft nonData(LocalDateTime startedAt, int durationSeconds, String channel, String callerType) {
        return new ContactDraft(startedAt, durationSeconds, channel, callerType, List.of(), List.of(), null, null, null);
    }
}
