package org.factiongraph.model;

import java.util.Locale;

/** What an entity is. The wire form is the lower-case name: {@code armed_group}, {@code operations_room}. */
public enum EntityKind {
    ARMED_GROUP, COALITION, OPERATIONS_ROOM, STATE, STATE_FORCE, AGENCY, PARTY, PERSON, PLACE, IDEOLOGY;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the wire form (case-insensitive, '-' or '_'); throws IllegalArgumentException naming the choices. */
    public static EntityKind parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (EntityKind k : values()) {
            if (k.name().equals(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown entity kind '" + text + "' (one of " + choices() + ")");
    }

    public static String choices() {
        StringBuilder sb = new StringBuilder();
        for (EntityKind k : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(k.wire());
        }
        return sb.toString();
    }

    /** Groups that can be members, fight, ally, pledge: the actors of the map. */
    public boolean isActor() {
        return this == ARMED_GROUP || this == COALITION || this == OPERATIONS_ROOM || this == STATE
                || this == STATE_FORCE || this == AGENCY || this == PARTY;
    }

    /** A state or one of its forces: "Turkey", "the Turkish army", "the Republican Guard". */
    public boolean isState() {
        return this == STATE || this == STATE_FORCE;
    }

    /** Entities that gather others: coalitions, fronts and operations rooms. */
    public boolean isUmbrella() {
        return this == COALITION || this == OPERATIONS_ROOM;
    }
}
