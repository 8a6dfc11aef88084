package org.factiongraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.factiongraph.graph.Change;
import org.factiongraph.graph.Contradiction;
import org.factiongraph.graph.Fact;
import org.factiongraph.graph.GraphPath;
import org.factiongraph.graph.KnowledgeGraph;
import org.factiongraph.graph.Lineage;
import org.factiongraph.graph.NetworkSnapshot;
import org.factiongraph.graph.RosterEntry;
import org.factiongraph.graph.TimelineEvent;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Relation;
import org.factiongraph.store.ClaimStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The time-aware queries over the store's knowledge graph: network, roster, timeline, lineage, path, changes and
 * conflicts. Each loads the store into a {@link KnowledgeGraph} and prints a table or JSON.
 */
final class GraphCommands {
    private GraphCommands() {
    }

    enum Format { table, json }

    /** What every graph query shares: the store, the output format, and name resolution. */
    abstract static class Query implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
        Format format;

        @Spec
        CommandSpec spec;

        ClaimStore openStore;
        KnowledgeGraph graph;

        @Override
        public final Integer call() {
            try (ClaimStore s = store.openExisting()) {
                openStore = s;
                graph = GraphLoader.load(s);
                return run(spec.commandLine().getOut());
            }
        }

        abstract Integer run(PrintWriter out);

        Entity resolve(String name) {
            return ShowCommand.resolve(openStore, name);
        }

        String name(String id) {
            return id == null ? "" : graph.entity(id).map(Entity::canonicalName).orElse(id);
        }

        static String evidence(List<Claim> claims) {
            if (claims.isEmpty() || claims.get(0).evidence() == null) {
                return "";
            }
            Claim c = claims.get(0);
            return c.evidence().documentName() + ": " + Main.oneLine(c.evidence().sentence())
                    + (claims.size() > 1 ? " (+" + (claims.size() - 1) + ")" : "");
        }

