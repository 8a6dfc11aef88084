package org.factiongraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.factiongraph.store.ClaimStore;
import org.factiongraph.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code factiongraph backup FILE}: a consistent copy of the store, taken with SQLite's online backup while the
 * store may be in use, written atomically as one self-contained file.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Copy the whole store to FILE with SQLite's online backup; the store may be in use.",
                "FILE is written atomically (an existing FILE is replaced). Restore it with 'factiongraph restore'."})
final class BackupCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "FILE", description = "Where to write the backup.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ClaimStore s = store.openExisting()) {
            s.backup(file);
            StoreStats st = s.stats();
            out.println("backed up " + store.db + " to " + file + " (" + st.documents() + " documents, "
                    + st.entities() + " entities, " + st.claims() + " claims)");
            out.flush();
            return 0;
        }
    }
}
