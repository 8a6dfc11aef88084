package org.factiongraph.extract;

import org.factiongraph.ingest.DocumentReaders;
import org.factiongraph.ingest.ReadLimits;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Document;
import org.factiongraph.model.Ref;
import org.factiongraph.model.Relation;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Short test reports: a body under a header with a date, extracted with the shared extractor. */
final class Texts {
    private Texts() {
    }

    /** The claims of {@code body} in a report dated {@code date} (ISO), read as the file {@code name}. */
    static List<Claim> extract(String name, String date, String body) throws Exception {
        return extraction(GoldSets.extractor(), name, date, body).claims();
    }

    /**
     * What {@code ex} extracts from {@code body} in a report dated {@code date} (null: a page with no date), read as the
     * file {@code name}.
     */
    static Extraction extraction(Extractor ex, String name, String date, String body) throws Exception {
        String text = "title: test\n" + (date == null ? "" : "date: " + date + "\n") + "\n" + body + "\n";
        Document d = new DocumentReaders(ReadLimits.defaults()).read(name, text.getBytes(StandardCharsets.UTF_8));
        return ex.extract(d);
    }

    /** The claims of {@code body} in a page that gives no date of its own, read as the file {@code name}. */
    static List<Claim> extractUndated(String name, String body) throws Exception {
        return extraction(GoldSets.extractor(), name, null, body).claims();
    }

    /** The ref names {@code name} as its canonical name or as written (case aside). */
    static boolean named(Ref r, String name) {
        return r != null && (r.name().equalsIgnoreCase(name) || r.mention().equalsIgnoreCase(name));
    }

    /** An asserted claim subject-relation-object, either way round for a symmetric relation. */
    static boolean has(List<Claim> cs, String subject, Relation rel, String object) {
        return cs.stream().anyMatch(c -> c.relation() == rel && !c.negated()
                && (named(c.subject(), subject) && named(c.object(), object)
                || rel.symmetric() && named(c.subject(), object) && named(c.object(), subject)));
    }

    /** An asserted founding of {@code subject}, dated {@code at} when {@code at} is given (null: any date). */
    static boolean founded(List<Claim> cs, String subject, String at) {
        return cs.stream().anyMatch(c -> c.relation() == Relation.FOUNDED && !c.negated() && named(c.subject(), subject)
                && (at == null || at.equals(String.valueOf(c.at()))));
    }
}
