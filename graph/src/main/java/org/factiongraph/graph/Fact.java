package org.factiongraph.graph;

import java.util.List;
import org.factiongraph.model.Claim;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Relation;

/**
 * All claims about one (subject, relation, object), combined across documents.
 *
 * <p>{@code objectId} is null for {@code founded}/{@code dissolved} and for literal objects (then
 * {@code objectName} holds the literal). For symmetric relations the subject is the entity with the smaller id.
 * {@code claims} are the asserting claims, {@code negatingClaims} the claims that deny the fact; {@code documents}
 * the documents of the asserting claims; {@code independentSources} the number of distinct publishers among them
 * (a document without a publisher counts on its own). {@code confidence} and {@code negatedConfidence} are the
 * noisy-or, over independent sources, of each source's strongest claim (claim confidence × grade weight, × 0.6
 * when hedged; 1.0 for an analyst-accepted claim). {@code asserted} says whether the fact counts as true for the
 * queries (see {@link KnowledgeGraph} for the rule).
 *
 * <p>{@code start}, {@code end}, {@code at} are the best dates: the most precise dates the sources agree on.
 * {@code holdsFrom}/{@code holdsUntil} is the period the fact is taken to hold after the time rules of
 * {@link KnowledgeGraph} (either may be null = open; both null = undated), and {@code untilReason} says what
 * ended it ({@code stated end}, {@code document time frame}, {@code fought …}, {@code dissolved …}) or is null.
 * Immutable, thread-safe.
 */
public record Fact(String subjectId, Relation relation, String objectId, String objectName,
                   List<Claim> claims, List<Claim> negatingClaims, List<String> documents,
                   int independentSources, double confidence, double negatedConfidence, boolean asserted,
                   PartialDate start, PartialDate end, PartialDate at,
                   PartialDate holdsFrom, PartialDate holdsUntil, String untilReason) {

    public Fact {
        claims = List.copyOf(claims);
        negatingClaims = List.copyOf(negatingClaims);
        documents = List.copyOf(documents);
    }

    /** True when the fact is asserted and its holding period may include {@code date}. Undated facts never do. */
    public boolean holdsAt(PartialDate date) {
        return holdsWithin(date, date);
    }

    /**
     * True when the fact is asserted and its holding period overlaps the period from {@code from} to {@code to}
     * (either may be null = open).
     */
    public boolean holdsWithin(PartialDate from, PartialDate to) {
        if (!asserted || (holdsFrom == null && holdsUntil == null)) {
            return false;
        }
        if (holdsFrom != null && holdsUntil != null && holdsUntil.isBefore(holdsFrom)) {
            return false;
        }
        return (to == null || holdsFrom == null || !holdsFrom.isAfter(to))
                && (from == null || holdsUntil == null || !holdsUntil.isBefore(from));
    }

    /** The id of the other side of this fact seen from {@code entityId}, or null when there is none. */
    public String other(String entityId) {
        if (entityId.equals(subjectId)) {
            return objectId;
        }
        return entityId.equals(objectId) ? subjectId : null;
    }
}
