package org.factiongraph.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --user NAME} option of the commands that change the store: the analyst recorded in the audit log.
 * It defaults to the operating system's user name; it is not authenticated.
 */
public final class UserOption {

    @Option(names = "--user", paramLabel = "NAME",
            description = "Who is making the change, as recorded in the audit log (default: the OS user name).")
    String user;

    /** The acting user: {@code --user}, else the OS user name, else {@code unknown}. */
    String name() {
        String u = user != null && !user.isBlank() ? user : System.getProperty("user.name");
        return u == null || u.isBlank() ? "unknown" : u.strip();
    }
}
