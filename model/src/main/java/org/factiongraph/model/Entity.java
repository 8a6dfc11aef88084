package org.factiongraph.model;

import java.util.List;
import java.util.Objects;

/** An armed group, coalition, state, person, place …: a stable id, a canonical name, a kind and its names. */
public record Entity(String id, String canonicalName, EntityKind kind, List<Name> names) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(canonicalName, "canonicalName");
        Objects.requireNonNull(kind, "kind");
        names = names == null ? List.of() : List.copyOf(names);
    }

    /** The stable id for an entity of this kind and canonical name: {@code armed_group:ahrar-al-sham}. */
    public static String idFor(EntityKind kind, String canonicalName) {
        String key = NameNormalizer.key(canonicalName).replace(' ', '-');
        return kind.wire() + ":" + (key.isEmpty() ? Hashing.sha256Hex(canonicalName).substring(0, 12) : key);
    }
}
