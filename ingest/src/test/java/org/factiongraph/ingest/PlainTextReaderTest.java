package org.factiongraph.ingest;

import java.nio.charset.StandardCharsets;

class PlainTextReaderTest extends ReaderContractTest {
    @Override
    String fileName() {
        return "report.txt";
    }

    @Override
    byte[] fixture() {
        return ("Rebels form a new operations room in Idlib\r\n\r\n3 March 2016\r\n\r\n"
                + "Five factions announced a joint operations room on Thursday.\r\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    String expectedFormat() {
        return "text";
    }

    @Override
    String expectedSentence() {
        return "Five factions announced a joint operations room on Thursday.";
    }

    @Override
    String expectedTitle() {
        return "Rebels form a new operations room in Idlib";
    }
}
