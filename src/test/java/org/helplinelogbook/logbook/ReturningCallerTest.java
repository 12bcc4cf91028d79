package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.helplinelogbook.domain.Contact;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.domain.ContactFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Returning" means an earlier contact used the same codeword (issue 17): the first contact under a codeword is not
 * returning, in the list, in {@code find} and in what a save hands back, whatever order they were logged in.
 */
class ReturningCallerTest {

    @TempDir
    Path dir;

    private static ContactDraft withCode(LocalDateTime at, String code) {
        return new ContactDraft(at, 600, "phone", "at_risk", List.of("safety_planning"), List.of("information_given"),
                "internet_search", null, code);
    }

    @Test
    void onlyTheSecondAndLaterContactsUnderACodewordAreReturning() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            LocalDateTime nine = LocalDateTime.of(2025, 3, 4, 9, 0);
            Contact first = logbook.contacts().save(withCode(nine, "blue kite"));
            assertThat(first.returning()).as("the first contact under a codeword").isFalse();
            Contact second = logbook.contacts().save(withCode(nine.plusHours(1), "blue kite"));
            assertThat(second.returning()).isTrue();
            Contact other = logbook.contacts().save(withCode(nine.plusHours(2), "red boat"));
            Contact none = logbook.contacts().save(withCode(nine.plusHours(3), null));
            // Logged later but dated earlier: it is now the first under its codeword.
            Contact earlier = logbook.contacts().save(withCode(nine.minusHours(1), "blue kite"));

            Map<UUID, Boolean> listed = logbook.contacts().page(ContactFilter.ALL, null, 100).contacts().stream()
                    .collect(Collectors.toMap(Contact::id, Contact::returning));
            assertThat(listed).containsEntry(earlier.id(), false).containsEntry(first.id(), true)
                    .containsEntry(second.id(), true).containsEntry(other.id(), false).containsEntry(none.id(), false);
            assertThat(logbook.contacts().find(other.id()).orElseThrow().returning()).isFalse();
            assertThat(logbook.contacts().find(second.id()).orElseThrow().returning()).isTrue();
            assertThat(logbook.contacts().earlierContactsWithCode("red boat")).isEqualTo(1);
        }
    }
}
