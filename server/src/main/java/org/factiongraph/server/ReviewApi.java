package org.factiongraph.server;

import static org.factiongraph.server.ApiRoute.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.factiongraph.model.Citation;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Document;
import org.factiongraph.model.Entity;
import org.factiongraph.model.Evidence;
import org.factiongraph.model.Grade;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Ref;
import org.factiongraph.model.Relation;
import org.factiongraph.model.ReviewStatus;
import org.factiongraph.store.AuditAction;
import org.factiongraph.store.AuditEntry;
import org.factiongraph.store.AuditQuery;
import org.factiongraph.store.ClaimQuery;
import org.factiongraph.store.ClaimReview;
import org.factiongraph.store.ClaimStore;
import org.factiongraph.store.MergeRecord;

/**
 * The analysts' side of {@code /api/v1}: accept, reject and correct claims, add manual claims, merge and unmerge
 * entities, read the audit log and undo its entries. The semantics are those of the CLI's {@code review},
 * {@code merge}, {@code unmerge} and {@code audit} commands over the same {@link ClaimStore} methods.
 *
 * <p>Who acts is the authenticated caller ({@link Auth#userName}): {@link Auth} lets no change through without one.
 * Every change is checked before it is made, under one lock, so that a refused
 * change is a 400 (malformed), 404 (unknown id) or 409 (conflicts with the current state) and never reaches the
 * store; after it the cached views are brought up to date before the response is sent ({@link ViewCache}).
 * Thread-safe.
 */
final class ReviewApi {

    /** Method of claims entered or corrected through the API, as the CLI does. */
    static final String MANUAL = "manual";
    static final int MAX_NOTE = 2000;
    static final int MAX_QUOTE = Citation.MAX_QUOTE;
    static final int MAX_URL = Citation.MAX_URL;
    static final int MAX_ID = 300;
    static final int MAX_NAME = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ClaimStore store;
    private final ViewCache views;
    /** Serialises the check-then-change of every write, so that checks cannot race. */
    private final Object writeLock = new Object();

    ReviewApi(ClaimStore store, ViewCache views) {
        this.store = store;
        this.views = views;
    }

    private static final String STR = "string";
    private static final String INT = "integer";

    List<ApiRoute> routes(String base) {
        ApiRoute.Param claimId = ApiRoute.path("id", "0f3a…", "claim id");
        return List.of(
                new ApiRoute("get", base + "/claims/{id}", "getClaim", "One claim (superseded or not) with its "
                        + "review history and the claims that supersede it", List.of(claimId), "ClaimDetail", false,
                        this::claim),
                new ApiRoute("post", base + "/claims/{id}/accept", "acceptClaim", "Mark a claim accepted (an "
                        + "accepted claim outranks extracted ones)", List.of(claimId), "ReviewResult", false,
                        ctx -> review(ctx, ReviewStatus.ACCEPTED), "ReviewRequest", 200),
                new ApiRoute("post", base + "/claims/{id}/reject", "rejectClaim", "Mark a claim rejected: it no "
                        + "longer counts for facts and the network, and stays stored with its history",
                        List.of(claimId), "ReviewResult", false, ctx -> review(ctx, ReviewStatus.REJECTED),
                        "ReviewRequest", 200),
                new ApiRoute("post", base + "/claims/{id}/correct", "correctClaim", "Correct a claim: a new claim "
                        + "with the given changes supersedes it (a field that is absent keeps its value, a null "
                        + "date removes it)", List.of(claimId), "ReviewResult", false, this::correct,
                        "CorrectRequest", 201),
                new ApiRoute("post", base + "/claims", "addClaim", "Add a manual claim citing a stored document "
                        + "(documentId and a quote that occurs in it) or a web page (url and quote)", List.of(),
                        "ReviewResult", false, this::add, "ManualClaimRequest", 201),
                new ApiRoute("get", base + "/merges", "listMerges", "Entity merges, newest first, undone ones "
                        + "included", List.of(query("entity", STR, false, null, "only merges of this entity id"),
                        query("active", STR, false, "true", "true: only active merges; false: only undone ones")),
                        "MergeView", true, this::merges),
                new ApiRoute("post", base + "/merges", "mergeEntities", "Merge one entity into another: the merged "
                        + "entity's names and claims are read as the kept one's until the merge is undone",
                        List.of(), "MergeResult", false, this::merge, "MergeRequest", 201),
                new ApiRoute("post", base + "/merges/{id}/unmerge", "unmergeEntities", "Undo an active merge",
                        List.of(ApiRoute.path("id", "1", "merge id")), "MergeResult", false, this::unmerge,
                        "UnmergeRequest", 200),
                new ApiRoute("get", base + "/audit", "listAudit", "The audit log, newest first", List.of(
                        query("who", STR, false, "web", "only changes by this user"),
                        query("action", STR, false, "review", "only this action: review, add_claim, "
                                + "correct_claim, merge, unmerge"),
                        query("targetType", STR, false, "claim", "only entries about claims or merges"),
                        query("target", STR, false, null, "only entries about this claim id or merge id"),
                        query("entity", STR, false, null, "only entries about claims of this entity or its merges"),
                        query("since", STR, false, "2020", "on or after this date (YYYY, YYYY-MM, YYYY-MM-DD, UTC)"
                                + " or instant (2024-05-01T12:00:00Z)"),
                        query("until", STR, false, null, "on or before this date, or before this instant"),
                        query("limit", INT, false, "50", "page size, 1-" + Params.MAX_LIMIT),
                        query("offset", INT, false, "0", "items to skip")),
                        "AuditPage", false, this::audit),
                new ApiRoute("post", base + "/audit/{id}/undo", "undoAudit", "Undo the change of one audit entry "
                        + "by a new change with its own entry: a review goes back to the status before it, a manual "
                        + "or corrected claim is rejected, a merge is unmerged, an unmerge merged again",
                        List.of(ApiRoute.path("id", "1", "audit entry id")), "AuditView", false, this::undo,
                        "UndoRequest", 201));
    }

