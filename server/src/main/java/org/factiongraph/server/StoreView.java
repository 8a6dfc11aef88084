package org.factiongraph.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Set;
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
    /** What the graph was built from, kept so that a review can patch the view without reading the whole store. */
    private final List<Entity> entityInput;
    private final List<Claim> claimInput;
    private final List<Source> sourceInput;
    /** Each entity merged away by an active merge: the id it reads as now (transitively) and that merge. */
    private final Map<String, MergedAway> mergedAway;

    /** An entity id merged away: {@code survivor} is the id it reads as now, {@code merge} its own active merge. */
    record MergedAway(String survivor, org.factiongraph.store.MergeRecord merge) {
    }



    /** Answers of the network endpoint for this view, by query; dropped whole once they exceed a size bound. */
    private final java.util.concurrent.ConcurrentHashMap<String, byte[]> networkAnswers =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong networkBytes = new java.util.concurrent.atomic.AtomicLong();
    static final long NETWORK_CACHE_BYTES = 48L * 1024 * 1024;

    private StoreView(KnowledgeGraph graph, List<DocumentSummary> documents, SearchIndex search,
                      List<Entity> entityInput, List<Claim> claimInput, List<Source> sourceInput,
                      Map<String, MergedAway> mergedAway) {
        this(graph, documents, search, entityInput, claimInput, sourceInput, null, mergedAway);
    }

    private StoreView(KnowledgeGraph graph, List<DocumentSummary> documents, SearchIndex search,
                      List<Entity> entityInput, List<Claim> claimInput, List<Source> sourceInput,
                      Map<String, Entity> byName, Map<String, MergedAway> mergedAway) {
        this.mergedAway = Map.copyOf(mergedAway);
        this.entityInput = entityInput;
        this.claimInput = claimInput;
        this.sourceInput = sourceInput;
        this.graph = graph;
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : graph.entities()) {
            byId.put(e.id(), e);
        }
        this.entities = Map.copyOf(byId);
        this.documents = List.copyOf(documents);
        this.search = search;
        this.range = rangeOf(graph.facts());
        this.byName = byName != null ? byName : nameMap(graph.entities());
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
        // Every claim, superseded ones included: the graph leaves out what a non-rejected claim supersedes itself,
        // and a patch after a review then needs to re-read only the reviewed claims.
        List<Claim> claims = store.claims(ClaimQuery.everything());
        KnowledgeGraph g = KnowledgeGraph.build(entities, claims, sources);
        return new StoreView(g, docs, SearchIndex.build(g.entities(), store, docs), List.copyOf(entities),
                List.copyOf(claims), List.copyOf(sources), mergedAway(store.merges()));
    }

    /** The active merges by merged id, each with the id it resolves to (A into B and B into C: A reads as C). */
    static Map<String, MergedAway> mergedAway(List<org.factiongraph.store.MergeRecord> merges) {
        Map<String, org.factiongraph.store.MergeRecord> active = new HashMap<>();
        for (org.factiongraph.store.MergeRecord r : merges) {
            if (r.active()) {
                active.put(r.mergedId(), r);
            }
        }
        Map<String, MergedAway> out = new HashMap<>();
        for (org.factiongraph.store.MergeRecord r : active.values()) {
            String cur = r.keptId();
            Set<String> seen = new java.util.HashSet<>(List.of(r.mergedId()));
            while (active.containsKey(cur) && seen.add(cur)) {
                cur = active.get(cur).keptId();
            }
            out.put(r.mergedId(), new MergedAway(cur, r));
        }
        return out;
    }

    /** The active merge that took {@code id} away and the id it reads as now; empty for an entity of the graph. */
    Optional<MergedAway> mergedAway(String id) {
        return entities.containsKey(id) ? Optional.empty() : Optional.ofNullable(mergedAway.get(id));
    }

    /**
     * This view with the claims of {@code claimIds} re-read from the store (their review status changed, or they
     * are new) and the graph rebuilt in memory; entities, documents and the search index are kept. Only for changes
     * that add no entity and no document.
     */
    StoreView patched(ClaimStore store, Set<String> claimIds) {
        Map<String, Claim> byId = new LinkedHashMap<>();
        for (Claim c : claimInput) {
            byId.put(c.id(), c);
        }
        boolean added = false;
        for (String id : claimIds) {
            Optional<Claim> c = store.claim(id);
            if (c.isPresent()) {
                added |= byId.put(id, c.get()) == null;
            }
        }
        List<Claim> claims = new ArrayList<>(byId.values());
        if (added) {
            claims.sort(ClaimStore.CLAIM_ORDER);
        }
        KnowledgeGraph g = KnowledgeGraph.build(entityInput, claims, sourceInput);
        return new StoreView(g, documents, search, entityInput, List.copyOf(claims), sourceInput,
                g.entities().size() == entities.size() ? byName : null, mergedAway);
    }

    /**
     * The network endpoint's answer for {@code key} (the normalised query), computed by {@code answer} once per view:
     * the view is immutable, so the answer cannot go stale; a new view starts empty.
     */
    byte[] networkAnswer(String key, java.util.function.Supplier<byte[]> answer) {
        byte[] cached = networkAnswers.get(key);
        if (cached != null) {
            return cached;
        }
        byte[] fresh = answer.get();
        if (networkBytes.addAndGet(fresh.length) > NETWORK_CACHE_BYTES) {
            networkAnswers.clear();
            networkBytes.set(fresh.length);
        }
        byte[] prev = networkAnswers.putIfAbsent(key, fresh);
        return prev != null ? prev : fresh;
    }

    private volatile Map<String, List<org.factiongraph.graph.Contradiction>> contradictionsByEntity;

    /** The contradictions about an entity (as subject, or as the object of the fact), in the graph's order. */
    List<org.factiongraph.graph.Contradiction> contradictionsOf(String entityId) {
        Map<String, List<org.factiongraph.graph.Contradiction>> index = contradictionsByEntity;
        if (index == null) {
            Map<String, List<org.factiongraph.graph.Contradiction>> m = new HashMap<>();
            for (org.factiongraph.graph.Contradiction c : graph.contradictions()) {
                if (c.entityId() != null) {
                    m.computeIfAbsent(c.entityId(), k -> new ArrayList<>()).add(c);
                }
                String o = c.fact() == null ? null : c.fact().objectId();
                if (o != null && !o.equals(c.entityId())) {
                    m.computeIfAbsent(o, k -> new ArrayList<>()).add(c);
                }
            }
            contradictionsByEntity = index = m;
        }
        return index.getOrDefault(entityId, List.of());
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
