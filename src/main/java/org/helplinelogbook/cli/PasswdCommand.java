package org.helplinelogbook.cli;

import java.util.Arrays;
import org.helplinelogbook.logbook.Logbook;
import picocli.CommandLine.Command;

@Command(name = "passwd", description = "Change your own password (new one from $LOGBOOK_NEW_PASSWORD or a prompt).")
final class PasswdCommand extends LogbookCommand {

    @Override
    public Integer call() {
        try (Logbook logbook = options.open(true)) {
            char[] password = Passwords.newPassword("New password: ");
            try {
                logbook.accounts().changeOwnPassword(password);
            } finally {
                Arrays.fill(password, '\0');
            }
            spec.commandLine().getOut().println("Password changed.");
        }
        return 0;
    }
}
