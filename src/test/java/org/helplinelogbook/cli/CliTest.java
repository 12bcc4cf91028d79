package org.helplinelogbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookOpening;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI as specified: commands, output and exit codes, on a real encrypted logbook. */
class CliTest {

    static final String PASSWORD = "manager password 1";

    @TempDir
    Path tmp;

    Path data;
    CliRun manager;

    @BeforeEach
    void createLogbook() {
        data = tmp.resolve("logbook");
        manager = new CliRun().password(PASSWORD);
        var init = manager.run("init", "--data", data.toString(), "--user", "manager1", "--zone", "Europe/London");
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("RECOVERY KEY").containsPattern("[0-9A-Z]{4}(-[0-9A-Z]{4}){12}");
    }

    CliRun.Result as(CliRun who, String user, String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = data.toString();
        all[args.length + 2] = "--user";
        all[args.length + 3] = user;
        return who.run(all);
    }

    CliRun.Result mgr(String... args) {
        return as(manager, "manager1", args);
    }

    @Test
    void initRefusesWhenALogbookExists() {
        var again = manager.run("init", "--data", data.toString(), "--user", "other1");
        assertThat(again.exitCode()).isEqualTo(5);
        assertThat(again.err()).contains("already exists").doesNotContain("Exception");
    }

    @Test
    void initWithoutUserIsAUsageError() {
        var r = manager.run("init", "--data", tmp.resolve("other").toString());
        assertThat(r.exitCode()).isEqualTo(2);
    }

