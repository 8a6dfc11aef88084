package org.factiongraph.model;

/**
 * One side of a claim: the entity it names ({@code entityId}, its canonical {@code name} and {@code kind}) and the
 * {@code mention} as the text wrote it. A literal (an object that is no entity) has a null entityId and kind.
 */
public record Ref(String entityId, String name, String mention, EntityKind kind) {

    public static Ref of(Entity e, String mention) {
        return new Ref(e.id(), e.canonicalName(), mention, e.kind());
    }

    public static Ref literal(String value) {
        return new Ref(null, value, value, null);
    }

    public boolean isLiteral() {
        return entityId == null;
    }
}
