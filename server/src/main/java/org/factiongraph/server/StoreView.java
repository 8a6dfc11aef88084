package org.factiongraph.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factiongraph.graph.Fact;
import org.factiongraph.graph.KnowledgeGraph;
import org.factiongraph.graph.Source;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Entity;
import org.factiongraph.model.PartialDate;
import org.factiongraph.store.ClaimQuery;
import org.factiongraph.store.ClaimStore;
import org.factiongraph.store.DocumentSummary;

/**
 * What the server reads from the store, built once and then shared: the knowledge graph over every current claim,
 * the entities by id, the search index and the dates the data covers. Immutable after construction and safe to
 * share between request threads; a new one is built after the store changes (see {@link ViewCache}).
 */
final class StoreView implements Dto.Names {

    final KnowledgeGraph graph;
    final Map<String, Entity> entities;
    final List<DocumentSummary> documents;
    final SearchIndex search;
    final Dto.Range range;
    /** Lower-cased names (words joined by one space) that name exactly one entity. */
    final Map<String, Entity> byName;

    private StoreView(KnowledgeGraph graph, List<DocumentSummary> documents, SearchIndex search) {
        this.graph = graph;
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : graph.entities()) {
            byId.put(e.id(), e);
        }
        this.entities = Map.copyOf(byId);
        this.documents = List.copyOf(documents);
        this.search = search;
        this.range = rangeOf(graph.facts());
        this.byName = nameMap(graph.entities());
    }

    private static Map<String, Entity> nameMap(List<Entity> entities) {
        Map<String, Entity> out = new HashMap<>();
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        for (Entity e : entities) {
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            names.add(DocumentSpans.nameKey(e.canonicalName()));
            for (org.factiongraph.model.Name n : e.names()) {
                names.add(DocumentSpans.nameKey(n.text()));
            }
            for (String n : names) {
                if (n.length() < 3) {
                    continue;
                }
                Entity prev = out.putIfAbsent(n, e);
                if (prev != null && !prev.id().equals(e.id())) {
                    ambiguous.add(n);
                }
            }
        }
        ambiguous.forEach(out::remove);
        return Map.copyOf(out);
    }

    static StoreView load(ClaimStore store) {
        List<DocumentSummary> docs = store.documents();
        List<Source> sources = new ArrayList<>(docs.size());
        for (DocumentSummary d : docs) {
            sources.add(new Source(d.id(), d.name(), d.publisher(), d.published(), d.grade()));
        }
        List<Entity> entities = store.entities(null);
        List<Claim> claims = store.claims(ClaimQuery.all());
        KnowledgeGraph g = KnowledgeGraph.build(entities, claims, sources);
        return new StoreView(g, docs, SearchIndex.build(g.entities(), store, docs));
    }

    Entity entity(String id) {
        Entity e = entities.get(id);
        if (e == null) {
            throw new NotFoundException("no entity with id '" + Params.clip(id) + "'");
        }
        return e;
    }

    @Override
    public String name(String id) {
        if (id == null) {
            return null;
        }
        Entity e = entities.get(id);
        return e == null ? id : e.canonicalName();
    }

    /** The months from the earliest to the latest date any fact holds or happens; null ends when nothing is dated. */
    private static Dto.Range rangeOf(List<Fact> facts) {
        PartialDate lo = null;
        PartialDate hi = null;
        for (Fact f : facts) {
            if (!f.asserted()) {
                continue;
            }
            for (PartialDate d : new PartialDate[] {f.holdsFrom(), f.holdsUntil(), f.at(), f.start(), f.end()}) {
                if (d == null) {
                    continue;
                }
                PartialDate first = PartialDate.of(d.firstDay()).truncate(org.factiongraph.model.Precision.MONTH);
                PartialDate last = PartialDate.of(d.lastDay()).truncate(org.factiongraph.model.Precision.MONTH);
                lo = lo == null || first.compareTo(lo) < 0 ? first : lo;
                hi = hi == null || last.compareTo(hi) > 0 ? last : hi;
            }
        }
        return new Dto.Range(lo, hi);
    }
}
