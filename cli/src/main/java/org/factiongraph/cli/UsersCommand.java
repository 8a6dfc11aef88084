package org.factiongraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.factiongraph.store.AccountException;
import org.factiongraph.store.ClaimStore;
import org.factiongraph.store.Role;
import org.factiongraph.store.User;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code factiongraph users add|list|remove|role|passwd}: the accounts that log in to the web UI and the REST API.
 * Passwords are read from standard input ({@code --password-stdin}) or asked on the terminal, never taken as an
 * argument (arguments show in process lists and shell history).
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"Manage the accounts of the web UI and REST API: viewer (reads), analyst (also changes "
                + "data), admin (also manages users).",
                "'serve --public' needs at least one admin."},
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Remove.class,
                UsersCommand.SetRole.class, UsersCommand.Passwd.class})
final class UsersCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required: add, list, remove, role or passwd (see --help)");
    }

    /** {@code users add NAME --role ROLE [--password-stdin]}. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user.")
    static final class Add implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Parameters(index = "0", paramLabel = "NAME", description = "1-64 letters, digits, '.', '_', '@', '-'.")
        String name;
        @Option(names = "--role", required = true, paramLabel = "ROLE", converter = AccountOptions.RoleConverter.class,
                description = "viewer, analyst or admin.")
        Role role;
        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input "
                + "(else it is asked on the terminal).")
        boolean passwordStdin;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ClaimStore s = store.openForWrite()) {
                if (s.accounts().user(name).isPresent()) {
                    throw CliException.badInput("a user named " + name + " already exists");
                }
                String pw = AccountOptions.newPassword(passwordStdin, name);
                User u = run(() -> s.accounts().addUser(name, role, pw));
                spec.commandLine().getOut().println("added " + u.name() + " (" + u.role().wire() + ")");
                return 0;
            }
        }
    }

    /** {@code users list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users and their roles.")
    static final class ListUsers implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ClaimStore s = store.openExisting()) {
                PrintWriter out = spec.commandLine().getOut();
                Table t = new Table(60, "NAME", "ROLE", "CREATED");
                for (User u : s.accounts().users()) {
                    t.row(u.name(), u.role().wire(), u.createdAt());
                }
                if (t.size() == 0) {
                    out.println("no users (add one with: factiongraph users add NAME --role admin)");
                } else {
                    t.print(out);
                }
                return 0;
            }
        }
    }

    /** {@code users remove NAME}. */
    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove a user with their sessions and API tokens (never the last admin).")
    static final class Remove implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ClaimStore s = store.openExisting()) {
                run(() -> {
                    s.accounts().removeUser(name);
                    return null;
                });
                spec.commandLine().getOut().println("removed " + name);
                return 0;
            }
        }
    }

    /** {@code users role NAME ROLE}. */
    @Command(name = "role", mixinStandardHelpOptions = true,
            description = "Change a user's role (effective on their next request).")
    static final class SetRole implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Parameters(index = "1", paramLabel = "ROLE", converter = AccountOptions.RoleConverter.class,
                description = "viewer, analyst or admin.")
        Role role;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ClaimStore s = store.openExisting()) {
                User u = run(() -> s.accounts().changeRole(name, role));
                spec.commandLine().getOut().println(u.name() + " is now " + u.role().wire());
                return 0;
            }
        }
    }

    /** {@code users passwd NAME [--password-stdin]}. */
    @Command(name = "passwd", mixinStandardHelpOptions = true,
            description = "Set a new password for a user; their logins (sessions) end, their API tokens stay.")
    static final class Passwd implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input "
                + "(else it is asked on the terminal).")
        boolean passwordStdin;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ClaimStore s = store.openExisting()) {
                if (s.accounts().user(name).isEmpty()) {
                    throw CliException.badInput("no user named " + name);
                }
                String pw = AccountOptions.newPassword(passwordStdin, name);
                run(() -> {
                    s.accounts().changePassword(name, pw);
                    return null;
                });
                spec.commandLine().getOut().println("password of " + name + " changed; their sessions ended");
                return 0;
            }
        }
    }

    /** Runs an account operation; a refusal becomes a one-line bad-input error. */
    static <T> T run(java.util.function.Supplier<T> op) {
        try {
            return op.get();
        } catch (AccountException e) {
            throw CliException.badInput(e.getMessage());
        }
    }
}
