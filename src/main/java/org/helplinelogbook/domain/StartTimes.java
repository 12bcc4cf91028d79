package org.helplinelogbook.domain;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;

/**
 * When a contact started, as written by a person (CLI {@code add --started-at}, the {@code started_at} column of
 * an import): a local date and time in the logbook's zone, {@code 2026-10-03T14:05} (seconds optional), or the
 * same with an offset, {@code 2026-10-25T01:30+01:00}. A start is refused, rather than quietly changed, when it
 * <ul>
 * <li>is more than {@link #FUTURE_TOLERANCE} after now (a contact cannot have started yet; a minute allows for
 * a slow clock on the computer the file came from);</li>
 * <li>is before {@link #EARLIEST} (a typo such as 0001 or 1926 for 2026; the logbook format is from 2026 and no
 * helpline has electronic records from before 2000 to import);</li>
 * <li>names a local time that did not exist because the clocks went forward (Java would silently move it an
 * hour on);</li>
 * <li>names a local time that happened twice because the clocks went back, and gives no offset to say which.</li>
 * </ul>
 */
public final class StartTimes {

    /** The earliest start a logbook accepts. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /** How far in the future a start may be, for clocks that differ a little. */
    public static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(1);

    private StartTimes() {}

    /** A start accepted: the local time in the logbook's zone, and the offset that applies (which of two, in an overlap). */
    public record Start(LocalDateTime local, ZoneOffset offset) {}

    /** Either a start or a problem (a phrase to follow the field's name, e.g. "is in the future"). */
    public record Checked(Start start, String problem) {
        static Checked problem(String problem) {
            return new Checked(null, problem);
        }
    }

    public static Checked check(String text, ZoneId zone, Instant now) {
        String trimmed = text == null ? "" : text.strip();
        ZonedDateTime at;
        try {
            at = resolve(LocalDateTime.parse(trimmed), zone);
            if (at == null) {
                return Checked.problem(unresolved(LocalDateTime.parse(trimmed), zone));
            }
        } catch (DateTimeParseException notLocal) {
            try {
                at = OffsetDateTime.parse(trimmed).atZoneSameInstant(zone);
            } catch (DateTimeException e) {
                return Checked.problem("must be a local date and time like 2026-10-03T14:05");
            }
        }
        if (at.toLocalDate().isBefore(EARLIEST)) {
            return Checked.problem("is before " + EARLIEST + ", the earliest start a logbook accepts");
        }
        if (at.toInstant().isAfter(now.plus(FUTURE_TOLERANCE))) {
            return Checked.problem("is in the future");
        }
        return new Checked(new Start(at.toLocalDateTime(), at.getOffset()), null);
    }

    /** The one instant a local time names in {@code zone}, or null when it names none (gap) or two (overlap). */
    private static ZonedDateTime resolve(LocalDateTime local, ZoneId zone) {
        var offsets = zone.getRules().getValidOffsets(local);
        return offsets.size() == 1 ? ZonedDateTime.ofStrict(local, offsets.get(0), zone) : null;
    }

    private static String unresolved(LocalDateTime local, ZoneId zone) {
        ZoneOffsetTransition change = zone.getRules().getTransition(local);
        if (change == null || change.isGap()) {
            return "(" + local + ") is a time that did not exist in " + zone
                    + ": the clocks went forward then. Check the time";
        }
        return "(" + local + ") happened twice in " + zone + ": the clocks went back then. Say which by adding the"
                + " offset: " + local + change.getOffsetBefore() + " for the first, " + local + change.getOffsetAfter()
                + " for the second";
    }
}
