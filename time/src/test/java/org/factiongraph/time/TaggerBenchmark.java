package org.factiongraph.time;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factiongraph.model.PartialDate;

/**
 * Prints tagging throughput on a synthetic news text (not a unit test). Run after {@code mvn -pl time test}:
 * {@code java -cp time/target/classes:time/target/test-classes:<model jar> org.factiongraph.time.TaggerBenchmark}.
 */
public final class TaggerBenchmark {
    private TaggerBenchmark() {
    }

    public static void main(String[] args) {
        String para = "It was formed in January 2014 from a merger of smaller groups. By March it controlled much of "
                + "the city. On Wednesday, rebels took a hospital, and 385 people fled. A year later it split, "
                + "and shortly afterward it joined the Levant Front, which was active from 2014 to 2018. "
                + "Activists said last Friday that 50 prisoners were killed on Sunday in recent months. ";
        String text = para.repeat(2000);
        Pattern sentence = Pattern.compile("[^.!?]+[.!?]*");
        TemporalTagger t = new TemporalTagger();
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            TimeContext ctx = new TimeContext(PartialDate.parse("2014-01-08"));
            int n = 0;
            Matcher m = sentence.matcher(text);
            while (m.find()) {
                List<TimeMention> ms = t.tag(text, m.start(), m.end(), ctx);
                n += ms.size();
            }
            long t1 = System.nanoTime();
            int abs = TemporalTagger.absoluteDates(text).size();
            long t2 = System.nanoTime();
            System.out.printf("round %d: tag %d chars, %d mentions in %.1f ms (%.2f MB/s); absoluteDates %.1f ms (%d)%n",
                    round, text.length(), n, (t1 - t0) / 1e6, text.length() / ((t1 - t0) / 1e3), (t2 - t1) / 1e6, abs);
        }
    }
}
