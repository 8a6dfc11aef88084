package org.factiongraph.server;

import static org.factiongraph.server.ApiRoute.query;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.factiongraph.graph.Contradiction;
import org.factiongraph.graph.Fact;
import org.factiongraph.graph.GraphPath;
import org.factiongraph.graph.NetworkSnapshot;
import org.factiongraph.graph.RosterEntry;
import org.factiongraph.graph.TimelineEvent;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Document;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.Grade;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Relation;
import org.factiongraph.model.ReviewStatus;
import org.factiongraph.store.ClaimQuery;
import org.factiongraph.store.ClaimStore;
import org.factiongraph.store.DocumentSummary;
import org.factiongraph.store.StoreStats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The handlers of {@code /api/v1} and the table of routes they are served on. One instance per server; it keeps
 * no state of its own besides the view cache and a lock that serialises uploads. Thread-safe.
 */
final class Api {

    static final String BASE = "/api/v1";
    private static final Logger LOG = LoggerFactory.getLogger(Api.class);
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = Json.mapper();

    private final ClaimStore store;
    private final ViewCache views;
    private final Function<Path, String> ingest;
    private final Object uploadLock = new Object();
    private final ReviewApi review;

    Api(ClaimStore store, ViewCache views, Function<Path, String> ingest) {
        this.store = store;
        this.views = views;
        this.ingest = ingest;
        this.review = new ReviewApi(store, views);
    }

    private static final String DATE = "date";
    private static final String INT = "integer";
    private static final String STR = "string";

