package org.factiongraph.cli;

import java.util.concurrent.Callable;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.Name;
import org.factiongraph.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factiongraph entities [--kind K]}: the entities claims refer to. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "List the entities in the store, optionally of one kind.")
final class EntitiesCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--kind", paramLabel = "K", description = "Only entities of this kind: armed_group, coalition, "
            + "operations_room, state, state_force, agency, party, person, place, ideology.")
    String kind;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        EntityKind k;
        try {
            k = kind == null ? null : EntityKind.parse(kind);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try (ClaimStore s = store.openExisting()) {
            Table t = new Table(60, "NAME", "KIND", "ID", "OTHER NAMES");
            for (Entity e : s.entities(k)) {
                StringBuilder names = new StringBuilder();
                for (Name n : e.names()) {
                    if (!n.text().equals(e.canonicalName())) {
                        names.append(names.length() == 0 ? "" : "; ").append(n.text());
                    }
                }
                t.row(e.canonicalName(), e.kind().wire(), e.id(), names);
            }
            t.print(spec.commandLine().getOut());
            spec.commandLine().getOut().println(t.size() + " entities");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
