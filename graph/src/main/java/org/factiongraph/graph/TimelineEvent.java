package org.factiongraph.graph;

import java.util.List;
import org.factiongraph.model.Claim;
import org.factiongraph.model.PartialDate;

/**
 * One dated (or undated: {@code date} null) event in an entity's history, seen from {@code entityId}:
 * what happened ({@code kind}), with whom ({@code otherId}/{@code otherName}, null when nobody),
 * whether the entity is the fact's subject ({@code subjectSide}; for an event seen from a coalition, "X joined"
 * has {@code subjectSide} false), the fact and its evidence, and a one-line description. Immutable.
 */
public record TimelineEvent(PartialDate date, Kind kind, String entityId, String otherId, String otherName,
                            boolean subjectSide, Fact fact, List<Claim> evidence, String description) {

    public TimelineEvent {
        evidence = List.copyOf(evidence);
    }

    /** What kind of event. */
    public enum Kind {
        FOUNDED, DISSOLVED, RENAMED, MERGED, SPLIT, LEFT, JOINED, MEMBER, PLEDGED, DEFECTED, FOUGHT, ALLIED,
        SUPPORTED, LED_BY, OPERATED_IN, IDEOLOGY
    }
}
