package org.factiongraph.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The compiled temporal grammar: the lexicon ({@code lexicon.tsv}) and the regular expressions built from it.
 * Immutable after construction, thread-safe.
 */
final class Grammar {

    /** Units of a relative shift ("two years later"). */
    enum Unit { YEAR, MONTH, WEEK, DAY, HOUR }

    /** What a fixed relative phrase means; the surface forms live in the lexicon. */
    enum PhraseKind {
        RUNNING, RUNNING_YEAR, RUNNING_MONTH, RUNNING_DAY,
        NEXT_YEAR, PREV_YEAR, NEXT_MONTH, PREV_MONTH, NEXT_DAY, PREV_DAY,
        DOC_DAY, DOC_PREV_DAY, DOC_NEXT_DAY, DOC_WEEK, DOC_PREV_WEEK,
        DOC_MONTH, DOC_PREV_MONTH, DOC_NEXT_MONTH, DOC_YEAR, DOC_PREV_YEAR, DOC_NEXT_YEAR,
        SKIP
    }

    record Phrase(PhraseKind kind, Pattern pattern) {
    }

    static final Grammar DEFAULT = load("/org/factiongraph/time/lexicon.tsv");

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Start of a token: not preceded by a letter or digit. */
    static final String B = "(?<![\\p{L}\\p{N}])";
    /** End of a token: not followed by a letter or digit. */
    static final String E = "(?![\\p{L}\\p{N}])";

    final Map<String, Integer> months;
    /** Full month names (the first form of each month line) and abbreviations (the others). */
    private final Set<String> monthNames;
    private final Set<String> monthAbbreviations;
    final Map<String, Integer> weekdays;
    final Map<String, Integer> weekdayAbbreviations;
    final Map<String, Integer> seasons;
    final Map<String, Integer> numbers;
    final Set<String> vague;
    final Map<String, Unit> units;
    final Set<String> notYearBefore;
    final Set<String> notYearAfter;
    final List<Phrase> phrases;
    /** Any phrase at all: one scan finds where phrases start; each phrase is then tried only there. */
    final Pattern anyPhrase;

    final Pattern mdy;
    final Pattern dmy;
    final Pattern compact;
    final Pattern iso;
    final Pattern monthYear;
    final Pattern monthRange;
    final Pattern yearRange;
    final Pattern yearRangeShort;
    final Pattern year;
    final Pattern seasonYear;
    final Pattern decade;
    final Pattern monthDay;
    final Pattern dayMonth;
    final Pattern bareMonth;
    final Pattern deicticMonth;
    /** "November of last year", "in August of the same year": a month with a year given by a phrase. */
    final Pattern monthOfYear;
    final Pattern deicticSeason;
    final Pattern bareSeason;
    final Pattern weekday;
    /** "Fri 03/10", "Saturday 04/10": a weekday and a day and month in either order, with no year. */
    final Pattern weekdaySlashed;
    final Pattern shift;
    final Pattern startCue;
    final Pattern endCue;
    final Pattern pairCue;

