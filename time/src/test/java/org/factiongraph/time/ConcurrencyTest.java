package org.factiongraph.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

    private static List<String> read(TemporalTagger t) {
        TimeContext c = T.ctx("2015-01-08"); // a Thursday
        List<String> out = new ArrayList<>();
        for (String s : List.of("It was formed in January 2014.", "By March it grew.", "On Thursday it fought.",
                "A year later it split.", "Since last spring it held the city.")) {
            t.tag(s, 0, s.length(), c).forEach(m -> out.add(m.text() + "=" + m.date()));
        }
        return out;
    }

    @Test
    void oneTaggerSharedByThreadsGivesTheSameResultsAsOneThread() throws Exception {
        TemporalTagger shared = new TemporalTagger();
        List<String> expected = read(shared);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> fs = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                fs.add(pool.submit(() -> read(shared)));
            }
            for (Future<List<String>> f : fs) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of("January 2014=2014-01", "March=2014-03", "Thursday=2015-01-08", "A year later=2015-03",
                "last spring=2014"), expected);
    }
}
