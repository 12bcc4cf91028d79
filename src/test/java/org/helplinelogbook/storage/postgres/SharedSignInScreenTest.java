package org.helplinelogbook.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.helplinelogbook.logbook.DataFolder;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.security.DeskPasswordStore;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.helplinelogbook.ui.login.LoginViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The desktop's sign-in on a joined desk: only the person's password, unless the desk password is missing. */
@ExtendWith(PostgresServer.class)
class SharedSignInScreenTest {

    @TempDir
    Path dir;

    @Test
    void aJoinedDeskSignsInWithTheStaffPasswordAloneAndAsksForAMissingDeskPasswordOnce(PostgresServer pg)
            throws Exception {
        var shared = new SharedFixture(pg, dir, 1);
        Path desk = shared.deskDirs[0];
        AtomicReference<Logbook> signedIn = new AtomicReference<>();

        var vm = new LoginViewModel(desk, new DirectTaskRunner(), Clock.systemUTC(), signedIn::set);
        assertThat(vm.needsDeskPasswordProperty().get()).isFalse();
        vm.usernameProperty().set(SharedFixture.MANAGER);
        vm.signIn(SharedFixture.MANAGER_PASSWORD.clone());
        assertThat(signedIn.get()).as(vm.status().messageProperty().get()).isNotNull();
        signedIn.getAndSet(null).close();

        Files.delete(desk.resolve(DeskPasswordStore.FILE_NAME)); // e.g. a desk joined before passwords were kept
        vm = new LoginViewModel(desk, new DirectTaskRunner(), Clock.systemUTC(), signedIn::set);
        assertThat(vm.needsDeskPasswordProperty().get()).isTrue();
        vm.usernameProperty().set(SharedFixture.MANAGER);
        vm.signIn(SharedFixture.MANAGER_PASSWORD.clone(), "not the desk password".toCharArray());
        assertThat(signedIn.get()).isNull();
        assertThat(vm.status().messageProperty().get()).contains("refused");
        assertThat(vm.waitSecondsProperty().get()).isZero();
        vm.signIn(SharedFixture.MANAGER_PASSWORD.clone(), shared.server.desk(0).password().clone());
        assertThat(signedIn.get()).as(vm.status().messageProperty().get()).isNotNull();
        assertThat(vm.needsDeskPasswordProperty().get()).isFalse();
        signedIn.get().close();
        assertThat(DataFolder.deskPasswordKept(desk)).isTrue();
    }
}
