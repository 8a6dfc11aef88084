package org.factiongraph.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.factiongraph.store.AccountException;
import org.factiongraph.store.PasswordHash;
import org.factiongraph.store.Role;
import picocli.CommandLine;

/** What the account commands share: the role converter and how a password is read (never from an argument). */
final class AccountOptions {

    private AccountOptions() {
    }

    /** {@code viewer}, {@code analyst} or {@code admin}, any case; anything else is a usage error. */
    static final class RoleConverter implements CommandLine.ITypeConverter<Role> {
        @Override
        public Role convert(String value) {
            try {
                return Role.parse(value);
            } catch (AccountException e) {
                throw new CommandLine.TypeConversionException("must be viewer, analyst or admin: " + value);
            }
        }
    }

    /**
     * A new password: the first line of standard input with {@code --password-stdin}, else asked twice on the
     * terminal without echo. Checked for length before anything is stored.
     */
    static String newPassword(boolean fromStdin, String user) {
        String pw;
        if (fromStdin) {
            try {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                pw = in.readLine();
            } catch (IOException e) {
                throw CliException.badInput("could not read the password from standard input: " + e.getMessage());
            }
            if (pw == null) {
                throw CliException.badInput("no password on standard input");
            }
            if (pw.endsWith("\r")) {
                pw = pw.substring(0, pw.length() - 1);
            }
        } else {
            Console c = System.console();
            if (c == null) {
                throw CliException.badInput("no terminal to ask for the password; pipe it in with --password-stdin");
            }
            char[] a = c.readPassword("New password for %s: ", user);
            char[] b = c.readPassword("Repeat it: ");
            if (a == null || b == null) {
                throw CliException.badInput("no password given");
            }
            try {
                if (!Arrays.equals(a, b)) {
                    throw CliException.badInput("the two passwords differ");
                }
                pw = new String(a);
            } finally {
                Arrays.fill(a, '\0');
                Arrays.fill(b, '\0');
            }
        }
        try {
            PasswordHash.checkNew(pw);
        } catch (AccountException e) {
            throw CliException.badInput(e.getMessage());
        }
        return pw;
    }
}