    private Grammar(Map<String, Map<String, List<String>>> lex) {
        months = numbered(lex, "month");
        monthNames = lex.get("month").values().stream().map(l -> l.get(0)).collect(Collectors.toUnmodifiableSet());
        monthAbbreviations = lex.get("month").values().stream().flatMap(l -> l.stream().skip(1))
                .collect(Collectors.toUnmodifiableSet());
        weekdays = numbered(lex, "weekday");
        weekdayAbbreviations = numbered(lex, "weekdayabbr");
        seasons = numbered(lex, "season");
        numbers = numbered(lex, "number");
        vague = Set.copyOf(all(lex, "vague"));
        Map<String, Unit> u = new LinkedHashMap<>();
        lex.getOrDefault("unit", Map.of()).forEach((k, forms) -> forms.forEach(f -> u.put(f, Unit.valueOf(k))));
        units = Map.copyOf(u);
        notYearBefore = Set.copyOf(all(lex, "notyearbefore"));
        notYearAfter = Set.copyOf(all(lex, "notyearafter"));
        List<Phrase> ph = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        lex.getOrDefault("phrase", Map.of()).forEach((k, forms) -> forms.forEach(f -> {
            ph.add(new Phrase(PhraseKind.valueOf(k), Pattern.compile("(?:" + f + ")(?![\\p{L}])", FLAGS)));
            bodies.add("(?:" + f + ")");
        }));
        phrases = List.copyOf(ph);
        anyPhrase = Pattern.compile(B + "(?:" + String.join("|", bodies) + ")(?![\\p{L}])", FLAGS);

        String wdForms = alt(union(weekdays.keySet(), weekdayAbbreviations.keySet())); // names and abbreviations
        String wdPrefix = "(?:" + wdForms + ")\\.?,?\\s+";
        String day = "(?<day>[0-9]{1,2})(?:st|nd|rd|th)?";
        String yr = "(?<year>[0-9]{4})";
        String mods = alt(all(lex, "modifier"));
        String seasonAlt = alt(seasons.keySet());

        mdy = p(B + "(?:" + wdPrefix + ")?" + mon("mon") + "\\s*" + day + "(?:\\s*,\\s*|\\s+)" + yr + E);
        dmy = p(B + "(?:" + wdPrefix + ")?(?:the\\s+)?" + day + "(?:\\s+of\\s+|\\s+|-)" + mon("mon")
                + "(?:\\s*,\\s*|\\s+|-)" + yr + E);
        compact = p(B + "(?<day>[0-9]{1,2})(?<mon>" + alt(months.keySet()) + ")(?<year>[0-9]{4}|[0-9]{2})" + E);
        iso = p(B + "(?<year>[0-9]{4})(?<sep>[-/])(?<month>[0-9]{1,2})\\k<sep>(?<day>[0-9]{1,2})(?![0-9])");
        monthYear = p(B + "(?:(?<mod>" + mods + ")[\\s-]*)?" + mon("mon") + "\\s*,?\\s+(?:of\\s+)?" + yr + E);
        monthRange = p(B + mon("m1") + "\\s*(?<sep>[-–—/]|\\s(?:to|until|till|through|and)\\s)\\s*" + mon("m2")
                + "\\s*,?\\s+(?:of\\s+)?" + yr + E);
        yearRange = p(B + "(?<y1>[0-9]{4})\\s*[-–—]\\s*(?<y2>[0-9]{4})" + E);
        yearRangeShort = p(B + "(?<y1>[0-9]{4})[–—/](?<y2>[0-9]{2})" + E);
        year = p(B + "(?:(?<mod>" + mods + ")[\\s-]*)?" + yr + E);
        seasonYear = p(B + "(?:(?:early|late|mid)[\\s-]*)?(?:the\\s+)?(?:" + seasonAlt + ")\\s*,?\\s+(?:of\\s+)?" + yr + E);
        decade = p(B + "(?:(?:early|late|mid)[\\s-]*)?(?:the\\s+)?(?:[0-9]{3}0|')(?:[0-9]0)?'?s" + E);
        String wdNamed = "(?:(?<wd>" + wdForms + ")\\.?,?\\s+)?";
        monthDay = p(B + wdNamed + mon("mon") + "\\s*" + day + "(?![0-9])" + "(?![\\p{L}])");
        dayMonth = p(B + wdNamed + "(?:the\\s+)?" + day + "(?:\\s+of\\s+|\\s+)" + mon("mon") + E);
        bareMonth = p(B + "(?:(?<cue>" + alt(all(lex, "monthcue")) + ")\\s+(?:the\\s+)?)?(?:(?<mod>" + mods
                + ")[\\s-]*)?" + mon("mon") + E);
        deicticMonth = p(B + "(?<which>last|this|next|past)\\s+" + mon("mon") + E);
        monthOfYear = p(B + "(?:(?<mod>" + mods + ")[\\s-]*)?" + mon("mon")
                + "(?:\\s+(?<day>[0-9]{1,2})(?:st|nd|rd|th)?)?\\s*,?\\s+(?:of\\s+)?(?<which>last|this|next"
                + "|that|the\\s+same|the\\s+previous|the\\s+preceding|the\\s+following|the\\s+next)\\s+year" + E);
        deicticSeason = p(B + "(?<which>last|this|next|past)\\s+(?<season>" + seasonAlt + ")" + E);
        // "in the autumn", "during the late summer": a season with no year ("the fall of Aleppo" is no season)
        bareSeason = p(B + "(?:in|during|by|since|over|through|throughout|until)\\s+(?<body>the\\s+(?:(?:early|late)\\s+)?"
                + "(?<season>" + seasonAlt + "))" + E + "(?!\\s*,?\\s+(?:of\\b|[0-9]))");
        weekday = p(B + "(?:(?<which>last|this|next|past|on)\\s+)?(?<wd>" + alt(weekdays.keySet()) + ")" + E);
        weekdaySlashed = p(B + "(?<wd>" + wdForms + ")\\.?,?\\s+(?<a>[0-9]{1,2})/(?<b>[0-9]{1,2})(?![0-9/])");
        List<String> numForms = new ArrayList<>(numbers.keySet());
        shift = p(B + "(?:(?<num>" + alt(numForms) + "|[0-9]{1,3})\\s+|(?<vague>" + alt(vague) + ")\\s+)?(?<unit>"
                + alt(units.keySet()) + ")(?:\\s+and\\s+a\\s+half)?\\s+(?<dir>later|earlier|ago|afterwards?|thereafter"
                + "|after\\s+that|before\\s+that|prior|on(?=\\s*[,.;:!?)]|\\s*$))(?![\\p{L}])");
        startCue = p("(?<![\\p{L}])(?:" + alt(all(lex, "cue", "START")) + ")\\s+(?:the\\s+)?$");
        endCue = p("(?<![\\p{L}])(?:" + alt(all(lex, "cue", "END")) + ")\\s+(?:the\\s+)?$");
        pairCue = p("^\\s*(?:" + alt(all(lex, "pair", "END")) + ")\\s*(?:the\\s+)?$");
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex, FLAGS);
    }

    /** A month name or abbreviation (with an optional full stop) in a named group. */
    private String mon(String group) {
        return "(?<" + group + ">(?:" + alt(monthNames) + ")(?![\\p{L}])|(?:" + alt(monthAbbreviations)
                + ")(?![\\p{L}])\\.?)";
    }

    /** Month number of a matched month form. */
    /** Day-of-week number (1 = Monday) of a matched weekday name or abbreviation. */
    int weekdayNumber(String form) {
        String f = form.toLowerCase(Locale.ROOT).replace(".", "");
        Integer n = weekdays.get(f);
        return n != null ? n : weekdayAbbreviations.get(f);
    }

    int month(String form) {
        return months.get(form.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    static Grammar load(String resource) {
        try (InputStream in = Grammar.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Map<String, List<String>>> lex = new LinkedHashMap<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                if (parts.length != 3) {
                    throw new IllegalStateException("bad lexicon line: " + line);
                }
                List<String> forms = parts[0].equals("phrase") ? List.of(parts[2])
                        : List.of(parts[2].split("\\|"));
                lex.computeIfAbsent(parts[0], k -> new LinkedHashMap<>())
                        .computeIfAbsent(parts[1], k -> new ArrayList<>()).addAll(forms);
            }
            return new Grammar(lex);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Integer> numbered(Map<String, Map<String, List<String>>> lex, String kind) {
        Map<String, Integer> out = new LinkedHashMap<>();
        lex.getOrDefault(kind, Map.of()).forEach((k, forms) -> forms.forEach(f -> out.put(f, Integer.parseInt(k))));
        return Map.copyOf(out);
    }

    private static List<String> all(Map<String, Map<String, List<String>>> lex, String kind) {
        return lex.getOrDefault(kind, Map.of()).values().stream().flatMap(List::stream).toList();
    }

    private static List<String> all(Map<String, Map<String, List<String>>> lex, String kind, String key) {
        return lex.getOrDefault(kind, Map.of()).getOrDefault(key, List.of());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }

    /** A regex alternation of literal forms, longest first; spaces in a form match any whitespace run. */
    static String alt(java.util.Collection<String> forms) {
        return forms.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(f -> Pattern.quote(f).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
    }
}