    /** The acting user: the authenticated caller, whom {@link Auth} requires for every change. */
    String who(Context ctx) {
        String name = Auth.userName(ctx);
        if (name == null) {
            throw new io.javalin.http.UnauthorizedResponse("log in to make changes");
        }
        return name;
    }

    // ------------------------------------------------------------------------------------------------ claims

    private void claim(Context ctx) {
        Claim c = requireClaim(idParam(ctx));
        List<Dto.ReviewView> reviews = new ArrayList<>();
        for (ClaimReview r : store.reviews(c.id())) {
            reviews.add(new Dto.ReviewView(r.status().wire(), r.reviewer(), r.note(), r.reviewedAt()));
        }
        List<String> newer = new ArrayList<>();
        for (Claim n : store.supersededBy(c.id())) {
            newer.add(n.id());
        }
        ctx.json(new Dto.ClaimDetail(c, reviews, newer));
    }

    private void review(Context ctx, ReviewStatus status) {
        JsonBody body = JsonBody.read(ctx, false, List.of("note"));
        String note = body.text("note", MAX_NOTE);
        String id = idParam(ctx);
        AuditEntry e;
        synchronized (writeLock) {
            requireClaim(id);
            e = store.review(id, status, who(ctx), note);
        }
        views.claimsChanged(Set.of(id));
        ctx.json(new Dto.ReviewResult(store.claim(id).orElseThrow(), view(e, null)));
    }

    private static final List<String> CLAIM_FIELDS = List.of("relation", "subject", "object", "objectLiteral",
            "start", "end", "at", "negated", "note");

