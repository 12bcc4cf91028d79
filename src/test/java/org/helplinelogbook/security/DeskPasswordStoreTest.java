package org.helplinelogbook.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk's database password: the private-file fallback (tests and CI have no system credential store). */
class DeskPasswordStoreTest {

    @TempDir
    Path dir;

    @Test
    void withoutASystemStoreThePasswordGoesToAFileOnlyItsOwnerCanRead() throws Exception {
        var store = new DeskPasswordStore(dir, "desk@server:5432/logbook"); // the real lookup: none here
        assertThat(store.load()).isEmpty();
        String where = store.save("düsk pässword 1".toCharArray());
        Path file = dir.resolve(DeskPasswordStore.FILE_NAME);
        assertThat(where).isEqualTo(file.toString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(new String(store.load().orElseThrow())).isEqualTo("düsk pässword 1");

        store.save("second one".toCharArray());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(new String(store.load().orElseThrow())).isEqualTo("second one");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly(DeskPasswordStore.FILE_NAME);

        store.forget();
        assertThat(store.load()).isEmpty();
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void aSystemStoreThatCannotBeReachedFailsGracefully() {
        // In a test run (no session bus) the lookup must answer "none" quickly rather than throw or hang.
        assertThat(DeskPasswordStore.systemKeyring()).isEmpty();
        System.setProperty(DeskPasswordStore.KEYRING_PROPERTY, "off");
        try {
            assertThat(DeskPasswordStore.systemKeyring()).isEmpty();
        } finally {
            System.clearProperty(DeskPasswordStore.KEYRING_PROPERTY);
        }
    }
}
