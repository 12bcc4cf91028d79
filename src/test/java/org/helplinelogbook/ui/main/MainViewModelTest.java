package org.helplinelogbook.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookOpening;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.helplinelogbook.ui.common.MutableClock;
import org.helplinelogbook.ui.common.TestLogbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-04T10:15:00Z"));

    @Test
    void locksAfterTheConfiguredIdleTimeAndKeepsTheDraft() {
        Logbook logbook = TestLogbooks.create(dir);
        var vm = new MainViewModel(logbook, new DirectTaskRunner(), clock);
        vm.load();
        assertThat(vm.autoLockMinutesProperty().get()).isEqualTo(5);
        assertThat(vm.sections()).contains(Section.SETTINGS, Section.AUDIT_LOG);

        clock.advance(Duration.ofMinutes(4));
        assertThat(vm.idleTooLong()).isFalse();
        vm.noteActivity();
        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(vm.idleTooLong()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(vm.idleTooLong()).isTrue();

        AtomicBoolean closed = new AtomicBoolean();
        vm.lock(Optional.of("notes=draft text\n"), problems -> closed.set(problems.isEmpty()));
        assertThat(closed).isTrue();
        assertThat(logbook.isClosed()).isTrue();

        try (Logbook again = LogbookOpening.open(dir, TestLogbooks.MANAGER, TestLogbooks.PASSWORD.toCharArray())) {
            assertThat(again.contacts().loadDraft()).contains("notes=draft text\n");
        }
    }

    @Test
    void settingsChangeTheIdleTimeAtOnceWithinBounds() {
        Logbook logbook = TestLogbooks.create(dir);
        try (logbook) {
            var vm = new MainViewModel(logbook, new DirectTaskRunner(), clock);
            vm.settingsChanged(1, "dark");
            assertThat(vm.themeProperty().get()).isEqualTo("dark");
            clock.advance(Duration.ofMinutes(1));
            assertThat(vm.idleTooLong()).isTrue();
            vm.settingsChanged(0, "light");
            assertThat(vm.autoLockMinutesProperty().get()).as("never off").isEqualTo(1);
            vm.settingsChanged(99, "light");
            assertThat(vm.autoLockMinutesProperty().get()).isEqualTo(15);
        }
    }

    @Test
    void workersSeeNoManagerSections() {
        try (Logbook manager = TestLogbooks.create(dir)) {
            manager.accounts().add("worker1", org.helplinelogbook.domain.Role.WORKER, "worker password".toCharArray());
        }
        try (Logbook worker = LogbookOpening.open(dir, "worker1", "worker password".toCharArray())) {
            var vm = new MainViewModel(worker, new DirectTaskRunner(), clock);
            assertThat(vm.sections()).containsExactly(Section.NEW_CONTACT, Section.CONTACT_LOG);
            assertThat(vm.signedInProperty().get()).isEqualTo("Signed in as worker1 (Helpline worker)");
        }
    }
}
