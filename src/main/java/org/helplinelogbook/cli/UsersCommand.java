package org.helplinelogbook.cli;

import java.util.Arrays;
import java.util.Locale;
import org.helplinelogbook.domain.Role;
import org.helplinelogbook.domain.StaffAccount;
import org.helplinelogbook.logbook.Logbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "users", description = "Manage staff accounts (managers only).",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Disable.class, UsersCommand.Reset.class,
                UsersCommand.NewRecoveryKey.class})
final class UsersCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Say add, list, disable, reset or recovery-key.");
    }

    @Command(name = "add", description = "Add an account; its password comes from $LOGBOOK_NEW_PASSWORD or a prompt.")
    static final class Add extends LogbookCommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--role", required = true, paramLabel = "worker|manager")
        String role;

        @Override
        public Integer call() {
            Role parsed;
            try {
                parsed = Role.fromCode(role.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--role must be worker or manager");
            }
            try (Logbook logbook = options.open(false)) {
                logbook.actor().requireManager("add staff accounts");
                char[] password = Passwords.newPassword("Password for " + name + ": ");
                try {
                    logbook.accounts().add(name, parsed, password);
                } finally {
                    Arrays.fill(password, '\0');
                }
                spec.commandLine().getOut().println("Added " + parsed.code() + " account " + name + ".");
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List staff accounts.")
    static final class ListUsers extends LogbookCommand {
        @Override
        public Integer call() {
            try (Logbook logbook = options.open(false)) {
                var out = spec.commandLine().getOut();
                out.println("username,role,status");
                for (StaffAccount a : logbook.accounts().list()) {
                    String status = !a.active() ? "disabled" : a.mustChangePassword() ? "must_change_password" : "active";
                    out.println(a.username() + "," + a.role().code() + "," + status);
                }
            }
            return 0;
        }
    }

    @Command(name = "disable", description = "Disable an account: its password stops opening the logbook.")
    static final class Disable extends LogbookCommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            try (Logbook logbook = options.open(false)) {
                logbook.accounts().disable(name);
                spec.commandLine().getOut().println("Disabled account " + name + ".");
            }
            return 0;
        }
    }

    @Command(name = "reset", description = "Issue a one-time password, to be changed at next sign-in.")
    static final class Reset extends LogbookCommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            try (Logbook logbook = options.open(false)) {
                String oneTime = logbook.accounts().reset(name);
                var out = spec.commandLine().getOut();
                out.println("One-time password for " + name + " (they must change it when they next sign in):");
                out.println(oneTime);
            }
            return 0;
        }
    }

    @Command(name = "recovery-key", description = "Make a new recovery key (the old printed one stops working).")
    static final class NewRecoveryKey extends LogbookCommand {
        @Override
        public Integer call() {
            try (Logbook logbook = options.open(false)) {
                String key = logbook.accounts().replaceRecoveryKey();
                var out = spec.commandLine().getOut();
                out.println("New recovery key. Print it, keep it in the safe, and destroy the old sheet:");
                out.println(key);
            }
            return 0;
        }
    }
}
