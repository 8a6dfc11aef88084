package org.factiongraph.cli;

import java.util.ArrayList;
import java.util.List;
import org.factiongraph.graph.KnowledgeGraph;
import org.factiongraph.graph.Source;
import org.factiongraph.model.PartialDate;
import org.factiongraph.store.ClaimQuery;
import org.factiongraph.store.ClaimStore;
import org.factiongraph.store.DocumentSummary;
import picocli.CommandLine;

/** Builds the in-memory knowledge graph from everything in the store. */
final class GraphLoader {
    private GraphLoader() {
    }

    static KnowledgeGraph load(ClaimStore store) {
        List<Source> sources = new ArrayList<>();
        for (DocumentSummary d : store.documents()) {
            sources.add(new Source(d.id(), d.name(), d.publisher(), d.published(), d.grade()));
        }
        return KnowledgeGraph.build(store.entities(null), store.claims(ClaimQuery.everything()), sources);
    }

    /** picocli converter: a malformed date is a usage error naming the expected forms. */
    static final class DateConverter implements CommandLine.ITypeConverter<PartialDate> {
        @Override
        public PartialDate convert(String value) {
            try {
                return PartialDate.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
            }
        }
    }
}
