package org.factiongraph.ingest;

import java.nio.charset.StandardCharsets;

class HtmlReaderContractTest extends ReaderContractTest {
    @Override
    String fileName() {
        return "article.html";
    }

    @Override
    byte[] fixture() {
        return """
                <!DOCTYPE html>
                <html><head><title>Factions merge in Aleppo</title></head>
                <body><nav>Home | World</nav>
                <article><h1>Factions merge in Aleppo</h1>
                <p>Two brigades merged into one group on Monday.</p></article>
                </body></html>""".getBytes(StandardCharsets.UTF_8);
    }

    @Override
    String expectedFormat() {
        return "html";
    }

    @Override
    String expectedSentence() {
        return "Two brigades merged into one group on Monday.";
    }

    @Override
    String expectedTitle() {
        return "Factions merge in Aleppo";
    }
}