    private void correct(Context ctx) {
        JsonBody body = JsonBody.read(ctx, true, CLAIM_FIELDS);
        String id = idParam(ctx);
        String note = body.text("note", MAX_NOTE);
        Relation r = relation(body.text("relation", 40));
        String subjectId = body.text("subject", MAX_ID);
        String objectText = body.text("object", MAX_NAME);
        boolean literal = Boolean.TRUE.equals(body.bool("objectLiteral"));
        PartialDate st = body.date("start");
        PartialDate en = body.date("end");
        PartialDate at = body.date("at");
        Boolean negated = body.bool("negated");
        if (!body.has("relation") && !body.has("subject") && !body.has("object") && !body.has("start")
                && !body.has("end") && !body.has("at") && negated == null) {
            throw new IllegalArgumentException("nothing to correct: give at least one of relation, subject, object, "
                    + "start, end, at, negated");
        }
        if (body.has("subject") && subjectId == null) {
            throw new IllegalArgumentException("field 'subject' must be an entity id");
        }
        Claim fix;
        Optional<AuditEntry> e;
        Claim old;
        synchronized (writeLock) {
            old = requireClaim(id);
            List<Claim> newer = store.supersededBy(id);
            if (!newer.isEmpty()) {
                throw new ConflictException("claim " + id + " is already corrected by "
                        + newer.get(newer.size() - 1).id() + "; correct that one");
            }
            Relation rel = r == null ? old.relation() : r;
            Ref subj = subjectId == null ? old.subject()
                    : Ref.of(requireEntity(subjectId, "subject"), old.subject().mention());
            Ref obj;
            if (!rel.hasObject()) {
                if (objectText != null) {
                    throw new IllegalArgumentException(rel.wire() + " takes no object");
                }
                obj = null;
            } else if (objectText != null) {
                String mention = old.object() == null ? objectText : old.object().mention();
                obj = literal ? Ref.literal(objectText) : Ref.of(requireEntity(objectText, "object"), mention);
            } else if (old.object() != null) {
                obj = old.object();
            } else {
                throw new IllegalArgumentException(rel.wire() + " needs an object: give 'object'");
            }
            if (subj.entityId() == null) {
                throw new IllegalArgumentException("the subject must be an entity");
            }
            fix = old.correctedTo(subj, rel, obj, body.has("start") ? st : old.start(),
                    body.has("end") ? en : old.end(), body.has("at") ? at : old.at(),
                    negated == null ? old.negated() : negated, MANUAL);
            if (sameContent(old, fix)) {
                throw new IllegalArgumentException("the correction changes nothing");
            }
            e = store.appendClaim(fix, who(ctx), note);
            if (e.isEmpty()) {
                throw new ConflictException("the same correction is already stored as claim " + fix.id());
            }
        }
        views.claimsChanged(Set.copyOf(List.of(fix.id(), old.id())));
        ctx.status(201).json(new Dto.ReviewResult(store.claim(fix.id()).orElseThrow(), view(e.get(), null)));
    }

    private static boolean sameContent(Claim a, Claim b) {
        return Objects.equals(a.subject().entityId(), b.subject().entityId()) && a.relation() == b.relation()
                && Objects.equals(a.object() == null ? null : a.object().entityId(),
                        b.object() == null ? null : b.object().entityId())
                && Objects.equals(a.object() == null ? null : a.object().name(),
                        b.object() == null ? null : b.object().name())
                && Objects.equals(a.start(), b.start()) && Objects.equals(a.end(), b.end())
                && Objects.equals(a.at(), b.at()) && a.negated() == b.negated();
    }

    private static final List<String> MANUAL_FIELDS = List.of("subject", "relation", "object", "objectLiteral",
            "start", "end", "at", "negated", "documentId", "url", "quote", "grade", "note");

    private void add(Context ctx) {
        JsonBody body = JsonBody.read(ctx, true, MANUAL_FIELDS);
        String subjectId = body.requiredText("subject", MAX_ID);
        Relation rel = relation(body.requiredText("relation", 40));
        String objectText = body.text("object", MAX_NAME);
        boolean literal = Boolean.TRUE.equals(body.bool("objectLiteral"));
        PartialDate st = body.date("start");
        PartialDate en = body.date("end");
        PartialDate at = body.date("at");
        boolean negated = Boolean.TRUE.equals(body.bool("negated"));
        String docId = body.text("documentId", MAX_ID);
        String url = body.text("url", MAX_URL);
        String quote = body.requiredText("quote", MAX_QUOTE);
        String gradeText = body.text("grade", 2);
        String note = body.text("note", MAX_NOTE);
        if ((docId == null) == (url == null)) {
            throw new IllegalArgumentException("cite either a stored document ('documentId') or a web page ('url')");
        }
        Grade grade;
        try {
            grade = gradeText == null ? null : Grade.parse(gradeText);
        } catch (IllegalArgumentException x) {
            throw new IllegalArgumentException("field 'grade' must be an Admiralty grade such as B2");
        }
        if (docId != null && gradeText != null) {
            throw new IllegalArgumentException("'grade' is the stored document's own; give it only with 'url'");
        }
        URI page = url == null ? null : webPage(url);
        if (rel.hasObject() && objectText == null) {
            throw new IllegalArgumentException(rel.wire() + " needs an object: give 'object'");
        }
        if (!rel.hasObject() && objectText != null) {
            throw new IllegalArgumentException(rel.wire() + " takes no object");
        }
        Claim c;
        Optional<AuditEntry> e;
        Document citation = null;
        synchronized (writeLock) {
            Entity subj = requireEntity(subjectId, "subject");
            Ref obj = null;
            if (objectText != null && literal) {
                obj = Ref.literal(objectText);
            } else if (objectText != null) {
                Entity o = requireEntity(objectText, "object");
                obj = Ref.of(o, o.canonicalName());
            }
            Evidence ev;
            Grade g;
            if (docId != null) {
                Document d = store.document(docId).orElseThrow(
                        () -> new NotFoundException("no document with id '" + Params.clip(docId) + "'"));
                ev = locate(d, quote);
                g = d.grade();
            } else {
                citation = Citation.document(page, quote, grade);
                ev = Citation.evidence(citation);
                g = grade;
            }
            c = new Claim(null, Ref.of(subj, subj.canonicalName()), rel, obj, st, en, at, negated, false, 1.0, ev,
                    MANUAL, g, ReviewStatus.ACCEPTED, null, null);
            if (store.claim(c.id()).isPresent()) {
                throw new ConflictException("the same claim is already stored as claim " + c.id());
            }
            if (citation != null) {
                store.saveDocument(citation, List.of(), List.of());
            }
            e = store.appendClaim(c, who(ctx), note);
            if (e.isEmpty()) {
                throw new ConflictException("the same claim is already stored as claim " + c.id());
            }
        }
        if (citation != null) {
            views.invalidate();
        } else {
            views.claimsChanged(Set.of(c.id()));
        }
        ctx.status(201).json(new Dto.ReviewResult(store.claim(c.id()).orElseThrow(), view(e.get(), null)));
    }

