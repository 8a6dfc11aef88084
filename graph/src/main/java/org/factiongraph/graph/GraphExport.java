package org.factiongraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.factiongraph.model.Entity;
import org.factiongraph.model.PartialDate;

/**
 * Writes a {@link KnowledgeGraph} as GraphML, GEXF 1.3 (a dynamic graph Gephi's timeline can play) or CSV.
 *
 * <p>Every entity is a node (with its kind and lifetime); every asserted fact between two entities is an edge
 * carrying its relation, confidence, independent source count and holding period; symmetric relations are
 * undirected edges. In GEXF, node start/end come from lifetimes and edge start/end from the facts' holding periods
 * (days: a partial date's first and last day); undated facts and facts that hold at no date are left out of GEXF
 * because a dynamic graph would show them at every date. The CSV lists every asserted fact that has an object
 * (entity or literal). All text is escaped; characters XML 1.0 cannot carry are dropped; CSV cells that a
 * spreadsheet would run as a formula are prefixed with an apostrophe. Stateless and thread-safe; the writer is
 * not closed.
 */
public final class GraphExport {

    private GraphExport() {
    }

    /** GraphML with node keys name, kind, start, end and edge keys relation, confidence, sources, start, end, documents. */
    public static void graphml(KnowledgeGraph graph, Writer out) {
        try {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            out.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
            key(out, "name", "node", "name", "string");
            key(out, "kind", "node", "kind", "string");
            key(out, "nstart", "node", "start", "string");
            key(out, "nend", "node", "end", "string");
            key(out, "relation", "edge", "relation", "string");
            key(out, "confidence", "edge", "confidence", "double");
            key(out, "sources", "edge", "sources", "int");
            key(out, "estart", "edge", "start", "string");
            key(out, "eend", "edge", "end", "string");
            key(out, "documents", "edge", "documents", "string");
            out.write("  <graph id=\"factiongraph\" edgedefault=\"directed\">\n");
            for (Entity e : graph.entities()) {
                Lifetime life = graph.lifetime(e.id()).orElseThrow();
                out.write("    <node id=\"" + xml(e.id()) + "\">");
                data(out, "name", e.canonicalName());
                data(out, "kind", e.kind().wire());
                if (life.from() != null) {
                    data(out, "nstart", life.from().toString());
                }
                if (life.until() != null) {
                    data(out, "nend", life.until().toString());
                }
                out.write("</node>\n");
            }
            int n = 0;
            for (Fact f : graph.facts()) {
                if (!f.asserted() || f.objectId() == null) {
                    continue;
                }
                out.write("    <edge id=\"e" + n++ + "\" source=\"" + xml(f.subjectId()) + "\" target=\""
                        + xml(f.objectId()) + "\"" + (f.relation().symmetric() ? " directed=\"false\"" : "") + ">");
                data(out, "relation", f.relation().wire());
                data(out, "confidence", number(f.confidence()));
                data(out, "sources", Integer.toString(f.independentSources()));
                if (f.holdsFrom() != null) {
                    data(out, "estart", f.holdsFrom().toString());
                }
                if (f.holdsUntil() != null) {
                    data(out, "eend", f.holdsUntil().toString());
                }
                data(out, "documents", String.join(";", f.documents()));
                out.write("</edge>\n");
            }
            out.write("  </graph>\n</graphml>\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GEXF 1.3, mode dynamic, timeformat date: nodes and edges with start/end, edges with relation attributes. */
    public static void gexf(KnowledgeGraph graph, Writer out) {
        try {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            out.write("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                    + " xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n");
            out.write("  <meta><creator>FactionGraph</creator><description>Armed groups and their relations over"
                    + " time</description></meta>\n");
            out.write("  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n");
            out.write("    <attributes class=\"node\" mode=\"static\">\n"
                    + "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
                    + "    </attributes>\n");
            out.write("    <attributes class=\"edge\" mode=\"static\">\n"
                    + "      <attribute id=\"relation\" title=\"relation\" type=\"string\"/>\n"
                    + "      <attribute id=\"confidence\" title=\"confidence\" type=\"double\"/>\n"
                    + "      <attribute id=\"sources\" title=\"sources\" type=\"integer\"/>\n"
                    + "      <attribute id=\"documents\" title=\"documents\" type=\"string\"/>\n"
                    + "    </attributes>\n");
            out.write("    <nodes>\n");
            for (Entity e : graph.entities()) {
                Lifetime life = graph.lifetime(e.id()).orElseThrow();
                out.write("      <node id=\"" + xml(e.id()) + "\" label=\"" + xml(e.canonicalName()) + "\""
                        + span(life.from(), life.until()) + ">");
                out.write("<attvalues><attvalue for=\"kind\" value=\"" + xml(e.kind().wire())
                        + "\"/></attvalues></node>\n");
            }
            out.write("    </nodes>\n    <edges>\n");
            int n = 0;
            for (Fact f : graph.facts()) {
                if (!f.asserted() || f.objectId() == null || (f.holdsFrom() == null && f.holdsUntil() == null)
                        || (f.holdsFrom() != null && f.holdsUntil() != null
                        && f.holdsUntil().isBefore(f.holdsFrom()))) {
                    continue;
                }
                out.write("      <edge id=\"e" + n++ + "\" source=\"" + xml(f.subjectId()) + "\" target=\""
                        + xml(f.objectId()) + "\" label=\"" + xml(f.relation().wire()) + "\" kind=\""
                        + xml(f.relation().wire()) + "\"" + (f.relation().symmetric() ? " type=\"undirected\"" : "")
                        + " weight=\"" + number(f.confidence()) + "\"" + span(f.holdsFrom(), f.holdsUntil()) + ">");
                out.write("<attvalues>");
                attvalue(out, "relation", f.relation().wire());
                attvalue(out, "confidence", number(f.confidence()));
                attvalue(out, "sources", Integer.toString(f.independentSources()));
                attvalue(out, "documents", String.join(";", f.documents()));
                out.write("</attvalues></edge>\n");
            }
            out.write("    </edges>\n  </graph>\n</gexf>\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * CSV (RFC 4180, header row) of asserted facts with an object: subject, subject_name, relation, object,
     * object_name, start, end, at, holds_from, holds_until, confidence, sources, documents (';'-separated).
     */
    public static void csv(KnowledgeGraph graph, Writer out) {
        try {
            out.write("subject,subject_name,relation,object,object_name,start,end,at,holds_from,holds_until,"
                    + "confidence,sources,documents\r\n");
            for (Fact f : graph.facts()) {
                if (!f.asserted() || !f.relation().hasObject()) {
                    continue;
                }
                String subjectName = graph.entity(f.subjectId()).map(Entity::canonicalName).orElse(f.subjectId());
                List<String> row = List.of(f.subjectId(), subjectName, f.relation().wire(),
                        f.objectId() == null ? "" : f.objectId(), f.objectName() == null ? "" : f.objectName(),
                        str(f.start()), str(f.end()), str(f.at()), str(f.holdsFrom()), str(f.holdsUntil()),
                        number(f.confidence()), Integer.toString(f.independentSources()),
                        String.join(";", f.documents()));
                for (int i = 0; i < row.size(); i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    out.write(cell(row.get(i)));
                }
                out.write("\r\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void key(Writer out, String id, String forWhat, String name, String type) throws IOException {
        out.write("  <key id=\"" + id + "\" for=\"" + forWhat + "\" attr.name=\"" + name + "\" attr.type=\"" + type
                + "\"/>\n");
    }

    private static void data(Writer out, String key, String value) throws IOException {
        out.write("<data key=\"" + key + "\">" + xml(value) + "</data>");
    }

    private static void attvalue(Writer out, String key, String value) throws IOException {
        out.write("<attvalue for=\"" + key + "\" value=\"" + xml(value) + "\"/>");
    }

    private static String span(PartialDate from, PartialDate until) {
        StringBuilder sb = new StringBuilder();
        if (from != null) {
            sb.append(" start=\"").append(from.firstDay()).append('"');
        }
        if (until != null) {
            sb.append(" end=\"").append(until.lastDay()).append('"');
        }
        return sb.toString();
    }

    private static String str(PartialDate d) {
        return d == null ? "" : d.toString();
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }

    /** Escapes for XML text and attributes and drops characters XML 1.0 does not allow. */
    static String xml(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
                continue;
            }
            if (Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF || (c < 0x20 && c != '\t' && c != '\n'
                    && c != '\r')) {
                continue;
            }
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                case '\n' -> sb.append("&#10;");
                case '\r' -> sb.append("&#13;");
                case '\t' -> sb.append("&#9;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String cell(String s) {
        String v = s == null ? "" : s;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
