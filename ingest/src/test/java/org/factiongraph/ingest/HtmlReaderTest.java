package org.factiongraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.factiongraph.model.Document;
import org.factiongraph.model.PartialDate;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
    private final DocumentReaders readers = new DocumentReaders(ReadLimits.defaults());

    private Document read(String name, String html) throws Exception {
        return readers.read(name, html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void metadataComesFromOpenGraphAndArticleMeta() throws Exception {
        Document d = read("a.html", """
                <html><head><title>Page title | Site</title>
                <meta property="og:title" content="Brigades unite in Daraa">
                <meta property="og:site_name" content="Example News">
                <meta property="article:published_time" content="2016-03-04T08:15:00+02:00">
                <link rel="canonical" href="https://news.example.org/brigades-unite">
                </head><body><p>Text.</p></body></html>""");
        assertEquals("Brigades unite in Daraa", d.title());
        assertEquals("Example News", d.publisher());
        assertEquals(PartialDate.parse("2016-03-04"), d.published());
        assertEquals("https://news.example.org/brigades-unite", d.url());
    }

    @Test
    void titleElementAndTimeElementAndOgUrlAreFallbacks() throws Exception {
        Document d = read("a.htm", """
                <html><head><title>Fallback title</title><meta property="og:url" content="https://x.org/p"></head>
                <body><p>Posted <time datetime="2014-01-08">Jan 8</time>.</p></body></html>""");
        assertEquals("Fallback title", d.title());
        assertEquals(PartialDate.parse("2014-01-08"), d.published());
        assertEquals("https://x.org/p", d.url());
    }

    @Test
    void dateInTheTextIsTheLastResort() throws Exception {
        Document d = read("a.html", "<html><body><h1>Rebels take a hill</h1><p>28 January 2015</p><p>Rebels took a hill.</p></body></html>");
        assertEquals(PartialDate.parse("2015-01-28"), d.published());
        assertEquals("Rebels take a hill", d.title());
    }

    @Test
    void scriptsStylesAndEventHandlersNeverReachTheText() throws Exception {
        Document d = read("a.html", """
                <html><head><script>var secret = 1;</script><style>p { color: red }</style></head>
                <body onload="steal()"><p onclick="evil()">Visible <b>text</b><script>alert('x')</script></p>
                <noscript>Enable JS</noscript><iframe src="https://evil"></iframe>
                <form><input value="typed"><button>Send</button></form></body></html>""");
        assertEquals("Visible text", d.text());
        assertFalse(d.text().contains("<"));
    }

    @Test
    void navigationHeaderFooterAndAsidesAreDroppedAndArticleIsPreferred() throws Exception {
        Document d = read("a.html", """
                <html><body><header>Site header</header><nav><a href="/">Home</a></nav>
                <div class="promo">Subscribe now</div>
                <article><header><h2>Headline inside the article</h2></header>
                <p>First paragraph.</p><p>Second
                   paragraph,   spread over lines.</p><ul><li>one</li><li>two</li></ul></article>
                <aside>Related stories</aside><footer>Copyright</footer></body></html>""");
        assertEquals("Headline inside the article\n\nFirst paragraph.\n\nSecond paragraph, spread over lines.\n\none\ntwo", d.text());
    }

    @Test
    void mainIsUsedWhenThereIsNoArticle() throws Exception {
        Document d = read("a.html", "<html><body><div>Sidebar junk</div><main><p>Main story.</p></main></body></html>");
        assertEquals("Main story.", d.text());
    }

    @Test
    void htmlIsSniffedFromContentWhateverTheExtension() throws Exception {
        Document d = read("download.txt", "<!DOCTYPE html><html><body><p>Hello <i>there</i></p></body></html>");
        assertEquals("html", d.format());
        assertEquals("Hello there", d.text());
    }

    @Test
    void deepNestingIsRefusedWithoutBlowingTheStack() {
        String deep = "<html><body>" + "<div>".repeat(100_000) + "deep" + "</div>".repeat(100_000) + "</body></html>";
        MalformedDocumentException e = assertThrows(MalformedDocumentException.class, () -> read("deep.html", deep));
        assertEquals("HTML nested deeper than 512 levels", e.getMessage());
    }

    @Test
    void unclosedDeepNestingIsRefusedToo() {
        String deep = "<html><body>" + "<span><b>".repeat(50_000) + "x";
        assertThrows(MalformedDocumentException.class, () -> read("deep.html", deep));
    }

    @Test
    void manyStrayEndTagsAreCheapAndHarmless() throws Exception {
        String page = "<html><body>" + "<div>".repeat(300) + "</span>".repeat(200_000) + "ok" + "</div>".repeat(300) + "</body></html>";
        assertEquals("ok", read("stray.html", page).text());
    }

    @Test
    void nestingWithinTheLimitIsRead() throws Exception {
        String ok = "<html><body>" + "<div>".repeat(400) + "fine" + "</div>".repeat(400) + "</body></html>";
        assertEquals("fine", read("ok.html", ok).text());
    }

    @Test
    void manyUnclosedParagraphsAndListItemsAreNotMistakenForNesting() throws Exception {
        String page = "<html><body><ul>" + "<li>item".repeat(2000) + "</ul>" + "<p>para".repeat(2000) + "</body></html>";
        assertTrue(read("flat.html", page).text().startsWith("item\nitem"));
    }

    @Test
    void declaredCharsetIsHonoured() throws Exception {
        String html = "<html><head><meta charset=\"windows-1256\"></head><body><p>جيش الإسلام</p></body></html>";
        Document d = readers.read("ar.html", html.getBytes(Charset.forName("windows-1256")));
        assertEquals("جيش الإسلام", d.text());
    }

    @Test
    void undeclaredWindows1256HtmlIsDetected() throws Exception {
        String html = "<html><body><p>قال المتحدث باسم جيش الإسلام إن الفصائل اتحدت</p></body></html>";
        Document d = readers.read("ar.html", html.getBytes(Charset.forName("windows-1256")));
        assertEquals("قال المتحدث باسم جيش الإسلام إن الفصائل اتحدت", d.text());
    }

    @Test
    void htmlWithOnlyScriptsIsEmpty() {
        assertThrows(EmptyDocumentException.class, () -> read("a.html", "<html><body><script>x()</script></body></html>"));
    }
}