    /** Every route served, in the order the OpenAPI document lists them. */
    List<ApiRoute> routes() {
        ApiRoute.Param limit = query("limit", INT, false, "20", "page size, 1-" + Params.MAX_LIMIT
                + " (default " + Params.DEFAULT_LIMIT + ")");
        ApiRoute.Param offset = query("offset", INT, false, "0", "items to skip");
        ApiRoute.Param id = ApiRoute.path("id", "armed_group:example", "entity id");
        List<ApiRoute> out = new ArrayList<>(List.of(
                new ApiRoute("get", BASE + "/search", "search", "Entities by name (spelling-tolerant) and documents "
                        + "by text, with highlighted snippets", List.of(
                        query("q", STR, true, "Jaish al Fateh", "what to look for (at most "
                                + Params.MAX_QUERY_LENGTH + " characters)"), limit),
                        "SearchResult", false, this::search),
                new ApiRoute("get", BASE + "/stats", "stats", "Counts and the months the data covers", List.of(),
                        "Stats", false, this::stats),
                new ApiRoute("get", BASE + "/entities", "listEntities", "Entities, by canonical name", List.of(
                        query("kind", STR, false, "armed_group", "entity kind: " + EntityKind.choices()),
                        query("q", STR, false, "ahrar", "spelling-tolerant name filter"), limit, offset),
                        "EntityPage", false, this::entities),
                new ApiRoute("get", BASE + "/entities/{id}", "getEntity", "One entity: names with their periods, "
                        + "kind, lifetime, every fact about it with evidence, and its contradictions. The id of an "
                        + "entity merged into another answers with the surviving entity's profile and says so in "
                        + "mergedFrom", List.of(id),
                        "EntityProfile", false, this::entity),
                new ApiRoute("get", BASE + "/entities/{id}/roster", "roster", "The members of a coalition at a date",
                        List.of(id, query("at", DATE, true, "2015-06", "date (YYYY, YYYY-MM or YYYY-MM-DD)")),
                        "RosterItem", true, this::roster),
                new ApiRoute("get", BASE + "/entities/{id}/timeline", "timeline", "An entity's events in date order",
                        List.of(id), "TimelineItem", true, this::timeline),
                new ApiRoute("get", BASE + "/entities/{id}/lineage", "lineage", "An entity's family tree and "
                        + "memberships", List.of(id), "LineageView", false, this::lineage),
                new ApiRoute("get", BASE + "/claims", "listClaims", "Claims, filtered", List.of(
                        query("relation", STR, false, "member_of", "relation (wire form)"),
                        query("entity", STR, false, "armed_group:example", "subject or object entity id"),
                        query("document", STR, false, null, "evidence document id"),
                        query("from", DATE, false, "2014", "claims dated on or after (overlapping) this date"),
                        query("to", DATE, false, "2016", "claims dated on or before (overlapping) this date"),
                        query("grade", STR, false, "B", "comma-separated grades (B2) or source reliabilities (B)"),
                        query("status", STR, false, "unreviewed", "review status: unreviewed, accepted, "
                                + "rejected, corrected"), limit, offset),
                        "ClaimPage", false, this::claims),
                new ApiRoute("get", BASE + "/facts", "getFact", "One fact (claims about a subject, relation and "
                        + "object combined) with its evidence", List.of(
                        query("relation", STR, true, "member_of", "relation"),
                        query("subject", STR, true, "armed_group:example", "subject entity id"),
                        query("object", STR, false, "coalition:example", "object entity id")),
                        "FactView", false, this::fact),
                new ApiRoute("get", BASE + "/contradictions", "contradictions", "Claims that cannot all be right",
                        List.of(query("entity", STR, false, null, "only those about this entity"), limit),
                        "ContradictionView", true, this::contradictions),
                new ApiRoute("get", BASE + "/documents", "listDocuments", "Documents without text, by name",
                        List.of(limit, offset), "DocumentPage", false, this::documents),
                new ApiRoute("get", BASE + "/documents/{id}", "getDocument", "One document: text, recognised "
                        + "spans and the claims read from it", List.of(ApiRoute.path("id", "0f3a…", "document id")),
                        "DocumentView", false, this::document),
                new ApiRoute("post", BASE + "/documents", "uploadDocuments", "Ingest uploaded files "
                        + "(multipart/form-data, field 'files'); the graph is rebuilt afterwards", List.of(),
                        "UploadResults", false, this::upload),
                new ApiRoute("get", BASE + "/graph/range", "range", "The first and last month the data covers",
                        List.of(), "Range", false, this::range),
                new ApiRoute("get", BASE + "/graph/network", "network", "The network at a date: entities alive "
                        + "then and the facts holding then", List.of(
                        query("at", DATE, true, "2015-06", "date"),
                        query("relations", STR, false, "member_of,fought", "comma-separated relations (default all)"),
                        query("kinds", STR, false, "armed_group,coalition", "comma-separated entity kinds "
                                + "(default all)")),
                        "Network", false, this::network),
                new ApiRoute("get", BASE + "/graph/path", "path", "A shortest chain of facts between two entities",
                        List.of(query("a", STR, true, "armed_group:example", "first entity id"),
                                query("b", STR, true, "armed_group:other", "second entity id"),
                                query("from", DATE, false, null, "only facts holding on or after"),
                                query("to", DATE, false, null, "only facts holding on or before")),
                        "PathView", false, this::path),
                new ApiRoute("get", BASE + "/graph/changes", "changes", "What formed, dissolved, merged, split, "
                        + "was renamed, joined or left between two dates", List.of(
                        query("from", DATE, true, "2015", "first date"), query("to", DATE, true, "2016", "last date"),
                        limit),
                        "ChangeView", true, this::changes),
                new ApiRoute("get", BASE + "/openapi.json", "openapi", "This API's OpenAPI 3.0 document", List.of(),
                        "OpenApiDocument", false, null)));
        out.addAll(out.size() - 1, review.routes(BASE));
        return List.copyOf(out);
    }

    // ------------------------------------------------------------------------------------------------ handlers

    private void search(Context ctx) {
        String q = Params.query(ctx, "q");
        int limit = Params.limit(ctx, 20, 100);
        StoreView v = views.get();
        ctx.json(new Dto.SearchResult(q, v.search.entities(q, limit), v.search.documents(q, limit)));
    }

    private void stats(Context ctx) {
        StoreStats s = store.stats();
        StoreView v = views.get();
        ctx.json(new Dto.Stats(s.documents(), s.entities(), s.claims(), s.superseded(), v.graph.facts().size(),
                v.graph.contradictions().size(), v.range));
    }

    private void entities(Context ctx) {
        EntityKind kind = Params.kind(ctx, "kind");
        String q = Params.string(ctx, "q");
        if (q != null && q.length() > Params.MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("parameter 'q' is longer than " + Params.MAX_QUERY_LENGTH
                    + " characters");
        }
        int limit = Params.limit(ctx, Params.DEFAULT_LIMIT, Params.MAX_LIMIT);
        int offset = Params.offset(ctx);
        StoreView v = views.get();
        List<Entity> all;
        if (q != null) {
            all = new ArrayList<>();
            for (Dto.EntityHit h : v.search.entities(q, Integer.MAX_VALUE)) {
                Entity e = v.entities.get(h.id());
                if (kind == null || e.kind() == kind) {
                    all.add(e);
                }
            }
        } else {
            all = new ArrayList<>();
            for (Entity e : v.graph.entities()) {
                if (kind == null || e.kind() == kind) {
                    all.add(e);
                }
            }
            all.sort(Comparator.comparing(Entity::canonicalName).thenComparing(Entity::id));
        }
        ctx.json(page(all, offset, limit));
    }

