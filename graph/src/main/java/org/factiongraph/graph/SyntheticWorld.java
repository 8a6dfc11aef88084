package org.factiongraph.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.Evidence;
import org.factiongraph.model.Grade;
import org.factiongraph.model.Name;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Precision;
import org.factiongraph.model.Ref;
import org.factiongraph.model.Relation;
import org.factiongraph.model.ReviewStatus;

/**
 * A synthetic world for tests and benchmarks: {@code groups} groups (about one in twelve a coalition or operations
 * room), a dozen states and a few dozen places, and exactly {@code groups × claimsPerGroup} claims spread over
 * documents from a pool of publishers with mixed grades.
 *
 * <p>Each group is founded between 2011 and 2022, three in ten dissolve (some by merging into another group), and
 * it gets about one distinct fact per five claims in a realistic mix: membership of coalitions (with joining and
 * often leaving dates), fights, alliances, state support, areas of operation, pledges, defections and splits.
 * Each fact is then repeated by several claims from different documents, at mixed precisions (day, month, year);
 * a few claims give a disagreeing month, a few are undated, hedged or negated — so facts corroborate and
 * contradictions occur. Names are synthetic ({@code Synthetic Brigade 12}). Same arguments, same world.
 * Immutable; {@link #generate} is thread-safe.
 */
public record SyntheticWorld(List<Entity> entities, List<Claim> claims, List<Source> sources) {

    private static final LocalDate FIRST = LocalDate.of(2011, 1, 1);
    private static final LocalDate LAST_FOUNDING = LocalDate.of(2022, 12, 31);
    private static final LocalDate LAST = LocalDate.of(2024, 12, 31);
    private static final Relation[] MIX = {
        Relation.MEMBER_OF, Relation.FOUGHT, Relation.ALLIED_WITH, Relation.SUPPORTED_BY, Relation.OPERATES_IN,
        Relation.PLEDGED_ALLEGIANCE_TO, Relation.DEFECTED_TO, Relation.SPLIT_FROM};
    private static final int[] WEIGHT = {24, 24, 16, 10, 16, 3, 4, 3};
    private static final String[] GRADES = {"A1", "A2", "B2", "B2", "B3", "C3", "C3", "D4", "E5", "F6"};

    public SyntheticWorld {
        entities = List.copyOf(entities);
        claims = List.copyOf(claims);
        sources = List.copyOf(sources);
    }

