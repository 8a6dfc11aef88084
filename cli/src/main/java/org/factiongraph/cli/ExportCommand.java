package org.factiongraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.factiongraph.extract.ClaimJsonl;
import org.factiongraph.model.Claim;
import org.factiongraph.store.ClaimQuery;
import org.factiongraph.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factiongraph export --format jsonl|csv}: every current claim in the store, deterministically ordered. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the store's current claims (superseded corrections left out) to stdout.",
                "jsonl is the form ../shared/gold/score.py reads; csv has the same columns.",
                "graphml and gexf export facts: every edge carries its relation, confidence and source count; "
                        + "GEXF is dynamic (start/end) for Gephi's timeline."})
final class ExportCommand implements Callable<Integer> {

    enum Format { jsonl, csv, graphml, gexf }

    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl, csv (claims), graphml or gexf (facts as a dynamic graph for Gephi; default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    CommandSpec spec;

    static final String[] COLUMNS = {"doc", "subject", "subject_mention", "relation", "object", "object_mention",
            "start", "end", "at", "negated", "hedged", "confidence", "evidence", "evidence_start", "evidence_end",
            "method", "source_grade"};

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ClaimStore s = store.openExisting()) {
            List<Claim> claims = new java.util.ArrayList<>(s.claims(ClaimQuery.all()));
            claims.sort(ClaimJsonl.ORDER);
            if (format == Format.graphml || format == Format.gexf) {
                org.factiongraph.graph.KnowledgeGraph g = GraphLoader.load(s);
                if (format == Format.graphml) {
                    org.factiongraph.graph.GraphExport.graphml(g, out);
                } else {
                    org.factiongraph.graph.GraphExport.gexf(g, out);
                }
                out.flush();
                return 0;
            }
            if (format == Format.jsonl) {
                ExtractCommand.print(claims, ExtractCommand.Format.jsonl, out);
                return 0;
            }
            out.println(String.join(",", COLUMNS));
            for (Claim c : claims) {
                Object[] v = {
                        c.evidence() == null ? null : c.evidence().documentName(), c.subject().name(),
                        c.subject().mention(), c.relation().wire(),
                        c.object() == null ? null : c.object().name(), c.object() == null ? null : c.object().mention(),
                        c.start(), c.end(), c.at(), c.negated(), c.hedged(), String.format("%.3f", c.confidence()),
                        c.evidence() == null ? null : c.evidence().sentence(),
                        c.evidence() == null ? null : c.evidence().start(),
                        c.evidence() == null ? null : c.evidence().end(), c.method(), c.sourceGrade()};
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < v.length; i++) {
                    sb.append(i == 0 ? "" : ",").append(csv(v[i]));
                }
                out.println(sb);
            }
            out.flush();
            return 0;
        }
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it as a formula. */
    static String csv(Object value) {
        if (value == null) {
            return "";
        }
        String s = String.valueOf(value);
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
