package org.factiongraph.extract;

import org.factiongraph.extract.nlp.Sentence;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Document;
import org.factiongraph.model.Entity;
import org.factiongraph.model.Evidence;
import org.factiongraph.model.Grade;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Ref;
import org.factiongraph.model.Relation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns candidates into claims: later statements close open membership intervals ("X left in December"),
 * founding members and purpose clauses take the founding date of what was formed, duplicates from one sentence
 * collapse to the most precise rule, and confidence combines the rule's precision with the source grade:
 * {@code precision × sqrt(grade weight)}, × 0.6 when hedged. Stateless.
 */
final class ClaimAssembler {
    static final double HEDGE_FACTOR = 0.6;
    /** Characters within which a time expression counts as next to the words it dates. */
    static final int NEAR_TIME = 25;

    private ClaimAssembler() {
    }

    static List<Claim> assemble(Document doc, List<Sentence> sents, List<Candidate> cands, Grade grade) {
        List<Candidate> ordered = new ArrayList<>(cands);
        // a yes/no question asserts nothing, whichever layer read it: "Q: Has the Deir ez-Zor Military Council ever
        // coordinated with the government?" (the sentence rules skip such a sentence themselves; a question that asks
        // who or what still presupposes its relation: "Who held Baba Amr?"). Infobox candidates have no sentence.
        ordered.removeIf(c -> c.sentence >= 0 && c.sentence < sents.size()
                && RelationRules.yesNoQuestion(sents.get(c.sentence)));
        ordered.sort(Comparator.comparingInt((Candidate c) -> c.sentence).thenComparingInt(c -> c.order));
        // founding dates known in this document: explicit dates first, then the finest
        Map<String, PartialDate> founded = new HashMap<>();
        Map<String, Boolean> foundedExplicit = new HashMap<>();
        Map<String, Boolean> foundedNear = new HashMap<>();
        // each sentence's founding dates of other bodies ("A, a movement created in 2013, ..."), which date no
        // membership its list gives
        Map<Integer, java.util.Set<PartialDate>> foundingsHere = new HashMap<>();
        for (Candidate c : ordered) {
            if (c.relation == Relation.FOUNDED && !c.negated && c.at != null && !c.method.startsWith("infobox")) {
                foundingsHere.computeIfAbsent(c.evidenceStart, k -> new java.util.HashSet<>()).add(c.at);
                String id = c.subject.id();
                PartialDate old = founded.get(id);
                boolean oldExp = foundedExplicit.getOrDefault(id, false);
                // a date next to the founding words beats one further off in another clause ("set up X,
                // hoping to repeat the success of the alliance that captured Idlib in March")
                boolean near = c.explicitTime && c.timeDistance <= NEAR_TIME;
                boolean oldNear = foundedNear.getOrDefault(id, false);
                if (old == null || c.explicitTime && !oldExp || near && !oldNear
                        || c.explicitTime == oldExp && near == oldNear
                        && c.at.precision().compareTo(old.precision()) > 0) {
                    founded.put(id, c.at);
                    foundedExplicit.put(id, c.explicitTime);
                    foundedNear.put(id, near);
                }
            }
        }
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : ordered) {
            if (c.closes) {
                close(c, kept, ordered);
                continue;
            }
            if (c.timeMode.equals("founding")) {
                Entity formed = c.relation == Relation.MEMBER_OF ? c.object : c.subject;
                PartialDate f = formed == null ? null : founded.get(formed.id());
                PartialDate own = c.relation.interval() ? c.start : c.at;
                boolean ownDate = c.explicitTime && c.timeDistance <= NEAR_TIME
                        // "included A, a movement created in 2013, ...": the date of a member's own founding
                        && !(c.relation == Relation.MEMBER_OF && own != null
                        && foundingsHere.getOrDefault(c.evidenceStart, java.util.Set.of()).contains(own)
                        && !own.equals(f));
                if (f != null && !ownDate) { // "On 10 October 2015 A joined B in founding D": its own date
                    if (c.relation.interval()) {
                        c.start = f;
                    } else {
                        c.at = f;
                    }
                }
            }
            kept.add(c);
        }
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (Candidate c : kept) {
            String key = c.subject.id() + "|" + c.relation + "|" + (c.object == null ? "" : c.object.id()) + "|"
                    + c.evidenceStart + "|" + c.negated;
            Candidate old = best.get(key);
            if (old == null || c.precision > old.precision) {
                best.put(key, c);
            }
        }
        double gw = Math.sqrt(grade.weight());
        List<Claim> out = new ArrayList<>();
        for (Candidate c : best.values()) {
            double conf = c.precision * gw * (c.hedged ? HEDGE_FACTOR : 1.0);
            conf = Math.round(Math.max(0.0, Math.min(1.0, conf)) * 1000) / 1000.0;
            Evidence ev = new Evidence(doc.id(), doc.name(), c.evidenceStart, c.evidenceEnd,
                    doc.text().substring(c.evidenceStart, c.evidenceEnd));
            PartialDate start = c.start;
            PartialDate end = c.end;
            if (start != null && end != null && start.isAfter(end)) {
                start = null;
            }
            out.add(Claim.extracted(Ref.of(c.subject, c.subjectMention == null ? c.subject.canonicalName()
                            : c.subjectMention), c.relation,
                    c.object == null ? null : Ref.of(c.object, c.objectMention == null ? c.object.canonicalName()
                            : c.objectMention),
                    c.relation.interval() ? start : null, c.relation.interval() ? end : null,
                    c.relation.interval() ? null : c.at, c.negated, c.hedged, conf, ev, c.method, grade));
        }
        out.sort(ClaimJsonl.ORDER);
        return out;
    }

    private static boolean samePair(Candidate a, Candidate b) {
        return a.subject.id().equals(b.subject.id()) && a.object != null && a.object.id().equals(b.object.id());
    }

    /** The closing statement read as {@code rel}, ending at {@code end} (a span) or dated {@code at} (a point). */
    private static Candidate closedAs(Candidate closer, Relation rel, PartialDate end, PartialDate at) {
        Candidate c = closer.restatedAs(rel, closer.method, closer.precision);
        c.closes = false;
        c.start = null;
        c.end = end;
        c.at = at;
        return c;
    }

    /**
     * Ends the subject's latest open membership (in the given umbrella, when named) at the closing date. With no such
     * membership stated before, leaving a named umbrella still says the subject was in it until then ("Jaysh al-Nasr
     * withdrew from the Army of Conquest in 2016"): a membership ending at that date, or with no end when the text
     * gives no date it can resolve ("quit the Army of Conquest last October" in a page without a year). Leaving a group
     * the document says the subject had merged into is a split from it ("Suqour al-Sham, which folded itself into Ahrar
     * al-Sham last year, said it was leaving the group").
     */
    private static void close(Candidate closer, List<Candidate> kept, List<Candidate> all) {
        PartialDate date = closer.end != null ? closer.end : closer.start != null ? closer.start : closer.at;
        if (closer.object != null && all.stream().anyMatch(c -> c.relation == Relation.MERGED_INTO && !c.negated
                && samePair(c, closer))) {
            kept.add(closedAs(closer, Relation.SPLIT_FROM, null, date));
            return;
        }
        if (closer.object != null && !closer.negated
                && kept.stream().noneMatch(c -> c.relation == Relation.MEMBER_OF && samePair(c, closer))) {
            kept.add(closedAs(closer, Relation.MEMBER_OF, date, null)); // undated when the text gives no date
            return;
        }
        if (date == null) {
            return;
        }
        for (int i = kept.size() - 1; i >= 0; i--) {
            Candidate c = kept.get(i);
            if (c.relation == Relation.MEMBER_OF && !c.negated && c.end == null && c.sentence >= 0
                    && c.subject.id().equals(closer.subject.id())
                    && (closer.object == null || c.object.id().equals(closer.object.id()))
                    && (c.start == null || !c.start.isAfter(date))) {
                c.end = date;
                // the same membership stated again in that sentence by another rule closes too
                for (Candidate d : kept) {
                    if (d != c && d.relation == Relation.MEMBER_OF && d.end == null && d.sentence == c.sentence
                            && d.subject.id().equals(c.subject.id()) && d.object.id().equals(c.object.id())) {
                        d.end = date;
                    }
                }
                return;
            }
        }
    }
}
