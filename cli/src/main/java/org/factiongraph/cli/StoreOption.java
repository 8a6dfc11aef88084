package org.factiongraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.factiongraph.store.ClaimStore;
import picocli.CommandLine.Option;

/** The {@code --db PATH} option every command that touches the store takes. */
public final class StoreOption {

    @Option(names = "--db", paramLabel = "PATH", defaultValue = "factiongraph.db",
            description = "The store: an SQLite file (default: ${DEFAULT-VALUE}).")
    Path db;

    /** Opens (creating and migrating if needed) the store for writing. */
    ClaimStore openForWrite() {
        Path parent = db.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw CliException.badInput("cannot create the store " + db + ": folder " + parent + " does not exist");
        }
        return ClaimStore.openSqlite(db);
    }

    /** Opens an existing store for reading; a missing file is bad input rather than a new empty store. */
    ClaimStore openExisting() {
        if (!Files.isRegularFile(db)) {
            throw CliException.badInput("no store at " + db + " (run 'factiongraph ingest --db " + db
                    + " PATH...' first)");
        }
        return ClaimStore.openSqlite(db);
    }
}
