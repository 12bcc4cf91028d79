package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.helplinelogbook.domain.AuditRepository.AuditEntry;
import org.helplinelogbook.domain.Contact;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.domain.LogbookSettings;
import org.helplinelogbook.logbook.CampaignService.Input;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit log showed raw field names ({@code notes_hold}, {@code started_at}) to managers: every field name the
 * services record has plain words, the words the screens use where the field is filled in.
 */
class AuditFieldsTest {

    @TempDir
    Path dir;

    @Test
    void everyFieldTheServicesRecordHasPlainWords() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            Contact c = logbook.contacts().save(TestLogbooks.dataContact(
                    LocalDate.now(logbook.zone()).atTime(0, 5), "other", "Talked it through"));
            logbook.contacts().update(c.id(), c.version(), TestLogbooks.dataContact(
                    LocalDate.now(logbook.zone()).atTime(0, 7), "other", "Talked it through again"));
            logbook.contacts().setHold(c.id(), true);
            logbook.contacts().notesListed();
            logbook.settings().change(LogbookSettings.AUTO_LOCK_MINUTES, "7");
            logbook.settings().change(LogbookSettings.ORGANISATION_NAME, "North Helpline");
            logbook.campaigns().add(new Input("Radio spring", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                    new BigDecimal("100"), null, "Radio", null));
            logbook.taxonomyService().add(Dimension.TOPIC, "new_topic", "New topic", null, true);
            logbook.taxonomyService().relabel(Dimension.TOPIC, "new_topic", "Newer topic");
            logbook.taxonomyService().move(Dimension.TOPIC, "new_topic", -1);
            logbook.taxonomyService().setActive(Dimension.TOPIC, "new_topic", false);
            logbook.accounts().disable("worker1");

            List<String> withoutWords = new ArrayList<>();
            List<String> recorded = new ArrayList<>();
            for (AuditEntry e : logbook.auditLog().page(null, null, null, 1000).entries()) {
                if (e.fields() != null) {
                    for (String field : e.fields().split(",")) {
                        recorded.add(field);
                        if (AuditFields.inWords(field).equals(field)) {
                            withoutWords.add(e.action() + ": " + field);
                        }
                    }
                }
            }
            assertThat(recorded).contains("notes_hold", "started_at", "caller_type", "sort_order", "starts_on");
            assertThat(withoutWords).isEmpty();
        }
    }

    @Test
    void aListOfFieldsReadsAsTheFormNamesThem() {
        assertThat(AuditFields.listInWords("notes_hold")).isEqualTo("Safeguarding hold");
        assertThat(AuditFields.listInWords("started_at,duration_seconds,source,caller_code"))
                .isEqualTo("Date and time, Duration, How they heard of us, Caller codeword");
        assertThat(AuditFields.listInWords(null)).isEmpty();
        // a name this version does not know (a newer desk wrote it) shows as recorded rather than vanishing
        assertThat(AuditFields.listInWords("role,something_new")).isEqualTo("Role, something_new");
    }
}
