package org.factiongraph.extract;

import org.factiongraph.model.Relation;

import java.util.List;
import java.util.Set;

/**
 * One sentence rule from {@code relation-rules.txt}: an id (recorded as the claim's method {@code rule:<id>}),
 * the relation it gives ({@code null} relation with {@code closes} set for a rule that ends an open interval),
 * the slots that fill subject and object, the time role, flags and its compiled pattern. {@code nearest}: no other
 * group may stand between the subject and the object (the subject is the nearest one). Immutable.
 */
record Rule(String id, Relation relation, boolean closes, String subject, String object, String time,
            boolean negated, boolean hedged, boolean needsSubjectPage, boolean free, double precision, List<Element> pattern,
            Set<String> triggers, boolean nearest) {

    /** One element of a pattern. */
    sealed interface Element permits Slot, Word, Pos, Any, Gap, Poss {
    }

    /** An entity slot: a letter, a kind class, and whether it takes a coordinated list. */
    record Slot(char name, String kindClass, boolean list) implements Element {
    }

    /** Words matched against a token's lower-case form or lemma (or exact surface when {@code exact}). */
    record Word(Set<String> alternatives, boolean exact, boolean optional) implements Element {
    }

    record Pos(String prefix, boolean optional) implements Element {
    }

    record Any(boolean optional) implements Element {
    }

    /** Skips 0..max tokens; {@code verbGroup} restricts them to auxiliaries, adverbs and the like. */
    record Gap(int max, boolean verbGroup) implements Element {
    }

    record Poss(boolean optional) implements Element {
    }
}
