package org.helplinelogbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookOpening;
import org.helplinelogbook.logbook.NotesPolicy;
import org.helplinelogbook.privacy.IdentifierKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan-notes}: counts of saved notes holding identifiers, by month and kind, as CSV; never the text. */
class ScanNotesTest {

    static final String PASSWORD = "manager password 1";

    @TempDir
    Path tmp;

    Path data;
    CliRun manager;

    @BeforeEach
    void createLogbookWithOldNotes() {
        data = tmp.resolve("logbook");
        manager = new CliRun().password(PASSWORD);
        assertThat(manager.run("init", "--data", data.toString(), "--user", "manager1").exitCode()).isZero();
        try (Logbook logbook = LogbookOpening.open(data, "manager1", PASSWORD.toCharArray())) {
            // Notes kept with a reason, as an earlier release (or a kept identifier) would have left them.
            save(logbook, LocalDateTime.of(2026, 1, 10, 10, 0), "Ring 07700 900123 later", IdentifierKind.PHONE, "07700 900123");
            save(logbook, LocalDateTime.of(2026, 1, 20, 10, 0), "Her son Oliver is at Trinity Academy", IdentifierKind.NAME, "Oliver");
            save(logbook, LocalDateTime.of(2026, 2, 5, 10, 0), "Alt number 0131 496 0000", IdentifierKind.PHONE, "0131 496 0000");
            logbook.contacts().save(draft(LocalDateTime.of(2026, 2, 6, 10, 0), "Talked about next steps"));
        }
    }

    private static void save(Logbook logbook, LocalDateTime at, String notes, IdentifierKind kind, String excerpt) {
        var hits = logbook.contacts().notesPolicy().scan(notes);
        var kept = new java.util.HashSet<NotesPolicy.Kept>();
        for (var h : hits) {
            kept.add(new NotesPolicy.Kept(h.kind(), notes.substring(h.start(), h.end()), "test fixture"));
        }
        assertThat(hits).anyMatch(h -> h.kind() == kind && notes.substring(h.start(), h.end()).equals(excerpt));
        logbook.contacts().save(draft(at, notes), NotesPolicy.Choices.keeping(Set.copyOf(kept)));
    }

    private static ContactDraft draft(LocalDateTime at, String notes) {
        return new ContactDraft(at, 600, "phone", "at_risk", List.of("other"), List.of("information_given"),
                "internet_search", notes, null);
    }

    CliRun.Result scan(CliRun who, String user, String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "scan-notes";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--data";
        all[args.length + 2] = data.toString();
        all[args.length + 3] = "--user";
        all[args.length + 4] = user;
        return who.run(all);
    }

    @Test
    void printsContactsByMonthAndKindAndNeverTheText() {
        var r = scan(manager, "manager1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines().toList()).containsExactly("month,kind,contacts", "2026-01,phone,1", "2026-01,name,1",
                "2026-01,school,1", "2026-02,phone,1");
        assertThat(r.out() + r.err()).doesNotContain("07700", "Oliver", "Trinity", "0131");
    }

    @Test
    void limitsToTheDatesGiven() {
        var r = scan(manager, "manager1", "--from", "2026-02-01", "--to", "2026-02-28");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines().toList()).containsExactly("month,kind,contacts", "2026-02,phone,1");
        assertThat(scan(manager, "manager1", "--from", "2026-03-01", "--to", "2026-02-01").exitCode()).isEqualTo(4);
        assertThat(scan(manager, "manager1", "--from", "March").exitCode()).isEqualTo(4);
    }

    @Test
    void theReviewIsAuditedAndWorkersMayNotRunIt() {
        var add = new CliRun().password(PASSWORD).newPassword("worker password 1")
                .run("users", "add", "worker1", "--role", "worker", "--data", data.toString(), "--user", "manager1");
        assertThat(add.exitCode()).as(add.err()).isZero();
        var worker = new CliRun().password("worker password 1").newPassword("worker password 2");
        var denied = scan(worker, "worker1");
        assertThat(denied.exitCode()).isEqualTo(3);
        assertThat(scan(manager, "manager1").exitCode()).isZero();
        try (Logbook logbook = LogbookOpening.open(data, "manager1", PASSWORD.toCharArray())) {
            var review = logbook.auditLog().page(null, "notes_review", null, 100).entries();
            assertThat(review).isNotEmpty().allSatisfy(e -> assertThat(e.counts()).isEqualTo("notes=4,flagged=3"));
        }
    }
}
