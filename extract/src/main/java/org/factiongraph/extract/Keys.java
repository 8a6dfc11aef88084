package org.factiongraph.extract;

import org.factiongraph.extract.nlp.Sentence;
import org.factiongraph.extract.pipeline.Key;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Document;
import org.factiongraph.model.Grade;

import java.util.List;

/** The typed keys the extraction stages pass each other. */
final class Keys {
    private Keys() {
    }

    static final Key<Document> DOCUMENT = Key.of("document", Document.class);
    static final Key<List<Sentence>> SENTENCES = Key.of("sentences", List.class);
    static final Key<DocEntities> ENTITIES = Key.of("entities", DocEntities.class);
    static final Key<List<List<Mention>>> MENTIONS = Key.of("mentions", List.class);
    static final Key<List<Mention[]>> AFFILIATIONS = Key.of("affiliations", List.class);
    static final Key<SentenceTimes> TIMES = Key.of("times", SentenceTimes.class);
    static final Key<Grade> GRADE = Key.of("grade", Grade.class);
    static final Key<List<Candidate>> CANDIDATES = Key.of("candidates", List.class);
    static final Key<List<Claim>> CLAIMS = Key.of("claims", List.class);
}
