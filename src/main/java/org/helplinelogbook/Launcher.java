package org.helplinelogbook;

import org.helplinelogbook.cli.Cli;
import org.helplinelogbook.logbook.DataFolder;
import org.helplinelogbook.ui.DesktopApp;

/**
 * Entry point of the jar. With no subcommand (or only {@code --data DIR}) it opens the desktop app; with a
 * subcommand it runs the CLI, which needs no display. A plain class, not a JavaFX Application, so the app runs
 * from the classpath without JavaFX modules declared.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        // Logs go to the logbook's own folder; set before the first logger is created.
        if (System.getProperty("helplinelogbook.logdir") == null) {
            System.setProperty("helplinelogbook.logdir",
                    DataFolder.resolve(dataOption(args)).resolve("logs").toString());
        }
        if (isDesktop(args)) {
            DesktopApp.launchWith(args);
            return;
        }
        System.exit(Cli.run(args));
    }

    static String dataOption(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--data=")) {
                return args[i].substring("--data=".length());
            }
        }
        return null;
    }

    static boolean isDesktop(String[] args) {
        if (args.length == 0) {
            return true;
        }
        return args.length == 2 && args[0].equals("--data") || args.length == 1 && args[0].startsWith("--data=");
    }
}
