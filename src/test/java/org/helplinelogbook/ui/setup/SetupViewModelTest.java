package org.helplinelogbook.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.helplinelogbook.ui.setup.SetupViewModel.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetupViewModelTest {

    @TempDir
    Path dir;

    @Test
    void createsShowsTheKeyOnceAndNeedsItsEndRetyped() {
        AtomicReference<Logbook> done = new AtomicReference<>();
        var vm = new SetupViewModel(dir, new DirectTaskRunner(), done::set);
        assertThat(vm.zones()).contains("Europe/London");
        vm.usernameProperty().set("manager1");

        vm.create("too short".toCharArray(), "too short".toCharArray());
        assertThat(vm.status().messageProperty().get()).isEqualTo("A password needs at least 12 characters.");
        vm.create("a long password".toCharArray(), "a long passwore".toCharArray());
        assertThat(vm.stepProperty().get()).isEqualTo(Step.ACCOUNT);

        vm.create("a long password".toCharArray(), "a long password".toCharArray());
        assertThat(vm.stepProperty().get()).isEqualTo(Step.RECOVERY_KEY);
        String key = vm.recoveryKeyProperty().get();
        assertThat(key).matches("([0-9A-Z]{4}-){12}[0-9A-Z]{4}");

        vm.retypedProperty().set("AAAA-BBBB");
        assertThat(vm.keyConfirmedBinding().get()).isFalse();
        vm.retypedProperty().set(SetupViewModel.lastTwoGroups(key).toLowerCase().replace("-", " "));
        assertThat(vm.keyConfirmedBinding().get()).isTrue();
        vm.keyWrittenDown();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.START);
        assertThat(vm.recoveryKeyProperty().get()).as("forgotten once confirmed").isEmpty();

        vm.startEmpty();
        assertThat(done.get()).isNotNull();
        assertThat(done.get().actor().username()).isEqualTo("manager1");
        done.get().close();
    }
}
