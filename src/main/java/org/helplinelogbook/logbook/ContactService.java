package org.helplinelogbook.logbook;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.helplinelogbook.domain.Actor;
import org.helplinelogbook.domain.Contact;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.domain.ContactRepository.PageCursor;
import org.helplinelogbook.domain.ContactRow;
import org.helplinelogbook.domain.ContactRules;
import org.helplinelogbook.domain.Store;
import org.helplinelogbook.domain.Taxonomy;
import org.helplinelogbook.privacy.IdentifierKind;
import org.helplinelogbook.security.Aead;
import org.helplinelogbook.security.CallerCodeHasher;
import org.helplinelogbook.security.DataKey;
import org.helplinelogbook.security.NoteVault;

/**
 * Logging, finding and editing contacts, with the role rules: workers edit their own contacts on the day they
 * logged them, managers any; only managers delete; notes are readable by their author and by managers.
 * Every write is audited (field names and counts only) and durable before the method returns.
 */
public final class ContactService {

    /** How many stored rows a notes search decrypts per call before handing back a cursor to continue. */
    static final int SEARCH_SCAN_LIMIT = 5_000;
    /** Rows per JDBC batch in {@link #saveAll}. */
    static final int IMPORT_BATCH = 2_000;

    /**
     * Taken when the service is made, at unlock on the background thread: the policy's scanner (libphonenumber and
     * the name lists) is built there, not on the JavaFX thread when the contact form asks for it.
     */
    private final NotesPolicy policy = NotesPolicy.INSTANCE;

    /** The identifier policy every note write goes through; the front ends use it for their live warnings. */
    public NotesPolicy notesPolicy() {
        return policy;
    }

    private final Store store;
    private final AuditedWrites writes;
    private final Actor actor;
    private final ZoneId zone;
    private final TaxonomyCache taxonomies;
    private final NoteVault vault;
    private final CallerCodeHasher codewords;
    private final DataKey dataKey;

    ContactService(Store store, AuditedWrites writes, Actor actor, ZoneId zone, TaxonomyCache taxonomies,
            NoteVault vault, CallerCodeHasher codewords, DataKey dataKey) {
        this.store = store;
        this.writes = writes;
        this.actor = actor;
        this.zone = zone;
        this.taxonomies = taxonomies;
        this.vault = vault;
        this.codewords = codewords;
        this.dataKey = dataKey;
    }

    /** A page of contacts, newest first; {@code next} is null when there are no more. */
    public record Page(List<Contact> contacts, PageCursor next) {}

    /** Saves a new contact; any high-confidence identifier in its notes refuses it (see {@link NotesPolicy}). */
    public Contact save(ContactDraft draft) {
        return save(draft, NotesPolicy.Choices.NONE);
    }

    /**
     * Saves a new contact under the identifier policy: its notes are checked (and redacted when asked), and what was
     * kept is audited by kind and count in the same transaction as the save.
     */
    public Contact save(ContactDraft draft, NotesPolicy.Choices choices) {
        return create(draft, choices, false);
    }

    /**
     * The new-contact form's save: like {@link #save(ContactDraft, NotesPolicy.Choices)}, and the worker's draft is
     * cleared in the same transaction, so a saved contact is never offered again as an unsaved one.
     */
    public Contact saveFromForm(ContactDraft draft, NotesPolicy.Choices choices) {
        return create(draft, choices, true);
    }

    private Contact create(ContactDraft given, NotesPolicy.Choices choices, boolean clearDraft) {
        Taxonomy taxonomy = taxonomies.current();
        requireValid(given, taxonomy);
        NotesPolicy.Applied applied = NotesPolicy.INSTANCE.apply(given.notes(), choices);
        ContactDraft draft = withNotes(given, applied.notes());
        Instant now = now();
        UUID id = ContactIds.next();
        CallerCodeHasher.Hashes code = codeHashes(draft);
        long staff = actor.staffId();
        ContactRow saved = writes.write(r -> {
            upgradeCode(r, code);
            ContactRow row = toRow(r, draft, taxonomy, id, 1, now, now, staff, false, code);
            r.contacts().insert(row);
            if (clearDraft && r.drafts().delete(staff)) {
                Retention.oweRewrite(r);
            }
            return row;
        }, AuditActions.CREATE, row -> row.id().toString(), filledFields(draft), row -> codeCounts(draft),
                row -> NotesPolicy.keptEntries(row.id().toString(), applied.kept()));
        return withReturning(toContact(saved, draft.notes()));
    }

