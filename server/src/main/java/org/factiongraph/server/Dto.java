package org.factiongraph.server;

import java.util.ArrayList;
import java.util.List;
import org.factiongraph.graph.Change;
import org.factiongraph.graph.Contradiction;
import org.factiongraph.graph.Fact;
import org.factiongraph.graph.Lifetime;
import org.factiongraph.graph.Lineage;
import org.factiongraph.graph.RosterEntry;
import org.factiongraph.graph.TimelineEvent;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.Grade;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Relation;

/**
 * The JSON shapes of the API that are not model records themselves (those are serialised as they are). Each record
 * here has a schema of the same name in the OpenAPI document. Immutable values.
 */
final class Dto {

    private Dto() {
    }

    /** A list page: the total number of matches and the items from {@code offset}. */
    record Page<T>(int total, int offset, int limit, List<T> items) {
    }

    /** An entity named briefly. */
    record EntityRef(String id, String name, EntityKind kind) {
        static EntityRef of(Entity e) {
            return new EntityRef(e.id(), e.canonicalName(), e.kind());
        }
    }

    /** One claim as evidence for a fact: the sentence, where it was read, its date, grade and confidence. */
    record EvidenceItem(String claimId, String sentence, String documentId, String documentName, int start, int end,
                        PartialDate date, PartialDate startDate, PartialDate endDate, Grade grade,
                        double confidence, boolean hedged, boolean negated, String method, String reviewStatus) {
        static EvidenceItem of(Claim c) {
            var ev = c.evidence();
            PartialDate d = c.at() != null ? c.at() : c.start() != null ? c.start() : c.end();
            return new EvidenceItem(c.id(), ev == null ? null : ev.sentence(), ev == null ? null : ev.documentId(),
                    ev == null ? null : ev.documentName(), ev == null ? -1 : ev.start(), ev == null ? -1 : ev.end(),
                    d, c.start(), c.end(), c.sourceGrade(), c.confidence(), c.hedged(), c.negated(), c.method(),
                    c.reviewStatus().wire());
        }

        static List<EvidenceItem> of(List<Claim> claims) {
            List<EvidenceItem> out = new ArrayList<>(claims.size());
            for (Claim c : claims) {
                out.add(of(c));
            }
            return out;
        }
    }

    /** A fact with its evidence on both sides. */
    record FactView(String id, String subjectId, String subjectName, Relation relation, String objectId,
                    String objectName, boolean asserted, double confidence, double negatedConfidence,
                    int independentSources, List<String> documents, PartialDate start, PartialDate end,
                    PartialDate at, PartialDate holdsFrom, PartialDate holdsUntil, String untilReason,
                    List<EvidenceItem> evidence, List<EvidenceItem> negatingEvidence) {
        static FactView of(Fact f, Names names) {
            return new FactView(factId(f), f.subjectId(), names.name(f.subjectId()), f.relation(), f.objectId(),
                    f.objectId() == null ? f.objectName() : names.name(f.objectId()), f.asserted(), f.confidence(),
                    f.negatedConfidence(), f.independentSources(), f.documents(), f.start(), f.end(), f.at(),
                    f.holdsFrom(), f.holdsUntil(), f.untilReason(), EvidenceItem.of(f.claims()),
                    EvidenceItem.of(f.negatingClaims()));
        }
    }

    /** The id of a fact as the API names it: {@code relation|subjectId|objectId}. */
    static String factId(Fact f) {
        return f.relation().wire() + "|" + f.subjectId() + "|" + (f.objectId() == null ? "" : f.objectId());
    }

    /** Looks up entity names for ids. */
    interface Names {
        String name(String id);
    }

    /**
     * One entity's profile. {@code mergedFrom} is null unless the id asked for names an entity merged into this one
     * (by an active merge): the profile is then the surviving entity's.
     */
    record EntityProfile(Entity entity, Lifetime lifetime, List<FactView> facts,
                         List<ContradictionView> contradictions, MergedFrom mergedFrom) {
    }

    /**
     * The merged-away entity id a profile was asked for: {@code mergeId} is its own active merge, into
     * {@code mergedInto} (which may itself be merged further, into the profile's entity), by {@code who} at
     * {@code at}.
     */
    record MergedFrom(String id, long mergeId, String mergedInto, String who, java.time.Instant at) {
    }

    /** One node of the network at a date. */
    record NetNode(String id, String name, EntityKind kind, int degree) {
    }

    /** One edge of the network at a date; {@code id} is the fact id. */
    record NetEdge(String id, String source, String target, Relation relation, double confidence, int sources,
                   PartialDate from, PartialDate until) {
    }

    /** The network at a date. */
    record Network(PartialDate at, int nodeCount, int edgeCount, List<NetNode> nodes, List<NetEdge> edges) {
    }

    /** The dates the data covers (months), for the time slider. */
    record Range(PartialDate from, PartialDate to) {
    }

    /** One member of a coalition at a date. */
    record RosterItem(EntityRef member, PartialDate from, PartialDate until, double confidence,
                      List<EvidenceItem> evidence) {
        static RosterItem of(RosterEntry r) {
            return new RosterItem(EntityRef.of(r.member()), r.from(), r.until(), r.fact().confidence(),
                    EvidenceItem.of(r.evidence()));
        }
    }

