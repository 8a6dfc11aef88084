package org.factiongraph.store;

import java.time.Instant;
import org.factiongraph.model.ReviewStatus;

/** One review event of a claim: the status an analyst gave it, who ({@code reviewer}, may be null), a note, when. */
public record ClaimReview(String claimId, ReviewStatus status, String reviewer, String note, Instant reviewedAt) {
}
