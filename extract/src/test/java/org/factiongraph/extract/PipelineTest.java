package org.factiongraph.extract;

import org.factiongraph.extract.pipeline.DocState;
import org.factiongraph.extract.pipeline.Key;
import org.factiongraph.extract.pipeline.Pipeline;
import org.factiongraph.extract.pipeline.Stage;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineTest {
    static final Key<String> IN = Key.of("in", String.class);
    static final Key<String> MID = Key.of("mid", String.class);
    static final Key<String> OUT = Key.of("out", String.class);

    record Step(String name, Key<String> from, Key<String> to) implements Stage {
        public Set<Key<?>> requires() {
            return Set.of(from);
        }

        public Set<Key<?>> produces() {
            return Set.of(to);
        }

        public void run(DocState s) {
            s.put(to, s.get(from) + ">" + name);
        }
    }

    @Test
    void buildFailsNamingTheMissingKeyAndTheStageThatNeedsIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Pipeline.builder(IN).add(new Step("second", MID, OUT)).add(new Step("first", IN, MID)).build());
        assertTrue(e.getMessage().contains("'second'") && e.getMessage().contains("'mid'"), e.getMessage());
    }

    @Test
    void stagesRunInOrderAndPassValuesUnderTypedKeys() {
        Pipeline p = Pipeline.builder(IN).add(new Step("a", IN, MID)).add(new Step("b", MID, OUT)).build();
        DocState s = new DocState();
        s.put(IN, "x");
        p.run(s);
        assertEquals("x>a>b", s.get(OUT));
    }
}
