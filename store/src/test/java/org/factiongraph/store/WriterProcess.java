package org.factiongraph.store;

import java.nio.file.Path;
import org.factiongraph.model.Document;

/**
 * A separate process for {@code ConcurrencyTest}: opens the store given as first argument and saves documents
 * named {@code <prefix>_<i>.txt} and {@code shared_<i>.txt}; prints how many of them were new.
 */
public final class WriterProcess {
    private WriterProcess() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        String prefix = args[1];
        int n = Integer.parseInt(args[2]);
        int saved = 0;
        try (ClaimStore store = ClaimStore.openSqlite(db)) {
            for (int i = 0; i < n; i++) {
                for (String name : new String[] {prefix + "_" + i + ".txt", "shared_" + i + ".txt"}) {
                    Document doc = Fixtures.document(name, Fixtures.TEXT);
                    if (store.saveDocument(doc, Fixtures.entities(), Fixtures.claims(doc)) == SaveOutcome.NEW) {
                        saved++;
                    }
                }
            }
        }
        System.out.println("saved=" + saved);
    }
}
