package org.helplinelogbook.ui.contactlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.domain.Role;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.TestLogbooks;
import org.helplinelogbook.ui.common.Choice;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: the contact log already open follows a manager's changes to the taxonomy and the accounts (filters and
 * rows relabelled in place, the filter chosen kept), and after a lock it comes back to the filters and search left.
 */
class ContactLogFollowsAndReturnsTest {

    @TempDir
    Path dir;

    private Logbook logbook;
    private LocalDate today;

    @BeforeEach
    void create() {
        logbook = TestLogbooks.createWithWorker(dir);
        today = LocalDate.now(logbook.zone());
        LocalDateTime newest = today.atTime(LocalTime.of(0, 0)).minusMinutes(1);
        logbook.contacts().saveAll(TestLogbooks.contacts(30, newest), "test");
    }

    @AfterEach
    void close() {
        if (!logbook.isClosed()) {
            logbook.close();
        }
    }

    private ContactLogViewModel started() {
        var model = new ContactLogViewModel(logbook, new DirectTaskRunner());
        model.start();
        return model;
    }

    @Test
    void aRelabelledTopicShowsInTheFilterAndTheRowsAndTheChosenFilterStays() {
        var model = started();
        model.topicProperty().set(choice(model.topicChoices(), "safety_planning"));
        assertThat(model.rows()).hasSize(15);

        logbook.taxonomyService().relabel(Dimension.TOPIC, "safety_planning", "Keeping safe plan");

        assertThat(model.topicProperty().get().code()).isEqualTo("safety_planning");
        assertThat(model.topicProperty().get().label()).isEqualTo("Keeping safe plan");
        assertThat(model.topicChoices()).extracting(Choice::label).contains("Keeping safe plan");
        assertThat(model.rows()).hasSize(15).allMatch(r -> r.topics().contains("Keeping safe plan"));
    }

    @Test
    void aNewAccountIsInTheLoggedByFilterAtOnce() {
        var model = started();
        assertThat(model.staffChoices()).extracting(Choice::label).doesNotContain("worker9");

        logbook.accounts().add("worker9", Role.WORKER, "a third long password".toCharArray());

        assertThat(model.staffChoices()).extracting(Choice::label).contains("worker9");
    }

    @Test
    void afterALockTheLogComesBackToTheFiltersAndSearchLeft() {
        var model = started();
        model.topicProperty().set(choice(model.topicChoices(), "safety_planning"));
        model.fromProperty().set(today.minusDays(3));
        model.notesSearchProperty().set("dog");
        model.search();
        var place = model.place(model.rows().get(0).contact().id());
        logbook.close();

        logbook = TestLogbooks.openAsManager(dir);
        var after = started();
        after.returnTo(place);

        assertThat(after.topicProperty().get().code()).isEqualTo("safety_planning");
        assertThat(after.fromProperty().get()).isEqualTo(today.minusDays(3));
        assertThat(after.toProperty().get()).isNull();
        assertThat(after.notesSearchProperty().get()).isEqualTo("dog");
        assertThat(after.searchingProperty().get()).isTrue();
        assertThat(after.currentFilter()).isEqualTo(place.filter());
        assertThat(after.rows()).extracting(r -> r.contact().id()).containsExactlyElementsOf(
                model.rows().stream().map(r -> r.contact().id()).toList());
    }

    @Test
    void aPlaceGivenBeforeTheListsAreReadIsTakenOnceTheyAre() {
        var model = started();
        model.channelProperty().set(choice(model.channelChoices(), "phone"));
        var place = model.place(null);

        var fresh = new ContactLogViewModel(logbook, new DirectTaskRunner());
        fresh.returnTo(place);
        fresh.start();

        assertThat(fresh.channelProperty().get().code()).isEqualTo("phone");
        assertThat(fresh.rows()).hasSize(30);
    }

    @Test
    void aClosedLogNoLongerFollows() {
        int before = logbook.listChanges().listenerCount();
        var model = started();
        assertThat(logbook.listChanges().listenerCount()).isEqualTo(before + 1);
        model.dispose();
        assertThat(logbook.listChanges().listenerCount()).isEqualTo(before);
    }

    private static Choice choice(List<Choice> choices, String code) {
        return choices.stream().filter(c -> code.equals(c.code())).findFirst().orElseThrow();
    }
}
