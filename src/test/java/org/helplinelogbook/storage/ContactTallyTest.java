package org.helplinelogbook.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.helplinelogbook.domain.ContactRow;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.domain.SummaryRepository;
import org.helplinelogbook.security.DataKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daily tally the summaries read is kept in the same transaction as every insert, batch insert, edit, hold
 * and delete, on the real encrypted H2 with the real migrations. After a long random sequence of writes it must
 * equal a fresh count of the contact tables, and the summaries must equal plain GROUP BYs over the contacts.
 */
class ContactTallyTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final List<String> CHANNELS = List.of("phone", "email", "chat");
    private static final List<String> CALLER_TYPES = List.of("self", "family", "professional");
    private static final List<String> SOURCES = List.of("website", "police", "gp");
    private static final List<String> TOPICS = List.of("t1", "t2", "t3", "t4");
    private static final List<String> OUTCOMES = List.of("o1", "o2");

    @TempDir
    Path dir;

    private Database db;
    private JdbiStore store;
    private long staff;
    private final Random random = new Random(20261123);

    @BeforeEach
    void open() {
        db = Database.openH2(dir, DataKey.generate(), true);
        store = new JdbiStore(db, LONDON);
        staff = db.jdbi().withHandle(h -> {
            h.execute("INSERT INTO staff (username, role, created_at) VALUES ('mona', 'manager', ?)", LocalDateTime.now());
            return h.createQuery("SELECT id FROM staff").mapTo(Long.class).one();
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void randomWritesKeepTheTallyEqualToAFreshCount() {
        List<ContactRow> live = new ArrayList<>();
        for (int step = 0; step < 400; step++) {
            int action = random.nextInt(10);
            if (action < 4 || live.isEmpty()) {
                ContactRow row = randomRow(UUID.randomUUID(), 1);
                store.writeAll(r -> r.contacts().insert(row));
                live.add(row);
            } else if (action < 5) {
                List<ContactRow> batch = new ArrayList<>();
                for (int i = 0; i < 1 + random.nextInt(30); i++) {
                    batch.add(randomRow(UUID.randomUUID(), 1));
                }
                store.writeAll(r -> r.contacts().insertAll(batch));
                live.addAll(batch);
            } else if (action < 8) {
                int i = random.nextInt(live.size());
                ContactRow old = live.get(i);
                ContactRow edited = randomRow(old.id(), old.version() + 1);
                assertThat(store.<Boolean>write(r -> r.contacts().update(edited, old.version()))).isTrue();
                live.set(i, edited);
            } else if (action < 9) {
                ContactRow old = live.remove(random.nextInt(live.size()));
                assertThat(store.<Boolean>write(r -> r.contacts().delete(old.id(), old.version()))).isTrue();
            } else {
                // A stale version changes nothing, tally included.
                ContactRow old = live.get(random.nextInt(live.size()));
                assertThat(store.<Boolean>write(r -> r.contacts().delete(old.id(), old.version() + 7))).isFalse();
                assertThat(store.<Boolean>write(r -> r.contacts().update(randomRow(old.id(), 9), old.version() + 7)))
                        .isFalse();
            }
            if (step % 50 == 0) {
                assertThat(consistent()).as("after step %d", step).isTrue();
            }
        }
        assertThat(consistent()).isTrue();
        assertSummariesEqualPlainGroupBys(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertSummariesEqualPlainGroupBys(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertSummariesEqualPlainGroupBys(LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 25));
    }

    @Test
    void aDriftedDayIsRecountedByTheNextRemovalAndRecountRepairsEverything() {
        ContactRow a = randomRow(UUID.randomUUID(), 1);
        ContactRow b = randomRow(UUID.randomUUID(), 1);
        store.writeAll(r -> r.contacts().insertAll(List.of(a, b)));
        db.jdbi().useHandle(h -> h.execute("DELETE FROM contact_tally WHERE local_date = ?", a.localStart().toLocalDate()));
        assertThat(consistent()).isFalse();

        store.writeAll(r -> r.contacts().delete(a.id(), 1));
        assertThat(consistent()).isTrue();

        db.jdbi().useHandle(h -> h.execute("UPDATE contact_tally SET contacts = contacts + 5"));
        assertThat(consistent()).isFalse();
        store.writeAll(r -> r.summaries().recount());
        assertThat(consistent()).isTrue();
    }

    private boolean consistent() {
        return store.read(r -> r.summaries().countsAreConsistent());
    }

    private void assertSummariesEqualPlainGroupBys(LocalDate first, LocalDate last) {
        SummaryRepository.Totals totals = store.read(r -> r.summaries().totals(first, last));
        long all = plain("SELECT COUNT(*) FROM contact WHERE local_date BETWEEN ? AND ?", first, last);
        long data = plain("SELECT COUNT(*) FROM contact WHERE is_data AND local_date BETWEEN ? AND ?", first, last);
        assertThat(totals).isEqualTo(new SummaryRepository.Totals(all, data, all - data));
        assertThat(byDimension(Dimension.CHANNEL, first, last, false))
                .isEqualTo(grouped("SELECT channel, COUNT(*) FROM contact WHERE local_date BETWEEN ? AND ?"
                        + " GROUP BY channel", first, last));
        assertThat(byDimension(Dimension.SOURCE, first, last, true))
                .isEqualTo(grouped("SELECT COALESCE(source, 'none'), COUNT(*) FROM contact WHERE is_data"
                        + " AND local_date BETWEEN ? AND ? GROUP BY COALESCE(source, 'none')", first, last));
        assertThat(byDimension(Dimension.TOPIC, first, last, true))
                .isEqualTo(grouped("SELECT t.code, COUNT(*) FROM contact_topic t JOIN contact c ON c.id = t.contact_id"
                        + " WHERE c.is_data AND c.local_date BETWEEN ? AND ? GROUP BY t.code", first, last));
        assertThat(byDimension(Dimension.OUTCOME, first, last, false))
                .isEqualTo(grouped("SELECT o.code, COUNT(*) FROM contact_outcome o JOIN contact c"
                        + " ON c.id = o.contact_id WHERE c.local_date BETWEEN ? AND ? GROUP BY o.code", first, last));
        long cells = store.read(r -> r.summaries().heatMap(first, last)).stream()
                .mapToLong(SummaryRepository.HourCell::count).sum();
        assertThat(cells).isEqualTo(all);
        long days = store.read(r -> r.summaries().perDay(first, last)).stream()
                .mapToLong(SummaryRepository.DayCount::all).sum();
        assertThat(days).isEqualTo(all);
    }

    private Map<String, Long> byDimension(Dimension dimension, LocalDate first, LocalDate last, boolean dataOnly) {
        return store.read(r -> r.summaries().byDimension(dimension, first, last, dataOnly));
    }

    private long plain(String sql, LocalDate first, LocalDate last) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).bind(0, first).bind(1, last).mapTo(Long.class).one());
    }

    private Map<String, Long> grouped(String sql, LocalDate first, LocalDate last) {
        Map<String, Long> counts = new LinkedHashMap<>();
        db.jdbi().useHandle(h -> h.createQuery(sql).bind(0, first).bind(1, last)
                .map((rs, ctx) -> counts.put(rs.getString(1), rs.getLong(2))).list());
        return counts;
    }

    /** A contact in 2026 (some on the October clock-change day), with random codes; non-data ones have none. */
    private ContactRow randomRow(UUID id, int version) {
        LocalDateTime local = random.nextInt(5) == 0
                ? LocalDateTime.of(2026, 10, 25, random.nextInt(24), random.nextInt(60))
                : LocalDateTime.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24), 0);
        Instant started = local.atZone(LONDON).toInstant();
        boolean data = random.nextInt(4) != 0;
        List<String> topics = data ? pick(TOPICS) : List.of();
        List<String> outcomes = data ? pick(OUTCOMES) : List.of();
        String source = data && random.nextBoolean() ? SOURCES.get(random.nextInt(SOURCES.size())) : null;
        return new ContactRow(id, started, LocalDateTime.ofInstant(started, LONDON), random.nextInt(3600),
                CHANNELS.get(random.nextInt(CHANNELS.size())), CALLER_TYPES.get(random.nextInt(CALLER_TYPES.size())),
                data, source, topics, outcomes, null, null, random.nextBoolean(), null, staff, started, started,
                version);
    }

    private List<String> pick(List<String> codes) {
        List<String> picked = new ArrayList<>();
        for (String code : codes) {
            if (random.nextInt(3) == 0) {
                picked.add(code);
            }
        }
        return picked;
    }
}
