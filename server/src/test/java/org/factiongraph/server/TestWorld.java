package org.factiongraph.server;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Document;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.Evidence;
import org.factiongraph.model.Grade;
import org.factiongraph.model.Hashing;
import org.factiongraph.model.Name;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Ref;
import org.factiongraph.model.Relation;
import org.factiongraph.store.ClaimStore;

/**
 * A small hand-made store: a coalition whose members join and leave at different dates (so the network changes
 * with the month), a renaming, a fight, support, a place, and a document whose text and title carry script
 * markup. Also an ingest hook for upload tests that reads lines {@code Subject | relation | Object | start | end}.
 */
final class TestWorld {

    static final Entity JAF = new Entity(Entity.idFor(EntityKind.COALITION, "Jaysh al-Fatah"), "Jaysh al-Fatah",
            EntityKind.COALITION, List.of(Name.of("Army of Conquest"), Name.of("جيش الفتح")));
    static final Entity AHRAR = group("Ahrar al-Sham");
    static final Entity NUSRA = new Entity(Entity.idFor(EntityKind.ARMED_GROUP, "Jabhat al-Nusra"),
            "Jabhat al-Nusra", EntityKind.ARMED_GROUP,
            List.of(new Name("al-Nusra Front", null, PartialDate.parse("2012-01"), PartialDate.parse("2016-07"))));
    static final Entity JFS = group("Jabhat Fatah al-Sham");
    static final Entity FAYLAQ = group("Faylaq al-Sham");
    static final Entity JUND = group("Jund al-Aqsa");
    static final Entity IS = group("Islamic State");
    static final Entity TURKEY = new Entity(Entity.idFor(EntityKind.STATE, "Turkey"), "Turkey", EntityKind.STATE,
            List.of());
    static final Entity IDLIB = new Entity(Entity.idFor(EntityKind.PLACE, "Idlib"), "Idlib", EntityKind.PLACE,
            List.of());

    static final String XSS_TITLE = "<b onmouseover=alert(3)>Field report</b>";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "<img src=x onerror=alert(2)>";

    private TestWorld() {
    }

    static Entity group(String name) {
        return new Entity(Entity.idFor(EntityKind.ARMED_GROUP, name), name, EntityKind.ARMED_GROUP, List.of());
    }

    /** Fills {@code store}; returns the ids of the two documents (formation report, script-laden report). */
    static List<String> fill(ClaimStore store) {
        String text = String.join(" ",
                "Jaysh al-Fatah was formed in March 2015 in Idlib.",
                "Its founding members were Ahrar al-Sham, Jabhat al-Nusra and Faylaq al-Sham, who joined in March 2015.",
                "Jund al-Aqsa joined Jaysh al-Fatah in March 2015 and left it in October 2015.",
                "Faylaq al-Sham left the coalition in February 2016.",
                "Jaysh al-Fatah fought the Islamic State from June 2015 to December 2015.",
                "Ahrar al-Sham was supported by Turkey from 2015.",
                "In July 2016 Jabhat al-Nusra renamed itself Jabhat Fatah al-Sham.");
        Document d1 = doc("jaf-formation.txt", "Jaysh al-Fatah: formation and members", "Example Monitor",
                PartialDate.parse("2016-08"), text, Grade.parse("B2"));
        List<Claim> c1 = new ArrayList<>();
        c1.add(claim(d1, JAF, Relation.FOUNDED, null, null, null, "2015-03", "Jaysh al-Fatah was formed"));
        c1.add(claim(d1, JAF, Relation.OPERATES_IN, IDLIB, "2015-03", null, null, "Jaysh al-Fatah was formed"));
        c1.add(claim(d1, AHRAR, Relation.MEMBER_OF, JAF, "2015-03", null, null, "Its founding members"));
        c1.add(claim(d1, NUSRA, Relation.MEMBER_OF, JAF, "2015-03", null, null, "Its founding members"));
        c1.add(claim(d1, FAYLAQ, Relation.MEMBER_OF, JAF, "2015-03", "2016-02", null, "Its founding members"));
        c1.add(claim(d1, JUND, Relation.MEMBER_OF, JAF, "2015-03", "2015-10", null, "Jund al-Aqsa joined"));
        c1.add(claim(d1, JAF, Relation.FOUGHT, IS, "2015-06", "2015-12", null, "Jaysh al-Fatah fought"));
        c1.add(claim(d1, AHRAR, Relation.SUPPORTED_BY, TURKEY, "2015", null, null, "Ahrar al-Sham was supported"));
        c1.add(claim(d1, NUSRA, Relation.RENAMED_TO, JFS, null, null, "2016-07", "In July 2016"));
        store.saveDocument(d1, List.of(JAF, AHRAR, NUSRA, JFS, FAYLAQ, JUND, IS, TURKEY, IDLIB), c1);

        String text2 = "Field report " + SCRIPT + " In 2014 Ahrar al-Sham allied with Faylaq al-Sham near Idlib. "
                + IMG + " The report ends here.";
        Document d2 = doc("field-report.html", XSS_TITLE, "Unknown blog " + IMG, PartialDate.parse("2014-11"),
                text2, Grade.parse("C3"));
        List<Claim> c2 = new ArrayList<>();
        c2.add(claim(d2, AHRAR, Relation.ALLIED_WITH, FAYLAQ, "2014", "2014", null, "In 2014 Ahrar"));
        store.saveDocument(d2, List.of(AHRAR, FAYLAQ), c2);
        return List.of(d1.id(), d2.id());
    }

