package org.factiongraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.factiongraph.extract.Extractor;
import org.factiongraph.extract.Scorer;
import org.factiongraph.ingest.ReadLimits;
import org.factiongraph.model.Claim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factiongraph eval --gold FILE PATH...}: extract and score against gold claims, as score.py does. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Extract claims from documents and score them against a gold file in the format of "
                + "../shared/gold/seeds.jsonl.",
                "Prints one line per missed gold claim and per spurious claim, then the same figures as "
                        + "../shared/gold/score.py."})
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold claims (JSON lines).")
    Path gold;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "The documents the gold file annotates.")
    List<Path> paths;

    @Option(names = "--quiet", description = "Print the summary line only.")
    boolean quiet;

    @Option(names = "--explain", description = "After each missed claim, say why: an argument never found, the two "
            + "never in one sentence, or the sentence that holds both.")
    boolean explain;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores).")
    int threads = DocumentBatch.defaultThreads();

    @Mixin
    ParseOption parseOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(gold)) {
            throw CliException.badInput("no gold file at " + gold);
        }
        IngestCommand.Extractors extractors = parseOption.extractors();
        List<Claim> claims = new ArrayList<>();
        Map<String, List<Set<String>>> names = new ConcurrentHashMap<>();
        List<String> failures = DocumentBatch.run(paths, ReadLimits.defaults(), threads, err, Main.verbose(spec),
                doc -> extractors.get().trace(doc), item -> {
            Extractor.Trace t = item.result();
            claims.addAll(t.extraction().claims());
            names.put(t.extraction().document().name(), t.sentenceNames());
        });
        Scorer.Result r;
        try {
            r = Scorer.score(gold, claims);
        } catch (IOException | RuntimeException e) {
            throw CliException.badInput("cannot read gold file " + gold + ": " + Main.describe(e));
        }
        if (!quiet) {
            for (int i = 0; i < r.missed().size(); i++) {
                JsonNode g = r.missedGold().get(i);
                String why = explain
                        ? "  (" + Scorer.explain(g, names.getOrDefault(g.path("doc").asText(), List.of())) + ")" : "";
                out.println("missed: " + r.missed().get(i) + why);
            }
            r.spurious().forEach(s -> out.println("spurious: " + s));
        }
        out.println(r.summary());
        out.flush();
        for (String f : failures) {
            err.println("failed: " + f);
        }
        return failures.isEmpty() ? 0 : Main.BAD_INPUT;
    }
}
