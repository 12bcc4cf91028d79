package org.helplinelogbook.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.helplinelogbook.domain.Actor;
import org.helplinelogbook.domain.Role;
import org.helplinelogbook.security.DataKey;
import org.helplinelogbook.storage.Database;
import org.helplinelogbook.storage.JdbiStore;
import org.helplinelogbook.domain.ContactRow;
import org.jdbi.v3.core.Handle;

/** A real encrypted H2 logbook, migrated, with a small taxonomy; contacts are added with plain inserts. */
final class ReportFixture implements AutoCloseable {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    final Database db;
    final JdbiStore store;
    final long staffId;
    final Actor manager;
    final Actor worker;

    ReportFixture(Path dir) {
        db = Database.openH2(dir, DataKey.generate(), true);
        store = new JdbiStore(db, LONDON);
        staffId = db.jdbi().withHandle(h -> {
            h.execute("INSERT INTO staff (username, role, created_at) VALUES ('mona', 'manager', ?)", now());
            h.execute("INSERT INTO staff (username, role, created_at) VALUES ('will', 'worker', ?)", now());
            seedTaxonomy(h);
            return h.createQuery("SELECT id FROM staff WHERE username = 'mona'").mapTo(Long.class).one();
        });
        manager = new Actor(staffId, "mona", Role.MANAGER);
        worker = new Actor(staffId + 1, "will", Role.WORKER);
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    private static void seedTaxonomy(Handle h) {
        String sql = "INSERT INTO taxonomy (dimension, code, label, group_code, sort_order, active, counts_as_data)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)";
        Object[][] rows = {
            {"channel", "phone", "Phone", null, 1, true, true},
            {"channel", "chat", "Web chat", null, 2, true, true},
            {"channel", "email", "Email", null, 3, true, true},
            {"channel", "sms", "Text message", null, 4, false, true},
            {"caller_group", "at_risk", "At risk of offending", null, 1, true, true},
            {"caller_group", "concerned", "Concerned others", null, 2, true, true},
            {"caller_type", "self", "Self", "at_risk", 1, true, true},
            {"caller_type", "family", "Family member", "concerned", 2, true, true},
            {"caller_type", "professional", "Professional", "concerned", 3, true, true},
            {"caller_type", "silent", "Silent or hang-up", null, 4, true, false},
            {"topic", "thoughts", "Sexual thoughts about children", null, 1, true, true},
            {"topic", "online", "=1+2 online images", null, 2, true, true},
            {"topic", "children", "Worried about a child", null, 3, true, true},
            {"outcome", "advice", "Advice given", null, 1, true, true},
            {"outcome", "referral", "Referred", null, 2, true, true},
            {"outcome", "callback", "Call back arranged", null, 3, true, true},
            {"source", "website", "Website", null, 1, true, true},
            {"source", "social_media", "Social media", null, 2, true, true},
            {"source", "police", "Police", null, 3, true, true},
            {"source", "leaflet", "Old leaflet", null, 4, false, true},
        };
        for (Object[] r : rows) {
            h.execute(sql, r);
        }
        h.execute("INSERT INTO taxonomy_version (id, version, changed_at) VALUES (1, 7, ?)", now());
    }

    /** A contact at a wall-clock time in London (an ambiguous autumn time is the first, BST, one). */
    UUID contact(LocalDateTime local, String channel, String callerType, boolean data, String source,
            List<String> topics, List<String> outcomes, int durationSeconds, String codeHash) {
        return contactAt(local.atZone(LONDON).toInstant(), channel, callerType, data, source, topics, outcomes,
                durationSeconds, codeHash);
    }

    UUID contactAt(Instant started, String channel, String callerType, boolean data, String source,
            List<String> topics, List<String> outcomes, int durationSeconds, String codeHash) {
        UUID id = UUID.randomUUID();
        // Through the repository, so that every report test also checks the daily counts kept at write time.
        ContactRow row = new ContactRow(id, started, LocalDateTime.ofInstant(started, LONDON), durationSeconds,
                channel, callerType, data, source, topics, outcomes, null, null, false, codeHash, staffId, started,
                started, 1);
        store.writeAll(r -> r.contacts().insert(row));
        return id;
    }

    /** A plain data contact: phone, self, from the website, no topics. */
    UUID simple(LocalDateTime local) {
        return contact(local, "phone", "self", true, "website", List.of(), List.of(), 60, null);
    }

    void campaign(String name, String startsOn, String endsOn, String cost) {
        db.jdbi().useHandle(h -> h.execute("INSERT INTO campaign (name, starts_on, ends_on, cost, notes)"
                + " VALUES (?, ?, ?, ?, 'secret note')", name, java.time.LocalDate.parse(startsOn),
                java.time.LocalDate.parse(endsOn), cost == null ? null : new java.math.BigDecimal(cost)));
    }

    /** The report service of this logbook, its clock stopped on 5 January 2027 (so "generated at" is known). */
    ReportService service() {
        return serviceOn(Instant.parse("2027-01-05T09:30:00Z"));
    }

    /** The report service with its clock stopped at {@code now}. */
    ReportService serviceOn(Instant now) {
        return new ReportService(store, LONDON, Clock.fixed(now, ZoneOffset.UTC));
    }

    /** {@link #seedOctober2026} with 12 more phone/self/website data contacts on the 5th: phone 15, self 14. */
    void seedBusyOctober2026() {
        seedOctober2026();
        for (int i = 0; i < 12; i++) {
            simple(LocalDateTime.parse("2026-10-05T10:00").plusHours(i));
        }
    }

    /** October 2026 (the BST change is on Sunday 25th) with known answers; see ReportServiceTest. */
    void seedOctober2026() {
        contact(LocalDateTime.parse("2026-10-01T00:00"), "phone", "self", true, "website",
                List.of("thoughts", "online"), List.of("advice"), 600, "h1");
        contact(LocalDateTime.parse("2026-10-31T23:59"), "chat", "family", true, "social_media",
                List.of("children"), List.of("referral", "callback"), 1200, "h1");
        contact(LocalDateTime.parse("2026-10-25T01:30"), "phone", "silent", false, null,
                List.of(), List.of(), 0, null);
        contact(LocalDateTime.parse("2026-10-15T12:00"), "email", "professional", true, null,
                List.of("thoughts"), List.of(), 300, "h2");
        contact(LocalDateTime.parse("2026-10-15T13:00"), "phone", "self", true, "website",
                List.of(), List.of("advice"), 900, null);
        contact(LocalDateTime.parse("2026-10-20T10:00"), "sms", "family", true, "police",
                List.of("online"), List.of(), 60, null);
        // just outside the month, on either side
        simple(LocalDateTime.parse("2026-09-30T23:59"));
        simple(LocalDateTime.parse("2026-11-01T00:00"));
        // last year
        simple(LocalDateTime.parse("2025-10-10T10:00"));
    }

    @Override
    public void close() {
        db.close();
    }
}
