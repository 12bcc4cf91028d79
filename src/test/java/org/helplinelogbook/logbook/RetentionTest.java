package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.helplinelogbook.domain.AccessDeniedException;
import org.helplinelogbook.domain.AuditRepository.AuditEntry;
import org.helplinelogbook.domain.Contact;
import org.helplinelogbook.domain.ContactFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requirement 14: old notes can no longer be read, and every aggregate stays the same. */
class RetentionTest {

    @TempDir
    Path dir;

    private Logbook logbook;
    private final YearMonth thisMonth = YearMonth.now(SafetyLogbooks.ZONE);
    private final YearMonth old1 = thisMonth.minusMonths(20);
    private final YearMonth old2 = thisMonth.minusMonths(14);
    private final YearMonth recent = thisMonth.minusMonths(2);

    @BeforeEach
    void create() {
        logbook = SafetyLogbooks.create(dir).logbook();
        for (YearMonth m : List.of(old1, old2, recent)) {
            logbook.contacts().saveAll(SafetyLogbooks.drafts(m.atDay(3).atTime(9, 0), 40, "Talked about safety plan " + m), "import");
        }
    }

    @AfterEach
    void close() {
        logbook.close();
    }

    @Test
    void purgeShredsOldNotesAndKeepsEveryCount() {
        Map<String, Long> countsBefore = counts();
        Map<UUID, Contact> before = all();
        UUID held = idIn(old1);
        logbook.contacts().setHold(held, true);
        String heldNotes = logbook.contacts().find(held).orElseThrow().notes();

        Retention.Result result = logbook.retention().purgeNotesOlderThan(thisMonth.minusMonths(11));

        assertThat(result).isEqualTo(new Retention.Result(2, 79, 1));
        Map<UUID, Contact> after = all();
        assertThat(counts()).isEqualTo(countsBefore);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (Contact c : after.values()) {
            Contact b = before.get(c.id());
            assertThat(coded(c)).isEqualTo(coded(b));
            YearMonth month = YearMonth.from(c.startedAt());
            if (c.id().equals(held)) {
                assertThat(c.notes()).isEqualTo(heldNotes);
                assertThat(c.notesShredded()).isFalse();
            } else if (month.equals(recent)) {
                assertThat(c.notes()).isEqualTo(b.notes());
            } else {
                assertThat(c.notes()).isNull();
                assertThat(c.notesShredded()).isTrue();
            }
        }
        // Defence in depth: no ciphertext is left for the shredded months either.
        long sealedLeft = logbook.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM contact WHERE notes_sealed IS NOT NULL AND notes_key_id IN (:a, :b)")
                .bind("a", old1.toString()).bind("b", old2.toString()).mapTo(Long.class).one());
        assertThat(sealedLeft).isZero();
        assertThat(logbook.store().read(r -> r.noteKeys().find(old1.toString())).orElseThrow().destroyed()).isTrue();
    }

    @Test
    void heldNoteSurvivesReopeningAndCanStillBeEdited() {
        UUID held = idIn(old2);
        logbook.contacts().setHold(held, true);
        logbook.retention().purgeNotesOlderThan(thisMonth);
        logbook.close();
        logbook = SafetyLogbooks.open(dir, SafetyLogbooks.MANAGER);
        Contact c = logbook.contacts().find(held).orElseThrow();
        assertThat(c.notes()).startsWith("Talked about safety plan " + old2);
        var draft = SafetyLogbooks.draft(c.startedAt(), 1, "Updated while held");
        logbook.contacts().update(held, c.version(), draft);
        assertThat(logbook.contacts().find(held).orElseThrow().notes()).isEqualTo("Updated while held");
    }

    @Test
    void releasedHoldIsShreddedAtTheNextPurge() {
        UUID held = idIn(old1);
        logbook.contacts().setHold(held, true);
        logbook.retention().purgeNotesOlderThan(thisMonth.minusMonths(11));
        logbook.contacts().setHold(held, false);
        logbook.retention().purgeNotesOlderThan(thisMonth.minusMonths(11));
        Contact c = logbook.contacts().find(held).orElseThrow();
        assertThat(c.notes()).isNull();
        assertThat(c.notesShredded()).isTrue();
    }

    @Test
    void purgeIsAuditedWithCountsOnly() {
        logbook.retention().purgeNotesOlderThan(thisMonth.minusMonths(11));
        AuditEntry last = logbook.store().read(r -> r.audit().last()).orElseThrow();
        assertThat(last.action()).isEqualTo("purge");
        assertThat(last.counts()).isEqualTo("months=2,notes=80,held=0");
        assertThat(logbook.verification().verifyAudit()).isEmpty();
        List<AuditEntry> entries = logbook.store().read(r -> r.audit().all());
        assertThat(entries).noneMatch(e -> String.valueOf(e).contains("safety plan"));
    }

    @Test
    void workerCannotPurge() {
        logbook.close();
        logbook = SafetyLogbooks.open(dir, SafetyLogbooks.WORKER);
        assertThatThrownBy(() -> logbook.retention().purgeNotesOlderThan(thisMonth))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(logbook.retention().purgeExpired(LocalDate.now(SafetyLogbooks.ZONE))).isNull();
    }

    @Test
    void purgeExpiredUsesTheRetentionSettingAndIsIdempotent() {
        LocalDate today = LocalDate.now(SafetyLogbooks.ZONE);
        Retention.Result first = logbook.retention().purgeExpired(today);
        assertThat(first).isEqualTo(new Retention.Result(2, 80, 0));
        assertThat(logbook.retention().purgeExpired(today)).isNull();
        logbook.settings().change("retention_months", "3");
        assertThat(logbook.retention().purgeExpired(today)).isNull(); // recent month is 2 months old: kept
        logbook.settings().change("retention_months", "2");                // clamped to the minimum of 3
        assertThat(logbook.retention().purgeExpired(today)).isNull();
    }

    @Test
    void cutoffNeverKeepsANoteLongerThanPromised() {
        assertThat(Retention.cutoff(LocalDate.of(2026, 11, 15), 12)).isEqualTo(YearMonth.of(2025, 12));
        assertThat(Retention.cutoff(LocalDate.of(2026, 1, 1), 3)).isEqualTo(YearMonth.of(2025, 11));
    }

    @Test
    void currentMonthCannotBePurgedAndShreddedMonthsTakeNoNewNotes() {
        assertThatThrownBy(() -> logbook.retention().purgeNotesOlderThan(thisMonth.plusMonths(1)))
                .isInstanceOf(LogbookException.class);
        logbook.retention().purgeNotesOlderThan(thisMonth.minusMonths(11));
        LocalDateTime inShredded = old1.atDay(10).atTime(10, 0);
        assertThatThrownBy(() -> logbook.contacts().save(SafetyLogbooks.draft(inShredded, 0, "late note")))
                .isInstanceOf(LogbookException.class).hasMessageContaining("retention period");
        logbook.contacts().save(SafetyLogbooks.draft(inShredded, 0, null));
    }

    private UUID idIn(YearMonth month) {
        return all().values().stream().filter(c -> YearMonth.from(c.startedAt()).equals(month)).findFirst()
                .orElseThrow().id();
    }

    private Map<UUID, Contact> all() {
        return logbook.contacts().page(ContactFilter.ALL, null, 10_000).contacts().stream()
                .collect(Collectors.toMap(Contact::id, c -> c));
    }

    private static List<Object> coded(Contact c) {
        return List.of(c.startedAt(), c.durationSeconds(), c.channel(), c.callerType(), c.topics(), c.outcomes(),
                String.valueOf(c.source()), c.version(), c.createdAt());
    }

    /** Aggregates as a report would compute them in SQL. */
    private Map<String, Long> counts() {
        return logbook.database().jdbi().withHandle(h -> {
            var out = new java.util.TreeMap<String, Long>();
            for (String sql : List.of(
                    "SELECT 'type:' || caller_type, COUNT(*) FROM contact GROUP BY caller_type",
                    "SELECT 'channel:' || channel, COUNT(*) FROM contact GROUP BY channel",
                    "SELECT 'month:' || FORMATDATETIME(local_date, 'yyyy-MM'), COUNT(*) FROM contact GROUP BY 1",
                    "SELECT 'topic:' || code, COUNT(*) FROM contact_topic GROUP BY code",
                    "SELECT 'outcome:' || code, COUNT(*) FROM contact_outcome GROUP BY code",
                    "SELECT 'duration', SUM(duration_seconds) FROM contact")) {
                h.createQuery(sql).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                        .forEach(e -> out.put(e.getKey(), e.getValue()));
            }
            return out;
        });
    }
}
