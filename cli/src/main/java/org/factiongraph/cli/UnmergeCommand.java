package org.factiongraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.factiongraph.store.ClaimStore;
import org.factiongraph.store.MergeRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code factiongraph unmerge MERGE_ID [--reason R]}: undoes a merge; the store then reads exactly as before it.
 * The merge stays in the history ({@code factiongraph audit}).
 */
@Command(name = "unmerge", mixinStandardHelpOptions = true,
        description = {"Undo a merge made with 'factiongraph merge': both entities read as before the merge.",
                "The merge and its undo stay recorded."})
final class UnmergeCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Mixin
    UserOption user;

    @Parameters(index = "0", paramLabel = "MERGE_ID", description = "The id 'factiongraph merge' printed.")
    long mergeId;

    @Option(names = "--reason", paramLabel = "R", description = "Why: recorded with the undo and in the audit log.")
    String reason;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ClaimStore s = store.openExisting()) {
            s.unmerge(mergeId, user.name(), reason);
            MergeRecord r = s.merges().stream().filter(m -> m.id() == mergeId).findFirst().orElseThrow();
            out.println("merge " + r.id() + " undone: " + r.mergedId() + " is separate from " + r.keptId() + " again");
            out.flush();
            return 0;
        }
    }
}
