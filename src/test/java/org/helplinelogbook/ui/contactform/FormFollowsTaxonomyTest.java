package org.helplinelogbook.ui.contactform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.ui.common.Choice;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.helplinelogbook.ui.common.MutableClock;
import org.helplinelogbook.ui.common.TestLogbooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: a manager's change on the Taxonomy screen reaches the new-contact form that is already open (built at
 * sign-in), keeping what the worker picked, without signing in again.
 */
class FormFollowsTaxonomyTest {

    @TempDir
    Path dir;

    private Logbook logbook;
    private ContactFormViewModel vm;

    @BeforeEach
    void open() {
        logbook = TestLogbooks.create(dir);
        vm = new ContactFormViewModel(logbook, logbook.taxonomy(), new DirectTaskRunner(),
                new MutableClock(Instant.parse("2026-03-04T10:15:00Z")));
    }

    @AfterEach
    void close() {
        vm.dispose();
        logbook.close();
    }

    @Test
    void aTopicAddedOnTheTaxonomyScreenIsOfferedOnTheOpenFormAndWhatWasPickedStays() {
        vm.callerTypeProperty().set("at_risk");
        vm.topics().get(0).checkedProperty().set(true);
        String tickedTopic = vm.topics().get(0).code();

        logbook.taxonomyService().add(Dimension.TOPIC, "sextortion", "Sextortion", null, true);

        assertThat(vm.topics()).extracting(ContactFormViewModel.CheckItem::code).contains("sextortion");
        assertThat(vm.callerTypeProperty().get()).isEqualTo("at_risk");
        assertThat(vm.topics().stream().filter(ContactFormViewModel.CheckItem::isChecked)
                .map(ContactFormViewModel.CheckItem::code)).containsExactly(tickedTopic);
        assertThat(vm.dataContactProperty().get()).isTrue();
    }

    @Test
    void aRelabelledOrRetiredCallerTypeShowsAtOnceAndTheNonDataKeysFollow() {
        logbook.taxonomyService().relabel(Dimension.CALLER_TYPE, "professional", "Professional asking for advice");
        logbook.taxonomyService().setActive(Dimension.CALLER_TYPE, "hang_up", false);

        assertThat(vm.callerTypes()).extracting(Choice::label).contains("Professional asking for advice");
        assertThat(vm.nonDataTypes()).extracting(Choice::code).doesNotContain("hang_up");
        assertThat(vm.nonDataTypes()).extracting(Choice::key).containsExactly("F2", "F3", "F4", "F5");
    }

    @Test
    void aChangeToTheListsDoesNotMarkTheFormAsChangedOrFillIt() {
        logbook.taxonomyService().add(Dimension.OUTCOME, "callback_agreed", "Call back agreed", null, true);

        assertThat(vm.holdsEnteredData()).isFalse();
        assertThat(vm.isDirty()).isFalse();
        assertThat(vm.channelProperty().get()).isEqualTo("phone");
    }

    @Test
    void aClosedFormNoLongerFollows() {
        int before = logbook.listChanges().listenerCount();
        vm.dispose();
        assertThat(logbook.listChanges().listenerCount()).isEqualTo(before - 1);
    }
}
