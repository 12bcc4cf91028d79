package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    @TempDir
    Path tmp;

    @Test
    void optionWinsOverEnvironmentAndDefault() {
        assertThat(DataFolder.resolve("/srv/logbook", Map.of(DataFolder.ENV, "/env/logbook"), "Linux", "/home/a"))
                .isEqualTo(Path.of("/srv/logbook"));
        assertThat(DataFolder.resolve(null, Map.of(DataFolder.ENV, "/env/logbook"), "Linux", "/home/a"))
                .isEqualTo(Path.of("/env/logbook"));
    }

    @Test
    void followsEachOperatingSystemsConvention() {
        assertThat(DataFolder.resolve(null, Map.of(), "Linux", "/home/a"))
                .isEqualTo(Path.of("/home/a/.local/share/helpline-logbook"));
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/x/data"), "Linux", "/home/a"))
                .isEqualTo(Path.of("/x/data/helpline-logbook"));
        assertThat(DataFolder.resolve(null, Map.of(), "Mac OS X", "/Users/a"))
                .isEqualTo(Path.of("/Users/a/Library/Application Support/Helpline Logbook"));
        assertThat(DataFolder.resolve(null, Map.of("APPDATA", "/c/Users/a/AppData/Roaming"), "Windows 11", "/c/Users/a"))
                .isEqualTo(Path.of("/c/Users/a/AppData/Roaming/Helpline Logbook"));
    }

    @Test
    void createsTheFolderOwnerOnly() throws Exception {
        Path dir = tmp.resolve("a/b/logbook");
        DataFolder.ensureExists(dir);
        assertThat(Files.isDirectory(dir)).isTrue();
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        }
    }
}
