package org.factiongraph.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.Name;
import org.factiongraph.model.NameNormalizer;
import org.factiongraph.model.Ref;

/**
 * Lands the entities of a newly read document on the entities already known, so that one group written several
 * ways across documents is one entity. It knows the entities stored so far (and, optionally, the actor
 * dictionary), their names and which entities each one has claims with.
 *
 * <p>An entity of a new document is resolved to a known one when
 * <ol>
 *   <li>one of its names has the same {@linkplain NameNormalizer#key normalised key} as a known name of an entity
 *       of a compatible kind ({@code "Ahrar al Sham"} = {@code "Ahrar ash-Sham"}), or</li>
 *   <li>one of its names has a compatible {@link NameSignature} (the same distinctive words, the same kind of unit
 *       or none: {@code "Liwa al-Fursan al-Jadid"} = {@code "al-Fursan al-Jadid Brigade"}) and either the signature is
 *       strong or the two share context: an entity both have claims with.</li>
 * </ol>
 * Where several known entities qualify, the one sharing the most context wins; a tie resolves nothing. Kinds are
 * compatible when equal, or when both are groups, coalitions or operations rooms (one text calls a front a
 * coalition, another a group). People match on exact keys only; places and ideologies are never re-resolved.
 * Entities the {@code fixed} predicate names (the curated dictionary) are never moved. Generic words alone never
 * match: {@code "Jaysh al-Islam"} and {@code "Jaysh al-Izza"} stay apart.
 *
 * <p>Thread-safe: {@link #resolve} is synchronised and learns each document's entities, so a batch resolves each
 * document against all before it. Holds no global state; one instance per store and batch.
 */
public final class EntityResolver {

    /** How one entity of a document was resolved. */
    public record Match(String fromId, String toId, String name, String reason) {
    }

    /** A document's entities and claims with resolved ids, and the matches made. */
    public record Resolved(List<Entity> entities, List<Claim> claims, List<Match> matches, int droppedSelfLoops) {
        public Resolved {
            entities = List.copyOf(entities);
            claims = List.copyOf(claims);
            matches = List.copyOf(matches);
        }
    }

    private final Predicate<String> fixed;
    private final Map<String, Entity> byId = new HashMap<>();
    private final Map<String, Set<String>> byKey = new HashMap<>();
    private final Map<String, Set<String>> byCore = new HashMap<>();
    private final Map<String, List<NameSignature>> signatures = new HashMap<>();
    private final Map<String, Set<String>> neighbours = new HashMap<>();

    private EntityResolver(Predicate<String> fixed) {
        this.fixed = fixed;
    }

    /**
     * A resolver that knows {@code entities} and the claims among them; {@code fixed} names entities that are never
     * resolved to another (may be null: none).
     */
    public static EntityResolver of(Collection<Entity> entities, Collection<Claim> claims, Predicate<String> fixed) {
        EntityResolver r = new EntityResolver(fixed == null ? id -> false : fixed);
        for (Entity e : entities) {
            r.learn(e);
        }
        for (Claim c : claims) {
            r.learn(c);
        }
        return r;
    }

    /** How many entities it knows. */
    public synchronized int size() {
        return byId.size();
    }

    /**
     * Resolves one document's entities against everything known, rewrites its claims to the resolved ids (a claim
     * that would then link an entity to itself is dropped) and learns the result.
     */
    public synchronized Resolved resolve(List<Entity> entities, List<Claim> claims) {
        Map<String, Set<String>> local = new HashMap<>();
        for (Claim c : claims) {
            if (c.object() != null && !c.object().isLiteral()) {
                local.computeIfAbsent(c.subject().entityId(), k -> new HashSet<>()).add(c.object().entityId());
                local.computeIfAbsent(c.object().entityId(), k -> new HashSet<>()).add(c.subject().entityId());
            }
        }
        Map<String, Entity> target = new HashMap<>();
        List<Match> matches = new ArrayList<>();
        for (Entity e : entities) {
            if (byId.containsKey(e.id()) || fixed.test(e.id())) {
                continue;
            }
            Match m = match(e, local.getOrDefault(e.id(), Set.of()));
            if (m != null) {
                target.put(e.id(), byId.get(m.toId()));
                matches.add(m);
            }
        }
        Map<String, Entity> out = new LinkedHashMap<>();
        for (Entity e : entities) {
            Entity t = target.get(e.id());
            Entity resolved = t == null ? e : withNames(t, e);
            out.merge(resolved.id(), resolved, EntityResolver::union);
        }
        List<Claim> rewritten = new ArrayList<>(claims.size());
        int dropped = 0;
        for (Claim c : claims) {
            Claim r = c;
            Entity s = target.get(c.subject().entityId());
            if (s != null) {
                r = r.withSubject(new Ref(s.id(), s.canonicalName(), c.subject().mention(), s.kind()));
            }
            if (c.object() != null && !c.object().isLiteral()) {
                Entity o = target.get(c.object().entityId());
                if (o != null) {
                    r = r.withObject(new Ref(o.id(), o.canonicalName(), c.object().mention(), o.kind()));
                }
                if (r.object().entityId().equals(r.subject().entityId())) {
                    dropped++;
                    continue;
                }
            }
            rewritten.add(r);
        }
        for (Entity e : out.values()) {
            learn(e);
        }
        for (Claim c : rewritten) {
            learn(c);
        }
        return new Resolved(new ArrayList<>(out.values()), rewritten, matches, dropped);
    }

