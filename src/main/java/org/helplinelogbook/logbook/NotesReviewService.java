package org.helplinelogbook.logbook;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.helplinelogbook.domain.Actor;
import org.helplinelogbook.domain.Contact;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.domain.ContactRepository.PageCursor;
import org.helplinelogbook.privacy.IdentifierHit;
import org.helplinelogbook.privacy.IdentifierKind;

/**
 * Review of old notes (managers only): today's identifier checker run over notes already saved, which may predate
 * it (a logbook made by an earlier release, an import before the policy). Gives counts by month and kind and the
 * contacts to open and redact; never any note text. The review itself is audited (how many notes were read and
 * how many held a hit), and each redaction is an audited edit.
 */
public final class NotesReviewService {

    /** Notes decrypted per page while reviewing. */
    static final int PAGE = 500;


    private final AuditedWrites writes;
    private final Actor actor;
    private final ZoneId zone;
    private final ContactService contacts;

    NotesReviewService(AuditedWrites writes, Actor actor, ZoneId zone, ContactService contacts) {
        this.writes = writes;
        this.actor = actor;
        this.zone = zone;
        this.contacts = contacts;
    }

    /** How many contacts of one month hold at least one hit of one kind. */
    public record MonthCount(YearMonth month, IdentifierKind kind, int contacts) {}

    /** A contact whose notes hold identifiers: when it started, which kinds and how many hits. No text. */
    public record Flagged(UUID id, int version, LocalDateTime startedAt, Set<IdentifierKind> kinds, int hits,
            boolean highConfidence) {}

    /** The result: counts by month then kind, the flagged contacts (newest first) and how many notes were read. */
    public record Review(List<MonthCount> counts, List<Flagged> flagged, int notesRead) {}

    /**
     * Reviews the notes of contacts started from {@code from} to {@code to} inclusive (either may be null for no
     * limit). {@code progress} hears how many contacts have been looked at so far.
     */
    public Review review(LocalDate from, LocalDate to, IntConsumer progress) {
        actor.requireManager("review old notes for identifiers");
        ContactFilter filter = ContactFilter.ALL.withPeriod(
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
        NotesPolicy policy = NotesPolicy.INSTANCE;
        Map<YearMonth, Map<IdentifierKind, Integer>> byMonth = new TreeMap<>();
        List<Flagged> flagged = new ArrayList<>();
        int looked = 0;
        int read = 0;
        PageCursor cursor = null;
        do {
            ContactService.Page page = contacts.page(filter, cursor, PAGE);
            for (Contact c : page.contacts()) {
                looked++;
                if (c.notes() == null) {
                    continue;
                }
                read++;
                List<IdentifierHit> hits = policy.scan(c.notes());
                if (hits.isEmpty()) {
                    continue;
                }
                Set<IdentifierKind> kinds = EnumSet.noneOf(IdentifierKind.class);
                hits.forEach(h -> kinds.add(h.kind()));
                Map<IdentifierKind, Integer> month = byMonth.computeIfAbsent(YearMonth.from(c.startedAt()),
                        m -> new EnumMap<>(IdentifierKind.class));
                kinds.forEach(k -> month.merge(k, 1, Integer::sum));
                flagged.add(new Flagged(c.id(), c.version(), c.startedAt(), Set.copyOf(kinds), hits.size(),
                        hits.stream().anyMatch(NotesPolicy::blocks)));
            }
            progress.accept(looked);
            cursor = page.next();
        } while (cursor != null);
        List<MonthCount> counts = new ArrayList<>();
        byMonth.forEach((month, kinds) -> kinds.forEach((kind, n) -> counts.add(new MonthCount(month, kind, n))));
        int notesRead = read;
        int hitCount = flagged.size();
        writes.write(r -> notesRead, AuditActions.NOTES_REVIEW, n -> null, null,
                n -> "notes=" + n + ",flagged=" + hitCount);
        return new Review(List.copyOf(counts), List.copyOf(flagged), read);
    }

    /**
     * Replaces every identifier in one contact's notes with its token, as an audited edit (with a
     * {@code pii_redacted} entry per kind in the same transaction). Managers only.
     */
    public Contact redactAll(UUID id, int expectedVersion) {
        actor.requireManager("redact old notes");
        return contacts.redactAll(id, expectedVersion);
    }
}
