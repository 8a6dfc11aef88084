package org.factiongraph.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One statement read from one place in one document, or entered by an analyst: subject, relation, object (null for
 * {@code founded}/{@code dissolved}), the dates the text gives, flags, confidence, evidence, the method that made it
 * ({@code infobox:part_of}, {@code rule:coalition-members-list}, {@code manual}), the source's grade and its review
 * status.
 *
 * <p>Claims are never overwritten: a correction is a new claim whose {@code supersedes} names the old claim's id.
 * {@code id} is derived from what the claim says and where it was read ({@link #identity}), so extracting the same
 * document twice yields the same ids. {@code createdAt} is set by the store and is not part of the identity.
 */
public record Claim(String id, Ref subject, Relation relation, Ref object,
                    PartialDate start, PartialDate end, PartialDate at,
                    boolean negated, boolean hedged, double confidence,
                    Evidence evidence, String method, Grade sourceGrade,
                    ReviewStatus reviewStatus, String supersedes, Instant createdAt) {

    public Claim {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(method, "method");
        if (relation.hasObject() && object == null) {
            throw new IllegalArgumentException(relation.wire() + " needs an object");
        }
        if (!relation.hasObject() && object != null) {
            throw new IllegalArgumentException(relation.wire() + " takes no object");
        }
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
        }
        reviewStatus = reviewStatus == null ? ReviewStatus.UNREVIEWED : reviewStatus;
        id = id == null ? identity(subject, relation, object, start, end, at, negated, evidence, method) : id;
    }

    /** A new extracted claim; its id is computed from its content. */
    public static Claim extracted(Ref subject, Relation relation, Ref object, PartialDate start, PartialDate end,
                                  PartialDate at, boolean negated, boolean hedged, double confidence,
                                  Evidence evidence, String method, Grade grade) {
        return new Claim(null, subject, relation, object, start, end, at, negated, hedged, confidence, evidence,
                method, grade, ReviewStatus.UNREVIEWED, null, null);
    }

    /** The content hash that names a claim. */
    public static String identity(Ref subject, Relation relation, Ref object, PartialDate start, PartialDate end,
                                  PartialDate at, boolean negated, Evidence evidence, String method) {
        String key = String.join("\u001f",
                String.valueOf(subject.entityId()), subject.name(), String.valueOf(subject.mention()),
                relation.wire(),
                object == null ? "" : String.valueOf(object.entityId()),
                object == null ? "" : object.name(),
                object == null ? "" : String.valueOf(object.mention()),
                String.valueOf(start), String.valueOf(end), String.valueOf(at), String.valueOf(negated),
                evidence == null ? "" : evidence.documentId() + ":" + evidence.start() + ":" + evidence.end(),
                method);
        return Hashing.sha256Hex(key).substring(0, 32);
    }

    public Claim withReview(ReviewStatus status) {
        return new Claim(id, subject, relation, object, start, end, at, negated, hedged, confidence, evidence,
                method, sourceGrade, status, supersedes, createdAt);
    }

    public Claim withCreatedAt(Instant t) {
        return new Claim(id, subject, relation, object, start, end, at, negated, hedged, confidence, evidence,
                method, sourceGrade, reviewStatus, supersedes, t);
    }

    public Claim withSubject(Ref s) {
        return new Claim(null, s, relation, object, start, end, at, negated, hedged, confidence, evidence,
                method, sourceGrade, reviewStatus, supersedes, createdAt);
    }

    public Claim withObject(Ref o) {
        return new Claim(null, subject, relation, o, start, end, at, negated, hedged, confidence, evidence,
                method, sourceGrade, reviewStatus, supersedes, createdAt);
    }

    /** A correction of this claim: a new claim with the given content that supersedes this one. */
    public Claim correctedTo(Ref s, Relation r, Ref o, PartialDate st, PartialDate en, PartialDate a,
                             boolean neg, String how) {
        return new Claim(null, s, r, o, st, en, a, neg, hedged, confidence, evidence, how, sourceGrade,
                ReviewStatus.CORRECTED, id, null);
    }
}