    private Match match(Entity e, Set<String> context) {
        if (e.kind() == EntityKind.PLACE || e.kind() == EntityKind.IDEOLOGY) {
            return null;
        }
        List<String> names = names(e);
        Set<String> exact = new LinkedHashSet<>();
        for (String n : names) {
            for (String id : byKey.getOrDefault(NameNormalizer.key(n), Set.of())) {
                if (!id.equals(e.id()) && compatible(e.kind(), byId.get(id).kind())) {
                    exact.add(id);
                }
            }
        }
        if (!exact.isEmpty()) {
            String best = choose(e, exact, context, true);
            return best == null ? null : new Match(e.id(), best, e.canonicalName(), "same name");
        }
        if (!groupLike(e.kind())) {
            return null;
        }
        Set<String> similar = new LinkedHashSet<>();
        boolean strong = false;
        for (String n : names) {
            NameSignature sig = NameSignature.of(n).orElse(null);
            if (sig == null) {
                continue;
            }
            for (String id : byCore.getOrDefault(sig.core(), Set.of())) {
                if (id.equals(e.id()) || !compatible(e.kind(), byId.get(id).kind())) {
                    continue;
                }
                for (NameSignature other : signatures.getOrDefault(id, List.of())) {
                    if (sig.compatible(other)) {
                        similar.add(id);
                        strong |= sig.strong();
                    }
                }
            }
        }
        if (similar.isEmpty()) {
            return null;
        }
        String best = choose(e, similar, context, strong);
        if (best == null) {
            return null;
        }
        return new Match(e.id(), best, e.canonicalName(),
                overlap(context, best) > 0 ? "similar name and shared context" : "similar name");
    }

    /**
     * The candidate to take: the one sharing the most context if that is strictly the most; a lone candidate when
     * the name is evidence enough ({@code nameSuffices}) or it shares context; otherwise none.
     */
    private String choose(Entity e, Set<String> candidates, Set<String> context, boolean nameSuffices) {
        if (candidates.size() == 1) {
            String only = candidates.iterator().next();
            return nameSuffices || overlap(context, only) > 0 ? only : null;
        }
        String best = null;
        int bestScore = 0;
        boolean tie = false;
        for (String id : candidates) {
            int score = overlap(context, id);
            if (score > bestScore) {
                best = id;
                bestScore = score;
                tie = false;
            } else if (score == bestScore) {
                tie = true;
            }
        }
        if (best != null && !tie) {
            return best;
        }
        // no context to decide: take the one of the very same kind if only one is
        List<String> sameKind = candidates.stream().filter(id -> byId.get(id).kind() == e.kind()).toList();
        return nameSuffices && sameKind.size() == 1 && bestScore == 0 ? sameKind.get(0) : null;
    }

    private int overlap(Set<String> context, String id) {
        Set<String> theirs = neighbours.getOrDefault(id, Set.of());
        int n = 0;
        for (String c : context) {
            if (theirs.contains(c)) {
                n++;
            }
        }
        return n;
    }

    private static boolean groupLike(EntityKind k) {
        return k == EntityKind.ARMED_GROUP || k == EntityKind.COALITION || k == EntityKind.OPERATIONS_ROOM;
    }

    private static boolean compatible(EntityKind a, EntityKind b) {
        return a == b || groupLike(a) && groupLike(b);
    }

    private static List<String> names(Entity e) {
        List<String> out = new ArrayList<>();
        out.add(e.canonicalName());
        for (Name n : e.names()) {
            if (!out.contains(n.text())) {
                out.add(n.text());
            }
        }
        return out;
    }

    /** The known entity, also carrying the names the document used for it. */
    private static Entity withNames(Entity known, Entity seen) {
        List<Name> names = new ArrayList<>(known.names());
        Set<String> have = new HashSet<>();
        for (Name n : names) {
            have.add(n.text());
        }
        for (String n : names(seen)) {
            if (have.add(n)) {
                names.add(Name.of(n));
            }
        }
        return new Entity(known.id(), known.canonicalName(), known.kind(), names);
    }

    private static Entity union(Entity a, Entity b) {
        return withNames(a, b);
    }

    private void learn(Entity e) {
        Entity prev = byId.get(e.id());
        Entity now = prev == null ? e : withNames(prev, e);
        byId.put(e.id(), now);
        List<NameSignature> sigs = signatures.computeIfAbsent(e.id(), k -> new ArrayList<>());
        for (String n : names(e)) {
            String key = NameNormalizer.key(n);
            if (!key.isEmpty()) {
                byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(e.id());
            }
            NameSignature.of(n).ifPresent(sig -> {
                if (!sigs.contains(sig)) {
                    sigs.add(sig);
                    byCore.computeIfAbsent(sig.core(), k -> new LinkedHashSet<>()).add(e.id());
                }
            });
        }
    }

    private void learn(Claim c) {
        if (c.object() == null || c.object().isLiteral()) {
            return;
        }
        String s = Objects.requireNonNull(c.subject().entityId());
        String o = c.object().entityId();
        neighbours.computeIfAbsent(s, k -> new HashSet<>()).add(o);
        neighbours.computeIfAbsent(o, k -> new HashSet<>()).add(s);
    }
}