        static String period(PartialDate from, PartialDate until) {
            return (from == null ? "…" : from.toString()) + " – " + (until == null ? "…" : until.toString());
        }
    }

    @Command(name = "network", mixinStandardHelpOptions = true,
            description = "The entities alive at a date and the relations holding between them then.")
    static final class NetworkCommand extends Query {
        @Option(names = "--at", required = true, paramLabel = "DATE", converter = GraphLoader.DateConverter.class,
                description = "YYYY, YYYY-MM or YYYY-MM-DD.")
        PartialDate at;

        @Option(names = "--relations", split = ",", paramLabel = "R", description = "Only these relations.")
        List<String> relations = List.of();

        @Option(names = "--kinds", split = ",", paramLabel = "K", description = "Only entities of these kinds.")
        List<String> kinds = List.of();

        @Override
        Integer run(PrintWriter out) {
            Set<Relation> rs = EnumSet.noneOf(Relation.class);
            Set<EntityKind> ks = EnumSet.noneOf(EntityKind.class);
            try {
                relations.forEach(r -> rs.add(Relation.parse(r)));
                kinds.forEach(k -> ks.add(EntityKind.parse(k)));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            NetworkSnapshot n = graph.network(at, rs, ks);
            if (format == Format.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("at", at.toString());
                List<Object> nodes = new ArrayList<>();
                n.nodes().forEach(x -> {
                    Map<String, Object> e = Json.entity(x.entity());
                    e.put("degree", x.degree());
                    nodes.add(e);
                });
                List<Object> edges = new ArrayList<>();
                n.edges().forEach(x -> edges.add(Json.fact(x.fact())));
                m.put("nodes", nodes);
                m.put("edges", edges);
                Json.print(m, out);
                return 0;
            }
            Table t = new Table(50, "SUBJECT", "RELATION", "OBJECT", "HOLDS", "CONF", "SOURCES");
            for (NetworkSnapshot.Edge e : n.edges()) {
                t.row(name(e.subjectId()), e.relation().wire(), name(e.objectId()),
                        period(e.fact().holdsFrom(), e.fact().holdsUntil()), String.format("%.2f", e.confidence()),
                        e.sources());
            }
            t.print(out);
            out.println(n.nodes().size() + " entities, " + n.edges().size() + " relations at " + at);
            out.flush();
            return 0;
        }
    }

    @Command(name = "roster", mixinStandardHelpOptions = true,
            description = "The members of a coalition, front or operations room at a date, with the evidence.")
    static final class RosterCommand extends Query {
        @Parameters(index = "0", paramLabel = "COALITION", description = "A name (any spelling) or id.")
        String coalition;

        @Option(names = "--at", required = true, paramLabel = "DATE", converter = GraphLoader.DateConverter.class,
                description = "YYYY, YYYY-MM or YYYY-MM-DD.")
        PartialDate at;

        @Override
        Integer run(PrintWriter out) {
            Entity c = resolve(coalition);
            List<RosterEntry> roster = graph.roster(c.id(), at);
            if (format == Format.json) {
                List<Object> rows = new ArrayList<>();
                for (RosterEntry r : roster) {
                    Map<String, Object> m = Json.entity(r.member());
                    m.put("from", Json.str(r.from()));
                    m.put("until", Json.str(r.until()));
                    List<Object> ev = new ArrayList<>();
                    r.evidence().forEach(x -> ev.add(Json.claim(x)));
                    m.put("evidence", ev);
                    rows.add(m);
                }
                Json.print(Map.of("coalition", Json.entity(c), "at", at.toString(), "members", rows), out);
                return 0;
            }
            out.println(c.canonicalName() + " at " + at + ":");
            Table t = new Table(70, "MEMBER", "PERIOD", "EVIDENCE");
            for (RosterEntry r : roster) {
                t.row(r.member().canonicalName(), period(r.from(), r.until()), evidence(r.evidence()));
            }
            t.print(out);
            out.println(roster.size() + " members");
            out.flush();
            return 0;
        }
    }

    @Command(name = "timeline", mixinStandardHelpOptions = true,
            description = "An entity's dated events in order: founded, joined and left, fought, renamed, merged …")
    static final class TimelineCommand extends Query {
        @Parameters(index = "0", paramLabel = "NAME", description = "A name (any spelling) or id.")
        String name;

        @Override
        Integer run(PrintWriter out) {
            Entity e = resolve(name);
            List<TimelineEvent> events = graph.timeline(e.id());
            if (format == Format.json) {
                List<Object> rows = new ArrayList<>();
                for (TimelineEvent ev : events) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("date", Json.str(ev.date()));
                    m.put("kind", ev.kind().name().toLowerCase(java.util.Locale.ROOT));
                    m.put("other", ev.otherName());
                    m.put("other_id", ev.otherId());
                    m.put("description", ev.description());
                    List<Object> evs = new ArrayList<>();
                    ev.evidence().forEach(x -> evs.add(Json.claim(x)));
                    m.put("evidence", evs);
                    rows.add(m);
                }
                Json.print(Map.of("entity", Json.entity(e), "events", rows), out);
                return 0;
            }
            out.println(e.canonicalName() + " (" + e.kind().wire() + ")");
            Table t = new Table(70, "DATE", "EVENT", "WHAT", "EVIDENCE");
            for (TimelineEvent ev : events) {
                t.row(ev.date() == null ? "undated" : ev.date(), ev.kind().name().toLowerCase(java.util.Locale.ROOT),
                        ev.description(), evidence(ev.evidence()));
            }
            t.print(out);
            out.flush();
            return 0;
        }
    }

    @Command(name = "lineage", mixinStandardHelpOptions = true,
            description = "The family tree: merged_into, split_from, renamed_to and coalition membership, with dates.")
    static final class LineageCommand extends Query {
        @Parameters(index = "0", paramLabel = "NAME", description = "A name (any spelling) or id.")
        String name;

        @Override
        Integer run(PrintWriter out) {
            Lineage l = graph.lineage(resolve(name).id());
            if (format == Format.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("root", Json.entity(l.root()));
                m.put("predecessors", nodes(l.predecessors()));
                m.put("successors", nodes(l.successors()));
                m.put("member_of", links(l.memberOf()));
                m.put("members", links(l.members()));
                Json.print(m, out);
                return 0;
            }
            out.println(l.root().canonicalName() + " (" + l.root().kind().wire() + ")");
            out.println("came from:");
            tree(l.predecessors(), "  ", out);
            out.println("became:");
            tree(l.successors(), "  ", out);
            out.println("member of:");
            l.memberOf().forEach(k -> out.println("  " + k.entity().canonicalName() + "  " + period(k.from(), k.until())));
            out.println("members:");
            l.members().forEach(k -> out.println("  " + k.entity().canonicalName() + "  " + period(k.from(), k.until())));
            out.flush();
            return 0;
        }

        private static void tree(List<Lineage.Node> nodes, String indent, PrintWriter out) {
            for (Lineage.Node n : nodes) {
                out.println(indent + n.entity().canonicalName() + "  (" + n.relation().wire()
                        + (n.date() == null ? "" : ", " + n.date()) + ")");
                tree(n.next(), indent + "  ", out);
            }
        }

        private static List<Object> nodes(List<Lineage.Node> nodes) {
            List<Object> out = new ArrayList<>();
            for (Lineage.Node n : nodes) {
                Map<String, Object> m = Json.entity(n.entity());
                m.put("relation", n.relation().wire());
                m.put("date", Json.str(n.date()));
                m.put("next", nodes(n.next()));
                out.add(m);
            }
            return out;
        }

        private static List<Object> links(List<Lineage.Link> links) {
            List<Object> out = new ArrayList<>();
            for (Lineage.Link k : links) {
                Map<String, Object> m = Json.entity(k.entity());
                m.put("from", Json.str(k.from()));
                m.put("until", Json.str(k.until()));
                out.add(m);
            }
            return out;
        }
    }

    @Command(name = "path", mixinStandardHelpOptions = true,
            description = "The shortest chain of relations linking two entities, optionally within a period.")
    static final class PathCommand extends Query {
        @Parameters(index = "0", paramLabel = "A")
        String a;

        @Parameters(index = "1", paramLabel = "B")
        String b;

        @Option(names = "--from", paramLabel = "DATE", converter = GraphLoader.DateConverter.class)
        PartialDate from;

        @Option(names = "--to", paramLabel = "DATE", converter = GraphLoader.DateConverter.class)
        PartialDate to;

        @Override
        Integer run(PrintWriter out) {
            Entity ea = resolve(a);
            Entity eb = resolve(b);
            Optional<GraphPath> p = graph.path(ea.id(), eb.id(), from, to);
            if (p.isEmpty()) {
                throw CliException.badInput("no chain of relations links " + ea.canonicalName() + " and "
                        + eb.canonicalName() + (from == null && to == null ? "" : " in " + period(from, to)));
            }
            GraphPath path = p.get();
            if (format == Format.json) {
                List<Object> steps = new ArrayList<>();
                path.facts().forEach(f -> steps.add(Json.fact(f)));
                List<Object> ents = new ArrayList<>();
                path.entities().forEach(x -> ents.add(Json.entity(x)));
                Json.print(Map.of("entities", ents, "facts", steps), out);
                return 0;
            }
            for (int i = 0; i < path.facts().size(); i++) {
                Fact f = path.facts().get(i);
                out.println(name(f.subjectId()) + " —" + f.relation().wire() + "→ " + name(f.objectId()) + "  "
                        + period(f.holdsFrom(), f.holdsUntil()) + "  [" + evidence(f.claims()) + "]");
            }
            out.println(path.length() + " steps");
            out.flush();
            return 0;
        }
    }

    @Command(name = "changes", mixinStandardHelpOptions = true,
            description = "What formed, dissolved, merged, split, joined or left between two dates.")
    static final class ChangesCommand extends Query {
        @Option(names = "--from", required = true, paramLabel = "DATE", converter = GraphLoader.DateConverter.class)
        PartialDate from;

        @Option(names = "--to", required = true, paramLabel = "DATE", converter = GraphLoader.DateConverter.class)
        PartialDate to;

        @Override
        Integer run(PrintWriter out) {
            if (to.isBefore(from)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
            }
            List<Change> changes = graph.changes(from, to);
            if (format == Format.json) {
                List<Object> rows = new ArrayList<>();
                for (Change c : changes) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("date", Json.str(c.date()));
                    m.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
                    m.put("entity", c.entityId());
                    m.put("other", c.otherId());
                    m.put("description", c.description());
                    rows.add(m);
                }
                Json.print(rows, out);
                return 0;
            }
            Table t = new Table(90, "DATE", "CHANGE", "WHAT");
            for (Change c : changes) {
                t.row(c.date(), c.kind().name().toLowerCase(java.util.Locale.ROOT), c.description());
            }
            t.print(out);
            out.println(changes.size() + " changes");
            out.flush();
            return 0;
        }
    }

    @Command(name = "conflicts", mixinStandardHelpOptions = true,
            description = "Contradictions between claims: disagreeing dates, asserted vs negated, ends before start, "
                    + "active after dissolution.")
    static final class ConflictsCommand extends Query {
        @Override
        Integer run(PrintWriter out) {
            List<Contradiction> cs = graph.contradictions();
            if (format == Format.json) {
                List<Object> rows = new ArrayList<>();
                for (Contradiction c : cs) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
                    m.put("entity", c.entityId());
                    m.put("description", c.description());
                    List<Object> a = new ArrayList<>();
                    c.sideA().forEach(x -> a.add(Json.claim(x)));
                    List<Object> b = new ArrayList<>();
                    c.sideB().forEach(x -> b.add(Json.claim(x)));
                    m.put("side_a", a);
                    m.put("side_b", b);
                    rows.add(m);
                }
                Json.print(rows, out);
                return 0;
            }
            for (Contradiction c : cs) {
                out.println(c.kind().name().toLowerCase(java.util.Locale.ROOT) + ": " + c.description());
                c.sideA().forEach(x -> out.println("   a: " + evidence(List.of(x))));
                c.sideB().forEach(x -> out.println("   b: " + evidence(List.of(x))));
            }
            out.println(cs.size() + " contradictions");
            out.flush();
            return 0;
        }
    }
}
