package org.helplinelogbook.logbook;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.helplinelogbook.privacy.Confidence;
import org.helplinelogbook.privacy.IdentifierHit;
import org.helplinelogbook.privacy.IdentifierKind;
import org.helplinelogbook.privacy.IdentifierScanner;
import org.helplinelogbook.privacy.Redactor;

/**
 * The one identifier policy for note text, applied by {@link ContactService} to every write of a note: the
 * new-contact form, an edit, CLI {@code add} and {@code import}, on a local or a shared logbook alike. (Draft
 * autosaves are exempt: they are sealed and only ever restored into the form, where the check runs again.)
 *
 * <ul>
 *   <li>A high-confidence identifier must be redacted, or kept on purpose with a stated reason; otherwise the
 *       note is refused. The reason is required but never stored; the kind and count of what was kept are
 *       audited in the same transaction as the save.</li>
 *   <li>A possible identifier (low confidence) is shown to the writer but never blocks.</li>
 *   <li>{@link Choices#REDACT_ALL} (CLI {@code --redact-pii}) replaces every hit of every confidence.</li>
 * </ul>
 *
 * <p>The front ends use {@link #scan} for live warnings, so what they show is exactly what the save enforces.
 */
public final class NotesPolicy {

    /** Compiled once: the scanner is immutable and thread-safe. */
    private static final IdentifierScanner SCANNER = new IdentifierScanner();

    /** The policy used by every service; it has no state of its own. */
    public static final NotesPolicy INSTANCE = new NotesPolicy();

    private NotesPolicy() {
    }

