package org.factiongraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.factiongraph.extract.bench.ExtractionBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factiongraph bench [PATH...]}: extraction speed against CoreNLP's default pipeline in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure extraction speed: tokens/s and documents/s on one thread and on all cores, peak heap, "
                + "and the same figures for CoreNLP's default tokenize,ssplit,pos,lemma,ner pipeline as the baseline.",
                "Without PATH it reads samples/, eval/dev/ and ../shared/gold/docs where they exist. The baseline "
                        + "needs about 3 GB of heap (FACTIONGRAPH_JAVA_OPTS=-Xmx4g, the launcher's default)."})
final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Documents to run over.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--seconds", defaultValue = "6", description = "Time per measurement (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--no-baseline", description = "Skip the CoreNLP default-pipeline baseline.")
    boolean noBaseline;

    @Mixin
    ParseOption parseOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Path> in = new ArrayList<>(paths);
        if (in.isEmpty()) {
            for (String p : new String[] {"samples", "eval/dev", "../shared/gold/docs"}) {
                if (Files.isDirectory(Path.of(p))) {
                    in.add(Path.of(p));
                }
            }
        }
        if (in.isEmpty()) {
            throw CliException.badInput("no documents to measure: give a PATH");
        }
        for (Path p : in) {
            if (!Files.exists(p)) {
                throw CliException.badInput(p + ": no such file or folder");
            }
        }
        if (seconds <= 0 || seconds > 600) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--seconds must be in (0, 600]");
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            ExtractionBenchmark.run(in, seconds, !noBaseline, parseOption.parseShare(), ps);
        }
        spec.commandLine().getOut().print(buf.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
