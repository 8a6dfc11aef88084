package org.factiongraph.cli;

import org.factiongraph.extract.ExtractorOptions;
import picocli.CommandLine.Option;

/**
 * The {@code --parse} / {@code --no-parse} option of every command that extracts: how much of the text CoreNLP's
 * dependency parser reads. By default it reads the short sentences where the surface rules left an entity without
 * a claim; {@code --parse} reads all such sentences; {@code --no-parse} none.
 */
public final class ParseOption {

    @Option(names = "--parse", negatable = true, description = "--parse: read every sentence the surface rules "
            + "left an entity without a claim in with the dependency parser, not only short ones (more relations, "
            + "about 2.5 times slower). --no-parse: no dependency parse at all (surface rules only, fastest).")
    Boolean parse;

    /** The parse limit in tokens this option asks for. */
    int parseTokens() {
        if (parse == null) {
            return ExtractorOptions.SHORT_SENTENCES;
        }
        return parse ? ExtractorOptions.ALL_SENTENCES : 0;
    }

    IngestCommand.Extractors extractors() {
        return new IngestCommand.Extractors(parseTokens());
    }
}
