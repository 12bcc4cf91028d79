package org.helplinelogbook.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.helplinelogbook.domain.AccessDeniedException;
import org.junit.jupiter.api.Test;

class WorkStatusTest {

    private final WorkStatus status = new WorkStatus();
    private final List<Boolean> busyWhileWorking = new ArrayList<>();

    @Test
    void aRoundIsBusyWhileItWorksThenHandsOverTheResultNoLongerBusy() {
        status.refuse("The passwords are not the same.");
        List<String> got = new ArrayList<>();

        status.run(new DirectTaskRunner(), () -> {
            busyWhileWorking.add(status.isBusy());
            busyWhileWorking.add(status.errorProperty().get().isEmpty());
            return "done";
        }, result -> {
            got.add(result);
            busyWhileWorking.add(status.isBusy());
        });

        assertThat(busyWhileWorking).containsExactly(true, true, false);
        assertThat(got).containsExactly("done");
        assertThat(status.errorProperty().get()).isEmpty();
    }

    @Test
    void aFailedRoundSaysWhyInWordsAndLeavesTheMessageAsItWas() {
        status.say("Added jsmith.");

        status.run(new DirectTaskRunner(), () -> {
            throw new AccessDeniedException("Only a manager may do this.");
        }, result -> busyWhileWorking.add(true));

        assertThat(busyWhileWorking).as("nothing handed over").isEmpty();
        assertThat(status.isBusy()).isFalse();
        assertThat(status.errorProperty().get()).isEqualTo("Only a manager may do this.");
        assertThat(status.messageProperty().get()).isEqualTo("Added jsmith.");
    }

    @Test
    void aWindowWithOneLineShowsTheFailureAsItsMessage() {
        status.setBusy(true);

        status.failInMessage(new IllegalStateException("a value that must never reach the screen"));

        assertThat(status.isBusy()).isFalse();
        assertThat(status.messageProperty().get()).isEqualTo(Messages.get("failure.unexpected"))
                .doesNotContain("must never");
        assertThat(status.errorProperty().get()).isEmpty();
    }
}
