package org.helplinelogbook.domain;

import java.time.Instant;

/**
 * Which contacts to list. Every field is optional (null = any). {@code from} is inclusive and {@code to}
 * exclusive, both UTC instants.
 */
public record ContactFilter(
        Instant from,
        Instant to,
        String channel,
        String callerType,
        String callerGroup,
        String topic,
        String outcome,
        String source,
        Long staffId,
        Boolean data) {

    public static final ContactFilter ALL = new ContactFilter(null, null, null, null, null, null, null, null, null, null);

    public ContactFilter withPeriod(Instant newFrom, Instant newTo) {
        return new ContactFilter(newFrom, newTo, channel, callerType, callerGroup, topic, outcome, source, staffId, data);
    }

    public ContactFilter withStaff(Long newStaffId) {
        return new ContactFilter(from, to, channel, callerType, callerGroup, topic, outcome, source, newStaffId, data);
    }
}
