package org.factiongraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Document;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.Evidence;
import org.factiongraph.model.Name;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Ref;
import org.factiongraph.model.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints store throughput; asserts only counts. Not part of the default test run:
 * {@code mvn -q -o -pl store test -Dtest=StoreBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class StoreBenchmark {

    @TempDir
    Path dir;

    @Test
    void saveAndQueryThroughput() throws Exception {
        int docs = 500;
        int claimsPerDoc = 40;
        int entityPool = 400;
        List<Entity> pool = new ArrayList<>();
        for (int i = 0; i < entityPool; i++) {
            String name = "Liwa Group Number " + i;
            pool.add(new Entity(Entity.idFor(EntityKind.ARMED_GROUP, name), name, EntityKind.ARMED_GROUP,
                    List.of(Name.of(name), Name.of("Kataib Number " + i))));
        }
        String text = "x".repeat(5000);
        Path db = dir.resolve("bench.db");
        List<Document> all = new ArrayList<>();
        try (ClaimStore store = ClaimStore.openSqlite(db)) {
            long t0 = System.nanoTime();
            for (int d = 0; d < docs; d++) {
                Document doc = Fixtures.document("doc_" + d + ".txt", text + d);
                all.add(doc);
                List<Entity> ents = new ArrayList<>();
                List<Claim> claims = new ArrayList<>();
                for (int c = 0; c < claimsPerDoc; c++) {
                    Entity s = pool.get((d * 7 + c) % entityPool);
                    Entity o = pool.get((d * 13 + c * 3 + 1) % entityPool);
                    ents.add(s);
                    ents.add(o);
                    claims.add(Claim.extracted(Ref.of(s, s.canonicalName()), Relation.MEMBER_OF,
                            Ref.of(o, o.canonicalName()), PartialDate.ofYear(2012 + c % 8), null, null, false, false,
                            0.8, new Evidence(doc.id(), doc.name(), c * 100, c * 100 + 50, "sentence " + c),
                            "rule:bench", null));
                }
                store.saveDocument(doc, ents, claims);
            }
            long t1 = System.nanoTime();
            for (Document doc : all) {
                store.saveDocument(doc, List.of(), List.of());
            }
            long t2 = System.nanoTime();
            List<Claim> every = store.claims(ClaimQuery.all());
            long t3 = System.nanoTime();
            int found = 0;
            for (int i = 0; i < entityPool; i++) {
                found += store.findEntities("Kataeb number " + i).size();
            }
            long t4 = System.nanoTime();
            int perEntity = 0;
            for (int i = 0; i < 100; i++) {
                perEntity += store.claims(ClaimQuery.all().forEntity(pool.get(i).id())).size();
            }
            long t5 = System.nanoTime();
            List<Entity> entities = store.entities(null);
            long t6 = System.nanoTime();

            assertEquals(docs * claimsPerDoc, every.size());
            assertEquals(entityPool, found);
            assertEquals(entityPool, entities.size());
            System.out.printf("store benchmark: %d documents x %d claims, %d entities%n", docs, claimsPerDoc,
                    entityPool);
            System.out.printf("  save (new)          %8.1f ms total, %6.2f ms/document, %8.0f claims/s%n",
                    ms(t1 - t0), ms(t1 - t0) / docs, docs * claimsPerDoc / ((t1 - t0) / 1e9));
            System.out.printf("  save (unchanged)    %8.1f ms total, %6.3f ms/document%n", ms(t2 - t1),
                    ms(t2 - t1) / docs);
            System.out.printf("  claims(all)         %8.1f ms for %d claims%n", ms(t3 - t2), every.size());
            System.out.printf("  findEntities        %8.3f ms/call%n", ms(t4 - t3) / entityPool);
            System.out.printf("  claims(forEntity)   %8.3f ms/call (%d claims over 100 calls)%n", ms(t5 - t4) / 100,
                    perEntity);
            System.out.printf("  entities(null)      %8.1f ms for %d entities%n", ms(t6 - t5), entities.size());
        }
        System.out.printf("  file size           %8.1f MB%n", (Files.size(db)) / 1e6);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