    static Document doc(String name, String title, String publisher, PartialDate published, String text, Grade g) {
        return new Document(Hashing.sha256Hex(text), name, title, publisher, null, published, "text", text, g,
                List.of());
    }

    /** A claim whose evidence is the sentence of {@code d} that starts with {@code sentenceStart}. */
    static Claim claim(Document d, Entity s, Relation r, Entity o, String start, String end, String at,
                       String sentenceStart) {
        int from = d.text().indexOf(sentenceStart);
        if (from < 0) {
            throw new IllegalArgumentException("no sentence starting " + sentenceStart);
        }
        int to = d.text().indexOf('.', from) + 1;
        Evidence ev = new Evidence(d.id(), d.name(), from, to, d.text().substring(from, to));
        return Claim.extracted(Ref.of(s, s.canonicalName()), r, o == null ? null : Ref.of(o, o.canonicalName()),
                PartialDate.parseOrNull(start), PartialDate.parseOrNull(end), PartialDate.parseOrNull(at), false,
                false, 0.8, ev, "manual:test", d.grade());
    }

    /**
     * An ingest hook for tests: the file's lines {@code Subject | relation | Object | start | end} become armed
     * groups and claims of one document graded B2; a file without such lines fails.
     */
    static Function<Path, String> ingestHook(ClaimStore store) {
        return file -> {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot read " + file.getFileName());
            }
            Document d = doc(file.getFileName().toString(), file.getFileName().toString(), "Uploader",
                    null, text, Grade.parse("B2"));
            List<Entity> entities = new ArrayList<>();
            List<Claim> claims = new ArrayList<>();
            for (String line : text.split("\n")) {
                String[] p = line.split("\\|");
                if (p.length < 4) {
                    continue;
                }
                Entity s = p[0].trim().equals(JAF.canonicalName()) ? JAF : group(p[0].trim());
                Entity o = p[2].trim().equals(JAF.canonicalName()) ? JAF : group(p[2].trim());
                entities.add(s);
                entities.add(o);
                int from = text.indexOf(line);
                Evidence ev = new Evidence(d.id(), d.name(), from, from + line.length(), line);
                claims.add(Claim.extracted(Ref.of(s, s.canonicalName()), Relation.parse(p[1].trim()),
                        Ref.of(o, o.canonicalName()), PartialDate.parseOrNull(p[3].trim()),
                        p.length > 4 ? PartialDate.parseOrNull(p[4].trim()) : null, null, false, false, 0.9, ev,
                        "manual:upload-test", d.grade()));
            }
            if (claims.isEmpty()) {
                throw new IllegalArgumentException("no claims found in " + file.getFileName());
            }
            store.saveDocument(d, entities, claims);
            return "ok: " + claims.size() + " claim(s) from " + file.getFileName();
        };
    }
}
