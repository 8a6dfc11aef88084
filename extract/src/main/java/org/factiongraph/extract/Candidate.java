package org.factiongraph.extract;

import org.factiongraph.model.Entity;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Relation;

/**
 * A claim under construction inside one extraction: later statements may still close its interval or give it
 * the founding date of its umbrella. Confined to one extraction; not thread-safe.
 */
final class Candidate {
    Entity subject;
    String subjectMention;
    Relation relation;
    Entity object;
    String objectMention;
    PartialDate start;
    PartialDate end;
    PartialDate at;
    boolean negated;
    boolean hedged;
    String method;
    double precision;
    int sentence;
    int evidenceStart;
    int evidenceEnd;
    boolean explicitTime;
    /** Characters between the match and the time expression that dated it (0 inside the match). */
    int timeDistance = Integer.MAX_VALUE;
    String timeMode;
    boolean closes;
    int order;

    /** A candidate a sentence states, found by the rule {@code id} of measured precision {@code p}. */
    static Candidate inSentence(org.factiongraph.extract.nlp.Sentence s, String id, double p) {
        Candidate c = new Candidate();
        c.method = "rule:" + id;
        c.precision = p;
        c.sentence = s.index();
        c.evidenceStart = s.begin();
        c.evidenceEnd = s.end();
        c.timeMode = "normal";
        return c;
    }

    PartialDate time() {
        return at != null ? at : start;
    }
}
