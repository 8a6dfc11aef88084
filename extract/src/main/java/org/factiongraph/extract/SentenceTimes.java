package org.factiongraph.extract;

import org.factiongraph.model.PartialDate;
import org.factiongraph.time.TimeMention;

import java.util.List;

/**
 * The time expressions of each sentence and the anchor date before it (the running date of the narrative, else
 * the document's date). Immutable.
 */
record SentenceTimes(List<List<TimeMention>> mentions, List<PartialDate> anchors) {
    SentenceTimes {
        mentions = List.copyOf(mentions);
        anchors = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(anchors));
    }
}