    @Test
    void addThenListAndCount() {
        var add = mgr("add", "--started-at", "2026-10-03T14:05", "--duration", "600", "--channel", "phone",
                "--caller-type", "at_risk", "--topic", "indecent_images", "--topic", "safety_planning",
                "--outcome", "information_given", "--source", "police", "--notes", "Talked, about \"next\" steps");
        assertThat(add.exitCode()).as(add.err()).isZero();
        var silent = mgr("add", "--channel", "chat", "--caller-type", "silent", "--duration", "20");
        assertThat(silent.exitCode()).as(silent.err()).isZero();

        var list = mgr("list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out().lines()).hasSize(3);
        assertThat(list.out()).contains("2026-10-03T14:05:00,600,phone,at_risk,indecent_images;safety_planning,information_given,police")
                .doesNotContain("next");
        assertThat(mgr("list", "--count").out().strip()).isEqualTo("2");
        assertThat(mgr("list", "--from", "2026-10-01", "--to", "2026-10-31", "--count").out().strip()).isEqualTo("1");
        assertThat(mgr("list", "--notes").out()).contains("Talked, about \"\"next\"\" steps");
    }

    @Test
    void invalidContactChangesNothing() {
        var r = mgr("add", "--channel", "fax", "--caller-type", "at_risk", "--source", "police");
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains("channel");
        var noSource = mgr("add", "--channel", "phone", "--caller-type", "at_risk");
        assertThat(noSource.exitCode()).isEqualTo(4);
        var nonDataWithTopic = mgr("add", "--channel", "phone", "--caller-type", "hoax", "--topic", "other");
        assertThat(nonDataWithTopic.exitCode()).isEqualTo(4);
        var tooLong = mgr("add", "--channel", "phone", "--caller-type", "silent", "--duration", "86401");
        assertThat(tooLong.exitCode()).isEqualTo(4);
        assertThat(mgr("list", "--count").out().strip()).isEqualTo("0");
    }

    @Test
    void wrongPasswordAndUnknownUserGiveTheSameMessage() {
        var wrong = as(new CliRun().password("not the password"), "manager1", "list");
        var unknown = as(new CliRun().password(PASSWORD), "nobody", "list");
        assertThat(wrong.exitCode()).isEqualTo(3);
        assertThat(unknown.exitCode()).isEqualTo(3);
        assertThat(wrong.err()).isEqualTo(unknown.err()).contains("username or password is not right");
    }

    @Test
    void missingLogbookExitsFive() {
        var r = manager.run("list", "--data", tmp.resolve("nothing-here").toString(), "--user", "manager1");
        assertThat(r.exitCode()).isEqualTo(5);
    }

    @Test
    void logbookInUseExitsFive() throws Exception {
        try (Logbook open = LogbookOpening.open(data, "manager1", PASSWORD.toCharArray())) {
            var r = mgr("add", "--channel", "phone", "--caller-type", "silent");
            assertThat(r.exitCode()).isEqualTo(5);
            assertThat(r.err()).contains("waiting up to 10 seconds", "in use");
            assertThat(open.contacts().count(org.helplinelogbook.domain.ContactFilter.ALL)).isZero();
        }
    }

    @Test
    void accountsAreManagedByManagersOnly() {
        var add = as(new CliRun().password(PASSWORD).newPassword("worker password 1"), "manager1", "users", "add", "worker1", "--role", "worker");
        assertThat(add.exitCode()).as(add.err()).isZero();
        var worker = new CliRun().password("worker password 1");
        assertThat(as(worker, "worker1", "add", "--channel", "phone", "--caller-type", "silent").exitCode()).isZero();
        var denied = as(worker.newPassword("another password 2"), "worker1", "users", "add", "worker2", "--role", "worker");
        assertThat(denied.exitCode()).isEqualTo(3);
        assertThat(as(worker, "worker1", "list", "--notes").exitCode()).isEqualTo(3);
        assertThat(as(worker, "worker1", "demo", "--contacts", "5").exitCode()).isEqualTo(3);

        var list = mgr("users", "list");
        assertThat(list.out()).contains("manager1,manager,active", "worker1,worker,active");

        var reset = mgr("users", "reset", "worker1");
        assertThat(reset.exitCode()).isZero();
        String oneTime = reset.out().lines().reduce((a, b) -> b).orElseThrow().strip();
        var withOneTime = new CliRun().password(oneTime);
        var blocked = as(withOneTime, "worker1", "list");
        assertThat(blocked.exitCode()).isEqualTo(3);
        assertThat(blocked.err()).contains("passwd");
        assertThat(as(withOneTime.newPassword("fresh worker pass"), "worker1", "passwd").exitCode()).isZero();
        assertThat(as(new CliRun().password("fresh worker pass"), "worker1", "list").exitCode()).isZero();

        assertThat(mgr("users", "disable", "worker1").exitCode()).isZero();
        assertThat(as(new CliRun().password("fresh worker pass"), "worker1", "list").exitCode()).isEqualTo(3);
        assertThat(mgr("users", "list").out()).contains("worker1,worker,disabled");
    }

    @Test
    void shortPasswordIsRefused() {
        var r = as(new CliRun().password(PASSWORD).newPassword("short"), "manager1", "users", "add", "worker1", "--role", "worker");
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains("12 characters");
    }

    @Test
    void importIsAllOrNothingWithLineNumbers() throws Exception {
        Path csv = tmp.resolve("bad.csv");
        Files.writeString(csv, String.join("\n",
                "started_at,duration_seconds,channel,caller_type,topics,outcome,source,notes",
                "2026-10-03T14:05,600,phone,at_risk,indecent_images;safety_planning,information_given,police,\"multi",
                "line, with \"\"quotes\"\"\"",
                "2026-10-03T15:00,abc,phone,at_risk,,,police,",
                "2026-10-03T16:00,60,phone,silent,,,,",
                "2026-10-03T17:00,60,pigeon,at_risk,,,police,",
                "2026-10-03 18:00,60,phone,at_risk,,,,"), StandardCharsets.UTF_8);
        var r = mgr("import", csv.toString());
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains("line 4: duration_seconds", "line 6: unknown channel 'pigeon'", "line 7: started_at")
                .doesNotContain("line 2:", "line 5:");
        assertThat(mgr("list", "--count").out().strip()).isEqualTo("0");
    }

    @Test
    void importAcceptsQuotesNewlinesAndUnicode() throws Exception {
        Path csv = tmp.resolve("good.csv");
        Files.writeString(csv, "\uFEFFstarted_at,duration_seconds,channel,caller_type,topics,outcome,source,notes,caller_code\r\n"
                + "2026-10-03T14:05:30,600,phone,family_friend,arrest_consequences,concerns_clarified;information_given,police,\"Partner arrested, \"\"devastated\"\"\nnext call – ok ✓ 日本\",blue fox\r\n"
                + "2026-10-04T09:00,15,phone,silent,,,,,\r\n", StandardCharsets.UTF_8);
        var r = mgr("import", csv.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Imported 2 contacts");
        assertThat(mgr("list", "--notes").out()).contains("devastated", "日本");
    }

    @Test
    void addAppliesTheSameIdentifierPolicy() {
        var refused = mgr("add", "--channel", "phone", "--caller-type", "at_risk", "--source", "police",
                "--notes", "Alt number 0131 496 0000");
        assertThat(refused.exitCode()).isEqualTo(4);
        assertThat(refused.err()).contains("phone number", "--redact-pii").doesNotContain("0131");
        var redacted = mgr("add", "--channel", "phone", "--caller-type", "at_risk", "--source", "police",
                "--notes", "Alt number 0131 496 0000", "--redact-pii");
        assertThat(redacted.exitCode()).as(redacted.err()).isZero();
        assertThat(mgr("list", "--notes").out()).contains("Alt number [PHONE]").doesNotContain("0131");
    }

    @Test
    void importRefusesIdentifiersUnlessRedacting() throws Exception {
        Path csv = tmp.resolve("pii.csv");
        Files.writeString(csv, "started_at,duration_seconds,channel,caller_type,topics,outcome,source,notes\n"
                + "2026-10-03T14:05,600,phone,at_risk,,,police,Call me on 07700 900123 tomorrow\n", StandardCharsets.UTF_8);
        var refused = mgr("import", csv.toString());
        assertThat(refused.exitCode()).isEqualTo(4);
        assertThat(refused.err()).contains("line 2:", "phone").doesNotContain("900123");
        var redacted = mgr("import", "--redact-pii", csv.toString());
        assertThat(redacted.exitCode()).as(redacted.err()).isZero();
        assertThat(mgr("list", "--notes").out()).contains("[PHONE]").doesNotContain("900123");
    }

    @Test
    void importReportsAWrongHeaderAndNonUtf8() throws Exception {
        Path csv = tmp.resolve("header.csv");
        Files.writeString(csv, "when,duration_seconds\n2026-10-03T14:05,1\n");
        var r = mgr("import", csv.toString());
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains("line 1:");
        Path latin1 = tmp.resolve("latin1.csv");
        Files.write(latin1, "started_at,duration_seconds,channel,caller_type,topics,outcome,source,notes\n2026-10-03T14:05,1,phone,at_risk,,,police,caf\u00e9\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(mgr("import", latin1.toString()).exitCode()).isEqualTo(4);
        assertThat(mgr("import", tmp.resolve("missing.csv").toString()).exitCode()).isEqualTo(4);
    }

    @Test
    void demoAddsRealisticContacts() {
        var r = mgr("demo", "--contacts", "500", "--seed", "7");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(mgr("list", "--count").out().strip()).isEqualTo("500");
    }

    @Test
    void openingUsesTheLogbookZone() {
        try (Logbook logbook = LogbookOpening.open(data, "manager1", PASSWORD.toCharArray())) {
            assertThat(logbook.zone()).isEqualTo(ZoneId.of("Europe/London"));
            assertThat(logbook.taxonomy().version()).isEqualTo(1);
        }
    }

    @Test
    void reportWritesTheCsvContractForManagersOnly() throws Exception {
        for (int i = 0; i < 13; i++) {
            assertThat(mgr("add", "--started-at", "2026-10-0" + (1 + i % 9) + "T10:00", "--channel", "phone",
                    "--caller-type", "at_risk", "--topic", "indecent_images", "--source", "police").exitCode()).isZero();
        }
        mgr("add", "--started-at", "2026-10-02T10:00", "--channel", "chat", "--caller-type", "silent");
        Path out = tmp.resolve("october.csv");
        var r = mgr("report", "--period", "2026-10", "--format", "csv", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        var lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("period,dimension,category,label,contacts,percent");
        assertThat(lines.get(1)).isEqualTo("2026-10,total,all,All contacts,15,");
        assertThat(lines.get(2)).isEqualTo("2026-10,total,data,Data contacts,15,");
        assertThat(lines.get(3)).isEqualTo("2026-10,total,non_data,Non-data contacts,*,");
        assertThat(lines).anyMatch(l -> l.matches("2026-10,channel,phone,[^,]+,15,100"))
                .anyMatch(l -> l.matches("2026-10,channel,chat,[^,]+,\\*,"))
                .anyMatch(l -> l.matches("2026-10,channel,email,[^,]+,0,0"))
                .anyMatch(l -> l.matches("2026-10,topic,indecent_images,[^,]+,15,100"))
                .anyMatch(l -> l.startsWith("2026-10,meta,note,"));

        // Replacing the file written above needs --force (issue 14: never write over a file unasked).
        var exact = mgr("report", "--period", "2026-10", "--format", "csv", "--out", out.toString(), "--exact", "--force");
        assertThat(exact.exitCode()).isZero();
        assertThat(Files.readString(out)).contains("2026-10,total,all,All contacts,14,", "INTERNAL");

        for (String format : new String[] {"xlsx", "pdf"}) {
            Path file = tmp.resolve("october." + format);
            assertThat(mgr("report", "--period", "2026-10", "--format", format, "--out", file.toString()).exitCode()).isZero();
            assertThat(Files.size(file)).isPositive();
        }
        Path campaign = tmp.resolve("campaign.csv");
        assertThat(mgr("report", "--campaign", "#StopItNow 2019", "--format", "csv", "--out", campaign.toString()).exitCode()).isZero();

        assertThat(mgr("report", "--period", "2026-13", "--format", "csv", "--out", out.toString()).exitCode()).isEqualTo(4);
        assertThat(mgr("report", "--period", "2026-10", "--format", "doc", "--out", out.toString()).exitCode()).isEqualTo(4);
        assertThat(mgr("report", "--format", "csv", "--out", out.toString()).exitCode()).isEqualTo(2);

        // a range of days is published only as exact (internal) figures: the day of one call gives it away
        Path day = tmp.resolve("one-day.csv");
        var refused = mgr("report", "--from", "2026-10-02", "--to", "2026-10-02", "--format", "csv", "--out",
                day.toString());
        assertThat(refused.exitCode()).isEqualTo(4);
        assertThat(refused.err()).contains("2026-10", "2026-Q4", "FY2026-27", "--exact");
        assertThat(day).doesNotExist();
        assertThat(day.resolveSibling(".one-day.csv.part")).doesNotExist();
        assertThat(mgr("report", "--period", "2026-10-01..2026-10-31", "--format", "csv", "--out", day.toString())
                .exitCode()).isEqualTo(4);
        var internal = mgr("report", "--from", "2026-10-02", "--to", "2026-10-02", "--format", "csv", "--out",
                day.toString(), "--exact");
        assertThat(internal.exitCode()).as(internal.err()).isZero();
        assertThat(Files.readString(day)).contains("INTERNAL");
        // a policy that leaves almost every figure exact is exact mode, or refused
        var weak = mgr("report", "--period", "2026-10", "--format", "csv", "--out", out.toString(),
                "--suppress-below", "2", "--round-to", "1");
        assertThat(weak.exitCode()).isEqualTo(4);
        assertThat(weak.err()).contains("exact");
        // a campaign is published with its own windows only
        Path otherWindows = tmp.resolve("campaign-3-weeks.csv");
        assertThat(mgr("report", "--campaign", "#StopItNow 2019", "--weeks", "3", "--format", "csv", "--out",
                otherWindows.toString()).exitCode()).isEqualTo(4);
        assertThat(otherWindows).doesNotExist();
        as(new CliRun().password(PASSWORD).newPassword("worker password 1"), "manager1", "users", "add", "worker1", "--role", "worker");
        assertThat(as(new CliRun().password("worker password 1"), "worker1", "report", "--period", "2026-10",
                "--format", "csv", "--out", out.toString()).exitCode()).isEqualTo(3);
    }
}
