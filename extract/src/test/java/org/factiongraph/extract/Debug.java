package org.factiongraph.extract;

import org.factiongraph.extract.nlp.CoreNlp;
import org.factiongraph.extract.nlp.Sentence;
import org.factiongraph.ingest.DocumentReaders;
import org.factiongraph.ingest.ReadLimits;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Document;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/** Prints a document's sentences with their mentions, then its claims: {@code java ... Debug FILE}. */
final class Debug {
    public static void main(String[] args) throws Exception {
        Document d = new DocumentReaders(ReadLimits.defaults()).read(Paths.get(args[0]));
        System.out.println("published=" + d.published() + " title=" + d.title() + " publisher=" + d.publisher()
                + " format=" + d.format() + " fields=" + d.fields().size());
        ActorDictionary dict = ActorDictionary.load();
        Lexicon lex = Lexicon.load();
        MentionFinder f = new MentionFinder(dict, lex);
        List<Sentence> sents = CoreNlp.layers().sentences(d.text());
        DocEntities ents = new DocEntities();
        f.titleSubject(d, ents);
        new Infobox(dict, f).registerValues(d, ents);
        f.discover(sents, d.text(), ents);
        List<List<Mention>> ms = new ArrayList<>();
        for (List<Mention> l : f.find(sents, d.text(), ents)) {
            ms.add(new ArrayList<>(l));
        }
        new Coreference(lex).resolve(sents, d.text(), ms, ents);
        for (Sentence s : sents) {
            StringBuilder sb = new StringBuilder();
            for (Mention m : ms.get(s.index())) {
                sb.append(" [").append(m.text()).append("=").append(m.entity() == null ? "?" : m.entity().canonicalName())
                        .append("/").append(m.kind()).append("/").append(m.source())
                        .append(" ").append(m.first()).append("-").append(m.last()).append("]");
            }
            System.out.println(s.index() + ": " + d.text().substring(s.begin(), s.end()));
            System.out.println("    " + sb);
            if (System.getenv("TOKS") != null) {
                StringBuilder tb = new StringBuilder("    toks:");
                for (int k = 0; k < s.size(); k++) {
                    tb.append(' ').append(s.tok(k).word()).append('/').append(s.tok(k).pos());
                }
                System.out.println(tb);
            }
        }
        for (Claim c : GoldSets.extractor().extract(d).claims()) {
            System.out.println(ClaimJsonl.line(c).replaceAll(", \"evidence\": .*, \"method\"", ", \"method\""));
        }
    }
}
