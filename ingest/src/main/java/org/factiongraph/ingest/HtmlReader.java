package org.factiongraph.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factiongraph.model.Document;
import org.factiongraph.model.PartialDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads HTML with jsoup into plain text and metadata. The text is the main content only: script, style, navigation,
 * forms, asides and page-level headers and footers are dropped, {@code <article>} (the longest) or {@code <main>}
 * is preferred over the whole body, and paragraphs are separated by blank lines. Only text nodes reach the text, so
 * markup, scripts and event handlers never do. Nesting deeper than {@link ReadLimits#maxHtmlDepth()} is refused
 * after a cheap pre-scan of the tags, before jsoup builds a tree. Stateless, thread-safe.
 */
final class HtmlReader {

    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "nav", "aside",
            "form", "iframe", "object", "embed", "svg", "math", "canvas", "button", "select", "input", "textarea",
            "head", "dialog", "menu");
    private static final Set<String> PARAGRAPHS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "pre", "figure", "figcaption", "dl", "address", "hr",
            "header", "footer", "details", "summary", "fieldset", "center");
    private static final Set<String> LINES = Set.of("br", "li", "tr", "dt", "dd", "caption", "legend");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final List<String> DATE_META = List.of("article:published_time", "og:published_time",
            "datepublished", "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "pubdate",
            "publishdate", "publish-date", "sailthru.date", "article.published");
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)");

    private HtmlReader() {
    }

    static Document read(String id, String name, byte[] content, ReadLimits limits) throws IngestException {
        String html = decode(content);
        int depth = HtmlDepth.estimate(html, limits.maxHtmlDepth());
        if (depth > limits.maxHtmlDepth()) {
            throw tooDeep(limits);
        }
        org.jsoup.nodes.Document dom;
        try {
            dom = Jsoup.parse(html);
        } catch (StackOverflowError e) {
            throw tooDeep(limits);
        }
        String title = firstNonBlank(meta(dom, "og:title"), meta(dom, "twitter:title"), dom.title());
        String publisher = firstNonBlank(meta(dom, "og:site_name"), meta(dom, "application-name"));
        String url = firstNonBlank(attr(dom.selectFirst("link[rel=canonical]"), "abs:href", "href"), meta(dom, "og:url"));
        PartialDate published = metaDate(dom);
        String text;
        try {
            text = mainText(dom);
        } catch (StackOverflowError e) {
            throw tooDeep(limits);
        }
        if (title == null || published == null) {
            TextMetadata inText = TextMetadata.of(text);
            Element h1 = dom.selectFirst("h1");
            title = title != null ? title : h1 != null && !h1.text().isBlank() ? h1.text().strip() : inText.title();
            published = published != null ? published : inText.published();
            publisher = publisher != null ? publisher : inText.publisher();
        }
        return new Document(id, name, title, publisher, url, published, "html", text, null, List.of());
    }

    private static MalformedDocumentException tooDeep(ReadLimits limits) {
        return new MalformedDocumentException("HTML nested deeper than " + limits.maxHtmlDepth() + " levels");
    }

    /** A byte-order mark or a declared {@code <meta charset>} wins; otherwise the text decoder's detection. */
    private static String decode(byte[] content) throws UnsupportedDocumentException {
        boolean bom = content.length >= 2 && ((content[0] & 0xFF) == 0xFE || (content[0] & 0xFF) == 0xFF
                || (content[0] & 0xFF) == 0xEF);
        if (!bom) {
            String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) {
                try {
                    Charset declared = Charset.forName(m.group(1));
                    if (declared.equals(StandardCharsets.UTF_8) && !TextDecoder.mostlyUtf8(content)
                            && hasHighBytes(content)) {
                        return TextDecoder.decode(content).text();    // declared UTF-8 but is not
                    }
                    String text = TextDecoder.normalise(new String(content, declared));
                    if (text.indexOf('\0') >= 0) {
                        throw new UnsupportedDocumentException(TextDecoder.BINARY);
                    }
                    return text;
                } catch (IllegalArgumentException unknownCharset) {
                    // fall through to detection
                }
            }
        }
        return TextDecoder.decode(content).text();
    }

    private static boolean hasHighBytes(byte[] c) {
        for (byte b : c) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static String meta(org.jsoup.nodes.Document dom, String key) {
        for (Element m : dom.select("meta[content]")) {
            String k = firstNonBlank(m.attr("property"), m.attr("name"), m.attr("itemprop"));
            if (k != null && k.equalsIgnoreCase(key)) {
                String v = m.attr("content").strip();
                if (!v.isEmpty()) {
                    return v;
                }
            }
        }
        return null;
    }

    private static PartialDate metaDate(org.jsoup.nodes.Document dom) {
        for (String key : DATE_META) {
            String v = meta(dom, key);
            PartialDate d = v == null ? null : Dates.whole(v);
            if (d != null) {
                return d;
            }
        }
        for (Element t : dom.select("time[datetime]")) {
            PartialDate d = Dates.whole(t.attr("datetime"));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String attr(Element e, String... keys) {
        if (e == null) {
            return null;
        }
        for (String k : keys) {
            String v = e.attr(k).strip();
            if (!v.isEmpty()) {
                return v;
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** The readable text of the main content, paragraphs separated by blank lines. */
    static String mainText(org.jsoup.nodes.Document dom) {
        Element body = dom.body();
        for (Element e : body.select(String.join(",", DROPPED))) {
            e.remove();
        }
        for (Element e : body.select("header, footer")) {
            if (e.closest("article, main") == null) {
                e.remove();
            }
        }
        Element root = body;
        Elements articles = body.select("article");
        if (!articles.isEmpty()) {
            Element best = null;
            int bestLength = -1;
            for (Element a : articles) {
                int len = a.text().length();
                if (len > bestLength) {
                    best = a;
                    bestLength = len;
                }
            }
            root = best;
        } else {
            Element main = body.selectFirst("main, [role=main]");
            root = main != null ? main : body;
        }
        TextCollector collector = new TextCollector();
        NodeTraversor.traverse(collector, root);
        return collector.result();
    }

    /** Collects text nodes with paragraph and line breaks from block elements. Single use, not thread-safe. */
    private static final class TextCollector implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();
        private int pendingBreak;
        private boolean pendingSpace;
        private int preDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text(t.getWholeText());
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("pre")) {
                    preDepth++;
                }
                breakFor(tag);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("pre")) {
                    preDepth--;
                }
                if (!tag.equals("br")) {
                    breakFor(tag);
                }
            }
        }

        private void breakFor(String tag) {
            if (PARAGRAPHS.contains(tag)) {
                pendingBreak = 2;
            } else if (LINES.contains(tag)) {
                pendingBreak = Math.max(pendingBreak, 1);
            } else if (CELLS.contains(tag)) {
                pendingSpace = true;
            }
        }

        private void text(String raw) {
            if (preDepth > 0) {
                if (!raw.isEmpty()) {
                    flushBreak();
                    out.append(raw.replace("\r\n", "\n").replace('\r', '\n'));
                }
                return;
            }
            int n = raw.length();
            for (int i = 0; i < n; i++) {
                char c = raw.charAt(i);
                if (Character.isWhitespace(c)) {
                    pendingSpace = true;
                } else {
                    flushBreak();
                    if (pendingSpace && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                        out.append(' ');
                    }
                    pendingSpace = false;
                    out.append(c);
                }
            }
        }

        private void flushBreak() {
            if (pendingBreak > 0 && out.length() > 0) {
                out.append(pendingBreak == 2 ? "\n\n" : "\n");
                pendingSpace = false;
            }
            pendingBreak = 0;
        }

        String result() {
            return out.toString().strip();
        }
    }
}
