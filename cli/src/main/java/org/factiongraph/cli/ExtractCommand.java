package org.factiongraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.factiongraph.extract.ClaimJsonl;
import org.factiongraph.ingest.ReadLimits;
import org.factiongraph.extract.Extraction;
import org.factiongraph.model.Claim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factiongraph extract PATH... [--format jsonl|table]}: print claims without touching the store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract claims from documents and print them, without touching the store.",
                "jsonl is the form ../shared/gold/score.py reads; the order is deterministic."})
final class ExtractCommand implements Callable<Integer> {

    enum Format { jsonl, table }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "table", description = "jsonl or table (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores).")
    int threads = DocumentBatch.defaultThreads();

    @Mixin
    ParseOption parseOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IngestCommand.Extractors extractors = parseOption.extractors();
        List<Claim> claims = new ArrayList<>();
        List<String> failures = DocumentBatch.run(paths, ReadLimits.defaults(), threads, err, Main.verbose(spec),
                doc -> extractors.get().extract(doc),
                item -> claims.addAll(((Extraction) item.result()).claims()));
        claims.sort(ClaimJsonl.ORDER);
        print(claims, format, out);
        for (String f : failures) {
            err.println("failed: " + f);
        }
        err.flush();
        return failures.isEmpty() ? 0 : Main.BAD_INPUT;
    }

    static void print(List<Claim> claims, Format format, PrintWriter out) {
        if (format == Format.jsonl) {
            for (Claim c : claims) {
                out.println(ClaimJsonl.line(c));
            }
            out.flush();
            return;
        }
        Table t = new Table(60, "DOC", "SUBJECT", "RELATION", "OBJECT", "START", "END", "AT", "FLAGS", "CONF",
                "METHOD");
        for (Claim c : claims) {
            String flags = (c.negated() ? "negated " : "") + (c.hedged() ? "hedged" : "");
            t.row(c.evidence() == null ? "" : c.evidence().documentName(), c.subject().name(), c.relation().wire(),
                    c.object() == null ? "" : c.object().name(), c.start(), c.end(), c.at(), flags.trim(),
                    String.format("%.2f", c.confidence()), c.method());
        }
        t.print(out);
        out.println(claims.size() + " claims");
        out.flush();
    }
}