    /** An absolute http(s) URL with a host ({@link Citation#webPage}). */
    private static URI webPage(String url) {
        try {
            return Citation.webPage(url);
        } catch (IllegalArgumentException x) {
            throw new IllegalArgumentException("field 'url': " + x.getMessage());
        }
    }

    /** Where {@code quote} occurs in the document (runs of whitespace match any whitespace), as evidence. */
    static Evidence locate(Document doc, String quote) {
        return Citation.locate(doc, quote).orElseThrow(() -> new IllegalArgumentException(
                "the quote does not occur in document " + Params.clip(doc.name())));
    }

    // ------------------------------------------------------------------------------------------------ merges

    private void merges(Context ctx) {
        String entity = Params.string(ctx, "entity");
        String active = Params.string(ctx, "active");
        Boolean onlyActive = active == null ? null : switch (active.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("parameter 'active' must be true or false");
        };
        Set<String> ids = null;
        if (entity != null) {
            Entity e = requireEntity(entity, "entity");
            ids = new HashSet<>(List.of(entity, e.id()));
        }
        List<Dto.MergeView> out = new ArrayList<>();
        for (MergeRecord r : store.merges()) {
            if ((onlyActive == null || onlyActive == r.active())
                    && (ids == null || ids.contains(r.keptId()) || ids.contains(r.mergedId()))) {
                out.add(view(r));
            }
        }
        Collections.reverse(out);
        ctx.json(out);
    }

    private void merge(Context ctx) {
        JsonBody body = JsonBody.read(ctx, true, List.of("keep", "merged", "canonicalName", "reason"));
        String keep = body.requiredText("keep", MAX_ID);
        String merged = body.requiredText("merged", MAX_ID);
        String name = body.text("canonicalName", MAX_NAME);
        String reason = body.text("reason", MAX_NOTE);
        if (keep.equals(merged)) {
            throw new IllegalArgumentException("an entity cannot be merged into itself");
        }
        MergeRecord r;
        synchronized (writeLock) {
            Entity k = requireEntity(keep, "keep");
            Entity m = requireEntity(merged, "merged");
            Map<String, MergeRecord> active = activeMerges();
            if (active.containsKey(merged)) {
                throw new ConflictException(merged + " is already merged (merge " + active.get(merged).id()
                        + "); unmerge that first");
            }
            if (k.id().equals(m.id())) {
                throw new ConflictException("the two ids already name the same entity, " + k.id());
            }
            if (root(keep, active).equals(merged)) {
                throw new ConflictException("that would make a cycle: " + keep + " is already merged into " + merged);
            }
            r = store.merge(keep, merged, name, who(ctx), reason);
        }
        views.invalidate();
        ctx.status(201).json(new Dto.MergeResult(view(r), view(lastEntry(AuditAction.MERGE, r.id()), null)));
    }