    /** One timeline event. */
    record TimelineItem(PartialDate date, TimelineEvent.Kind kind, String otherId, String otherName,
                        boolean subjectSide, Relation relation, PartialDate holdsFrom, PartialDate holdsUntil,
                        String description, String factId, List<EvidenceItem> evidence) {
        static TimelineItem of(TimelineEvent e) {
            return new TimelineItem(e.date(), e.kind(), e.otherId(), e.otherName(), e.subjectSide(),
                    e.fact().relation(), e.fact().holdsFrom(), e.fact().holdsUntil(), e.description(),
                    Dto.factId(e.fact()), EvidenceItem.of(e.evidence()));
        }
    }

    /** The family tree of an entity. */
    record LineageView(EntityRef root, List<LineageNode> predecessors, List<LineageNode> successors,
                       List<LineageLink> memberOf, List<LineageLink> members) {
        static LineageView of(Lineage l) {
            return new LineageView(EntityRef.of(l.root()), LineageNode.of(l.predecessors()),
                    LineageNode.of(l.successors()), LineageLink.of(l.memberOf()), LineageLink.of(l.members()));
        }
    }

    /** One node of a family tree and its next generation. */
    record LineageNode(EntityRef entity, Relation relation, PartialDate date, List<LineageNode> next) {
        static List<LineageNode> of(List<Lineage.Node> nodes) {
            List<LineageNode> out = new ArrayList<>();
            for (Lineage.Node n : nodes) {
                out.add(new LineageNode(EntityRef.of(n.entity()), n.relation(), n.date(), of(n.next())));
            }
            return out;
        }
    }

    /** A membership in a family tree. */
    record LineageLink(EntityRef entity, PartialDate from, PartialDate until) {
        static List<LineageLink> of(List<Lineage.Link> links) {
            List<LineageLink> out = new ArrayList<>();
            for (Lineage.Link l : links) {
                out.add(new LineageLink(EntityRef.of(l.entity()), l.from(), l.until()));
            }
            return out;
        }
    }

    /** A shortest chain of facts between two entities. */
    record PathView(boolean found, int length, List<EntityRef> entities, List<FactView> facts) {
    }

    /** One change to the map. */
    record ChangeView(PartialDate date, Change.Kind kind, String entityId, String entityName, String otherId,
                      String otherName, String description, String factId) {
        static ChangeView of(Change c, Names names) {
            return new ChangeView(c.date(), c.kind(), c.entityId(), names.name(c.entityId()), c.otherId(),
                    c.otherId() == null ? null : names.name(c.otherId()), c.description(),
                    c.fact() == null ? null : Dto.factId(c.fact()));
        }
    }

    /** Claims that cannot all be right. */
    record ContradictionView(Contradiction.Kind kind, String entityId, String entityName, String factId,
                             String description, List<EvidenceItem> sideA, List<EvidenceItem> sideB) {
        static ContradictionView of(Contradiction c, Names names) {
            return new ContradictionView(c.kind(), c.entityId(), names.name(c.entityId()),
                    c.fact() == null ? null : Dto.factId(c.fact()), c.description(), EvidenceItem.of(c.sideA()),
                    EvidenceItem.of(c.sideB()));
        }
    }

    /** A highlighted span of a document's text: a recognised entity (linked) or time expression. */
    record Span(int start, int end, String type, String entityId, EntityKind kind, String label) {
    }

    /** A document with its text, highlighted spans and the claims read from it. */
    record DocumentView(org.factiongraph.model.Document document, List<Span> spans, List<Claim> claims) {
    }

    /** An entity found by search. */
    record EntityHit(String id, String canonicalName, EntityKind kind, String matchedName, double score) {
    }

    /** A highlighted part of a snippet. */
    record Highlight(int start, int end) {
    }

    /** A document found by search, with a snippet and the parts of it to highlight. */
    record DocumentHit(String id, String name, String title, String snippet, List<Highlight> highlights, int hits) {
    }

    /** Search results. */
    record SearchResult(String query, List<EntityHit> entities, List<DocumentHit> documents) {
    }

    /** The outcome of one uploaded file. */
    record UploadResult(String file, boolean ok, String message) {
    }

    /** The outcomes of an upload. */
    record UploadResults(List<UploadResult> results) {
    }

    /** Store and graph counts. */
    record Stats(long documents, long entities, long claims, long superseded, int facts, int contradictions,
                 Range range) {
    }

    /** An error body. */
    record Error(String error, int status) {
    }

    /**
     * One audit log entry: who did what to which target and when, the target's state before and after (JSON
     * objects as the store recorded them, either may be null), the note, the entry it undoes and the entry that
     * undid it (null when none), a one-line summary of the change and, for claims, what the claim says.
     */
    record AuditView(long id, String who, java.time.Instant at, String action, String targetType, String targetId,
                     com.fasterxml.jackson.databind.JsonNode before, com.fasterxml.jackson.databind.JsonNode after,
                     String note, Long undoes, Long undoneBy, String summary, String targetLabel) {
    }

    /** A claim after a review or a new claim, with the audit entry that recorded the change. */
    record ReviewResult(Claim claim, AuditView audit) {
    }

    /** One review event of a claim. */
    record ReviewView(String status, String reviewer, String note, java.time.Instant reviewedAt) {
    }

    /** One claim with its review history and the claims that supersede it (none when it is current). */
    record ClaimDetail(Claim claim, List<ReviewView> reviews, List<String> supersededBy) {
    }

    /** An entity merge: {@code mergedId} is read as {@code keptId} while it is active. */
    record MergeView(long id, String keptId, String keptName, String mergedId, String canonicalName, String who,
                     String reason, java.time.Instant createdAt, boolean active, String undoneBy, String undoReason,
                     java.time.Instant undoneAt) {
    }

    /** A merge after a merge or an unmerge, with the audit entry that recorded the change. */
    record MergeResult(MergeView merge, AuditView audit) {
    }
}
