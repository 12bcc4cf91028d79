package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.helplinelogbook.domain.Contact;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.domain.ContactFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ContactService#saveAll} inserts an import in start-time order (so the time-ordered indexes are swept once,
 * not hit at random; docs/benchmarks.md): nothing else may change with it. Problems are still reported by the
 * record's place in the file, an import is still all or nothing, and every record is saved exactly once.
 */
class ImportOrderTest {

    @TempDir
    Path tmp;

    private static List<ContactDraft> shuffled(int n) {
        List<ContactDraft> drafts = new ArrayList<>(TestLogbooks.contacts(n,
                LocalDateTime.now().minusDays(1).truncatedTo(java.time.temporal.ChronoUnit.MINUTES)));
        Collections.shuffle(drafts, new Random(42));
        return drafts;
    }

    @Test
    void anImportInAnyOrderIsSavedOnceEachAndIdsFollowStartTime() {
        try (Logbook logbook = TestLogbooks.createWithWorker(tmp.resolve("lb"))) {
            List<ContactDraft> drafts = shuffled(60);
            assertThat(logbook.contacts().saveAll(drafts, "import")).isEqualTo(60);

            List<Contact> saved = logbook.contacts().page(ContactFilter.ALL, null, 100).contacts();
            assertThat(saved).extracting(Contact::startedAt).containsExactlyInAnyOrderElementsOf(
                    drafts.stream().map(ContactDraft::startedAt).toList());
            assertThat(saved).extracting(Contact::notes).containsExactlyInAnyOrderElementsOf(
                    drafts.stream().map(ContactDraft::notes).toList());
            // Inserted oldest first, so the milliseconds in the (time-ordered, UUIDv7) ids never fall as the start
            // time rises.
            List<Long> idMillis = saved.stream().sorted(Comparator.comparing(Contact::startedAt))
                    .map(c -> c.id().getMostSignificantBits() >>> 16).toList();
            assertThat(idMillis).isSorted();
        }
    }

    @Test
    void aProblemIsReportedByItsPlaceInTheFileAndNothingIsSaved() {
        try (Logbook logbook = TestLogbooks.createWithWorker(tmp.resolve("lb"))) {
            List<ContactDraft> drafts = shuffled(30);
            ContactDraft d = drafts.get(6);
            drafts.set(6, new ContactDraft(d.startedAt(), d.durationSeconds(), "no_such_channel", d.callerType(),
                    d.topics(), d.outcomes(), d.source(), d.notes(), d.callerCode()));

            assertThatThrownBy(() -> logbook.contacts().saveAll(drafts, "import"))
                    .isInstanceOf(LogbookException.class).hasMessageStartingWith("record 7:");
            assertThat(logbook.contacts().count(ContactFilter.ALL)).isZero();
        }
    }
}
