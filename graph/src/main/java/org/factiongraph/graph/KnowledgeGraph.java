package org.factiongraph.graph;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.Grade;
import org.factiongraph.model.Name;
import org.factiongraph.model.NameNormalizer;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Ref;
import org.factiongraph.model.Relation;
import org.factiongraph.model.ReviewStatus;

/**
 * Claims from many documents combined into one queryable, time-aware history: facts, contradictions, the network
 * at a date, rosters, timelines, lineage, paths and changes.
 *
 * <h2>Which claims count</h2>
 * Claims whose review status is {@code REJECTED} are ignored, and so is every claim that a non-rejected claim
 * {@link Claim#supersedes() supersedes}. Claims whose subject is a literal are ignored. A claim naming an entity id
 * the caller did not pass gets an entity made from its {@link Ref} (name and kind; kind {@code armed_group} when
 * unknown). Claims about the same (subject, relation, object) form one {@link Fact}; for symmetric relations
 * ({@code allied_with}, {@code fought}) the direction does not matter.
 *
 * <h2>Confidence and negation</h2>
 * A claim weighs {@code confidence × grade weight} (the claim's grade, else its document's, else {@code F6}),
 * × 0.6 when hedged; an analyst-{@code ACCEPTED} claim weighs 1.0. Claims are grouped by independent source (the
 * publisher, or the document when the publisher is unknown); each source counts with its strongest claim, and the
 * sources combine by noisy-or: {@code 1 − Π(1 − w)}. Negated claims never assert a fact; they combine the same way
 * into {@code negatedConfidence}. A fact is <em>asserted</em> (used by network, roster, timeline, lineage, path,
 * changes and exports) when it has at least one asserting claim and: an accepted asserting claim and no accepted
 * negating claim; or, failing an accepted claim on exactly one side, when its confidence is strictly greater than
 * its negated confidence. A denial as strong as the assertion keeps the fact out. A fact asserted by one source and
 * negated by another is always reported as a contradiction.
 *
 * <h2>Best dates</h2>
 * For each of start, end and at, the dates of the asserting claims (only the accepted claims' dates when some
 * accepted claim gives one) are combined into the most precise date they all agree on: 2014 and 2014-01 give
 * 2014-01. When two dates cannot both be true (2014-01 and 2014-03) a {@code DATE_MISMATCH} contradiction is
 * reported and the best date is their common prefix (2014); without one (2014 and 2015), the earliest date. For
 * point relations the claim's date is its {@code at}, else its {@code start}, else its {@code end}.
 *
 * <h2>Time semantics</h2>
 * (Also in {@code graph/TIME-SEMANTICS.md}.) Day ranges are honest about precision: a partial date stands for all
 * the days it may mean, and "holds at D" means the holding period and D share at least one possible day, so an
 * interval 2014-01..2014-12 holds at 2014-06, and at 2014 an interval starting 2014-12 holds.
 * <ul>
 * <li><b>Interval relations</b> ({@code member_of}, {@code allied_with}, {@code fought}, {@code supported_by},
 * {@code led_by}, {@code operates_in}, {@code ideology}) hold <em>from</em> the best start; else the best
 * {@code at} (a claim that only says "at D" is an observation at D: it holds from D until D); else — no start
 * date at all — the latest of: the start of the supporting documents' time frame and the founding of either side.
 * A document's time frame runs from the earliest to the latest day given by any counted claim read from it or by
 * its publication date. They hold <em>until</em> the first of: the best end; for a claim with neither start nor
 * end, its {@code at} or else the end of the documents' time frame; a later contrary fact between the same pair
 * (for {@code allied_with}: {@code fought}; for {@code fought}: {@code allied_with}; for {@code member_of}:
 * {@code fought}) whose explicit start or at date lies wholly after this fact's start — the fact then holds
 * through that date, inclusive, since partial dates cannot order events within it; the end of either side's
 * lifetime (dissolution, merger into another group, renaming). With a start and no end, a fact stays open.
 * A fact whose end lies before its start holds at no date.</li>
 * <li><b>Point relations</b> ({@code founded}, {@code dissolved}, {@code merged_into}, {@code split_from},
 * {@code pledged_allegiance_to}, {@code defected_to}, {@code renamed_to}) happen at their date and "hold" only at
 * it; undated ones appear in timelines (after the dated events) but at no date.</li>
 * <li><b>Lifetimes</b>: an entity exists from its founding, else from the earliest holding start of its facts,
 * until the earliest of its dissolution, its merger into another group and its renaming (the old name ends; the
 * new name is its own entity unless resolution merged them). An entity with no date at all is alive at no date.
 * A claim dating an entity after its dissolution or merger is an {@code ACTIVE_AFTER_DISSOLUTION}
 * contradiction.</li>
 * </ul>
 *
 * <p>Immutable after {@link #build}; every query is thread-safe and returns immutable values.
 */
public final class KnowledgeGraph {

    static final double HEDGED_FACTOR = 0.6;
    private static final int OPEN_LO = Integer.MIN_VALUE;
    private static final int OPEN_HI = Integer.MAX_VALUE;
    private static final int MAX_LINEAGE_DEPTH = 64;

    private final Entity[] entities;
    private final Map<String, Integer> entityIndex;
    private final Lifetime[] lifetimes;
    private final int[] lifeLo;
    private final int[] lifeHi;
    private final Fact[] facts;
    private final List<Fact> factList;
    private final List<Entity> entityList;
    private final int[] factSubject;
    private final int[] factObject;
    private final int[] factLo;
    private final int[] factHi;
    private final int[][] factsByEntity;
    private final NetworkSnapshot.Edge[] edgeOf;
    private final int minYear;
    private final int[][] yearBuckets;
    private final Change[] changeList;
    private final int[] changeFirstDay;
    private final Map<String, List<Entity>> byName;
    private final List<Contradiction> contradictions;

