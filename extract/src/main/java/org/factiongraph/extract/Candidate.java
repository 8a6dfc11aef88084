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

    /**
     * A claim that mention {@code a} stands in relation {@code rel} to mention {@code b} in sentence {@code s}, as a
     * layer of grammatical roles reads it (dated by the sentence's time nearest the pair); null when both mentions
     * name the same entity.
     */
    static Candidate ofRoles(org.factiongraph.extract.nlp.Sentence s, Mention a, Relation rel, Mention b,
                             String method, double p, boolean hedged, DocEntities ents, SentenceTimes times) {
        Entity se = ents.current(a.entity());
        Entity oe = ents.current(b.entity());
        if (se.id().equals(oe.id())) {
            return null;
        }
        Candidate c = inSentence(s, method, p);
        c.subject = se;
        c.subjectMention = a.text();
        c.relation = rel;
        c.object = oe;
        c.objectMention = b.text();
        c.hedged = hedged;
        c.order = s.index() * 10000 + a.first();
        RelationRules.time(c, "auto", s, Math.min(a.first(), b.first()), Math.max(a.last(), b.last()), times);
        return c;
    }

    /**
     * The same statement read as another relation ({@code method} "rule:..." at precision {@code p}): same
     * sentence, mentions, dates and flags. Every field is carried, so a field added here is carried too.
     */
    Candidate restatedAs(Relation rel, String method, double p) {
        Candidate c = new Candidate();
        c.subject = subject;
        c.subjectMention = subjectMention;
        c.relation = rel;
        c.object = object;
        c.objectMention = objectMention;
        c.start = start;
        c.end = end;
        c.at = at;
        c.negated = negated;
        c.hedged = hedged;
        c.method = method;
        c.precision = p;
        c.sentence = sentence;
        c.evidenceStart = evidenceStart;
        c.evidenceEnd = evidenceEnd;
        c.explicitTime = explicitTime;
        c.timeDistance = timeDistance;
        c.timeMode = timeMode;
        c.closes = closes;
        c.order = order;
        return c;
    }

    PartialDate time() {
        return at != null ? at : start;
    }
}
