package org.factiongraph.extract;

import org.factiongraph.extract.nlp.CoreNlp;
import org.factiongraph.extract.nlp.DependencyParse;
import org.factiongraph.extract.pipeline.DocState;
import org.factiongraph.extract.pipeline.Pipeline;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Document;
import org.factiongraph.model.Entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Extracts graded, sourced, time-aware claims about armed groups from a {@link Document}.
 *
 * <p>The pipeline: {@code nlp} (CoreNLP tokenize, ssplit, pos, lemma) → {@code mentions} (page subject, infobox
 * values, dictionary, group-name morphology, parenthesised acronyms and translations, coreference) →
 * {@code time} (TemporalTagger per sentence, running date) → {@code infobox} → {@code relations} (sentence rules
 * from {@code relation-rules.txt}) → {@code grade} → {@code assemble}. The dictionary, rules and lexicon are
 * data files on the class path.
 *
 * <p>Thread-safe: build once with {@link #create} and call {@link #extract} from any number of threads. There is
 * no global mutable state; the CoreNLP models are loaded lazily once per instance.
 */
public final class Extractor {
    private final Pipeline pipeline;
    private final ExtractorOptions options;
    private final ActorDictionary dictionary;
    private final java.util.Set<String> curatedIds;

    private Extractor(ExtractorOptions options) {
        this.options = options;
        this.dictionary = ActorDictionary.load(options.dictionaryResource());
        this.curatedIds = java.util.Set.copyOf(dictionary.entities().stream().map(e -> e.id()).toList());
        Lexicon lex = Lexicon.load();
        MentionFinder finder = new MentionFinder(dictionary, lex);
        Infobox infobox = new Infobox(dictionary, finder);
        this.pipeline = Pipeline.builder(Keys.DOCUMENT)
                .add(new Stages.Nlp(CoreNlp.layers()))
                .add(new Stages.Mentions(finder, new Coreference(lex, dictionary.warState()), infobox))
                .add(new Stages.Time())
                .add(new Stages.InfoboxClaims(infobox))
                .add(new Stages.Rules(new RelationRules(RuleSet.load(), lex, dictionary,
                        options.parseShare() > 0 ? new DependencyParse() : null, options.parseShare())))
                .add(new Stages.Grading(new SourceGrader()))
                .add(new Stages.Assemble())
                .build();
    }

    public static Extractor create(ExtractorOptions options) {
        return new Extractor(options == null ? ExtractorOptions.defaults() : options);
    }

    public ExtractorOptions options() {
        return options;
    }

    /** How many entries the actor dictionary holds. */
    public int dictionarySize() {
        return dictionary.size();
    }

    /** True when the entity id is one of the actor dictionary's curated entries (not discovered in a text). */
    public boolean curated(String entityId) {
        return curatedIds.contains(entityId);
    }

    /** The names of the stages, in order. */
    public List<String> stages() {
        return pipeline.stages().stream().map(s -> s.name()).toList();
    }

    public Extraction extract(Document doc) {
        return extraction(doc, run(doc));
    }

    /**
     * What extraction made of a document, plus the names it found in each sentence: every mention's text and the
     * names of the entity it resolved to. For explaining a missed claim ({@code eval --explain}).
     */
    public record Trace(Extraction extraction, List<java.util.Set<String>> sentenceNames) {
    }

    /** Extracts like {@link #extract} and also returns the names found sentence by sentence. */
    public Trace trace(Document doc) {
        DocState st = run(doc);
        DocEntities de = st.get(Keys.ENTITIES);
        List<java.util.Set<String>> names = new ArrayList<>();
        for (List<Mention> ms : st.get(Keys.MENTIONS)) {
            java.util.Set<String> here = new java.util.LinkedHashSet<>();
            for (Mention m : ms) {
                here.add(m.text());
                if (m.entity() != null) {
                    Entity e = de.current(m.entity());
                    e.names().forEach(n -> here.add(n.text()));
                    here.add(e.canonicalName());
                }
            }
            names.add(java.util.Set.copyOf(here));
        }
        return new Trace(extraction(doc, st), List.copyOf(names));
    }

    /** Runs the pipeline over the document (cut at {@link ExtractorOptions#maxChars()}). */
    private DocState run(Document doc) {
        Document input = doc;
        if (doc.text().length() > options.maxChars()) {
            int cut = doc.text().lastIndexOf('\n', options.maxChars());
            cut = cut <= 0 ? options.maxChars() : cut;
            input = new Document(doc.id(), doc.name(), doc.title(), doc.publisher(), doc.url(), doc.published(),
                    doc.format(), doc.text().substring(0, cut), doc.grade(), doc.fields());
        }
        DocState st = new DocState();
        st.put(Keys.DOCUMENT, input);
        pipeline.run(st);
        return st;
    }

    /** The graded document, its claims and the entities they reference. */
    private static Extraction extraction(Document doc, DocState st) {
        List<Claim> claims = st.get(Keys.CLAIMS);
        Document graded = doc.withGrade(st.get(Keys.GRADE));
        Map<String, Entity> ents = new LinkedHashMap<>();
        DocEntities de = st.get(Keys.ENTITIES);
        for (Claim c : claims) {
            add(ents, de, c.subject().entityId());
            if (c.object() != null) {
                add(ents, de, c.object().entityId());
            }
        }
        return new Extraction(graded, new ArrayList<>(ents.values()), claims);
    }

    private static void add(Map<String, Entity> ents, DocEntities de, String id) {
        if (id == null || ents.containsKey(id)) {
            return;
        }
        Entity e = de.byId(id);
        if (e != null) {
            ents.put(id, e);
        }
    }
}