    private KnowledgeGraph(Assembler a) {
        this.entities = a.entityArray;
        this.entityIndex = a.entityIndex;
        this.lifetimes = a.lifetimes;
        this.lifeLo = a.lifeLo;
        this.lifeHi = a.lifeHi;
        this.facts = a.factArray;
        this.factList = List.of(facts);
        this.entityList = List.of(entities);
        this.factSubject = a.factSubject;
        this.factObject = a.factObject;
        this.factLo = a.factLo;
        this.factHi = a.factHi;
        this.factsByEntity = a.factsByEntity;
        this.edgeOf = new NetworkSnapshot.Edge[facts.length];
        for (int i = 0; i < facts.length; i++) {
            Fact f = facts[i];
            if (f.objectId() != null) {
                edgeOf[i] = new NetworkSnapshot.Edge(f.subjectId(), f.relation(), f.objectId(), f.confidence(),
                        f.independentSources(), f);
            }
        }
        this.minYear = a.minYear;
        this.yearBuckets = a.yearBuckets;
        this.byName = a.byName;
        this.contradictions = a.contradictionList;
        List<Change> changes = new ArrayList<>();
        for (Fact f : facts) {
            if (f.asserted()) {
                for (TimelineEvent e : eventsOf(f, f.subjectId())) {
                    Change.Kind k = changeKind(e.kind());
                    if (k != null && e.date() != null) {
                        changes.add(new Change(e.date(), k, e.entityId(), e.otherId(), f, e.description()));
                    }
                }
            }
        }
        changes.sort(Comparator.comparing(Change::date).thenComparing(Change::kind)
                .thenComparing(Change::description));
        this.changeList = changes.toArray(new Change[0]);
        this.changeFirstDay = new int[changeList.length];
        for (int i = 0; i < changeList.length; i++) {
            changeFirstDay[i] = day(changeList[i].date().firstDay());
        }
    }

    /**
     * Combines claims into facts and indexes them. {@code sources} describe the documents the claims' evidence
     * names (publisher, grade, publication date); claims from documents without a source still count, each
     * document as its own source.
     */
    public static KnowledgeGraph build(Collection<Entity> entities, Collection<Claim> claims,
                                       Collection<Source> sources) {
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(sources, "sources");
        return new KnowledgeGraph(new Assembler(entities, claims, sources).assemble());
    }

    // ------------------------------------------------------------------------------------------------ lookups

    /** The entity with this id. */
    public Optional<Entity> entity(String id) {
        Integer i = entityIndex.get(id);
        return i == null ? Optional.empty() : Optional.of(entities[i]);
    }

    /** Every entity, passed in or made from claims. */
    public List<Entity> entities() {
        return entityList;
    }

    /** Entities any of whose names (canonical or other) has the same {@link NameNormalizer#key key}. */
    public List<Entity> findByName(String name) {
        return byName.getOrDefault(NameNormalizer.key(name), List.of());
    }

    /** Every fact, asserted or not. */
    public List<Fact> facts() {
        return factList;
    }

    /** The facts (asserted or not) in which the entity is subject or object. */
    public List<Fact> facts(String entityId) {
        Integer e = entityIndex.get(entityId);
        if (e == null) {
            return List.of();
        }
        List<Fact> out = new ArrayList<>();
        for (int fi : factsByEntity[e]) {
            out.add(facts[fi]);
        }
        return Collections.unmodifiableList(out);
    }

    /** The entity's lifetime (see the class Javadoc). */
    public Optional<Lifetime> lifetime(String entityId) {
        Integer e = entityIndex.get(entityId);
        return e == null ? Optional.empty() : Optional.of(lifetimes[e]);
    }

    /** Every contradiction found while building. */
    public List<Contradiction> contradictions() {
        return contradictions;
    }

    // ------------------------------------------------------------------------------------------------ queries

    /**
     * The network at {@code at}: entities alive then of the given kinds and every asserted fact between two
     * entities that holds then, of the given relations and between entities of the given kinds (empty sets = all).
     */
    public NetworkSnapshot network(PartialDate at, Set<Relation> relations, Set<EntityKind> kinds) {
        Objects.requireNonNull(at, "at");
        boolean[] relOk = new boolean[Relation.values().length];
        for (Relation r : Relation.values()) {
            relOk[r.ordinal()] = relations == null || relations.isEmpty() || relations.contains(r);
        }
        boolean[] kindOk = new boolean[EntityKind.values().length];
        for (EntityKind k : EntityKind.values()) {
            kindOk[k.ordinal()] = kinds == null || kinds.isEmpty() || kinds.contains(k);
        }
        int qLo = day(at.firstDay());
        int qHi = day(at.lastDay());
        int[] degree = new int[entities.length];
        List<NetworkSnapshot.Edge> edges = new ArrayList<>();
        if (yearBuckets.length > 0) {
            int b = Math.max(0, Math.min(yearBuckets.length - 1, at.year() - minYear));
            for (int fi : yearBuckets[b]) {
                if (factLo[fi] > qHi || factHi[fi] < qLo) {
                    continue;
                }
                Fact f = facts[fi];
                if (!relOk[f.relation().ordinal()]) {
                    continue;
                }
                int s = factSubject[fi];
                int o = factObject[fi];
                if (!kindOk[entities[s].kind().ordinal()] || !kindOk[entities[o].kind().ordinal()]) {
                    continue;
                }
                degree[s]++;
                degree[o]++;
                edges.add(edgeOf[fi]);
            }
        }
        List<NetworkSnapshot.Node> nodes = new ArrayList<>();
        for (int e = 0; e < entities.length; e++) {
            boolean alive = lifeLo[e] <= qHi && lifeHi[e] >= qLo;
            if ((alive || degree[e] > 0) && kindOk[entities[e].kind().ordinal()]) {
                nodes.add(new NetworkSnapshot.Node(entities[e], degree[e]));
            }
        }
        return new NetworkSnapshot(at, nodes, edges);
    }

    /** The members of {@code entityId} at {@code at} ({@code member_of} facts holding then), by member name. */
    public List<RosterEntry> roster(String entityId, PartialDate at) {
        Objects.requireNonNull(at, "at");
        Integer e = entityIndex.get(entityId);
        if (e == null) {
            return List.of();
        }
        int qLo = day(at.firstDay());
        int qHi = day(at.lastDay());
        List<RosterEntry> out = new ArrayList<>();
        for (int fi : factsByEntity[e]) {
            Fact f = facts[fi];
            if (f.relation() == Relation.MEMBER_OF && factObject[fi] == e && factLo[fi] <= qHi && factHi[fi] >= qLo) {
                out.add(new RosterEntry(entities[factSubject[fi]], f.holdsFrom(), f.holdsUntil(), f.claims(), f));
            }
        }
        out.sort(Comparator.comparing(r -> r.member().canonicalName()));
        return Collections.unmodifiableList(out);
    }

