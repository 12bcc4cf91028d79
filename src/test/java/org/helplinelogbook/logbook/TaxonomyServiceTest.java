package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.helplinelogbook.domain.AccessDeniedException;
import org.helplinelogbook.domain.AuditRepository.AuditEntry;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.domain.TaxonomyEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyServiceTest {

    @TempDir
    Path dir;

    @Test
    void relabelBumpsVersionKeepsCodeAndAuditsFieldNameOnly() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            int before = logbook.taxonomy().version();
            List<String> codesBefore = codes(logbook, Dimension.TOPIC);

            int after = logbook.taxonomyService().relabel(Dimension.TOPIC, "safety_planning", "Planning for safety");

            assertThat(after).isEqualTo(before + 1);
            assertThat(logbook.taxonomy().version()).isEqualTo(after);
            assertThat(logbook.taxonomy().label(Dimension.TOPIC, "safety_planning")).isEqualTo("Planning for safety");
            assertThat(codes(logbook, Dimension.TOPIC)).isEqualTo(codesBefore);
            AuditEntry last = logbook.store().read(r -> r.audit().last()).orElseThrow();
            assertThat(last.action()).isEqualTo("taxonomy_relabel");
            assertThat(last.fields()).isEqualTo("label");
            assertThat(last.toString()).doesNotContain("Planning for safety");
            assertThat(logbook.verification().verifyAudit()).isEmpty();
        }
    }

    @Test
    void addAppendsNewCodeAndRefusesExistingOrMalformedCodes() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            var service = logbook.taxonomyService();
            int before = service.current().version();
            service.add(Dimension.TOPIC, "gaming", "Online gaming", null, true);

            List<TaxonomyEntry> topics = logbook.taxonomy().all(Dimension.TOPIC);
            assertThat(topics.get(topics.size() - 1).code()).isEqualTo("gaming");
            assertThat(logbook.taxonomy().version()).isEqualTo(before + 1);
            assertThatThrownBy(() -> service.add(Dimension.TOPIC, "gaming", "Again", null, true))
                    .isInstanceOf(LogbookException.class);
            assertThatThrownBy(() -> service.add(Dimension.TOPIC, "Bad Code", "Label", null, true))
                    .isInstanceOf(LogbookException.class);
            assertThatThrownBy(() -> service.add(Dimension.CALLER_TYPE, "new_type", "Label", "no_such_group", true))
                    .isInstanceOf(LogbookException.class);
            service.add(Dimension.CALLER_TYPE, "new_type", "New type", "other", true);
            assertThat(logbook.taxonomy().find(Dimension.CALLER_TYPE, "new_type").orElseThrow().group()).isEqualTo("other");
        }
    }

    @Test
    void retireAndReactivateKeepTheCode() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            var service = logbook.taxonomyService();
            service.setActive(Dimension.CHANNEL, "email", false);
            assertThat(logbook.taxonomy().isActive(Dimension.CHANNEL, "email")).isFalse();
            assertThat(logbook.taxonomy().find(Dimension.CHANNEL, "email")).isPresent();
            service.setActive(Dimension.CHANNEL, "email", true);
            assertThat(logbook.taxonomy().isActive(Dimension.CHANNEL, "email")).isTrue();
        }
    }

    @Test
    void moveSwapsNeighboursAndStopsAtTheEnds() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            var service = logbook.taxonomyService();
            List<String> before = codes(logbook, Dimension.CHANNEL);
            service.move(Dimension.CHANNEL, before.get(1), -1);
            List<String> after = codes(logbook, Dimension.CHANNEL);
            assertThat(after.get(0)).isEqualTo(before.get(1));
            assertThat(after.get(1)).isEqualTo(before.get(0));
            int version = logbook.taxonomy().version();
            service.move(Dimension.CHANNEL, after.get(0), -1);
            assertThat(codes(logbook, Dimension.CHANNEL)).isEqualTo(after);
            assertThat(logbook.taxonomy().version()).isEqualTo(version);
        }
    }

    @Test
    void workersMayNotChangeTheTaxonomy() {
        TestLogbooks.createWithWorker(dir).close();
        try (Logbook worker = TestLogbooks.openAsWorker(dir)) {
            int version = worker.taxonomy().version();
            assertThatThrownBy(() -> worker.taxonomyService().relabel(Dimension.TOPIC, "other", "X"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> worker.taxonomyService().add(Dimension.TOPIC, "x", "X", null, true))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(worker.taxonomyService().current().version()).isEqualTo(version);
        }
    }

    private static List<String> codes(Logbook logbook, Dimension dimension) {
        return logbook.taxonomy().all(dimension).stream().map(TaxonomyEntry::code).toList();
    }
}
