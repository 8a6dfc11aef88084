package org.factiongraph.cli;

import java.util.concurrent.Callable;
import org.factiongraph.store.ClaimStore;
import org.factiongraph.store.DocumentSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factiongraph documents}: the documents in the store with their dates, sources and grades. */
@Command(name = "documents", mixinStandardHelpOptions = true,
        description = "List the documents in the store: name, title, publication date, publisher, grade, claims.")
final class DocumentsCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ClaimStore s = store.openExisting()) {
            Table t = new Table(48, "NAME", "TITLE", "PUBLISHED", "PUBLISHER", "GRADE", "FORMAT", "CLAIMS", "ID");
            for (DocumentSummary d : s.documents()) {
                t.row(d.name(), d.title(), d.published(), d.publisher(), d.grade(), d.format(), d.claimCount(),
                        d.id().substring(0, 12));
            }
            t.print(spec.commandLine().getOut());
            spec.commandLine().getOut().println(t.size() + " documents");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
