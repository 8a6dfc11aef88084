package org.factiongraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Entity;
import org.factiongraph.model.Name;
import org.factiongraph.model.NameNormalizer;
import org.factiongraph.model.Relation;
import org.factiongraph.store.ClaimQuery;
import org.factiongraph.store.ClaimStore;
import org.factiongraph.store.DocumentSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factiongraph show NAME}: one entity's names and its claims grouped by relation, with their sources. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show an entity: its names, and its claims grouped by relation with dates, evidence, "
                + "sources and grades.", "NAME may be any spelling of any of its names, or its id."})
final class ShowCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "NAME", description = "A name (any spelling) or an entity id.")
    String name;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ClaimStore s = store.openExisting()) {
            Entity e = resolve(s, name);
            out.println(e.canonicalName() + "  (" + e.kind().wire() + ", " + e.id() + ")");
            for (Name n : e.names()) {
                String period = (n.validFrom() == null ? "" : "from " + n.validFrom() + " ")
                        + (n.validTo() == null ? "" : "until " + n.validTo());
                out.println("  name: " + n.text() + (period.isEmpty() ? "" : "  [" + period.trim() + "]"));
            }
            Map<String, DocumentSummary> docs = new HashMap<>();
            for (DocumentSummary d : s.documents()) {
                docs.put(d.id(), d);
            }
            Map<Relation, List<Claim>> byRelation = new TreeMap<>();
            for (Claim c : s.claims(new ClaimQuery(e.id(), null, null, false, null))) {
                byRelation.computeIfAbsent(c.relation(), r -> new ArrayList<>()).add(c);
            }
            if (byRelation.isEmpty()) {
                out.println("  no claims");
            }
            for (var entry : byRelation.entrySet()) {
                out.println();
                out.println(entry.getKey().wire() + " (" + entry.getValue().size() + ")");
                for (Claim c : entry.getValue()) {
                    out.println("  " + describe(c, e.id()));
                    if (c.evidence() != null) {
                        DocumentSummary d = docs.get(c.evidence().documentId());
                        String src = c.evidence().documentName()
                                + (d == null || d.publisher() == null ? "" : ", " + d.publisher())
                                + (d == null || d.published() == null ? "" : ", " + d.published())
                                + (c.sourceGrade() == null ? "" : ", grade " + c.sourceGrade());
                        out.println("      \"" + Main.oneLine(c.evidence().sentence()) + "\"");
                        out.println("      — " + src + " [" + c.method() + ", confidence "
                                + String.format("%.2f", c.confidence()) + ", " + c.reviewStatus().wire() + "]");
                    }
                }
            }
            out.flush();
            return 0;
        }
    }

    private static String describe(Claim c, String self) {
        boolean subject = self.equals(c.subject().entityId());
        String other = c.object() == null ? "" : subject ? c.object().name() : "← " + c.subject().name();
        StringBuilder sb = new StringBuilder(other.isEmpty() ? "(" + c.relation().wire() + ")" : other);
        if (c.start() != null) {
            sb.append("  from ").append(c.start());
        }
        if (c.end() != null) {
            sb.append("  until ").append(c.end());
        }
        if (c.at() != null) {
            sb.append("  at ").append(c.at());
        }
        if (c.negated()) {
            sb.append("  [NEGATED]");
        }
        if (c.hedged()) {
            sb.append("  [hedged]");
        }
        return sb.toString();
    }

    /** Finds one entity by id, by any normalised name, or by a unique partial name; else a one-line error. */
    static Entity resolve(ClaimStore s, String name) {
        var byId = s.entity(name);
        if (byId.isPresent()) {
            return byId.get();
        }
        List<Entity> hits = s.findEntities(name);
        if (hits.isEmpty()) {
            String key = NameNormalizer.key(name);
            if (!key.isEmpty()) {
                for (Entity e : s.entities(null)) {
                    for (Name n : e.names()) {
                        if (NameNormalizer.key(n.text()).contains(key)) {
                            hits.add(e);
                            break;
                        }
                    }
                }
            }
        }
        if (hits.isEmpty()) {
            throw CliException.badInput("no entity named '" + name + "'");
        }
        if (hits.size() > 1) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < Math.min(5, hits.size()); i++) {
                sb.append(i == 0 ? "" : ", ").append(hits.get(i).canonicalName()).append(" (")
                        .append(hits.get(i).id()).append(')');
            }
            throw CliException.badInput("'" + name + "' names " + hits.size() + " entities: " + sb
                    + (hits.size() > 5 ? ", …" : "") + "; use an id");
        }
        return hits.get(0);
    }
}