    private void unmerge(Context ctx) {
        JsonBody body = JsonBody.read(ctx, false, List.of("reason"));
        String reason = body.text("reason", MAX_NOTE);
        long id = longParam(ctx, "merge");
        MergeRecord after;
        synchronized (writeLock) {
            MergeRecord r = mergeById(id);
            if (!r.active()) {
                throw new ConflictException("merge " + id + " was already undone by " + r.undoneBy());
            }
            store.unmerge(id, who(ctx), reason);
            after = mergeById(id);
        }
        views.invalidate();
        ctx.json(new Dto.MergeResult(view(after), view(lastEntry(AuditAction.UNMERGE, id), null)));
    }

    private MergeRecord mergeById(long id) {
        for (MergeRecord r : store.merges()) {
            if (r.id() == id) {
                return r;
            }
        }
        throw new NotFoundException("no merge with id " + id);
    }

    private Map<String, MergeRecord> activeMerges() {
        Map<String, MergeRecord> out = new HashMap<>();
        for (MergeRecord r : store.merges()) {
            if (r.active()) {
                out.put(r.mergedId(), r);
            }
        }
        return out;
    }

    private static String root(String id, Map<String, MergeRecord> active) {
        String cur = id;
        Set<String> seen = new HashSet<>();
        while (active.containsKey(cur) && seen.add(cur)) {
            cur = active.get(cur).keptId();
        }
        return cur;
    }

    private AuditEntry lastEntry(AuditAction action, long mergeId) {
        List<AuditEntry> es = store.audit(AuditQuery.all().withAction(action)
                .forTarget(AuditEntry.MERGE, Long.toString(mergeId)));
        return es.get(es.size() - 1);
    }

    private Dto.MergeView view(MergeRecord r) {
        String keptName = store.entity(r.keptId()).map(Entity::canonicalName).orElse(r.keptId());
        return new Dto.MergeView(r.id(), r.keptId(), keptName, r.mergedId(), r.canonicalName(), r.who(), r.reason(),
                r.createdAt(), r.active(), r.undoneBy(), r.undoReason(), r.undoneAt());
    }

    // ------------------------------------------------------------------------------------------------ audit