    /**
     * The entity's events, in {@link PartialDate} sort order, undated events last; events on the same date by
     * kind (founded, dissolved, renamed, merged, split, left, joined, …) then by the other entity's name.
     */
    public List<TimelineEvent> timeline(String entityId) {
        Integer e = entityIndex.get(entityId);
        if (e == null) {
            return List.of();
        }
        List<TimelineEvent> out = new ArrayList<>();
        for (int fi : factsByEntity[e]) {
            if (facts[fi].asserted()) {
                out.addAll(eventsOf(facts[fi], entityId));
            }
        }
        out.sort(Comparator.comparing(TimelineEvent::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(TimelineEvent::kind)
                .thenComparing(ev -> ev.otherName() == null ? "" : ev.otherName()));
        return Collections.unmodifiableList(out);
    }

    /**
     * The entity's family tree (see {@link Lineage}) through asserted {@code merged_into}, {@code split_from} and
     * {@code renamed_to} facts, with its coalition memberships and members. Throws IllegalArgumentException for an
     * unknown id.
     */
    public Lineage lineage(String entityId) {
        Integer e = entityIndex.get(entityId);
        if (e == null) {
            throw new IllegalArgumentException("unknown entity: " + entityId);
        }
        List<Lineage.Link> memberOf = new ArrayList<>();
        List<Lineage.Link> members = new ArrayList<>();
        for (int fi : factsByEntity[e]) {
            Fact f = facts[fi];
            if (!f.asserted() || f.relation() != Relation.MEMBER_OF || factObject[fi] < 0) {
                continue;
            }
            if (factSubject[fi] == e) {
                memberOf.add(new Lineage.Link(entities[factObject[fi]], f.holdsFrom(), f.holdsUntil(), f));
            } else {
                members.add(new Lineage.Link(entities[factSubject[fi]], f.holdsFrom(), f.holdsUntil(), f));
            }
        }
        Comparator<Lineage.Link> byFrom = Comparator.comparing(Lineage.Link::from,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(l -> l.entity().canonicalName());
        memberOf.sort(byFrom);
        members.sort(byFrom);
        Set<Integer> seenUp = new HashSet<>(List.of(e));
        Set<Integer> seenDown = new HashSet<>(List.of(e));
        return new Lineage(entities[e], generation(e, true, seenUp, 0), generation(e, false, seenDown, 0),
                memberOf, members);
    }

    /**
     * A shortest chain of asserted facts between two entities, using only facts whose holding period overlaps
     * {@code from}..{@code to} (null = open; with both null every asserted fact between entities counts, dated or
     * not). Direction is ignored.
     */
    public Optional<GraphPath> path(String a, String b, PartialDate from, PartialDate to) {
        Integer ia = entityIndex.get(a);
        Integer ib = entityIndex.get(b);
        if (ia == null || ib == null) {
            return Optional.empty();
        }
        if (ia.intValue() == ib.intValue()) {
            return Optional.of(new GraphPath(List.of(entities[ia]), List.of()));
        }
        boolean anyTime = from == null && to == null;
        int qLo = from == null ? OPEN_LO : day(from.firstDay());
        int qHi = to == null ? OPEN_HI : day(to.lastDay());
        int[] viaFact = new int[entities.length];
        int[] prev = new int[entities.length];
        Arrays.fill(prev, -2);
        prev[ia] = -1;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(ia);
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int fi : factsByEntity[u]) {
                Fact f = facts[fi];
                if (!f.asserted() || factObject[fi] < 0) {
                    continue;
                }
                if (!anyTime && (factLo[fi] > factHi[fi] || factLo[fi] > qHi || factHi[fi] < qLo)) {
                    continue;
                }
                int v = factSubject[fi] == u ? factObject[fi] : factSubject[fi];
                if (prev[v] != -2) {
                    continue;
                }
                prev[v] = u;
                viaFact[v] = fi;
                if (v == ib) {
                    List<Entity> chain = new ArrayList<>();
                    List<Fact> links = new ArrayList<>();
                    for (int x = v; x != ia; x = prev[x]) {
                        chain.add(entities[x]);
                        links.add(facts[viaFact[x]]);
                    }
                    chain.add(entities[ia]);
                    Collections.reverse(chain);
                    Collections.reverse(links);
                    return Optional.of(new GraphPath(chain, links));
                }
                queue.add(v);
            }
        }
        return Optional.empty();
    }

