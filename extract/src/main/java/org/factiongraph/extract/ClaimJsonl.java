package org.factiongraph.extract;

import org.factiongraph.model.Claim;

import java.util.Comparator;

/**
 * The JSON-lines form of a claim that {@code shared/gold/score.py} reads, with keys in a fixed order: doc,
 * subject, subject_mention, relation, object, object_mention, start, end, at, negated, hedged, confidence,
 * evidence, evidence_start, evidence_end, method, source_grade. Stateless and thread-safe.
 */
public final class ClaimJsonl {
    private ClaimJsonl() {
    }

    /** Deterministic order: document name, evidence start, relation, subject, object, method, id. */
    public static final Comparator<Claim> ORDER = Comparator
            .comparing((Claim c) -> c.evidence() == null ? "" : String.valueOf(c.evidence().documentName()))
            .thenComparingInt(c -> c.evidence() == null ? -1 : c.evidence().start())
            .thenComparing(c -> c.relation().wire())
            .thenComparing(c -> c.subject().name())
            .thenComparing(c -> c.object() == null ? "" : c.object().name())
            .thenComparing(Claim::method)
            .thenComparing(Claim::id);

    public static String line(Claim c) {
        StringBuilder sb = new StringBuilder(256);
        sb.append('{');
        field(sb, "doc", c.evidence() == null ? null : c.evidence().documentName(), true);
        field(sb, "subject", c.subject().name(), false);
        field(sb, "subject_mention", c.subject().mention(), false);
        field(sb, "relation", c.relation().wire(), false);
        field(sb, "object", c.object() == null ? null : c.object().name(), false);
        field(sb, "object_mention", c.object() == null ? null : c.object().mention(), false);
        field(sb, "start", c.start() == null ? null : c.start().toString(), false);
        field(sb, "end", c.end() == null ? null : c.end().toString(), false);
        field(sb, "at", c.at() == null ? null : c.at().toString(), false);
        sb.append(", \"negated\": ").append(c.negated());
        sb.append(", \"hedged\": ").append(c.hedged());
        sb.append(", \"confidence\": ").append(c.confidence());
        field(sb, "evidence", c.evidence() == null ? null : c.evidence().sentence(), false);
        sb.append(", \"evidence_start\": ").append(c.evidence() == null ? "null" : c.evidence().start());
        sb.append(", \"evidence_end\": ").append(c.evidence() == null ? "null" : c.evidence().end());
        field(sb, "method", c.method(), false);
        field(sb, "source_grade", c.sourceGrade() == null ? null : c.sourceGrade().toString(), false);
        sb.append('}');
        return sb.toString();
    }

    private static void field(StringBuilder sb, String key, String value, boolean first) {
        if (!first) {
            sb.append(", ");
        }
        sb.append('"').append(key).append("\": ");
        if (value == null) {
            sb.append("null");
        } else {
            quote(sb, value);
        }
    }

    static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (ch < 0x20 || ch == '\u2028' || ch == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        sb.append('"');
    }
}