    private void audit(Context ctx) {
        String who = Params.string(ctx, "who");
        String actionText = Params.string(ctx, "action");
        AuditAction action = actionText == null ? null : AuditAction.parse(actionText);
        String targetType = Params.string(ctx, "targetType");
        if (targetType != null && !targetType.equals(AuditEntry.CLAIM) && !targetType.equals(AuditEntry.MERGE)) {
            throw new IllegalArgumentException("parameter 'targetType' must be claim or merge");
        }
        String target = Params.string(ctx, "target");
        String entity = Params.string(ctx, "entity");
        Instant since = instant(Params.string(ctx, "since"), "since", false);
        Instant until = instant(Params.string(ctx, "until"), "until", true);
        int limit = Params.limit(ctx, Params.DEFAULT_LIMIT, Params.MAX_LIMIT);
        int offset = Params.offset(ctx);
        for (String v : new String[] {who, target}) {
            if (v != null && v.length() > MAX_ID) {
                throw new IllegalArgumentException("a filter is longer than " + MAX_ID + " characters");
            }
        }
        Set<String> claimIds = null;
        Set<String> entityIds = null;
        if (entity != null) {
            Entity e = requireEntity(entity, "entity");
            entityIds = new HashSet<>(List.of(entity, e.id()));
            claimIds = new HashSet<>();
            for (Claim c : store.claims(ClaimQuery.everything().forEntity(e.id()))) {
                claimIds.add(c.id());
            }
        }
        List<AuditEntry> all = store.audit(new AuditQuery(who, action, targetType, target, since, until));
        Map<Long, Long> undoneBy = undoneBy();
        Map<String, MergeRecord> merges = new HashMap<>();
        if (entityIds != null) {
            for (MergeRecord r : store.merges()) {
                merges.put(Long.toString(r.id()), r);
            }
        }
        List<AuditEntry> kept = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            AuditEntry e = all.get(i);
            if (entityIds != null) {
                boolean about = e.targetType().equals(AuditEntry.CLAIM) ? claimIds.contains(e.targetId())
                        : merges.containsKey(e.targetId()) && (entityIds.contains(merges.get(e.targetId()).keptId())
                        || entityIds.contains(merges.get(e.targetId()).mergedId()));
                if (!about) {
                    continue;
                }
            }
            kept.add(e);
        }
        int from = Math.min(offset, kept.size());
        int to = Math.min(kept.size(), from + limit);
        List<Dto.AuditView> items = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        for (AuditEntry e : kept.subList(from, to)) {
            items.add(view(e, undoneBy.get(e.id()), labels));
        }
        ctx.json(new Dto.Page<>(kept.size(), offset, limit, items));
    }

    /** For each undone entry, the entry that undid it (the latest). */
    private Map<Long, Long> undoneBy() {
        Map<Long, Long> out = new HashMap<>();
        for (AuditEntry e : store.audit(AuditQuery.all())) {
            if (e.undoes() != null) {
                out.put(e.undoes(), e.id());
            }
        }
        return out;
    }

    /** A date (its first instant, or for {@code end} the first instant after it) or an ISO instant. */
    static Instant instant(String text, String name, boolean end) {
        if (text == null) {
            return null;
        }
        try {
            PartialDate d = PartialDate.parse(text);
            return end ? d.lastDay().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : d.firstDay().atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (RuntimeException notADate) {
            try {
                return Instant.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("parameter '" + name + "' must be a date (YYYY, YYYY-MM, "
                        + "YYYY-MM-DD) or an instant (2024-05-01T12:00:00Z)");
            }
        }
    }

    private void undo(Context ctx) {
        JsonBody.read(ctx, false, List.of());
        long id = longParam(ctx, "audit entry");
        AuditEntry done;
        AuditEntry e;
        synchronized (writeLock) {
            e = null;
            Long undoneBy = null;
            for (AuditEntry x : store.audit(AuditQuery.all())) {
                if (x.id() == id) {
                    e = x;
                }
                if (x.undoes() != null && x.undoes() == id) {
                    undoneBy = x.id();
                }
            }
            if (e == null) {
                throw new NotFoundException("no audit entry with id " + id);
            }
            if (undoneBy != null) {
                throw new ConflictException("audit entry " + id + " was already undone by entry " + undoneBy);
            }
            checkUndoable(e);
            done = store.undo(id, who(ctx));
        }
        if (e.targetType().equals(AuditEntry.CLAIM)) {
            views.claimsChanged(Set.of(e.targetId()));
        } else {
            views.invalidate();
        }
        ctx.status(201).json(view(done, null));
    }

    /** Throws a conflict when the store would refuse to undo {@code e}, as {@link ClaimStore#undo} describes. */
    private void checkUndoable(AuditEntry e) {
        switch (e.action()) {
            case REVIEW -> {
                ReviewStatus now = store.claim(e.targetId()).map(Claim::reviewStatus).orElse(null);
                ReviewStatus after = statusIn(e.afterJson());
                ReviewStatus before = statusIn(e.beforeJson());
                if (now == null || after == null || before == null) {
                    throw new ConflictException("audit entry " + e.id() + " cannot be undone: its claim or "
                            + "statuses are missing");
                }
                if (now != after) {
                    throw new ConflictException("claim " + e.targetId() + " is now " + now.wire() + ", not "
                            + after.wire() + " as entry " + e.id() + " left it; undo the later change first");
                }
            }
            case ADD_CLAIM, CORRECT_CLAIM -> {
                ReviewStatus now = store.claim(e.targetId()).map(Claim::reviewStatus).orElse(null);
                if (now == null || now == ReviewStatus.REJECTED) {
                    throw new ConflictException("claim " + e.targetId() + " is already rejected");
                }
            }
            case MERGE -> {
                MergeRecord r = mergeById(mergeId(e));
                if (!r.active()) {
                    throw new ConflictException("merge " + r.id() + " is already undone");
                }
            }
            case UNMERGE -> {
                MergeRecord r = mergeById(mergeId(e));
                if (r.active()) {
                    throw new ConflictException("merge " + r.id() + " is active again");
                }
                Map<String, MergeRecord> active = activeMerges();
                if (active.containsKey(r.mergedId())) {
                    throw new ConflictException(r.mergedId() + " is merged elsewhere now (merge "
                            + active.get(r.mergedId()).id() + ")");
                }
                if (root(r.keptId(), active).equals(r.mergedId())) {
                    throw new ConflictException("merging again would make a cycle");
                }
                if (store.entity(r.keptId()).isEmpty() || store.entity(r.mergedId()).isEmpty()) {
                    throw new ConflictException("an entity of merge " + r.id() + " is no longer stored");
                }
            }
            default -> throw new ConflictException("audit entry " + e.id() + " cannot be undone");
        }
    }

    private static long mergeId(AuditEntry e) {
        try {
            return Long.parseLong(e.targetId());
        } catch (NumberFormatException x) {
            throw new ConflictException("audit entry " + e.id() + " names no merge");
        }
    }

    private static ReviewStatus statusIn(String json) {
        JsonNode n = tree(json);
        JsonNode s = n == null ? null : n.get("status");
        if (s == null || !s.isTextual()) {
            return null;
        }
        try {
            return ReviewStatus.parse(s.asText());
        } catch (IllegalArgumentException x) {
            return null;
        }
    }

    private static JsonNode tree(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }

    private Dto.AuditView view(AuditEntry e, Long undoneBy) {
        return view(e, undoneBy, new HashMap<>());
    }

    private Dto.AuditView view(AuditEntry e, Long undoneBy, Map<String, String> labels) {
        JsonNode before = tree(e.beforeJson());
        JsonNode after = tree(e.afterJson());
        String label = null;
        if (e.targetType().equals(AuditEntry.CLAIM)) {
            label = labels.computeIfAbsent(e.targetId(), id -> store.claim(id).map(ReviewApi::describe).orElse(""));
            label = label.isEmpty() ? null : label;
        }
        return new Dto.AuditView(e.id(), e.who(), e.at(), e.action().wire(), e.targetType(), e.targetId(), before,
                after, e.note(), e.undoes(), undoneBy, summary(e, before, after), label);
    }

    /** What a claim says, in one line: {@code Jund al-Aqsa member of Jaysh al-Fatah 2015-03 – 2015-10}. */
    static String describe(Claim c) {
        StringBuilder sb = new StringBuilder();
        sb.append(c.subject().name()).append(c.negated() ? " NOT " : " ").append(c.relation().wire().replace('_', ' '));
        if (c.object() != null) {
            sb.append(' ').append(c.object().name());
        }
        if (c.start() != null || c.end() != null) {
            sb.append(' ').append(c.start() == null ? "…" : c.start()).append(" – ")
                    .append(c.end() == null ? "…" : c.end());
        }
        if (c.at() != null) {
            sb.append(" at ").append(c.at());
        }
        return sb.toString();
    }

    /** The change in a few words, as the CLI's audit listing writes it. */
    static String summary(AuditEntry e, JsonNode before, JsonNode after) {
        String undo = e.undoes() == null ? "" : "undoes " + e.undoes() + ": ";
        return undo + switch (e.action()) {
            case REVIEW -> text(before, "status") + " → " + text(after, "status");
            case ADD_CLAIM -> "new " + text(after, "relation") + " claim";
            case CORRECT_CLAIM -> "supersedes " + text(before, "id");
            case MERGE -> text(after, "merged_id") + " into " + text(after, "kept_id");
            case UNMERGE -> text(after, "merged_id") + " out of " + text(after, "kept_id");
        };
    }

    private static String text(JsonNode n, String field) {
        return n == null || n.get(field) == null || n.get(field).isNull() ? "?" : n.get(field).asText();
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static String idParam(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.isBlank() || id.length() > MAX_ID) {
            throw new IllegalArgumentException("the id must be 1-" + MAX_ID + " characters");
        }
        return id;
    }

    private static long longParam(Context ctx, String what) {
        String v = ctx.pathParam("id").strip();
        try {
            long n = Long.parseLong(v);
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the " + what + " id must be a positive integer: "
                    + Params.clip(v.replaceAll("\\p{Cntrl}", "?")));
        }
    }

    private Claim requireClaim(String id) {
        return store.claim(id).orElseThrow(() -> new NotFoundException("no claim with id '"
                + Params.clip(id.replaceAll("\\p{Cntrl}", "?")) + "'"));
    }

    private Entity requireEntity(String id, String field) {
        return store.entity(id).orElseThrow(() -> new NotFoundException("no entity with id '"
                + Params.clip(id.replaceAll("\\p{Cntrl}", "?")) + "' (field '" + field + "')"));
    }

    private static Relation relation(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Relation.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field 'relation': " + e.getMessage());
        }
    }
}
