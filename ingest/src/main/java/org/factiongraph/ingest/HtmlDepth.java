package org.factiongraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A cheap pre-scan of HTML tags that estimates the deepest element nesting without building a tree, so that
 * pathological input (100,000 nested elements) is refused before a parser or a recursive walk meets it. Void
 * elements and self-closing tags do not nest, an end tag closes back to its matching start tag, and elements whose
 * end tag HTML allows to be omitted ({@code p}, {@code li}, {@code td}, …) close their open siblings, so ordinary
 * pages are not over-counted. Comments, scripts and styles are skipped. Stateless, thread-safe.
 */
final class HtmlDepth {
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr", "keygen", "command", "basefont", "frame", "isindex");
    private static final Set<String> SELF_CLOSING_SIBLINGS = Set.of("p", "li", "dt", "dd", "tr", "td", "th",
            "option", "optgroup", "thead", "tbody", "tfoot", "rb", "rt", "rp");
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "plaintext");

    private HtmlDepth() {
    }

    /** The estimated maximum nesting depth; stops counting once it passes {@code stopAbove}. */
    static int estimate(String html, int stopAbove) {
        List<String> stack = new ArrayList<>();
        Map<String, Integer> open = new HashMap<>();    // how many of each name are on the stack
        int max = 0;
        int n = html.length();
        int i = 0;
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                break;
            }
            char c = html.charAt(lt + 1);
            if (html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (c == '!' || c == '?') {
                int end = html.indexOf('>', lt);
                i = end < 0 ? n : end + 1;
                continue;
            }
            boolean closing = c == '/';
            int nameStart = closing ? lt + 2 : lt + 1;
            int j = nameStart;
            while (j < n && (Character.isLetterOrDigit(html.charAt(j)) || html.charAt(j) == '-' || html.charAt(j) == ':')) {
                j++;
            }
            if (j == nameStart || !Character.isLetter(html.charAt(nameStart))) {
                i = lt + 1;
                continue;
            }
            String name = html.substring(nameStart, j).toLowerCase(Locale.ROOT);
            int gt = tagEnd(html, j);
            boolean selfClosing = gt > 0 && html.charAt(gt - 1) == '/';
            i = gt < 0 ? n : gt + 1;
            if (closing) {
                if (open.getOrDefault(name, 0) > 0) {
                    String popped;
                    do {
                        popped = stack.remove(stack.size() - 1);
                        open.merge(popped, -1, Integer::sum);
                    } while (!popped.equals(name));
                }
                continue;
            }
            if (VOID.contains(name) || selfClosing) {
                continue;
            }
            if (SELF_CLOSING_SIBLINGS.contains(name) && !stack.isEmpty() && stack.get(stack.size() - 1).equals(name)) {
                open.merge(stack.remove(stack.size() - 1), -1, Integer::sum);
            }
            if (RAW_TEXT.contains(name)) {
                int close = indexOfIgnoreCase(html, "</" + name, i);
                i = close < 0 ? n : close;
                continue;
            }
            stack.add(name);
            open.merge(name, 1, Integer::sum);
            max = Math.max(max, stack.size());
            if (max > stopAbove) {
                return max;
            }
        }
        return max;
    }

    /** The index of the {@code >} that ends a tag, skipping quoted attribute values; -1 when unterminated. */
    private static int tagEnd(String html, int from) {
        char quote = 0;
        for (int k = from; k < html.length(); k++) {
            char c = html.charAt(k);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return k;
            }
        }
        return -1;
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        int n = needle.length();
        for (int k = from; k + n <= s.length(); k++) {
            if (s.regionMatches(true, k, needle, 0, n)) {
                return k;
            }
        }
        return -1;
    }
}
