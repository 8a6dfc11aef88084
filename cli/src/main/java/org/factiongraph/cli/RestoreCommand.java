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
 * {@code factiongraph restore FILE [--db TARGET]}: replaces the store at {@code --db} with a backup, after checking
 * that the backup is an intact FactionGraph store this program can read. The store must not be in use.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the store (--db) with the backup FILE made by 'factiongraph backup'.",
                "FILE must be an intact FactionGraph store no newer than this program; the store must be closed. "
                        + "The replacement is atomic: on any failure the store is left as it was."})
final class RestoreCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup to restore.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ClaimStore.restore(file, store.db);
        try (ClaimStore s = store.openExisting()) {
            StoreStats st = s.stats();
            out.println("restored " + store.db + " from " + file + " (" + st.documents() + " documents, "
                    + st.entities() + " entities, " + st.claims() + " claims, schema version "
                    + s.schemaVersion() + ")");
            out.flush();
            return 0;
        }
    }
}
