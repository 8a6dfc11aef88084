package org.factiongraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factiongraph.graph.Fact;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Entity;

/** JSON views of graph results for {@code --format json}: plain maps with stable key order. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    static void print(Object value, PrintWriter out) {
        try {
            out.println(MAPPER.writeValueAsString(value));
            out.flush();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    static Map<String, Object> entity(Entity e) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (e == null) {
            return m;
        }
        m.put("id", e.id());
        m.put("name", e.canonicalName());
        m.put("kind", e.kind().wire());
        return m;
    }

    static Map<String, Object> claim(Claim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("subject", c.subject().name());
        m.put("relation", c.relation().wire());
        m.put("object", c.object() == null ? null : c.object().name());
        m.put("start", str(c.start()));
        m.put("end", str(c.end()));
        m.put("at", str(c.at()));
        m.put("negated", c.negated());
        m.put("hedged", c.hedged());
        m.put("confidence", c.confidence());
        m.put("method", c.method());
        m.put("source_grade", str(c.sourceGrade()));
        if (c.evidence() != null) {
            m.put("doc", c.evidence().documentName());
            m.put("evidence", c.evidence().sentence());
            m.put("evidence_start", c.evidence().start());
            m.put("evidence_end", c.evidence().end());
        }
        return m;
    }

    static Map<String, Object> fact(Fact f) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (f == null) {
            return m;
        }
        m.put("subject", f.subjectId());
        m.put("relation", f.relation().wire());
        m.put("object", f.objectId());
        m.put("start", str(f.start()));
        m.put("end", str(f.end()));
        m.put("at", str(f.at()));
        m.put("holds_from", str(f.holdsFrom()));
        m.put("holds_until", str(f.holdsUntil()));
        m.put("until_reason", f.untilReason());
        m.put("confidence", f.confidence());
        m.put("sources", f.independentSources());
        m.put("documents", f.documents());
        List<Object> claims = new ArrayList<>();
        f.claims().forEach(c -> claims.add(claim(c)));
        m.put("claims", claims);
        return m;
    }

    static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
