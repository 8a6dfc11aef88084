package org.factiongraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.factiongraph.store.ApiToken;
import org.factiongraph.store.ClaimStore;
import org.factiongraph.store.NewApiToken;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code factiongraph tokens create|list|revoke}: API tokens for scripts, sent as {@code Authorization: Bearer
 * TOKEN}. A token acts with its user's current role; only its hash is stored, so it is printed once, at creation.
 */
@Command(name = "tokens", mixinStandardHelpOptions = true,
        description = {"Manage API tokens: scripts send one as 'Authorization: Bearer TOKEN' and act as its user.",
                "The token is printed once, when created; the store keeps only its hash."},
        subcommands = {TokensCommand.Create.class, TokensCommand.ListTokens.class, TokensCommand.Revoke.class})
final class TokensCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required: create, list or revoke (see --help)");
    }

    /** {@code tokens create --user NAME [--label L]}. */
    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a token for a user and print it (on standard output, alone on its line).")
    static final class Create implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Option(names = "--user", required = true, paramLabel = "NAME", description = "The token's user.")
        String user;
        @Option(names = "--label", paramLabel = "L", description = "What it is for, shown by 'tokens list'.")
        String label;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ClaimStore s = store.openExisting()) {
                NewApiToken t = UsersCommand.run(() -> s.accounts().createToken(user, label));
                spec.commandLine().getOut().println(t.secret());
                spec.commandLine().getErr().println("token " + t.token().id() + " created for " + t.token().user()
                        + "; it is shown only this once");
                return 0;
            }
        }
    }

    /** {@code tokens list [--user NAME]}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List tokens (never their secrets).")
    static final class ListTokens implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Option(names = "--user", paramLabel = "NAME", description = "Only this user's tokens.")
        String user;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ClaimStore s = store.openExisting()) {
                PrintWriter out = spec.commandLine().getOut();
                if (user != null && s.accounts().user(user).isEmpty()) {
                    throw CliException.badInput("no user named " + user);
                }
                Table t = new Table(60, "ID", "USER", "LABEL", "CREATED", "REVOKED");
                for (ApiToken k : s.accounts().tokens(user)) {
                    t.row(k.id(), k.user(), k.label(), k.createdAt(), k.revokedAt() == null ? "" : k.revokedAt());
                }
                if (t.size() == 0) {
                    out.println("no tokens");
                } else {
                    t.print(out);
                }
                return 0;
            }
        }
    }

    /** {@code tokens revoke ID}. */
    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token: it stops working at once.")
    static final class Revoke implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Parameters(index = "0", paramLabel = "ID", description = "The token's id (see 'tokens list').")
        long id;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ClaimStore s = store.openExisting()) {
                boolean changed = UsersCommand.run(() -> s.accounts().revokeToken(id));
                spec.commandLine().getOut().println(changed ? "revoked token " + id
                        : "token " + id + " was already revoked");
                return 0;
            }
        }
    }
}