    /**
     * What formed, dissolved, merged, split, was renamed, joined or left between {@code from} and {@code to}: the
     * events whose date lies wholly within that period, in date order.
     */
    public List<Change> changes(PartialDate from, PartialDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        int lo = day(from.firstDay());
        int hi = day(to.lastDay());
        int i = lowerBound(changeFirstDay, lo);
        List<Change> out = new ArrayList<>();
        for (; i < changeList.length && changeFirstDay[i] <= hi; i++) {
            if (day(changeList[i].date().lastDay()) <= hi) {
                out.add(changeList[i]);
            }
        }
        return Collections.unmodifiableList(out);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private List<Lineage.Node> generation(int e, boolean up, Set<Integer> seen, int depth) {
        List<Lineage.Node> out = new ArrayList<>();
        if (depth >= MAX_LINEAGE_DEPTH) {
            return out;
        }
        for (int fi : factsByEntity[e]) {
            Fact f = facts[fi];
            if (!f.asserted() || factObject[fi] < 0) {
                continue;
            }
            Relation r = f.relation();
            int next = -1;
            if (r == Relation.MERGED_INTO || r == Relation.RENAMED_TO) {
                next = up ? (factObject[fi] == e ? factSubject[fi] : -1) : (factSubject[fi] == e ? factObject[fi] : -1);
            } else if (r == Relation.SPLIT_FROM) {
                next = up ? (factSubject[fi] == e ? factObject[fi] : -1) : (factObject[fi] == e ? factSubject[fi] : -1);
            }
            if (next >= 0 && seen.add(next)) {
                out.add(new Lineage.Node(entities[next], r, f.at(), f, generation(next, up, seen, depth + 1)));
            }
        }
        out.sort(Comparator.comparing(Lineage.Node::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(n -> n.entity().canonicalName()));
        return out;
    }

    private String nameOf(String id) {
        Integer i = id == null ? null : entityIndex.get(id);
        return i == null ? id : entities[i].canonicalName();
    }

    private List<TimelineEvent> eventsOf(Fact f, String me) {
        boolean subj = me.equals(f.subjectId());
        String other = subj ? f.objectId() : f.subjectId();
        String otherName = other != null ? nameOf(other) : (subj ? f.objectName() : null);
        String my = nameOf(me);
        List<TimelineEvent> out = new ArrayList<>(2);
        PartialDate startish = f.start() != null ? f.start() : f.at();
        switch (f.relation()) {
            case FOUNDED -> out.add(ev(f, me, subj, other, otherName, f.at(), TimelineEvent.Kind.FOUNDED,
                    my + " founded"));
            case DISSOLVED -> out.add(ev(f, me, subj, other, otherName, f.at(), TimelineEvent.Kind.DISSOLVED,
                    my + " dissolved"));
            case MEMBER_OF -> {
                String who = subj ? my : otherName;
                String what = subj ? otherName : my;
                if (f.start() != null) {
                    out.add(ev(f, me, subj, other, otherName, f.start(), TimelineEvent.Kind.JOINED,
                            who + " joined " + what));
                }
                if (f.end() != null) {
                    out.add(ev(f, me, subj, other, otherName, f.end(), TimelineEvent.Kind.LEFT,
                            who + " left " + what));
                }
                if (f.start() == null && f.end() == null) {
                    out.add(ev(f, me, subj, other, otherName, f.at(), TimelineEvent.Kind.MEMBER,
                            who + " was a member of " + what));
                }
            }
            case MERGED_INTO -> out.add(ev(f, me, subj, other, otherName, f.at(), TimelineEvent.Kind.MERGED,
                    subj ? my + " merged into " + otherName : otherName + " merged into " + my));
            case SPLIT_FROM -> out.add(ev(f, me, subj, other, otherName, f.at(), TimelineEvent.Kind.SPLIT,
                    subj ? my + " split from " + otherName : otherName + " split from " + my));
            case RENAMED_TO -> out.add(ev(f, me, subj, other, otherName, f.at(), TimelineEvent.Kind.RENAMED,
                    f.subjectId().equals(f.objectId()) ? selfRenaming(f, my)
                            : subj ? my + " renamed to " + otherName : otherName + " renamed to " + my));
            case PLEDGED_ALLEGIANCE_TO -> out.add(ev(f, me, subj, other, otherName, f.at(),
                    TimelineEvent.Kind.PLEDGED, subj ? my + " pledged allegiance to " + otherName
                            : otherName + " pledged allegiance to " + my));
            case DEFECTED_TO -> out.add(ev(f, me, subj, other, otherName, f.at(), TimelineEvent.Kind.DEFECTED,
                    subj ? "fighters of " + my + " defected to " + otherName
                            : "fighters of " + otherName + " defected to " + my));
            case FOUGHT -> out.add(ev(f, me, subj, other, otherName, startish, TimelineEvent.Kind.FOUGHT,
                    my + " fought " + otherName));
            case ALLIED_WITH -> out.add(ev(f, me, subj, other, otherName, startish, TimelineEvent.Kind.ALLIED,
                    my + " allied with " + otherName));
            case SUPPORTED_BY -> out.add(ev(f, me, subj, other, otherName, startish,
                    TimelineEvent.Kind.SUPPORTED, subj ? my + " supported by " + otherName
                            : my + " supported " + otherName));
            case LED_BY -> out.add(ev(f, me, subj, other, otherName, startish, TimelineEvent.Kind.LED_BY,
                    subj ? my + " led by " + otherName : my + " led " + otherName));
            case OPERATES_IN -> out.add(ev(f, me, subj, other, otherName, startish,
                    TimelineEvent.Kind.OPERATED_IN, subj ? my + " operated in " + otherName
                            : otherName + " operated in " + my));
            case IDEOLOGY -> out.add(ev(f, me, subj, other, otherName, startish, TimelineEvent.Kind.IDEOLOGY,
                    subj ? my + " held the ideology " + otherName : otherName + " held the ideology " + my));
            default -> throw new IllegalStateException("unhandled relation " + f.relation());
        }
        return out;
    }

    /**
     * "Tiger Forces renamed to 25th Special Mission Forces Division": a renaming between two names of one entity,
     * told by the names its first claim's sentence used.
     */
    private static String selfRenaming(Fact f, String my) {
        for (Claim c : f.claims()) {
            String from = c.subject().mention();
            String to = c.object() == null ? null : c.object().mention();
            if (from != null && to != null && !from.equals(to)) {
                return from + " renamed to " + to;
            }
        }
        return my + " renamed";
    }

    private static TimelineEvent ev(Fact f, String me, boolean subj, String other, String otherName,
                                    PartialDate date, TimelineEvent.Kind kind, String description) {
        return new TimelineEvent(date, kind, me, other, otherName, subj, f, f.claims(), description);
    }

    private static Change.Kind changeKind(TimelineEvent.Kind k) {
        return switch (k) {
            case FOUNDED -> Change.Kind.FORMED;
            case DISSOLVED -> Change.Kind.DISSOLVED;
            case MERGED -> Change.Kind.MERGED;
            case SPLIT -> Change.Kind.SPLIT;
            case RENAMED -> Change.Kind.RENAMED;
            case JOINED -> Change.Kind.JOINED;
            case LEFT -> Change.Kind.LEFT;
            default -> null;
        };
    }

    private static int lowerBound(int[] a, int key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static int day(LocalDate d) {
        return (int) d.toEpochDay();
    }

    // ------------------------------------------------------------------------------------------------ building

    private record Key(String subject, Relation relation, String object) {
    }

    private record Pair(String a, String b) {
        static Pair of(String x, String y) {
            return x.compareTo(y) <= 0 ? new Pair(x, y) : new Pair(y, x);
        }
    }

    private record DateVerdict(PartialDate best, PartialDate x, PartialDate y) {
        boolean conflict() {
            return x != null;
        }
    }

    private record Pending(Contradiction.Kind kind, String entityId, Draft draft, List<Claim> a, List<Claim> b,
                           String description) {
    }

    /** A fact under construction; lives only inside {@link Assembler}. */
    private static final class Draft {
        final String subject;
        final Relation relation;
        final String object;
        final String objectName;
        final List<Claim> pos = new ArrayList<>(2);
        final List<Claim> neg = new ArrayList<>(1);
        double confidence;
        double negatedConfidence;
        boolean asserted;
        int sources;
        List<String> documents = List.of();
        PartialDate start;
        PartialDate end;
        PartialDate at;
        PartialDate from;
        PartialDate until;
        String reason;

        Draft(String subject, Relation relation, String object, String objectName) {
            this.subject = subject;
            this.relation = relation;
            this.object = object;
            this.objectName = objectName;
        }
    }

    /** One build: mutable, confined to the building thread, discarded afterwards. */
    private static final class Assembler {
        private final Collection<Entity> entityInput;
        private final Collection<Claim> claimInput;
        private final Map<String, Source> sources = new HashMap<>();
        private final LinkedHashMap<String, Entity> entityMap = new LinkedHashMap<>();
        private final Map<String, PartialDate[]> frames = new HashMap<>();
        private final LinkedHashMap<Key, Draft> drafts = new LinkedHashMap<>();
        private final Map<Pair, List<Draft>> byPair = new HashMap<>();
        private final List<Pending> pending = new ArrayList<>();

        Entity[] entityArray;
        Map<String, Integer> entityIndex;
        Lifetime[] lifetimes;
        int[] lifeLo;
        int[] lifeHi;
        Fact[] factArray;
        int[] factSubject;
        int[] factObject;
        int[] factLo;
        int[] factHi;
        int[][] factsByEntity;
        int minYear;
        int[][] yearBuckets;
        Map<String, List<Entity>> byName;
        List<Contradiction> contradictionList;

        Assembler(Collection<Entity> entities, Collection<Claim> claims, Collection<Source> sourceList) {
            this.entityInput = entities;
            this.claimInput = claims;
            for (Source s : sourceList) {
                sources.put(s.documentId(), s);
            }
        }

        Assembler assemble() {
            for (Entity e : entityInput) {
                entityMap.put(e.id(), e);
            }
            Set<String> superseded = new HashSet<>();
            for (Claim c : claimInput) {
                if (c.supersedes() != null && c.reviewStatus() != ReviewStatus.REJECTED) {
                    superseded.add(c.supersedes());
                }
            }
            for (Claim c : claimInput) {
                if (c.reviewStatus() == ReviewStatus.REJECTED || superseded.contains(c.id())
                        || c.subject().entityId() == null) {
                    continue;
                }
                ensureEntity(c.subject());
                if (c.object() != null && c.object().entityId() != null) {
                    ensureEntity(c.object());
                }
                addToFrame(c);
                addToDraft(c);
            }
            for (Source s : sources.values()) {
                if (s.published() != null && frames.containsKey(s.documentId())) {
                    widen(frames.get(s.documentId()), s.published());
                }
            }
            for (Draft d : drafts.values()) {
                combine(d);
                if (d.object != null) {
                    byPair.computeIfAbsent(Pair.of(d.subject, d.object), k -> new ArrayList<>(2)).add(d);
                }
            }
            indexEntities();
            PartialDate[] founded = new PartialDate[entityArray.length];
            PartialDate[] lifeEnd = new PartialDate[entityArray.length];
            String[] lifeEndReason = new String[entityArray.length];
            PartialDate[] dissolvedAt = new PartialDate[entityArray.length];
            List<List<Claim>> dissolutionClaims = new ArrayList<>(Collections.nCopies(entityArray.length, null));
            for (Draft d : drafts.values()) {
                if (!d.asserted || d.at == null) {
                    continue;
                }
                int s = entityIndex.get(d.subject);
                switch (d.relation) {
                    case FOUNDED -> founded[s] = d.at;
                    case DISSOLVED, MERGED_INTO, RENAMED_TO -> {
                        if (d.relation == Relation.RENAMED_TO && d.subject.equals(d.object)) {
                            break; // one entity's names: "the formation formerly known as the Tiger Forces" lives on
                        }
                        String why = d.relation == Relation.DISSOLVED ? "dissolved"
                                : d.relation.wire() + " " + name(d.object);
                        if (lifeEnd[s] == null || d.at.lastDay().isBefore(lifeEnd[s].lastDay())) {
                            lifeEnd[s] = d.at;
                            lifeEndReason[s] = why;
                        }
                        if (d.relation != Relation.RENAMED_TO) {
                            if (dissolvedAt[s] == null || d.at.lastDay().isBefore(dissolvedAt[s].lastDay())) {
                                dissolvedAt[s] = d.at;
                            }
                            List<Claim> list = dissolutionClaims.get(s);
                            if (list == null) {
                                list = new ArrayList<>();
                                dissolutionClaims.set(s, list);
                            }
                            list.addAll(d.pos);
                        }
                    }
                    default -> {
                    }
                }
            }
            for (Draft d : drafts.values()) {
                if (d.asserted) {
                    rawInterval(d, founded);
                }
            }
            PartialDate[] lifeStart = founded.clone();
            for (Draft d : drafts.values()) {
                if (!d.asserted) {
                    continue;
                }
                PartialDate earliest = d.from != null ? d.from : d.until;
                if (earliest == null) {
                    continue;
                }
                for (String id : new String[] {d.subject, d.object}) {
                    if (id == null) {
                        continue;
                    }
                    int e = entityIndex.get(id);
                    if (founded[e] == null && (lifeStart[e] == null
                            || earliest.firstDay().isBefore(lifeStart[e].firstDay()))) {
                        lifeStart[e] = earliest;
                    }
                }
            }
            for (Draft d : drafts.values()) {
                if (d.asserted && d.relation.interval()) {
                    terminate(d, lifeEnd, lifeEndReason);
                }
            }
            lifetimes = new Lifetime[entityArray.length];
            lifeLo = new int[entityArray.length];
            lifeHi = new int[entityArray.length];
            for (int e = 0; e < entityArray.length; e++) {
                lifetimes[e] = new Lifetime(lifeStart[e], lifeEnd[e], lifeEndReason[e]);
                if (lifeStart[e] == null && lifeEnd[e] == null) {
                    lifeLo[e] = 1;
                    lifeHi[e] = 0;
                } else {
                    lifeLo[e] = lifeStart[e] == null ? OPEN_LO : day(lifeStart[e].firstDay());
                    lifeHi[e] = lifeEnd[e] == null ? OPEN_HI : day(lifeEnd[e].lastDay());
                }
            }
            makeFacts();
            activeAfterDissolution(dissolvedAt, dissolutionClaims);
            buildBuckets();
            buildNames();
            return this;
        }

        private void ensureEntity(Ref r) {
            if (!entityMap.containsKey(r.entityId())) {
                EntityKind k = r.kind() == null ? EntityKind.ARMED_GROUP : r.kind();
                String n = r.name() == null || r.name().isBlank() ? r.entityId() : r.name();
                entityMap.put(r.entityId(), new Entity(r.entityId(), n, k, List.of(Name.of(n))));
            }
        }

        private String name(String id) {
            Entity e = id == null ? null : entityMap.get(id);
            return e == null ? String.valueOf(id) : e.canonicalName();
        }

        private static String documentOf(Claim c) {
            return c.evidence() == null ? null : c.evidence().documentId();
        }

        private void addToFrame(Claim c) {
            String doc = documentOf(c);
            if (doc == null || (c.start() == null && c.end() == null && c.at() == null)) {
                if (doc != null) {
                    frames.computeIfAbsent(doc, k -> new PartialDate[2]);
                }
                return;
            }
            PartialDate[] f = frames.computeIfAbsent(doc, k -> new PartialDate[2]);
            for (PartialDate d : new PartialDate[] {c.start(), c.end(), c.at()}) {
                if (d != null) {
                    widen(f, d);
                }
            }
        }

        private static void widen(PartialDate[] f, PartialDate d) {
            if (f[0] == null || d.firstDay().isBefore(f[0].firstDay())) {
                f[0] = d;
            }
            if (f[1] == null || d.lastDay().isAfter(f[1].lastDay())) {
                f[1] = d;
            }
        }

        private void addToDraft(Claim c) {
            String s = c.subject().entityId();
            String o = null;
            String oName = null;
            if (c.object() != null) {
                o = c.object().entityId();
                oName = c.object().name();
            }
            String objectKey = o != null ? o : oName == null ? null : "=" + NameNormalizer.key(oName);
            if (c.relation().symmetric() && o != null && s.compareTo(o) > 0) {
                String t = s;
                s = o;
                o = t;
                oName = name(o);
                objectKey = o;
            }
            final String fs = s;
            final String fo = o;
            final String fn = o != null ? name(o) : oName;
            Draft d = drafts.computeIfAbsent(new Key(s, c.relation(), objectKey),
                    k -> new Draft(fs, k.relation(), fo, fn));
            (c.negated() ? d.neg : d.pos).add(c);
        }

        private double weight(Claim c) {
            if (c.reviewStatus() == ReviewStatus.ACCEPTED) {
                return 1.0;
            }
            Grade g = c.sourceGrade();
            if (g == null) {
                String doc = documentOf(c);
                Source s = doc == null ? null : sources.get(doc);
                g = s != null && s.grade() != null ? s.grade() : Grade.UNKNOWN;
            }
            double w = c.confidence() * g.weight();
            return c.hedged() ? w * HEDGED_FACTOR : w;
        }

        private String sourceKey(Claim c) {
            String doc = documentOf(c);
            if (doc == null) {
                return "method:" + c.method();
            }
            Source s = sources.get(doc);
            if (s != null && s.publisher() != null && !s.publisher().isBlank()) {
                return "publisher:" + s.publisher().strip().toLowerCase(Locale.ROOT);
            }
            return "document:" + doc;
        }

        private double noisyOr(List<Claim> claims, int[] sourceCount) {
            Map<String, Double> best = new HashMap<>();
            for (Claim c : claims) {
                best.merge(sourceKey(c), weight(c), Math::max);
            }
            double miss = 1.0;
            for (double w : best.values()) {
                miss *= 1.0 - w;
            }
            sourceCount[0] = best.size();
            return 1.0 - miss;
        }

        private static boolean anyAccepted(List<Claim> claims) {
            for (Claim c : claims) {
                if (c.reviewStatus() == ReviewStatus.ACCEPTED) {
                    return true;
                }
            }
            return false;
        }

        private void combine(Draft d) {
            int[] count = new int[1];
            d.confidence = d.pos.isEmpty() ? 0.0 : noisyOr(d.pos, count);
            d.sources = count[0];
            d.negatedConfidence = d.neg.isEmpty() ? 0.0 : noisyOr(d.neg, count);
            boolean accPos = anyAccepted(d.pos);
            boolean accNeg = anyAccepted(d.neg);
            if (d.pos.isEmpty()) {
                d.asserted = false;
            } else if (accPos != accNeg) {
                d.asserted = accPos;
            } else {
                d.asserted = d.confidence > d.negatedConfidence;
            }
            LinkedHashSet<String> docs = new LinkedHashSet<>();
            for (Claim c : d.pos) {
                String doc = documentOf(c);
                if (doc != null) {
                    docs.add(doc);
                }
            }
            d.documents = List.copyOf(docs);
            String who = name(d.subject);
            if (d.relation.interval()) {
                d.start = bestDate(d, 0, who);
                d.end = bestDate(d, 1, who);
                d.at = bestDate(d, 2, who);
            } else {
                d.at = bestDate(d, 3, who);
            }
            boolean flagged = false;
            if (d.start != null && d.end != null && d.end.isBefore(d.start)) {
                List<Claim> a = new ArrayList<>();
                List<Claim> b = new ArrayList<>();
                for (Claim c : d.pos) {
                    if (c.start() != null) {
                        a.add(c);
                    }
                    if (c.end() != null) {
                        b.add(c);
                    }
                }
                pending.add(new Pending(Contradiction.Kind.ENDS_BEFORE_START, d.subject, d, a, b,
                        describe(d) + ": ends (" + d.end + ") before it starts (" + d.start + ")"));
                flagged = true;
            }
            if (!flagged) {
                for (Claim c : d.pos) {
                    if (c.start() != null && c.end() != null && c.end().isBefore(c.start())) {
                        pending.add(new Pending(Contradiction.Kind.ENDS_BEFORE_START, d.subject, d, List.of(c),
                                List.of(c), describe(d) + ": a claim ends (" + c.end() + ") before it starts ("
                                + c.start() + ")"));
                    }
                }
            }
            if (!d.pos.isEmpty() && !d.neg.isEmpty()) {
                pending.add(new Pending(Contradiction.Kind.ASSERTED_AND_NEGATED, d.subject, d, d.pos, d.neg,
                        describe(d) + ": asserted by " + d.pos.size() + " claim(s), negated by " + d.neg.size()
                                + " — " + (d.asserted ? "the assertion prevails" : "the denial prevails")));
            }
        }

        private String describe(Draft d) {
            return name(d.subject) + " " + d.relation.wire() + (d.objectName == null ? "" : " " + d.objectName);
        }

        private static PartialDate dateOf(Claim c, int field) {
            return switch (field) {
                case 0 -> c.start();
                case 1 -> c.end();
                case 2 -> c.at();
                default -> c.at() != null ? c.at() : c.start() != null ? c.start() : c.end();
            };
        }

        /** field: 0 start, 1 end, 2 at, 3 the date of a point relation. */
        private PartialDate bestDate(Draft d, int field, String who) {
            boolean accepted = false;
            for (Claim c : d.pos) {
                if (c.reviewStatus() == ReviewStatus.ACCEPTED && dateOf(c, field) != null) {
                    accepted = true;
                    break;
                }
            }
            List<Claim> used = new ArrayList<>();
            List<PartialDate> dates = new ArrayList<>();
            for (Claim c : d.pos) {
                PartialDate p = dateOf(c, field);
                if (p != null && (!accepted || c.reviewStatus() == ReviewStatus.ACCEPTED)) {
                    used.add(c);
                    dates.add(p);
                }
            }
            if (dates.isEmpty()) {
                return null;
            }
            DateVerdict v = combineDates(dates);
            if (v.conflict()) {
                List<Claim> a = new ArrayList<>();
                List<Claim> b = new ArrayList<>();
                for (int i = 0; i < used.size(); i++) {
                    PartialDate p = dates.get(i);
                    if (p.agreesAt(v.x()) && !p.agreesAt(v.y())) {
                        a.add(used.get(i));
                    } else if (!p.agreesAt(v.x())) {
                        b.add(used.get(i));
                    }
                }
                String what = switch (field) {
                    case 0 -> "start";
                    case 1 -> "end";
                    default -> "date";
                };
                pending.add(new Pending(Contradiction.Kind.DATE_MISMATCH, d.subject, d, a, b,
                        describe(d) + ": sources disagree on the " + what + " (" + v.x() + " vs " + v.y()
                                + "); kept " + v.best()));
            }
            return v.best();
        }

        /** The most precise date all agree on, or on conflict their common prefix (else the earliest). */
        static DateVerdict combineDates(List<PartialDate> dates) {
            List<PartialDate> sorted = new ArrayList<>(dates);
            Collections.sort(sorted);
            // dates that pairwise agree are nested, so they all contain the (earliest) most precise one
            PartialDate x = sorted.get(0);
            for (PartialDate d : sorted) {
                if (d.precision().compareTo(x.precision()) > 0) {
                    x = d;
                }
            }
            PartialDate y = null;
            for (PartialDate d : sorted) {
                if (!d.agreesAt(x)) {
                    y = d;
                    break;
                }
            }
            if (y == null) {
                return new DateVerdict(x, null, null);
            }
            for (org.factiongraph.model.Precision p : new org.factiongraph.model.Precision[] {
                    org.factiongraph.model.Precision.DAY, org.factiongraph.model.Precision.MONTH,
                    org.factiongraph.model.Precision.YEAR}) {
                PartialDate finest = null;
                for (PartialDate d : sorted) {
                    PartialDate t = d.truncate(p);
                    if (finest == null || t.precision().compareTo(finest.precision()) > 0) {
                        finest = t;
                    }
                }
                boolean all = true;
                for (PartialDate d : sorted) {
                    if (!d.truncate(p).contains(finest)) {
                        all = false;
                        break;
                    }
                }
                if (all) {
                    return new DateVerdict(finest, x, y);
                }
            }
            return new DateVerdict(sorted.get(0), x, y);
        }

        private void rawInterval(Draft d, PartialDate[] founded) {
            if (!d.relation.interval()) {
                d.from = d.at;
                d.until = d.at;
                d.reason = d.at == null ? null : "point event";
                return;
            }
            PartialDate from = d.start != null ? d.start : d.at;
            PartialDate until = d.end;
            String reason = d.end != null ? "stated end" : null;
            if (from == null) {
                PartialDate base = null;
                for (Claim c : d.pos) {
                    PartialDate[] f = frames.get(documentOf(c));
                    if (f != null && f[0] != null && (base == null || f[0].firstDay().isBefore(base.firstDay()))) {
                        base = f[0];
                    }
                }
                for (String id : new String[] {d.subject, d.object}) {
                    if (id != null) {
                        PartialDate f = founded[entityIndex.get(id)];
                        if (f != null && (base == null || f.firstDay().isAfter(base.firstDay()))) {
                            base = f;
                        }
                    }
                }
                from = base;
            }
            if (until == null && d.start == null) {
                if (d.at != null) {
                    until = d.at;
                    reason = "observed at";
                } else {
                    PartialDate top = null;
                    for (Claim c : d.pos) {
                        PartialDate[] f = frames.get(documentOf(c));
                        if (f != null && f[1] != null && (top == null || f[1].lastDay().isAfter(top.lastDay()))) {
                            top = f[1];
                        }
                    }
                    if (top != null) {
                        until = top;
                        reason = "document time frame";
                    }
                }
            }
            d.from = from;
            d.until = until;
            d.reason = reason;
        }

        private static boolean contrary(Relation mine, Relation other) {
            return switch (mine) {
                case ALLIED_WITH -> other == Relation.FOUGHT;
                case FOUGHT -> other == Relation.ALLIED_WITH;
                case MEMBER_OF -> other == Relation.FOUGHT;
                default -> false;
            };
        }

        private void terminate(Draft d, PartialDate[] lifeEnd, String[] lifeEndReason) {
            for (String id : new String[] {d.subject, d.object}) {
                if (id == null) {
                    continue;
                }
                int e = entityIndex.get(id);
                if (lifeEnd[e] != null) {
                    cut(d, lifeEnd[e], name(id) + " " + lifeEndReason[e] + " " + lifeEnd[e]);
                }
            }
            if (d.object == null || d.from == null) {
                return;
            }
            for (Draft c : byPair.getOrDefault(Pair.of(d.subject, d.object), List.of())) {
                if (c == d || !c.asserted || !contrary(d.relation, c.relation)) {
                    continue;
                }
                PartialDate when = c.start != null ? c.start : c.at;
                if (when != null && when.isAfter(d.from)) {
                    cut(d, when, c.relation.wire() + " " + when);
                }
            }
        }

        private static void cut(Draft d, PartialDate when, String why) {
            if (d.until == null || when.lastDay().isBefore(d.until.lastDay())) {
                d.until = when;
                d.reason = why;
            }
        }

        private void indexEntities() {
            entityArray = entityMap.values().toArray(new Entity[0]);
            entityIndex = new HashMap<>(entityArray.length * 2);
            for (int i = 0; i < entityArray.length; i++) {
                entityIndex.put(entityArray[i].id(), i);
            }
        }

        private void makeFacts() {
            int n = drafts.size();
            factArray = new Fact[n];
            factSubject = new int[n];
            factObject = new int[n];
            factLo = new int[n];
            factHi = new int[n];
            Map<Draft, Fact> made = new HashMap<>(n * 2);
            int[] perEntity = new int[entityArray.length];
            int i = 0;
            for (Draft d : drafts.values()) {
                Fact f = new Fact(d.subject, d.relation, d.object, d.objectName, d.pos, d.neg, d.documents,
                        d.sources, d.confidence, d.negatedConfidence, d.asserted, d.start, d.end, d.at,
                        d.from, d.until, d.reason);
                made.put(d, f);
                factArray[i] = f;
                factSubject[i] = entityIndex.get(d.subject);
                factObject[i] = d.object == null ? -1 : entityIndex.get(d.object);
                perEntity[factSubject[i]]++;
                if (factObject[i] >= 0 && factObject[i] != factSubject[i]) {
                    perEntity[factObject[i]]++;
                }
                boolean usable = d.asserted && d.object != null && (d.from != null || d.until != null);
                int lo = d.from == null ? OPEN_LO : day(d.from.firstDay());
                int hi = d.until == null ? OPEN_HI : day(d.until.lastDay());
                if (!usable || hi < lo) {
                    lo = 1;
                    hi = 0;
                }
                factLo[i] = lo;
                factHi[i] = hi;
                i++;
            }
            factsByEntity = new int[entityArray.length][];
            for (int e = 0; e < entityArray.length; e++) {
                factsByEntity[e] = new int[perEntity[e]];
            }
            int[] fill = new int[entityArray.length];
            for (int k = 0; k < n; k++) {
                int s = factSubject[k];
                factsByEntity[s][fill[s]++] = k;
                int o = factObject[k];
                if (o >= 0 && o != s) {
                    factsByEntity[o][fill[o]++] = k;
                }
            }
            contradictionList = new ArrayList<>();
            for (Pending p : pending) {
                contradictionList.add(new Contradiction(p.kind(), p.entityId(), made.get(p.draft()), p.a(), p.b(),
                        p.description()));
            }
        }

        private void activeAfterDissolution(PartialDate[] dissolvedAt, List<List<Claim>> dissolutionClaims) {
            for (int e = 0; e < entityArray.length; e++) {
                PartialDate gone = dissolvedAt[e];
                if (gone == null) {
                    continue;
                }
                for (int fi : factsByEntity[e]) {
                    Fact f = factArray[fi];
                    if (!f.asserted() || (factSubject[fi] == e && (f.relation() == Relation.DISSOLVED
                            || f.relation() == Relation.MERGED_INTO))) {
                        continue;
                    }
                    List<Claim> late = new ArrayList<>();
                    PartialDate first = null;
                    for (Claim c : f.claims()) {
                        for (PartialDate p : new PartialDate[] {c.start(), c.at(), c.end()}) {
                            if (p != null && p.isAfter(gone)) {
                                late.add(c);
                                first = first == null || p.compareTo(first) < 0 ? p : first;
                                break;
                            }
                        }
                    }
                    if (!late.isEmpty()) {
                        contradictionList.add(new Contradiction(Contradiction.Kind.ACTIVE_AFTER_DISSOLUTION,
                                entityArray[e].id(), f, dissolutionClaims.get(e), late,
                                entityArray[e].canonicalName() + " ended " + gone + " but "
                                        + nameOf(f) + " is dated " + first));
                    }
                }
            }
            contradictionList = List.copyOf(contradictionList);
        }

        private String nameOf(Fact f) {
            return name(f.subjectId()) + " " + f.relation().wire()
                    + (f.objectName() == null ? "" : " " + f.objectName());
        }

        private void buildBuckets() {
            int lowYear = Integer.MAX_VALUE;
            int highYear = Integer.MIN_VALUE;
            for (int i = 0; i < factLo.length; i++) {
                if (factLo[i] > factHi[i]) {
                    continue;
                }
                if (factLo[i] != OPEN_LO) {
                    int y = LocalDate.ofEpochDay(factLo[i]).getYear();
                    lowYear = Math.min(lowYear, y);
                    highYear = Math.max(highYear, y);
                }
                if (factHi[i] != OPEN_HI) {
                    int y = LocalDate.ofEpochDay(factHi[i]).getYear();
                    lowYear = Math.min(lowYear, y);
                    highYear = Math.max(highYear, y);
                }
            }
            if (lowYear == Integer.MAX_VALUE) {
                lowYear = 2000;
                highYear = 2000;
            }
            minYear = lowYear;
            int years = highYear - lowYear + 1;
            int[] count = new int[years];
            int[] y0 = new int[factLo.length];
            int[] y1 = new int[factLo.length];
            for (int i = 0; i < factLo.length; i++) {
                if (factLo[i] > factHi[i]) {
                    y0[i] = 1;
                    y1[i] = 0;
                    continue;
                }
                y0[i] = factLo[i] == OPEN_LO ? 0 : LocalDate.ofEpochDay(factLo[i]).getYear() - lowYear;
                y1[i] = factHi[i] == OPEN_HI ? years - 1 : LocalDate.ofEpochDay(factHi[i]).getYear() - lowYear;
                for (int y = y0[i]; y <= y1[i]; y++) {
                    count[y]++;
                }
            }
            yearBuckets = new int[years][];
            for (int y = 0; y < years; y++) {
                yearBuckets[y] = new int[count[y]];
            }
            int[] fill = new int[years];
            for (int i = 0; i < factLo.length; i++) {
                for (int y = y0[i]; y <= y1[i]; y++) {
                    yearBuckets[y][fill[y]++] = i;
                }
            }
        }

        private void buildNames() {
            Map<String, List<Entity>> m = new HashMap<>();
            for (Entity e : entityArray) {
                Set<String> keys = new LinkedHashSet<>();
                keys.add(NameNormalizer.key(e.canonicalName()));
                for (Name n : e.names()) {
                    keys.add(NameNormalizer.key(n.text()));
                }
                for (String k : keys) {
                    if (!k.isEmpty()) {
                        m.computeIfAbsent(k, x -> new ArrayList<>(1)).add(e);
                    }
                }
            }
            Map<String, List<Entity>> frozen = new HashMap<>(m.size() * 2);
            m.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
            byName = frozen;
        }
    }
}