    /** Generates a world; {@code groups} ≥ 2, {@code claimsPerGroup} ≥ 1. */
    public static SyntheticWorld generate(int groups, int claimsPerGroup, long seed) {
        if (groups < 2 || claimsPerGroup < 1) {
            throw new IllegalArgumentException("need at least 2 groups and 1 claim per group");
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        int coalitions = Math.max(1, groups / 12);
        List<Entity> entities = new ArrayList<>(groups + 64);
        Ref[] refs = new Ref[groups];
        for (int i = 0; i < groups; i++) {
            boolean umbrella = i < coalitions;
            EntityKind kind = umbrella ? (i % 3 == 2 ? EntityKind.OPERATIONS_ROOM : EntityKind.COALITION)
                    : EntityKind.ARMED_GROUP;
            String name = umbrella ? "Synthetic Front " + i : "Synthetic Brigade " + i;
            Entity e = new Entity(kind.wire() + ":synthetic-" + i, name, kind, List.of(Name.of(name)));
            entities.add(e);
            refs[i] = Ref.of(e, name);
        }
        Ref[] states = extras(entities, "State ", EntityKind.STATE, 12);
        Ref[] places = extras(entities, "Governorate ", EntityKind.PLACE, 40);

        long total = (long) groups * claimsPerGroup;
        int docs = (int) Math.max(1, Math.min(Integer.MAX_VALUE, total / 50));
        int publishers = Math.max(3, docs / 25);
        List<Source> sources = new ArrayList<>(docs);
        String[] docIds = new String[docs];
        Grade[] grades = new Grade[GRADES.length];
        for (int g = 0; g < GRADES.length; g++) {
            grades[g] = Grade.parse(GRADES[g]);
        }
        for (int d = 0; d < docs; d++) {
            docIds[d] = "doc-" + d;
            sources.add(new Source(docIds[d], docIds[d] + ".txt", "Publisher " + rnd.nextInt(publishers),
                    PartialDate.of(randomDay(rnd, FIRST, LAST)), grades[rnd.nextInt(grades.length)]));
        }

        List<Claim> claims = new ArrayList<>((int) Math.min(Integer.MAX_VALUE - 8, total));
        long[] counter = {0};
        int wsum = 0;
        for (int w : WEIGHT) {
            wsum += w;
        }
        for (int i = 0; i < groups; i++) {
            LocalDate founded = randomDay(rnd, FIRST, LAST_FOUNDING);
            boolean dissolves = rnd.nextInt(10) < 3;
            LocalDate end = dissolves ? min(founded.plusDays(180 + rnd.nextInt(2400)), LAST) : LAST;
            List<long[]> plan = new ArrayList<>();
            // plan rows: relation ordinal, object index (-1 none, >=0 group, -2-k state k, -100-k place k),
            // start epoch day (or 0), end epoch day (or 0), at epoch day (or 0)
            plan.add(new long[] {Relation.FOUNDED.ordinal(), -1, 0, 0, founded.toEpochDay()});
            if (dissolves) {
                if (rnd.nextInt(3) == 0) {
                    plan.add(new long[] {Relation.MERGED_INTO.ordinal(), otherGroup(rnd, i, groups), 0, 0,
                            end.toEpochDay()});
                } else {
                    plan.add(new long[] {Relation.DISSOLVED.ordinal(), -1, 0, 0, end.toEpochDay()});
                }
            }
            int distinct = Math.min(claimsPerGroup, Math.max(plan.size() + 1, claimsPerGroup / 5));
            while (plan.size() < distinct) {
                int pick = rnd.nextInt(wsum);
                int r = 0;
                while (pick >= WEIGHT[r]) {
                    pick -= WEIGHT[r++];
                }
                Relation rel = MIX[r];
                long object = switch (rel) {
                    case MEMBER_OF -> i < coalitions ? otherGroup(rnd, i, groups) : rnd.nextInt(coalitions);
                    case SUPPORTED_BY -> -2 - rnd.nextInt(states.length);
                    case OPERATES_IN -> -100 - rnd.nextInt(places.length);
                    default -> otherGroup(rnd, i, groups);
                };
                LocalDate start = randomDay(rnd, founded, end);
                if (rel.interval()) {
                    long stop = 0;
                    if (rnd.nextInt(2) == 0 && start.isBefore(end)) {
                        stop = min(start.plusDays(30 + rnd.nextInt(1500)), end).toEpochDay();
                    }
                    plan.add(new long[] {rel.ordinal(), object, start.toEpochDay(), stop, 0});
                } else {
                    plan.add(new long[] {rel.ordinal(), object, 0, 0, start.toEpochDay()});
                }
            }
            for (int c = 0; c < claimsPerGroup; c++) {
                long[] row = plan.get(c < plan.size() ? c : rnd.nextInt(plan.size()));
                Relation rel = Relation.values()[(int) row[0]];
                Ref object = row[1] == -1 ? null : row[1] >= 0 ? refs[(int) row[1]]
                        : row[1] > -100 ? states[(int) (-2 - row[1])] : places[(int) (-100 - row[1])];
                boolean undated = rel.interval() && rnd.nextInt(100) < 15;
                PartialDate start = undated || row[2] == 0 ? null : blur(rnd, row[2]);
                PartialDate stop = undated || row[3] == 0 ? null : blur(rnd, row[3]);
                PartialDate at = row[4] == 0 ? null : blur(rnd, row[4]);
                boolean negated = (rel == Relation.MEMBER_OF || rel == Relation.ALLIED_WITH) && rnd.nextInt(100) == 0;
                boolean hedged = rnd.nextInt(20) == 0;
                int d = rnd.nextInt(docs);
                int offset = rnd.nextInt(20_000);
                claims.add(new Claim("syn-" + Long.toString(counter[0]++, 36), refs[i], rel, object, start, stop,
                        at, negated, hedged, 0.5 + rnd.nextInt(46) / 100.0,
                        new Evidence(docIds[d], null, offset, offset + 80, null), "synthetic", null,
                        ReviewStatus.UNREVIEWED, null, null));
            }
        }
        return new SyntheticWorld(entities, claims, sources);
    }

    private static Ref[] extras(List<Entity> entities, String prefix, EntityKind kind, int n) {
        Ref[] out = new Ref[n];
        for (int i = 0; i < n; i++) {
            Entity e = new Entity(kind.wire() + ":synthetic-" + i, prefix + i, kind, List.of(Name.of(prefix + i)));
            entities.add(e);
            out[i] = Ref.of(e, e.canonicalName());
        }
        return out;
    }

    private static int otherGroup(SplittableRandom rnd, int self, int groups) {
        int o = rnd.nextInt(groups - 1);
        return o >= self ? o + 1 : o;
    }

    /** A day as a claim would write it: day, month or year precision; sometimes a neighbouring month. */
    private static PartialDate blur(SplittableRandom rnd, long epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        int roll = rnd.nextInt(100);
        if (roll < 3) {
            d = d.plusMonths(1 + rnd.nextInt(3));
            return PartialDate.ofMonth(d.getYear(), d.getMonthValue());
        }
        PartialDate p = PartialDate.of(d);
        return roll < 40 ? p : roll < 80 ? p.truncate(Precision.MONTH) : p.truncate(Precision.YEAR);
    }

    private static LocalDate randomDay(SplittableRandom rnd, LocalDate from, LocalDate to) {
        long a = from.toEpochDay();
        long b = Math.max(a, to.toEpochDay());
        return LocalDate.ofEpochDay(a + rnd.nextLong(b - a + 1));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