    private void entity(Context ctx) {
        StoreView v = views.get();
        String asked = ctx.pathParam("id");
        Dto.MergedFrom from = v.mergedAway(asked).map(m -> new Dto.MergedFrom(asked, m.merge().id(),
                m.merge().keptId(), m.merge().who(), m.merge().createdAt())).orElse(null);
        Entity e = v.entity(from == null ? asked : v.mergedAway(asked).get().survivor());
        List<Dto.FactView> facts = new ArrayList<>();
        for (Fact f : v.graph.facts(e.id())) {
            facts.add(Dto.FactView.of(f, v));
        }
        facts.sort(Comparator.comparing(Dto.FactView::holdsFrom, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(f -> f.relation().ordinal()).thenComparing(Dto.FactView::id));
        List<Dto.ContradictionView> cs = new ArrayList<>();
        for (Contradiction c : v.contradictionsOf(e.id())) {
            cs.add(Dto.ContradictionView.of(c, v));
        }
        ctx.json(new Dto.EntityProfile(e, v.graph.lifetime(e.id()).orElse(null), facts, cs, from));
    }

    private void roster(Context ctx) {
        StoreView v = views.get();
        Entity e = v.entity(ctx.pathParam("id"));
        PartialDate at = requiredDate(ctx, "at");
        List<Dto.RosterItem> out = new ArrayList<>();
        for (RosterEntry r : v.graph.roster(e.id(), at)) {
            out.add(Dto.RosterItem.of(r));
        }
        ctx.json(out);
    }

    private void timeline(Context ctx) {
        StoreView v = views.get();
        Entity e = v.entity(ctx.pathParam("id"));
        List<Dto.TimelineItem> out = new ArrayList<>();
        for (TimelineEvent t : v.graph.timeline(e.id())) {
            out.add(Dto.TimelineItem.of(t));
        }
        ctx.json(out);
    }

    private void lineage(Context ctx) {
        StoreView v = views.get();
        Entity e = v.entity(ctx.pathParam("id"));
        ctx.json(Dto.LineageView.of(v.graph.lineage(e.id())));
    }

    private void claims(Context ctx) {
        Relation rel = Params.relation(ctx, "relation");
        String entityId = Params.string(ctx, "entity");
        String docId = Params.string(ctx, "document");
        PartialDate from = Params.date(ctx, "from");
        PartialDate to = Params.date(ctx, "to");
        ReviewStatus status = Params.status(ctx, "status");
        Set<String> grades = Params.list(ctx, "grade", Api::gradeFilter);
        int limit = Params.limit(ctx, Params.DEFAULT_LIMIT, Params.MAX_LIMIT);
        int offset = Params.offset(ctx);
        StoreView v = views.get();
        if (entityId != null) {
            v.entity(entityId);
        }
        if (docId != null && !store.hasDocument(docId)) {
            throw new NotFoundException("no document with id '" + Params.clip(docId) + "'");
        }
        List<Claim> all = store.claims(new ClaimQuery(entityId, rel, docId, false, status));
        List<Claim> kept = new ArrayList<>();
        for (Claim c : all) {
            if (datedWithin(c, from, to) && gradeOk(c.sourceGrade(), grades)) {
                kept.add(c);
            }
        }
        ctx.json(page(kept, offset, limit));
    }

    private void fact(Context ctx) {
        Relation rel = Relation.parse(Params.required(ctx, "relation"));
        String subject = Params.required(ctx, "subject");
        String object = Params.string(ctx, "object");
        StoreView v = views.get();
        v.entity(subject);
        if (object != null) {
            v.entity(object);
        }
        for (Fact f : v.graph.facts(subject)) {
            if (f.relation() != rel) {
                continue;
            }
            boolean same = subject.equals(f.subjectId()) && java.util.Objects.equals(object, f.objectId());
            boolean mirrored = rel.symmetric() && object != null && object.equals(f.subjectId())
                    && subject.equals(f.objectId());
            if (same || mirrored) {
                ctx.json(Dto.FactView.of(f, v));
                return;
            }
        }
        throw new NotFoundException("no such fact");
    }

    private void contradictions(Context ctx) {
        String entityId = Params.string(ctx, "entity");
        int limit = Params.limit(ctx, Params.DEFAULT_LIMIT, Params.MAX_LIMIT);
        StoreView v = views.get();
        if (entityId != null) {
            v.entity(entityId);
        }
        List<Dto.ContradictionView> out = new ArrayList<>();
        for (Contradiction c : v.graph.contradictions()) {
            if (out.size() >= limit) {
                break;
            }
            if (entityId == null || entityId.equals(c.entityId())
                    || (c.fact() != null && entityId.equals(c.fact().objectId()))) {
                out.add(Dto.ContradictionView.of(c, v));
            }
        }
        ctx.json(out);
    }

    private void documents(Context ctx) {
        int limit = Params.limit(ctx, Params.DEFAULT_LIMIT, Params.MAX_LIMIT);
        int offset = Params.offset(ctx);
        List<DocumentSummary> all = store.documents();
        ctx.json(page(all, offset, limit));
    }

    private void document(Context ctx) {
        String id = ctx.pathParam("id");
        Document d = store.document(id)
                .orElseThrow(() -> new NotFoundException("no document with id '" + Params.clip(id) + "'"));
        List<Claim> claims = store.claims(ClaimQuery.all().forDocument(d.id()));
        StoreView v = views.get();
        ctx.json(new Dto.DocumentView(d, DocumentSpans.of(d, claims, v.entities, v.byName), claims));
    }

    private void upload(Context ctx) {
        if (ingest == null) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(new Dto.Error("uploads are not enabled on this server",
                    503));
            return;
        }
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new IllegalArgumentException("upload files as multipart/form-data in the field 'files'");
        }
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles("files");
        } catch (Exception e) { // Javalin (Kotlin) throws the servlet's IOException undeclared
            LOG.info("a malformed upload was refused: {}", e.toString());
            throw new IllegalArgumentException("the upload is not valid multipart/form-data");
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no files in the field 'files'");
        }
        List<Dto.UploadResult> results = new ArrayList<>();
        synchronized (uploadLock) {
            try {
                for (UploadedFile f : files) {
                    results.add(ingestOne(f));
                }
            } finally {
                views.invalidate();
            }
        }
        ctx.json(new Dto.UploadResults(results));
    }

    private Dto.UploadResult ingestOne(UploadedFile f) {
        String name = safeName(f.filename());
        Path dir = null;
        Path file = null;
        try {
            dir = Files.createTempDirectory("factiongraph-upload");
            file = dir.resolve(name);
            try (InputStream in = f.content()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            String line = ingest.apply(file);
            String msg = line == null ? "" : line.strip().replaceAll("\\s+", " ");
            String lower = msg.toLowerCase(Locale.ROOT);
            boolean ok = !(lower.startsWith("fail") || lower.startsWith("error"));
            return new Dto.UploadResult(name, ok, msg);
        } catch (IOException e) {
            return new Dto.UploadResult(name, false, "could not save the upload: " + e.getClass().getSimpleName());
        } catch (RuntimeException e) {
            LOG.info("ingest of an upload failed: {}", e.toString());
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Dto.UploadResult(name, false, m.strip().replaceAll("\\s+", " "));
        } finally {
            deleteQuietly(file);
            deleteQuietly(dir);
        }
    }

    private void range(Context ctx) {
        ctx.json(views.get().range);
    }

    private void network(Context ctx) {
        PartialDate at = requiredDate(ctx, "at");
        Set<Relation> rels = Params.relations(ctx, "relations");
        Set<EntityKind> kinds = Params.kinds(ctx, "kinds");
        StoreView v = views.get();
        String key = at + "|" + (rels == null ? "*" : new java.util.TreeSet<>(rels)) + "|"
                + (kinds == null ? "*" : new java.util.TreeSet<>(kinds));
        byte[] answer = v.networkAnswer(key, () -> networkJson(v, at, rels, kinds));
        ctx.contentType("application/json").result(answer);
    }

    private static byte[] networkJson(StoreView v, PartialDate at, Set<Relation> rels, Set<EntityKind> kinds) {
        NetworkSnapshot s = v.graph.network(at, rels, kinds);
        List<Dto.NetNode> nodes = new ArrayList<>(s.nodes().size());
        for (NetworkSnapshot.Node n : s.nodes()) {
            nodes.add(new Dto.NetNode(n.entity().id(), n.entity().canonicalName(), n.entity().kind(), n.degree()));
        }
        List<Dto.NetEdge> edges = new ArrayList<>(s.edges().size());
        for (NetworkSnapshot.Edge e : s.edges()) {
            edges.add(new Dto.NetEdge(Dto.factId(e.fact()), e.subjectId(), e.objectId(), e.relation(),
                    e.confidence(), e.sources(), e.fact().holdsFrom(), e.fact().holdsUntil()));
        }
        try {
            return JSON.writeValueAsBytes(new Dto.Network(at, nodes.size(), edges.size(), nodes, edges));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the network as JSON", e);
        }
    }

    private void path(Context ctx) {
        String a = Params.required(ctx, "a");
        String b = Params.required(ctx, "b");
        PartialDate from = Params.date(ctx, "from");
        PartialDate to = Params.date(ctx, "to");
        StoreView v = views.get();
        v.entity(a);
        v.entity(b);
        Optional<GraphPath> p = v.graph.path(a, b, from, to);
        if (p.isEmpty()) {
            ctx.json(new Dto.PathView(false, 0, List.of(), List.of()));
            return;
        }
        List<Dto.EntityRef> es = new ArrayList<>();
        for (Entity e : p.get().entities()) {
            es.add(Dto.EntityRef.of(e));
        }
        List<Dto.FactView> fs = new ArrayList<>();
        for (Fact f : p.get().facts()) {
            fs.add(Dto.FactView.of(f, v));
        }
        ctx.json(new Dto.PathView(true, p.get().length(), es, fs));
    }

    private void changes(Context ctx) {
        PartialDate from = requiredDate(ctx, "from");
        PartialDate to = requiredDate(ctx, "to");
        int limit = Params.limit(ctx, Params.MAX_LIMIT, Params.MAX_LIMIT);
        StoreView v = views.get();
        List<Dto.ChangeView> out = new ArrayList<>();
        for (var c : v.graph.changes(from, to)) {
            if (out.size() >= limit) {
                break;
            }
            out.add(Dto.ChangeView.of(c, v));
        }
        ctx.json(out);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static PartialDate requiredDate(Context ctx, String name) {
        Params.required(ctx, name);
        return Params.date(ctx, name);
    }

    private static <T> Dto.Page<T> page(List<T> all, int offset, int limit) {
        int from = Math.min(offset, all.size());
        int to = Math.min(all.size(), from + limit);
        return new Dto.Page<>(all.size(), offset, limit, List.copyOf(all.subList(from, to)));
    }

    /** A grade filter item: a full grade ({@code B2}) or a reliability letter ({@code B}), upper-cased. */
    private static String gradeFilter(String s) {
        String t = s.trim().toUpperCase(Locale.ROOT);
        if (t.length() == 1 && t.charAt(0) >= 'A' && t.charAt(0) <= 'F') {
            return t;
        }
        return Grade.parse(t).toString();
    }

    private static boolean gradeOk(Grade g, Set<String> filter) {
        if (filter == null) {
            return true;
        }
        if (g == null) {
            return false;
        }
        return filter.contains(g.toString()) || filter.contains(String.valueOf(g.reliability()));
    }

    /** True when the claim has a date overlapping from..to (open ends); every claim when neither is given. */
    static boolean datedWithin(Claim c, PartialDate from, PartialDate to) {
        if (from == null && to == null) {
            return true;
        }
        PartialDate lo = c.start() != null ? c.start() : c.at() != null ? c.at() : c.end();
        PartialDate hi = c.end() != null ? c.end() : c.at() != null ? c.at() : c.start();
        if (lo == null) {
            return false;
        }
        boolean afterFrom = from == null || !hi.isBefore(from);
        boolean beforeTo = to == null || !lo.isAfter(to);
        return afterFrom && beforeTo;
    }

    /** The file name part of an upload's name, reduced to letters, digits, dot, dash and underscore. */
    static String safeName(String raw) {
        String n = raw == null ? "" : raw.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        n = n.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "");
        if (n.length() > 120) {
            n = n.substring(n.length() - 120);
        }
        return n.isEmpty() ? "upload" : n;
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.debug("could not delete {}", p);
        }
    }
}
