package org.factiongraph.extract;

import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;

/**
 * A span of tokens in one sentence that names or refers to an entity. {@code entity} is null for an unknown
 * capitalised name ({@link Source#NAME}) that a rule slot may still accept as a person or place. Immutable.
 */
record Mention(int sent, int first, int last, Entity entity, EntityKind kind, String text, Source source) {

    /**
     * DESCRIBED: a name the dictionary lacks that the text calls a place ("the town of Sadad", or by a first word
     * that begins place names: "Kafr Zita", or by a known place it is listed with: "in Hajin, Zubaydiya and Susah");
     * PLACED: one that a
     * preposition of place or a verb of capture makes a place ("fighting in Khan Tuman", "stormed Tel al-Eis").
     */
    enum Source {
        DICT, ACRONYM, SHORT, LOCAL, NEW, PLACE, FORCE, NAME, PRONOUN, DESCRIPTOR, EPITHET, TITLE, DESCRIBED, PLACED
    }

    boolean isReference() {
        return source == Source.PRONOUN || source == Source.DESCRIPTOR || source == Source.EPITHET;
    }

    int length() {
        return last - first + 1;
    }

    Mention resolved(Entity e) {
        return new Mention(sent, first, last, e, e.kind(), text, source);
    }
}