    /** One identifier the writer chose to keep. The excerpt lives only in memory; the reason is never stored. */
    public record Kept(IdentifierKind kind, String excerpt, String reason) {
        public Kept {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(excerpt, "excerpt");
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("an identifier can only be kept with a reason");
            }
        }
    }

    /** What the writer decided about the identifiers in a note. */
    public record Choices(boolean redactAll, Set<Kept> kept) {
        /** Nothing decided: any high-confidence identifier refuses the note. */
        public static final Choices NONE = new Choices(false, Set.of());
        /** Replace every hit, high and low, with its token (CLI {@code --redact-pii}). */
        public static final Choices REDACT_ALL = new Choices(true, Set.of());

        public Choices {
            kept = Set.copyOf(kept);
        }

        public static Choices keeping(Set<Kept> kept) {
            return new Choices(false, kept);
        }

        boolean keeps(IdentifierKind kind, String excerpt) {
            return kept.stream().anyMatch(k -> k.kind() == kind && k.excerpt().equals(excerpt));
        }
    }

    /** The note to store and what was decided about it; holds no copy of any identifier. */
    public record Applied(String notes, Map<IdentifierKind, Integer> kept, Map<IdentifierKind, Integer> redacted,
            Set<IdentifierKind> possible) {}

    /**
     * Loads the scanner's word lists and runs every detector once on a made-up note, while the sign-in screen waits
     * for the password: loaded at the sign-in itself, the lists cost it about 20 ms, and the first warning as a
     * note is typed ran cold (docs/benchmarks.md, "Sign-in in a fresh start", fifth round). Returns the kinds it found.
     */
    static Set<IdentifierKind> prewarm() {
        Set<IdentifierKind> found = EnumSet.noneOf(IdentifierKind.class);
        SCANNER.scan(PREWARM_NOTE).forEach(hit -> found.add(hit.kind()));
        return found;
    }

    /** Made up: a name, a school, a street, a phone number from Ofcom's drama range, an email and a date of birth. */
    private static final String PREWARM_NOTE = "Caller said Jamie Smith goes to Millbrook Primary School, lives on"
            + " Elm Street, rang from 07700 900123, writes to jamie@example.org and was born on 01/02/2003.";

    /** Identifiers in {@code text}, offsets in {@code text} as given; empty for null or blank text. */
    public List<IdentifierHit> scan(String text) {
        return text == null || text.isBlank() ? List.of() : SCANNER.scan(text);
    }

    /** Whether this hit stops a note from being saved unless it is redacted or kept. */
    public static boolean blocks(IdentifierHit hit) {
        return hit.confidence() == Confidence.HIGH;
    }

    /**
     * The note as it may be stored, or an {@link LogbookException.Kind#INVALID_INPUT} naming the kinds (never the
     * text) of the high-confidence identifiers neither redacted nor kept.
     */
    public Applied apply(String notes, Choices choices) {
        Objects.requireNonNull(choices, "choices");
        List<IdentifierHit> hits = scan(notes);
        if (hits.isEmpty()) {
            return new Applied(notes, Map.of(), Map.of(), Set.of());
        }
        if (choices.redactAll()) {
            return new Applied(Redactor.redact(notes, hits), Map.of(), countKinds(hits), Set.of());
        }
        Map<IdentifierKind, Integer> kept = new EnumMap<>(IdentifierKind.class);
        Set<IdentifierKind> refused = new LinkedHashSet<>();
        Set<IdentifierKind> possible = new LinkedHashSet<>();
        for (IdentifierHit hit : hits) {
            String excerpt = notes.substring(hit.start(), hit.end());
            if (!blocks(hit)) {
                possible.add(hit.kind());
            } else if (choices.keeps(hit.kind(), excerpt)) {
                kept.merge(hit.kind(), 1, Integer::sum);
            } else {
                refused.add(hit.kind());
            }
        }
        if (!refused.isEmpty()) {
            throw new IdentifiersInNotesException(refused, refusal(refused));
        }
        return new Applied(notes, Map.copyOf(kept), Map.of(), Set.copyOf(possible));
    }

    /** The problem with {@code notes} under {@code choices}, or null when they may be stored (for per-line reports). */
    public String problem(String notes, Choices choices) {
        try {
            apply(notes, choices);
            return null;
        } catch (IdentifiersInNotesException e) {
            return e.getMessage();
        }
    }

    /** Audit entries for what was kept: one per kind, {@code kind=PHONE,count=1}; never the text. */
    static List<AuditedWrites.FollowingEntry> keptEntries(String recordId, Map<IdentifierKind, Integer> kept) {
        List<AuditedWrites.FollowingEntry> entries = new ArrayList<>();
        if (!kept.isEmpty()) {
            new EnumMap<>(kept).forEach((kind, count) -> entries.add(
                    new AuditedWrites.FollowingEntry(AuditActions.PII_KEPT, recordId, null, "kind=" + kind.name() + ",count=" + count)));
        }
        return entries;
    }

    /** Audit entries for what was kept and what was redacted in bulk: kind and count only. */
    static List<AuditedWrites.FollowingEntry> entries(String recordId, Map<IdentifierKind, Integer> kept,
            Map<IdentifierKind, Integer> redacted) {
        List<AuditedWrites.FollowingEntry> entries = new ArrayList<>(keptEntries(recordId, kept));
        if (!redacted.isEmpty()) {
            new EnumMap<>(redacted).forEach((kind, count) -> entries.add(new AuditedWrites.FollowingEntry(
                    AuditActions.PII_REDACTED, recordId, null, "kind=" + kind.name() + ",count=" + count)));
        }
        return entries;
    }

    private static Map<IdentifierKind, Integer> countKinds(List<IdentifierHit> hits) {
        Map<IdentifierKind, Integer> counts = new EnumMap<>(IdentifierKind.class);
        hits.forEach(h -> counts.merge(h.kind(), 1, Integer::sum));
        return counts;
    }

    private static String refusal(Set<IdentifierKind> kinds) {
        String labels = kinds.stream().map(IdentifierKind::label).collect(Collectors.joining(", "));
        return "The notes hold identifying details (" + labels + "): redact them, or keep each with a reason.";
    }
}
