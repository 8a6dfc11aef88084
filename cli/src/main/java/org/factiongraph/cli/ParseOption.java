package org.factiongraph.cli;

import org.factiongraph.extract.ExtractorOptions;
import picocli.CommandLine.Option;

/**
 * The {@code --parse} / {@code --no-parse} option of every command that extracts: how much of the text CoreNLP's
 * dependency parser reads. By default up to 30% of each document's tokens, on the sentences where the surface
 * rules left an entity without a claim, shortest first; {@code --parse} all such sentences; {@code --no-parse} none.
 */
public final class ParseOption {

    @Option(names = "--parse", negatable = true, description = "--parse: read every sentence the surface rules "
            + "left an entity without a claim in with the dependency parser, not only the shortest up to 30%% of the "
            + "text (a few more relations, about twice as slow). --no-parse: no dependency parse at all (surface "
            + "rules only, fastest).")
    Boolean parse;

    /** The share of each document's tokens this option lets the parser read. */
    double parseShare() {
        if (parse == null) {
            return ExtractorOptions.DEFAULT_PARSE_SHARE;
        }
        return parse ? ExtractorOptions.PARSE_ALL : 0;
    }

    IngestCommand.Extractors extractors() {
        return new IngestCommand.Extractors(parseShare());
    }
}
