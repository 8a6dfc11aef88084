package org.factiongraph.cli;

/** A user-facing error: its message is printed as one line and the command exits with {@link #exitCode()}. */
public final class CliException extends RuntimeException {
    private final int exitCode;

    public CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public static CliException badInput(String message) {
        return new CliException(message, Main.BAD_INPUT);
    }

    public int exitCode() {
        return exitCode;
    }
}
