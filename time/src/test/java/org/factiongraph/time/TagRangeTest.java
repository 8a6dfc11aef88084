package org.factiongraph.time;

import static org.factiongraph.time.T.ctx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagRangeTest {

    @Test
    void onlyTheGivenSentenceIsTaggedAndOffsetsIndexTheFullText() {
        String text = "In 2012 it formed. In March 2014 it split. In 2016 it ended.";
        int from = text.indexOf("In March");
        int to = text.indexOf(" In 2016");
        List<TimeMention> ms = T.TAGGER.tag(text, from, to, ctx(null));
        assertEquals(1, ms.size());
        TimeMention m = ms.get(0);
        assertEquals("March 2014", text.substring(m.start(), m.end()));
        assertEquals("March 2014", m.text());
    }

    @Test
    void roleCuesBeforeTheSentenceStartAreNotUsed() {
        String text = "It held out until 2014";
        int from = text.indexOf("2014");
        List<TimeMention> ms = T.TAGGER.tag(text, from, text.length(), ctx(null));
        assertEquals(Role.POINT, ms.get(0).role());
    }

    @Test
    void badRangesAreRejected() {
        assertThrows(IndexOutOfBoundsException.class, () -> T.TAGGER.tag("abc", 2, 1, ctx(null)));
        assertThrows(IndexOutOfBoundsException.class, () -> T.TAGGER.tag("abc", 0, 4, ctx(null)));
        assertEquals(List.of(), T.TAGGER.tag("abc", 1, 1, ctx(null)));
    }
}
