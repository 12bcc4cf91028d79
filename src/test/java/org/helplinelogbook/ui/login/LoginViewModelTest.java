package org.helplinelogbook.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookOpening;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.helplinelogbook.ui.common.MutableClock;
import org.helplinelogbook.ui.common.SignInDelay;
import org.helplinelogbook.ui.common.TestLogbooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginViewModelTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-04T10:15:00Z"));
    private final AtomicReference<Logbook> signedIn = new AtomicReference<>();
    private LoginViewModel vm;

    @BeforeEach
    void setUp() {
        TestLogbooks.create(dir).close();
        vm = new LoginViewModel(dir, new DirectTaskRunner(), clock, signedIn::set);
        vm.usernameProperty().set(TestLogbooks.MANAGER);
    }

    @AfterEach
    void tearDown() {
        if (signedIn.get() != null) {
            signedIn.get().close();
        }
    }

    @Test
    void delayGrowsAfterRepeatedFailures() {
        assertThat(SignInDelay.after(1)).isZero();
        assertThat(SignInDelay.after(2)).isZero();
        assertThat(SignInDelay.after(3)).isEqualTo(2);
        assertThat(SignInDelay.after(4)).isEqualTo(4);
        assertThat(SignInDelay.after(5)).isEqualTo(8);
        assertThat(SignInDelay.after(30)).isEqualTo(60);
    }

    @Test
    void wrongPasswordGetsACalmMessageThenACountdown() {
        vm.signIn("wrong password!".toCharArray());
        assertThat(vm.status().messageProperty().get()).isEqualTo("The username or password is not right.");
        assertThat(vm.inputsDisabledBinding().get()).isFalse();
        vm.signIn("wrong password!".toCharArray());
        vm.signIn("wrong password!".toCharArray());
        assertThat(vm.failures()).isEqualTo(3);
        assertThat(vm.waitSecondsProperty().get()).isEqualTo(2);
        assertThat(vm.inputsDisabledBinding().get()).isTrue();
        assertThat(vm.status().messageProperty().get()).isEqualTo("The username or password is not right. Please wait 2 s before trying again.");

        vm.signIn(TestLogbooks.PASSWORD.toCharArray());
        assertThat(signedIn.get()).as("ignored while waiting").isNull();

        clock.advance(Duration.ofSeconds(2));
        vm.tick();
        assertThat(vm.inputsDisabledBinding().get()).isFalse();
        vm.signIn(TestLogbooks.PASSWORD.toCharArray());
        assertThat(signedIn.get()).isNotNull();
        assertThat(vm.failures()).isZero();
    }

    @Test
    void passwordArrayIsWipedAfterAnAttempt() {
        char[] password = TestLogbooks.PASSWORD.toCharArray();
        vm.signIn(password);
        assertThat(new String(password)).isEqualTo("\0".repeat(TestLogbooks.PASSWORD.length()));
    }

    @Test
    void oneTimePasswordMustBeChangedFirst() {
        String oneTime;
        try (Logbook manager = LogbookOpening.open(dir, TestLogbooks.MANAGER, TestLogbooks.PASSWORD.toCharArray())) {
            manager.accounts().add("worker1", org.helplinelogbook.domain.Role.WORKER, "worker password".toCharArray());
            oneTime = manager.accounts().reset("worker1");
        }
        vm.usernameProperty().set("worker1");
        vm.signIn(oneTime.toCharArray());
        assertThat(vm.changingPasswordProperty().get()).isTrue();
        assertThat(signedIn.get()).isNull();

        vm.changePassword("short".toCharArray(), "short".toCharArray());
        assertThat(vm.status().messageProperty().get()).isEqualTo("A password needs at least 12 characters.");
        vm.changePassword("a brand new password".toCharArray(), "a brand new password".toCharArray());
        assertThat(signedIn.get()).isNotNull();
        assertThat(signedIn.get().mustChangePassword()).isFalse();
    }

    @Test
    void logbookInUseIsReportedCalmly() {
        try (Logbook other = LogbookOpening.open(dir, TestLogbooks.MANAGER, TestLogbooks.PASSWORD.toCharArray())) {
            vm.signIn(TestLogbooks.PASSWORD.toCharArray());
            assertThat(signedIn.get()).isNull();
            assertThat(vm.status().messageProperty().get()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(vm.failures()).isZero();
        }
    }
}
