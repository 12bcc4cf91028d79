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

    @Test
    void aRestoredFolderIsOpenedFromThenOnWhileItHoldsALogbook() throws Exception {
        String home = tmp.resolve("home").toString();
        Map<String, String> env = Map.of();
        Path usual = DataFolder.resolve(null, env, "Linux", home);
        Path restored = tmp.resolve("restored");
        Files.createDirectories(restored);
        Files.writeString(restored.resolve("keyslots.json"), "{}");

        DataFolder.remember(restored, env, "Linux", home);

        assertThat(DataFolder.rememberedFile(env, "Linux", home))
                .isEqualTo(Path.of(home, ".config", "helpline-logbook", "logbook-folder.txt"))
                .content().isEqualToIgnoringNewLines(restored.toAbsolutePath().toString());
        assertThat(DataFolder.resolve(null, env, "Linux", home)).isEqualTo(restored.toAbsolutePath());
        assertThat(DataFolder.resolve("/srv/other", env, "Linux", home)).as("--data still wins")
                .isEqualTo(Path.of("/srv/other"));
        assertThat(DataFolder.resolve(null, Map.of(DataFolder.ENV, "/env/lb"), "Linux", home))
                .as("LOGBOOK_DATA still wins").isEqualTo(Path.of("/env/lb"));

        Files.delete(restored.resolve("keyslots.json"));
        assertThat(DataFolder.resolve(null, env, "Linux", home)).as("a folder with no logbook any more is ignored")
                .isEqualTo(usual);
    }

    @Test
    void goingBackToTheUsualFolderForgetsTheNoteAndABadNoteIsIgnored() throws Exception {
        String home = tmp.resolve("home").toString();
        Map<String, String> env = Map.of();
        Path usual = DataFolder.resolve(null, env, "Linux", home);
        Path note = DataFolder.rememberedFile(env, "Linux", home);
        Files.createDirectories(note.getParent());
        Files.writeString(note, "\u0000 not a path\n");
        assertThat(DataFolder.resolve(null, env, "Linux", home)).isEqualTo(usual);

        DataFolder.remember(usual, env, "Linux", home);
        assertThat(note).doesNotExist();
    }

    @Test
    void theNoteLivesInEachSystemsSettingsFolderNotInTheDataFolder() {
        assertThat(DataFolder.rememberedFile(Map.of("LOCALAPPDATA", "/c/Users/a/AppData/Local"), "Windows 11", "/c/Users/a"))
                .isEqualTo(Path.of("/c/Users/a/AppData/Local/Helpline Logbook/logbook-folder.txt"));
        assertThat(DataFolder.rememberedFile(Map.of(), "Mac OS X", "/Users/a"))
                .isEqualTo(Path.of("/Users/a/Library/Preferences/Helpline Logbook/logbook-folder.txt"));
        assertThat(DataFolder.rememberedFile(Map.of("XDG_CONFIG_HOME", "/x/config"), "Linux", "/home/a"))
                .isEqualTo(Path.of("/x/config/helpline-logbook/logbook-folder.txt"));
    }
}
