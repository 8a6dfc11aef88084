package org.factiongraph.ingest;

import java.nio.charset.StandardCharsets;

class WikiPageReaderTest extends ReaderContractTest {
    static final String PAGE = """
            Liwa al-Example

            From Example Wiki
            Jump to navigation Jump to search

            Liwa al-Example

            Details
            Active: 2013-2016
            Part of: Southern Front
            Operations Rooms: First Room
            Second Room (Daraa only)


            Liwa al-Example was a rebel brigade in Daraa. It joined the Southern Front in 2014.""";

    @Override
    String fileName() {
        return "page.txt";
    }

    @Override
    byte[] fixture() {
        return PAGE.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    String expectedFormat() {
        return "wiki";
    }

    @Override
    String expectedSentence() {
        return "It joined the Southern Front in 2014.";
    }

    @Override
    String expectedTitle() {
        return "Liwa al-Example";
    }
}
