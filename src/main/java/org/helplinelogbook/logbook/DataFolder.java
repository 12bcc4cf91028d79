package org.helplinelogbook.logbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.helplinelogbook.security.KeySlotFile;
import org.helplinelogbook.storage.ConnectionProfile;
import org.helplinelogbook.storage.Database;
import org.helplinelogbook.storage.OwnerOnlyFiles;

/**
 * Where a logbook lives: {@code --data DIR}, else env {@code LOGBOOK_DATA}, else the folder last opened after a
 * restore (remembered in a one-line file in the person's settings folder, as long as it still holds a logbook),
 * else the operating system's convention. The remembered file holds a folder path and nothing else.
 *
 * <p>Also what a data folder holds, asked without opening anything: a logbook or not, a desk of a shared logbook or
 * a single-desk file, its size, whether the desk's database password is kept.
 */
public final class DataFolder {

    public static final String ENV = "LOGBOOK_DATA";
    static final String REMEMBERED_FILE = "logbook-folder.txt";

    private DataFolder() {}

    public static Path resolve(String option) {
        return resolve(option, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    static Path resolve(String option, Map<String, String> env, String osName, String home) {
        if (option != null && !option.isBlank()) {
            return Path.of(option).toAbsolutePath();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        Path remembered = remembered(rememberedFile(env, osName, home));
        return remembered != null ? remembered : conventional(env, osName, home);
    }

    /**
     * From now on, open the logbook in {@code dir} when no folder is given (after "Open the restored logbook").
     * Written atomically; remembering the conventional folder removes the note.
     */
    public static void remember(Path dir) throws IOException {
        remember(dir, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    static void remember(Path dir, Map<String, String> env, String osName, String home) throws IOException {
        Path file = rememberedFile(env, osName, home);
        Path absolute = dir.toAbsolutePath().normalize();
        if (absolute.equals(conventional(env, osName, home).toAbsolutePath().normalize())) {
            Files.deleteIfExists(file);
            return;
        }
        ensureExists(file.getParent());
        Path part = file.resolveSibling(REMEMBERED_FILE + ".part");
        Files.writeString(part, absolute + "\n", StandardCharsets.UTF_8);
        Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The remembered folder, if the note exists and the folder still holds a logbook; a bad note is ignored. */
    private static Path remembered(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            String line = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (line.isEmpty()) {
                return null;
            }
            Path dir = Path.of(line).toAbsolutePath();
            return holdsLogbook(dir) ? dir : null;
        } catch (IOException | RuntimeException e) {
            return null; // unreadable or not a path: fall back to the usual folder
        }
    }

    /** The person's settings folder for the app, beside (never inside) the data folder. */
    static Path rememberedFile(Map<String, String> env, String osName, String home) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        Path dir;
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            dir = (local != null && !local.isBlank() ? Path.of(local) : Path.of(home, "AppData", "Local"))
                    .resolve("Helpline Logbook");
        } else if (os.contains("mac")) {
            dir = Path.of(home, "Library", "Preferences", "Helpline Logbook");
        } else {
            String xdg = env.get("XDG_CONFIG_HOME");
            dir = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".config")).resolve("helpline-logbook");
        }
        return dir.resolve(REMEMBERED_FILE);
    }

    private static Path conventional(Map<String, String> env, String osName, String home) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("Helpline Logbook");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Helpline Logbook");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("helpline-logbook");
    }

    /** Whether {@code dataDir} holds a logbook (a single-desk one, or a desk of a shared one), even a damaged one. */
    public static boolean holdsLogbook(Path dataDir) {
        return KeySlotFile.exists(dataDir) || Database.existsIn(dataDir) || ConnectionProfile.existsIn(dataDir);
    }

    /**
     * The size in bytes of the logbook file in {@code dataDir}, or -1 for a desk of a shared logbook (its data is on
     * the server) or when there is no readable file.
     */
    public static long logbookFileSize(Path dataDir) {
        if (isSharedDesk(dataDir)) {
            return -1;
        }
        try {
            return Files.size(logbookFile(dataDir));
        } catch (IOException e) {
            return -1;
        }
    }

    /** The logbook file of a single-desk logbook in {@code dataDir} (for messages; it may not exist). */
    public static Path logbookFile(Path dataDir) {
        return Database.h2File(dataDir);
    }

    /** Whether {@code dataDir} is a desk of a logbook shared on a server ({@code server.json}). */
    public static boolean isSharedDesk(Path dataDir) {
        return ConnectionProfile.existsIn(dataDir);
    }

    /** Whether this desk of a shared logbook has its database password kept (so sign-in need not ask for it). */
    public static boolean deskPasswordKept(Path dataDir) {
        if (!isSharedDesk(dataDir)) {
            return true;
        }
        try {
            var profile = ConnectionProfile.load(dataDir.resolve(ConnectionProfile.FILE_NAME));
            char[] kept = SharedLogbook.passwordStore(dataDir, profile).load().orElse(null);
            if (kept == null) {
                return System.getenv(SharedLogbook.DB_PASSWORD_ENV) != null;
            }
            Arrays.fill(kept, '\0');
            return true;
        } catch (IllegalArgumentException e) {
            return true; // a damaged profile is reported by the sign-in itself
        }
    }

    /** Creates the folder if needed, readable by its owner only where the file system supports POSIX permissions. */
    public static void ensureExists(Path dir) throws IOException {
        OwnerOnlyFiles.createFolder(dir);
    }
}
