package org.factiongraph.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.Name;
import org.factiongraph.model.Ref;

/**
 * A snapshot of the active entity merges, read in the transaction of one store operation: which id each merged
 * entity resolves to (transitively: A into B and B into C resolve A to C), the members of each surviving entity's
 * group, and the canonical name a merge gave the survivor. Immutable; not shared across operations.
 */
final class MergeView {

    private static final String ACTIVE = "SELECT m.id, m.kept_id, m.merged_id, m.canonical_name FROM entity_merges m"
            + " WHERE NOT EXISTS (SELECT 1 FROM entity_merge_undos u WHERE u.merge_id = m.id) ORDER BY m.id";

    /** merged id -> kept id, in merge order. */
    private final Map<String, String> parent;
    /** merged id -> the active merge's id. */
    private final Map<String, Long> mergeOf;
    /** kept id -> the canonical name of the newest active merge into it that gave one. */
    private final Map<String, String> nameOf;

    private MergeView(Map<String, String> parent, Map<String, Long> mergeOf, Map<String, String> nameOf) {
        this.parent = parent;
        this.mergeOf = mergeOf;
        this.nameOf = nameOf;
    }

    /** No merges: reads return what is stored. */
    static MergeView none() {
        return new MergeView(Map.of(), Map.of(), Map.of());
    }

    static MergeView load(Connection c) throws SQLException {
        Map<String, String> parent = new LinkedHashMap<>();
        Map<String, Long> mergeOf = new HashMap<>();
        Map<String, String> nameOf = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(ACTIVE); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                parent.put(rs.getString(3), rs.getString(2));
                mergeOf.put(rs.getString(3), rs.getLong(1));
                if (rs.getString(4) != null) {
                    nameOf.put(rs.getString(2), rs.getString(4));
                }
            }
        }
        return new MergeView(parent, mergeOf, nameOf);
    }

    boolean isEmpty() {
        return parent.isEmpty();
    }

    /** The surviving entity's id: {@code id} itself unless it is merged. */
    String root(String id) {
        String cur = id;
        Set<String> seen = new HashSet<>();
        while (parent.containsKey(cur)) {
            if (!seen.add(cur)) {
                throw new StoreException("the store holds a cycle of entity merges; unmerge one of them");
            }
            cur = parent.get(cur);
        }
        return cur;
    }

    boolean isMerged(String id) {
        return parent.containsKey(id);
    }

    /** The active merge that merged {@code id} away, or null. */
    Long mergeOf(String id) {
        return mergeOf.get(id);
    }

    /** True when {@code id} takes part in an active merge, as merged or as the survivor. */
    boolean grouped(String id) {
        return parent.containsKey(id) || parent.containsValue(id);
    }

    /** The surviving entity {@code root} and every entity resolved to it: the root first, then in merge order. */
    List<String> members(String root) {
        List<String> out = new ArrayList<>();
        out.add(root);
        for (String merged : parent.keySet()) {
            if (root(merged).equals(root)) {
                out.add(merged);
            }
        }
        return out;
    }

    /** The survivors whose canonical name a merge set, with that name. */
    Map<String, String> canonicalNames() {
        return nameOf;
    }

    /**
     * The entity as read: a survivor gets its merge's canonical name (if one was given) and the names of every
     * member after its own; any other entity is returned unchanged. {@code byId} must hold every member.
     */
    Entity resolve(Entity root, Map<String, Entity> byId) {
        if (!parent.containsValue(root.id())) {
            return root;
        }
        String canonical = nameOf.getOrDefault(root.id(), root.canonicalName());
        Map<String, Name> names = new LinkedHashMap<>();
        root.names().forEach(n -> names.putIfAbsent(n.text(), n));
        names.putIfAbsent(canonical, Name.of(canonical));
        for (String id : members(root.id())) {
            Entity m = byId.get(id);
            if (m != null) {
                m.names().forEach(n -> names.putIfAbsent(n.text(), n));
            }
        }
        return new Entity(root.id(), canonical, root.kind(), List.copyOf(names.values()));
    }

    /** Every entity as read: merged entities left out, survivors resolved. */
    List<Entity> resolveAll(List<Entity> all) {
        if (isEmpty()) {
            return all;
        }
        Map<String, Entity> byId = new HashMap<>();
        all.forEach(e -> byId.put(e.id(), e));
        List<Entity> out = new ArrayList<>();
        for (Entity e : all) {
            if (!isMerged(e.id())) {
                out.add(resolve(e, byId));
            }
        }
        return out;
    }

    /** The ids of every entity in some active merge group (to load before {@link #rewrite}). */
    Set<String> groupedIds() {
        Set<String> out = new LinkedHashSet<>(parent.keySet());
        out.addAll(parent.values());
        return out;
    }

    /**
     * The claim as read: a side that names an entity in a merge group carries the survivor's id, canonical name
     * and kind; its mention stays as the text wrote it. {@code survivors} maps survivor ids to their entities.
     */
    Claim rewrite(Claim c, Map<String, Entity> survivors) {
        Ref s = rewrite(c.subject(), survivors);
        Ref o = c.object() == null ? null : rewrite(c.object(), survivors);
        if (s == c.subject() && o == c.object()) {
            return c;
        }
        return new Claim(c.id(), s, c.relation(), o, c.start(), c.end(), c.at(), c.negated(), c.hedged(),
                c.confidence(), c.evidence(), c.method(), c.sourceGrade(), c.reviewStatus(), c.supersedes(),
                c.createdAt());
    }

    private Ref rewrite(Ref r, Map<String, Entity> survivors) {
        if (r.entityId() == null || !grouped(r.entityId())) {
            return r;
        }
        Entity root = survivors.get(root(r.entityId()));
        if (root == null) {
            return r;
        }
        String name = nameOf.getOrDefault(root.id(), root.canonicalName());
        EntityKind kind = root.kind();
        return new Ref(root.id(), name, r.mention(), kind);
    }
}
