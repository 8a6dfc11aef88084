package org.factiongraph.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Ref;
import org.factiongraph.model.ReviewStatus;

/** The JSON objects the audit log keeps as a target's before and after state. Stateless and thread-safe. */
final class AuditJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AuditJson() {
    }

    static String status(ReviewStatus s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", s.wire());
        return write(m);
    }

    /** The status in a {@link #status} object. */
    static ReviewStatus statusOf(String json) {
        JsonNode n = read(json).get("status");
        if (n == null || !n.isTextual()) {
            throw new StoreException("an audit entry holds no review status");
        }
        return ReviewStatus.parse(n.asText());
    }

    static String claim(Claim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("subject", ref(c.subject()));
        m.put("relation", c.relation().wire());
        m.put("object", c.object() == null ? null : ref(c.object()));
        m.put("start", str(c.start()));
        m.put("end", str(c.end()));
        m.put("at", str(c.at()));
        m.put("negated", c.negated());
        m.put("hedged", c.hedged());
        m.put("confidence", c.confidence());
        if (c.evidence() != null) {
            Map<String, Object> ev = new LinkedHashMap<>();
            ev.put("document_id", c.evidence().documentId());
            ev.put("start", c.evidence().start());
            ev.put("end", c.evidence().end());
            ev.put("sentence", c.evidence().sentence());
            m.put("evidence", ev);
        }
        m.put("method", c.method());
        m.put("source_grade", str(c.sourceGrade()));
        m.put("status", c.reviewStatus().wire());
        m.put("supersedes", c.supersedes());
        return write(m);
    }

    static String merge(MergeRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("kept_id", r.keptId());
        m.put("merged_id", r.mergedId());
        m.put("canonical_name", r.canonicalName());
        m.put("active", r.active());
        return write(m);
    }

    private static Map<String, Object> ref(Ref r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("entity_id", r.entityId());
        m.put("name", r.name());
        m.put("mention", r.mention());
        m.put("kind", r.kind() == null ? null : r.kind().wire());
        return m;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static String write(Map<String, Object> m) {
        try {
            return MAPPER.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an audit record as JSON", e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json == null ? "{}" : json);
        } catch (JsonProcessingException e) {
            throw new StoreException("an audit entry holds JSON this program cannot read", e);
        }
    }
}
