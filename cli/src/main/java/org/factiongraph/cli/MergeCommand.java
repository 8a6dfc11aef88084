package org.factiongraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.factiongraph.model.Entity;
import org.factiongraph.store.ClaimStore;
import org.factiongraph.store.MergeRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code factiongraph merge A B [--as NAME] [--reason R]}: records that B names the same entity as A. No claim is
 * rewritten; reads resolve B to A until the merge is undone with {@code factiongraph unmerge}. Prints the merge id.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merge entity B into entity A: B's names and claims are read as A's from now on.",
                "Nothing is rewritten; 'factiongraph unmerge MERGE_ID' undoes it. A and B may be any spelling of "
                        + "a name, or an id. Prints the merge id."})
final class MergeCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Mixin
    UserOption user;

    @Parameters(index = "0", paramLabel = "A", description = "The entity that survives (a name or an id).")
    String keep;

    @Parameters(index = "1", paramLabel = "B", description = "The entity merged into A (a name or an id).")
    String merged;

    @Option(names = "--as", paramLabel = "NAME",
            description = "Show the surviving entity under this canonical name while the merge holds.")
    String as;

    @Option(names = "--reason", paramLabel = "R", description = "Why: recorded with the merge and in the audit log.")
    String reason;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ClaimStore s = store.openExisting()) {
            Entity a = ShowCommand.resolve(s, keep);
            Entity b = ShowCommand.resolve(s, merged);
            if (a.id().equals(b.id())) {
                throw CliException.badInput("'" + keep + "' and '" + merged + "' are already the same entity: "
                        + a.canonicalName() + " (" + a.id() + ")");
            }
            MergeRecord r = s.merge(a.id(), b.id(), as, user.name(), reason);
            out.println("merge " + r.id() + ": " + b.canonicalName() + " (" + b.id() + ") merged into "
                    + a.canonicalName() + " (" + a.id() + ")"
                    + (r.canonicalName() == null ? "" : ", shown as " + r.canonicalName()));
            out.flush();
            return 0;
        }
    }
}
