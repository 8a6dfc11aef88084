package org.factiongraph.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code factiongraph} command. Exit codes: 0 success, 1 bad input (a missing file, a batch with failures,
 * an unknown entity), 2 usage error. Errors are one line on stderr; {@code --verbose} adds the stack trace.
 */
@Command(name = "factiongraph",
        mixinStandardHelpOptions = true,
        version = "FactionGraph 0.1.0",
        description = "Turns documents about armed conflict into a time-aware, sourced map of armed groups.",
        subcommands = {
                IngestCommand.class, ExtractCommand.class, DocumentsCommand.class, EntitiesCommand.class,
                ShowCommand.class, ExportCommand.class, EvalCommand.class, BenchCommand.class, ServeCommand.class,
                GraphCommands.NetworkCommand.class, GraphCommands.RosterCommand.class,
                GraphCommands.TimelineCommand.class, GraphCommands.LineageCommand.class,
                GraphCommands.PathCommand.class, GraphCommands.ChangesCommand.class,
                GraphCommands.ConflictsCommand.class,
                ReviewCommand.class, MergeCommand.class, UnmergeCommand.class, AuditCommand.class,
                BackupCommand.class, RestoreCommand.class, UsersCommand.class, TokensCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    /** Exit code for bad input: a missing file, a batch with failures, an unknown name. */
    public static final int BAD_INPUT = 1;
    /** Exit code for a usage error: an unknown command or option. */
    public static final int USAGE = 2;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces with errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see --help)");
    }

    /** Builds the command line with FactionGraph's error handling; used by {@link #main} and by tests. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(t -> t instanceof CliException ce ? ce.exitCode() : BAD_INPUT);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("factiongraph: " + oneLine(ex.getMessage()));
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            c.getErr().flush();
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            c.getErr().println("factiongraph: error: " + describe(ex));
            if (verbose(c.getCommandSpec())) {
                ex.printStackTrace(c.getErr());
            }
            c.getErr().flush();
            return ex instanceof CliException ce ? ce.exitCode() : BAD_INPUT;
        });
        return cl;
    }

    /** Whether {@code --verbose} was given to this command or to one it is a subcommand of. */
    static boolean verbose(CommandLine.Model.CommandSpec spec) {
        for (CommandLine.Model.CommandSpec c = spec; c != null; c = c.parent()) {
            CommandLine.Model.OptionSpec o = c.findOption("--verbose");
            if (o != null && Boolean.TRUE.equals(o.getValue())) {
                return true;
            }
        }
        return false;
    }

    static String describe(Throwable ex) {
        if (ex instanceof CliException) {
            return oneLine(ex.getMessage());
        }
        if (ex instanceof OutOfMemoryError) {
            return "out of memory (raise -Xmx with FACTIONGRAPH_JAVA_OPTS)";
        }
        String msg = ex.getMessage();
        return msg == null || msg.isBlank() ? ex.getClass().getSimpleName() : oneLine(msg);
    }

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String first = s.strip().lines().findFirst().orElse("");
        return first.length() > 300 ? first.substring(0, 300) + "…" : first;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