    private static ContactDraft withNotes(ContactDraft d, String notes) {
        return Objects.equals(notes, d.notes()) ? d : new ContactDraft(d.startedAt(), d.durationSeconds(),
                d.channel(), d.callerType(), d.topics(), d.outcomes(), d.source(), notes, d.callerCode(), d.startOffset());
    }

    /**
     * Saves many contacts in one transaction: all or nothing (import). Each draft must already be valid; the
     * first invalid one aborts with its index in the message.
     */
    public int saveAll(List<ContactDraft> drafts, String auditAction) {
        return saveAll(drafts, auditAction, NotesPolicy.Choices.NONE);
    }

    /**
     * Like {@link #saveAll(List, String)}, every note under the identifier policy with {@code choices} (import
     * offers refusing or redacting all; keeping needs a person and a reason, so it is not offered in bulk).
     */
    public int saveAll(List<ContactDraft> given, String auditAction, NotesPolicy.Choices choices) {
        Taxonomy taxonomy = taxonomies.current();
        List<ContactDraft> drafts = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            List<String> problems = new ArrayList<>(ContactRules.problems(given.get(i), taxonomy));
            String notes = given.get(i).notes();
            try {
                notes = NotesPolicy.INSTANCE.apply(notes, choices).notes();
            } catch (LogbookException e) {
                problems.add(e.getMessage());
            }
            if (!problems.isEmpty()) {
                throw new LogbookException(LogbookException.Kind.INVALID_INPUT,
                        "record " + (i + 1) + ": " + String.join("; ", problems));
            }
            drafts.add(withNotes(given.get(i), notes));
        }
        Instant now = now();
        long staff = actor.staffId();
        // Insert in start-time order. Most indexes are ordered by start (contact_started, contact_summary, contact_day,
        // contact_staff for one person, and two on each code table), so rows dated all over the years
        // would land on random pages of every one of them: each a read and an AES decryption, and a rewrite of the
        // whole page at H2's next store. In order, each index is swept once. Problems were reported above by the
        // record's place in the file; the ids stay time-ordered. See docs/benchmarks.md, "Import: what was tried".
        List<ContactDraft> ordered = new ArrayList<>(drafts);
        ordered.sort(Comparator.comparing(ContactDraft::startedAt));
        // Each distinct codeword costs one slow hash, worked out before the transaction (none of it under a lock).
        // On every core: Argon2id here uses one lane, and an import may bring thousands of distinct codewords.
        codewords.hashing(); // drawn once, before the parallel work
        Map<String, CallerCodeHasher.Hashes> codes = ordered.stream().map(ContactDraft::callerCode)
                .filter(Objects::nonNull).distinct().toList().parallelStream()
                .collect(Collectors.toMap(c -> c, c -> codewords.hash(c)));
        return writes.write(r -> {
            codes.values().stream().distinct().forEach(code -> upgradeCode(r, code));
            List<ContactRow> batch = new ArrayList<>(Math.min(ordered.size(), IMPORT_BATCH));
            for (ContactDraft d : ordered) {
                batch.add(toRow(r, d, taxonomy, ContactIds.next(), 1, now, now, staff, false,
                        d.callerCode() == null ? null : codes.get(d.callerCode())));
                if (batch.size() == IMPORT_BATCH) {
                    r.contacts().insertAll(batch);
                    batch.clear();
                }
            }
            r.contacts().insertAll(batch);
            return drafts.size();
        }, auditAction, n -> null, null, n -> "contacts=" + n);
    }

    /** Saves an edit if nobody changed the contact since {@code expectedVersion} was read. */
    public Contact update(UUID id, int expectedVersion, ContactDraft draft) {
        return update(id, expectedVersion, draft, NotesPolicy.Choices.NONE);
    }

    /**
     * Saves an edit under the identifier policy, exactly as a new contact: the edited notes are checked again,
     * and what was kept is audited by kind and count in the same transaction.
     */
    public Contact update(UUID id, int expectedVersion, ContactDraft given, NotesPolicy.Choices choices) {
        return update(id, expectedVersion, given, choices, Map.of());
    }

    private Contact update(UUID id, int expectedVersion, ContactDraft given, NotesPolicy.Choices choices,
            Map<IdentifierKind, Integer> redactedBefore) {
        Taxonomy taxonomy = taxonomies.current();
        requireValid(given, taxonomy);
        NotesPolicy.Applied applied = NotesPolicy.INSTANCE.apply(given.notes(), choices);
        ContactDraft draft = withNotes(given, applied.notes());
        ContactRow current = findRow(id).orElseThrow(ContactService::gone);
        requireMayEdit(current);
        Contact before = toContact(current);
        if (current.notesSealed() != null && before.notes() == null && !before.notesShredded()) {
            // Sealed for the managers only (a manager edited it): the form could not show them, so saving the form
            // would silently replace them.
            throw new LogbookException(LogbookException.Kind.NOT_ALLOWED,
                    "A manager has changed this contact's notes; ask a manager for further changes.");
        }
        Instant now = now();
        // A changed or removed note leaves the old text's ciphertext in the file's free space, under a month key that
        // still exists: the file is rewritten at the next close (as after a retention purge).
        boolean notesChanged = current.notesSealed() != null
                && !Objects.equals(before.notes(), draft.notes());
        CallerCodeHasher.Hashes code = codeHashes(draft);
        ContactRow saved = writes.write(r -> {
            if (notesChanged) {
                Retention.oweRewrite(r);
            }
            upgradeCode(r, code);
            ContactRow row = toRow(r, draft, taxonomy, id, expectedVersion + 1, current.createdAt(), now, current.createdBy(),
                    current.notesHold(), code);
            row = keepHold(row, current.notesHold());
            if (draft.callerCode() == null) {
                row = keepCallerCode(row, current.callerCodeHash());
            }
            if (!r.contacts().update(row, expectedVersion)) {
                throw conflict();
            }
            return row;
        }, AuditActions.EDIT, row -> id.toString(), changedFields(current, draft), row -> null,
                row -> NotesPolicy.entries(id.toString(), applied.kept(), redactedBefore.isEmpty() ? applied.redacted() : redactedBefore));
        return withReturning(toContact(saved, draft.notes()));
    }

    /**
     * Replaces every identifier in a stored note with its token (review of old notes): an audited edit, with a
     * {@code pii_redacted} entry per kind (kind and count, never the text) in the same transaction.
     */
    Contact redactAll(UUID id, int expectedVersion) {
        Contact current = find(id).orElseThrow(ContactService::gone);
        if (current.version() != expectedVersion) {
            throw conflict();
        }
        NotesPolicy.Applied applied = NotesPolicy.INSTANCE.apply(current.notes(), NotesPolicy.Choices.REDACT_ALL);
        ContactDraft draft = new ContactDraft(current.startedAt(), current.durationSeconds(), current.channel(),
                current.callerType(), current.topics(), current.outcomes(), current.source(), applied.notes(), null);
        return update(id, expectedVersion, draft, NotesPolicy.Choices.REDACT_ALL, applied.redacted());
    }

    public void delete(UUID id, int expectedVersion) {
        actor.requireManager("delete a contact");
        writes.write(r -> {
            if (!r.contacts().delete(id, expectedVersion)) {
                throw r.contacts().find(id).isPresent() ? conflict() : gone();
            }
            Retention.oweRewrite(r); // its note's ciphertext stays in the free space until the file is rewritten
            return id;
        }, AuditActions.DELETE, UUID::toString, null, x -> null);
    }

    /** Marks a contact's note to survive retention (safeguarding hold), or releases it. Managers only. */
    public void setHold(UUID id, boolean hold) {
        actor.requireManager("place a safeguarding hold");
        writes.write(r -> {
            ContactRow row = r.contacts().find(id).orElseThrow(ContactService::gone);
            if (!r.contacts().update(keepHold(row, hold).withVersion(row.version(), now()), row.version())) {
                throw conflict();
            }
            return id;
        }, hold ? AuditActions.HOLD : AuditActions.RELEASE_HOLD, UUID::toString, "notes_hold", x -> null);
    }

    public Optional<Contact> find(UUID id) {
        return findRow(id).map(this::toContact).map(this::withReturning);
    }

    /** Whether the contact's note is under a safeguarding hold; false when the contact no longer exists. */
    public boolean isOnHold(UUID id) {
        return findRow(id).map(ContactRow::notesHold).orElse(false);
    }

    /**
     * Records that a manager listed contacts with their notes (the CLI's {@code list --notes}): reading notes in bulk
     * is worth a trail, never the text. Managers only.
     */
    public void notesListed() {
        actor.requireManager("list notes");
        writes.record(AuditActions.VIEW_NOTES, null, "notes", null);
    }

    public boolean mayEdit(Contact contact) {
        return mayEdit(contact.createdBy(), contact.createdAt());
    }

    /** The one edit rule: managers edit any contact, workers their own on the day they logged it. */
    private boolean mayEdit(long createdBy, Instant createdAt) {
        return actor.isManager() || (createdBy == actor.staffId() && isToday(createdAt));
    }

    public Page page(ContactFilter filter, PageCursor after, int limit) {
        List<ContactRow> rows = store.read(r -> r.contacts().page(filter, after, limit));
        PageCursor next = rows.size() < limit ? null : PageCursor.after(rows.get(rows.size() - 1));
        return new Page(withReturning(rows.stream().map(this::toContact).toList()), next);
    }

    /**
     * Contacts whose readable notes contain {@code text} (case-insensitive). Notes are encrypted, so this decrypts
     * up to {@link #SEARCH_SCAN_LIMIT} rows per call; {@code next} continues the search. The search term is never
     * logged or audited.
     */
    public Page searchNotes(ContactFilter filter, String text, PageCursor after, int limit) {
        String needle = text.toLowerCase(Locale.ROOT);
        List<Contact> found = new ArrayList<>();
        PageCursor cursor = after;
        int scanned = 0;
        while (found.size() < limit && scanned < SEARCH_SCAN_LIMIT) {
            PageCursor from = cursor;
            List<ContactRow> rows = store.read(r -> r.contacts().page(filter, from, 200));
            for (ContactRow row : rows) {
                cursor = PageCursor.after(row);
                Contact c = toContact(row);
                if (c.notes() != null && c.notes().toLowerCase(Locale.ROOT).contains(needle)) {
                    found.add(c);
                    if (found.size() == limit) {
                        return new Page(withReturning(found), cursor);
                    }
                }
            }
            scanned += rows.size();
            if (rows.size() < 200) {
                return new Page(withReturning(found), null);
            }
        }
        return new Page(withReturning(found), cursor);
    }

    public long count(ContactFilter filter) {
        return store.read(r -> r.contacts().count(filter));
    }

    /** How many earlier contacts used this caller codeword (0 when none, or when the codeword is blank). */
    public long earlierContactsWithCode(String codeword) {
        if (codeword == null || codeword.isBlank()) {
            return 0;
        }
        CallerCodeHasher.Hashes code = codewords.hash(codeword);
        Instant before = Instant.now().plusSeconds(1);
        // A codeword not yet upgraded is still stored as its keyed hash (each codeword is in one form only).
        return store.read(r -> r.contacts().countWithCallerCode(code.slow(), before)
                + r.contacts().countWithCallerCode(code.keyed(), before));
    }

    private CallerCodeHasher.Hashes codeHashes(ContactDraft draft) {
        return draft.callerCode() == null ? null : codewords.hash(draft.callerCode());
    }

    /** Earlier contacts still holding this codeword's keyed hash move to the slow form with this save. */
    private static void upgradeCode(Store.Repositories r, CallerCodeHasher.Hashes code) {
        if (code != null) {
            r.contacts().replaceCallerCode(code.keyed(), code.slow());
        }
    }

    // ---- Drafts: the unsaved form, sealed with a key derived from the data key.

    public void saveDraft(String serialisedForm) {
        long staff = actor.staffId();
        byte[] key = dataKey.derive("drafts");
        byte[] sealed = Aead.seal(key, serialisedForm.getBytes(StandardCharsets.UTF_8), draftAad(staff));
        Arrays.fill(key, (byte) 0);
        store.writeAll(r -> {
            r.drafts().save(staff, sealed);
            // Earlier autosaves stay in the file's free space under a key that never changes (they may hold an
            // identifier typed and then redacted): the file is rewritten at the next close.
            Retention.oweRewrite(r);
        });
    }

    public Optional<String> loadDraft() {
        long staff = actor.staffId();
        return store.read(r -> r.drafts().load(staff)).map(sealed -> {
            byte[] key = dataKey.derive("drafts");
            try {
                return new String(Aead.open(key, sealed, draftAad(staff)), StandardCharsets.UTF_8);
            } finally {
                Arrays.fill(key, (byte) 0);
            }
        });
    }

    public void clearDraft() {
        long staff = actor.staffId();
        store.writeAll(r -> {
            if (r.drafts().delete(staff)) {
                Retention.oweRewrite(r);
            }
        });
    }

    private static byte[] draftAad(long staffId) {
        return ("draft|" + staffId).getBytes(StandardCharsets.UTF_8);
    }

    // ---- Mapping

    private Optional<ContactRow> findRow(UUID id) {
        return store.read(r -> r.contacts().find(id));
    }

    private ContactRow toRow(Store.Repositories r, ContactDraft d, Taxonomy taxonomy, UUID id, int version,
            Instant createdAt, Instant updatedAt, long createdBy, boolean held, CallerCodeHasher.Hashes code) {
        // The stated offset picks the instant when a local time happened twice (clocks going back); else the earlier.
        Instant started = ZonedDateTime.ofLocal(d.startedAt(), zone, d.startOffset()).toInstant();
        LocalDateTime local = LocalDateTime.ofInstant(started, zone);
        boolean data = taxonomy.isDataCallerType(d.callerType());
        String keyId = null;
        NoteVault.Sealed sealed = null;
        if (d.notes() != null) {
            // A held note lives under the permanent hold key, so retention never shreds it while held.
            keyId = held ? NoteVault.HOLD_KEY_ID : NoteVault.monthKeyId(local);
            // The author keeps a copy for the rest of the day (while they may edit it); managers always have one.
            boolean authorCopy = createdBy == actor.staffId();
            try {
                sealed = vault.seal(r, keyId, id, version, d.notes(), authorCopy, LocalDate.now(zone));
            } catch (NoteVault.Refused refused) {
                throw LogbookException.of(refused);
            }
        }
        String codeHash = code == null ? null : code.slow();
        return new ContactRow(id, started, local, d.durationSeconds(), d.channel(), d.callerType(), data,
                data ? d.source() : null, data ? d.topics() : List.of(), data ? d.outcomes() : List.of(), keyId,
                sealed == null ? null : sealed.bytes(), false, codeHash, createdBy, createdAt, updatedAt, version,
                sealed == null ? ContactRow.SCHEME_MONTH_KEY : sealed.scheme());
    }

    private static ContactRow keepHold(ContactRow r, boolean hold) {
        return new ContactRow(r.id(), r.startedAt(), r.localStart(), r.durationSeconds(), r.channel(), r.callerType(),
                r.data(), r.source(), r.topics(), r.outcomes(), r.notesKeyId(), r.notesSealed(), hold,
                r.callerCodeHash(), r.createdBy(), r.createdAt(), r.updatedAt(), r.version(), r.notesScheme());
    }

    /** An edit cannot re-enter the codeword (only its hash is stored), so a blank codeword keeps the stored one. */
    private static ContactRow keepCallerCode(ContactRow r, String hash) {
        return new ContactRow(r.id(), r.startedAt(), r.localStart(), r.durationSeconds(), r.channel(), r.callerType(),
                r.data(), r.source(), r.topics(), r.outcomes(), r.notesKeyId(), r.notesSealed(), r.notesHold(),
                hash, r.createdBy(), r.createdAt(), r.updatedAt(), r.version(), r.notesScheme());
    }

    /** Marks the returning callers: contacts whose codeword an earlier contact used (one query for the list). */
    private List<Contact> withReturning(List<Contact> contacts) {
        List<UUID> coded = contacts.stream().filter(Contact::hasCallerCode).map(Contact::id).toList();
        if (coded.isEmpty()) {
            return contacts;
        }
        Set<UUID> returning = store.read(r -> r.contacts().returningAmong(coded));
        return contacts.stream().map(c -> c.withReturning(returning.contains(c.id()))).toList();
    }

    private Contact withReturning(Contact contact) {
        return withReturning(List.of(contact)).get(0);
    }

    private Contact toContact(ContactRow row) {
        String notes = null;
        boolean shredded = false;
        if (row.notesSealed() != null && mayReadNotes(row)) {
            NoteVault.Opened opened = store.read(r -> vault.open(r, row.notesKeyId(), row.id(),
                    row.version(), row.notesSealed(), row.notesScheme()));
            notes = opened.text();
            shredded = opened.shredded();
        } else if (row.notesKeyId() != null && row.notesSealed() == null) {
            shredded = true;
        }
        return toContact(row, notes, shredded);
    }

    private Contact toContact(ContactRow row, String notes) {
        return toContact(row, notes, false);
    }

    private static Contact toContact(ContactRow row, String notes, boolean shredded) {
        return new Contact(row.id(), row.localStart(), row.durationSeconds(), row.channel(), row.callerType(),
                row.data(), row.topics(), row.outcomes(), row.source(), notes, shredded, row.callerCodeHash() != null, false,
                row.createdBy(), row.createdAt(), row.updatedAt(), row.version());
    }

    private boolean mayReadNotes(ContactRow row) {
        return actor.isManager() || row.createdBy() == actor.staffId();
    }

    private void requireMayEdit(ContactRow row) {
        if (!mayEdit(row.createdBy(), row.createdAt())) {
            throw new LogbookException(LogbookException.Kind.NOT_ALLOWED,
                    "Workers can edit their own contacts on the day they logged them; ask a manager for other changes.");
        }
    }

    private boolean isToday(Instant instant) {
        LocalDate today = LocalDate.now(zone);
        return LocalDate.ofInstant(instant, zone).equals(today);
    }

    private static void requireValid(ContactDraft draft, Taxonomy taxonomy) {
        List<String> problems = ContactRules.problems(draft, taxonomy);
        if (!problems.isEmpty()) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT,
                    capitalise(String.join("; ", problems)) + ".");
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static LogbookException conflict() {
        return new LogbookException(LogbookException.Kind.CONFLICT,
                "Someone else changed this contact while you were editing it. Nothing was overwritten; your changes are"
                        + " still in the form.");
    }

    private static LogbookException gone() {
        return new LogbookException(LogbookException.Kind.CONFLICT, "This contact no longer exists (it was deleted).");
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String filledFields(ContactDraft d) {
        List<String> fields = new ArrayList<>(List.of("started_at", "duration_seconds", "channel", "caller_type"));
        if (!d.topics().isEmpty()) {
            fields.add("topics");
        }
        if (!d.outcomes().isEmpty()) {
            fields.add("outcomes");
        }
        if (d.source() != null) {
            fields.add("source");
        }
        if (d.notes() != null) {
            fields.add("notes");
        }
        if (d.callerCode() != null) {
            fields.add("caller_code");
        }
        return String.join(",", fields);
    }

    private static String codeCounts(ContactDraft d) {
        return "topics=" + d.topics().size() + ",outcomes=" + d.outcomes().size();
    }

    private String changedFields(ContactRow before, ContactDraft after) {
        List<String> fields = new ArrayList<>();
        Instant started = after.startedAt().atZone(zone).toInstant();
        if (!started.equals(before.startedAt())) {
            fields.add("started_at");
        }
        if (after.durationSeconds() != before.durationSeconds()) {
            fields.add("duration_seconds");
        }
        if (!after.channel().equals(before.channel())) {
            fields.add("channel");
        }
        if (!after.callerType().equals(before.callerType())) {
            fields.add("caller_type");
        }
        if (!new TreeSet<>(after.topics()).equals(new TreeSet<>(before.topics()))) {
            fields.add("topics");
        }
        if (!new TreeSet<>(after.outcomes()).equals(new TreeSet<>(before.outcomes()))) {
            fields.add("outcomes");
        }
        if (!Objects.equals(after.source(), before.source())) {
            fields.add("source");
        }
        fields.add("notes");
        return String.join(",", fields);
    }
}
