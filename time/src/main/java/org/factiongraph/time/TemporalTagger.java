package org.factiongraph.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Precision;

/**
 * Finds time expressions in text and resolves them to {@link PartialDate}s, with a compact regular grammar
 * built from the lexicon resource {@code org/factiongraph/time/lexicon.tsv}.
 *
 * <p>Conventions (news reporting):
 * <ul>
 *   <li>Precision is what the text gives: "2014" is a year, "March 2014" and "mid-March" a month,
 *       "mid-2015" / "late 2014" / "spring 2013" a year.</li>
 *   <li>A month (or day and month) without a year takes the year of the running date, else of the document
 *       date; when that would put it after the document date (while the anchor itself is not after it), it
 *       belongs to the previous year: in a January 2014 report "in December" is 2013-12.</li>
 *   <li>A bare weekday ("on Wednesday", "Thursday") is the most recent such day on or before the document
 *       date; "last Friday" the most recent strictly before; "next Friday" the first strictly after and
 *       "this Friday" the first on or after. Weekdays need a document date at day precision.</li>
 *   <li>Narrative expressions ("a year later", "shortly afterward", "the following year", bare months) are
 *       resolved against the running date, else the document date. Deictic ones ("last year", "yesterday",
 *       "last spring", "two years ago", weekdays) are resolved against the document date only.</li>
 *   <li>Expressions with no anchor (no running and no document date) are skipped; absolute ones are always
 *       found. Vague ones ("in recent months", "years later", "the 1990s") are consumed and give nothing.</li>
 *   <li>The running date advances to every date a mention sets, except for the reporting frame: weekdays,
 *       today/yesterday/tomorrow, this/last week and "N days ago", which date the report, not the narrative.
 *       Frame dates are still remembered as {@link TimeContext#latest()}, and short steps ("hours later",
 *       "several days later", "shortly afterward", "the next day") count from that latest date.</li>
 *   <li>Month and weekday names without an adjacent year must be capitalised ("may", "march" are words).</li>
 * </ul>
 * Stateless and thread-safe; all document state lives in the {@link TimeContext} passed to {@link #tag}.
 */
public final class TemporalTagger {

    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2199;
    private static final Pattern TRAILING_TIME = Pattern.compile(
            "(?:[,\\s]+(?:at\\s+)?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]+)?)?\\s*(?:[ap]\\.?m\\.?)?"
                    + "(?:\\s*(?:[A-Z]{1,5}|[+-][0-9]{2}:?[0-9]{2}|Z))?.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern META_ISO = Pattern.compile(
            "([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[T\\s].*)?");
    private static final Pattern META_ISO_SLASH = Pattern.compile("([0-9]{4})/([0-9]{1,2})/([0-9]{1,2})(?:[T\\s].*)?");
    private static final Pattern META_BASIC = Pattern.compile("([0-9]{4})([0-9]{2})([0-9]{2})(?:T.*)?");
    private static final Pattern META_MONTH = Pattern.compile("([0-9]{4})-([0-9]{1,2})");
    private static final Pattern META_YEAR = Pattern.compile("([0-9]{4})");
    private static final Pattern META_DOTTED = Pattern.compile("([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]{4})");
    private static final Pattern META_SLASHED = Pattern.compile("([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})");

    private final Grammar g;

    /** A tagger with the default lexicon. */
    public TemporalTagger() {
        this(Grammar.DEFAULT);
    }

    TemporalTagger(Grammar grammar) {
        this.g = grammar;
    }

    // ------------------------------------------------------------------ public API

    /**
     * Absolute, fully written dates (day precision) in the text, in order: "January 28, 2015",
     * "8 January 2014", "28 Jan. 2015", "Wed, 28 Jan 2015", "25Oct15", "2015-01-28", "2015/01/28".
     * Roles are read from the words before each date ("since", "until", ...); none is relative.
     */
    public static List<TimeMention> absoluteDates(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        TemporalTagger t = new TemporalTagger(Grammar.DEFAULT);
        List<Hit> hits = new ArrayList<>();
        t.dayHits(text, 0, text.length(), hits);
        return t.realise(text, 0, select(hits), null);
    }

    /**
     * Parses one header or metadata value: "2015-01-28", "2015-01-28T10:00:00Z", "20150128",
     * "January 28, 2015", "28 January 2015", "Jan 2015", "2015-01", "2015", "25Oct15", "28.01.2015",
     * RFC 1123 "Wed, 28 Jan 2015 10:00:00 GMT". The whole value must be a date (a trailing clock time and
     * zone are ignored, and the date is taken as written, without zone conversion). A slashed
     * day/month/year whose order cannot be told (both parts at most 12) gives the year only.
     *
     * @return the date at the precision given, or null when the value is not a date
     */
    public static PartialDate parseDate(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.isEmpty() || v.length() > 120) {
            return null;
        }
        Matcher m;
        if ((m = META_ISO.matcher(v)).matches() || (m = META_ISO_SLASH.matcher(v)).matches()
                || (m = META_BASIC.matcher(v)).matches()) {
            return day(num(m.group(1)), num(m.group(2)), num(m.group(3)));
        }
        if ((m = META_MONTH.matcher(v)).matches()) {
            int y = num(m.group(1));
            int mo = num(m.group(2));
            return plausible(y) && mo >= 1 && mo <= 12 ? PartialDate.ofMonth(y, mo) : null;
        }
        if ((m = META_YEAR.matcher(v)).matches()) {
            int y = num(m.group(1));
            return plausible(y) ? PartialDate.ofYear(y) : null;
        }
        if ((m = META_DOTTED.matcher(v)).matches()) {
            return day(num(m.group(3)), num(m.group(2)), num(m.group(1)));
        }
        if ((m = META_SLASHED.matcher(v)).matches()) {
            int a = num(m.group(1));
            int b = num(m.group(2));
            int y = num(m.group(3));
            if (a > 12) {
                return day(y, b, a);
            }
            if (b > 12) {
                return day(y, a, b);
            }
            return plausible(y) && a >= 1 && b >= 1 ? PartialDate.ofYear(y) : null;
        }
        String d = TRAILING_TIME.matcher(v).replaceFirst("").strip();
        Grammar gr = Grammar.DEFAULT;
        for (Pattern p : List.of(gr.mdy, gr.dmy, gr.compact)) {
            if ((m = p.matcher(d)).matches()) {
                return day(year(m.group("year")), gr.month(m.group("mon")), num(m.group("day")));
            }
        }
        if ((m = gr.monthYear.matcher(d)).matches() && m.group("mod") == null) {
            int y = num(m.group("year"));
            return plausible(y) ? PartialDate.ofMonth(y, gr.month(m.group("mon"))) : null;
        }
        return null;
    }

    /**
     * Finds and resolves every time expression in {@code text[from, to)} (normally one sentence) against
     * {@code ctx}, and advances ctx's running date to the last date the narrative set (see the class
     * comment). Offsets in the returned mentions index the full {@code text}.
     */
    public List<TimeMention> tag(String text, int from, int to, TimeContext ctx) {
        if (text == null || ctx == null) {
            throw new NullPointerException(text == null ? "text" : "ctx");
        }
        if (from < 0 || to > text.length() || from > to) {
            throw new IndexOutOfBoundsException("bad range " + from + ".." + to + " of " + text.length());
        }
        if (from == to) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        boolean digits = hasDigit(text, from, to);
        if (digits) {
            dayHits(text, from, to, hits);
        }
        otherHits(text, from, to, digits, hits);
        return realise(text, from, select(hits), ctx);
    }

    /** Tags the whole text as one span; see {@link #tag(String, int, int, TimeContext)}. */
    public List<TimeMention> tag(String text, TimeContext ctx) {
        return tag(text, 0, text.length(), ctx);
    }

    // ------------------------------------------------------------------ hits

    /** A resolved piece of a hit, before its role is known (role null = read it from the cues). */
    private record Piece(int start, int end, PartialDate date, Role role, boolean relative) {
    }

    @FunctionalInterface
    private interface Resolver {
        /** Pieces for this hit given the running and document dates (either may be null). */
        List<Piece> resolve(PartialDate running, PartialDate doc, PartialDate latest);
    }

    /** A matched span; {@code frame} hits date the report and do not move the running date. */
    private record Hit(int start, int end, int order, boolean frame, boolean quiet, boolean dayMonth,
                       Resolver resolver) {
        int length() {
            return end - start;
        }
    }

    private static final Resolver NOTHING = (r, d, l) -> List.of();

    private static void add(List<Hit> hits, int start, int end, boolean frame, Resolver r) {
        hits.add(new Hit(start, end, hits.size(), frame, false, false, r));
    }

    /** A hit that moves neither the running nor the latest date ("six weeks ago": background, not the report). */
    private static void addQuiet(List<Hit> hits, int start, int end, Resolver r) {
        hits.add(new Hit(start, end, hits.size(), true, true, false, r));
    }

    private static Matcher in(Pattern p, String text, int from, int to) {
        return p.matcher(text).region(from, to).useTransparentBounds(true);
    }

    private static Resolver fixed(int start, int end, PartialDate date) {
        List<Piece> one = List.of(new Piece(start, end, date, null, false));
        return (r, d, l) -> one;
    }

    /** Fully written dates: day, month and year. */
    private void dayHits(String text, int from, int to, List<Hit> hits) {
        for (Pattern p : List.of(g.mdy, g.dmy, g.compact)) {
            Matcher m = in(p, text, from, to);
            while (m.find()) {
                String y = m.group("year");
                if (y.length() == 4 && !plausible(num(y))) {
                    continue;
                }
                PartialDate date = day(year(y), g.month(m.group("mon")), num(m.group("day")));
                if (date != null) {
                    add(hits, m.start(), m.end(), false, fixed(m.start(), m.end(), date));
                }
            }
        }
        Matcher m = in(g.iso, text, from, to);
        while (m.find()) {
            PartialDate date = day(num(m.group("year")), num(m.group("month")), num(m.group("day")));
            if (date != null) {
                add(hits, m.start(), m.end(), false, fixed(m.start(), m.end(), date));
            }
        }
    }

    private static boolean hasDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private void otherHits(String text, int from, int to, boolean digits, List<Hit> hits) {
        if (digits) {
            numericHits(text, from, to, hits);
        }
        bareMonthHits(text, from, to, hits);
        deicticHits(text, from, to, hits);
        shiftHits(text, from, to, hits);
        Matcher any = in(g.anyPhrase, text, from, to);
        while (any.find()) {
            // every phrase that starts here (they may differ in length); the longest wins in select()
            for (Grammar.Phrase ph : g.phrases) {
                Matcher m = in(ph.pattern(), text, any.start(), to);
                if (m.lookingAt()) {
                    phraseHit(ph.kind(), m.start(), m.end(), hits);
                }
            }
        }
    }

    /** Everything that needs a digit: years, ranges, months with years, days with months. */
    private void numericHits(String text, int from, int to, List<Hit> hits) {
        Matcher m = in(g.monthRange, text, from, to);
        while (m.find()) {
            int y = num(m.group("year"));
            if (!plausible(y)) {
                continue;
            }
            int m1 = g.month(m.group("m1"));
            int m2 = g.month(m.group("m2"));
            boolean list = m.group("sep").strip().equalsIgnoreCase("and");
            PartialDate d1 = PartialDate.ofMonth(m1 > m2 ? y - 1 : y, m1);
            PartialDate d2 = PartialDate.ofMonth(y, m2);
            List<Piece> pieces = List.of(
                    new Piece(m.start("m1"), m.end("m1"), d1, list ? null : Role.START, false),
                    new Piece(m.start("m2"), m.end(), d2, list ? null : Role.END, false));
            add(hits, m.start(), m.end(), false, (r, d, l) -> pieces);
        }
        m = in(g.monthYear, text, from, to);
        while (m.find()) {
            int y = num(m.group("year"));
            if (plausible(y)) {
                add(hits, m.start(), m.end(), false,
                        fixed(m.start(), m.end(), PartialDate.ofMonth(y, g.month(m.group("mon")))));
            }
        }
        for (Pattern p : List.of(g.yearRange, g.yearRangeShort)) {
            m = in(p, text, from, to);
            while (m.find()) {
                int y1 = num(m.group("y1"));
                int y2 = m.group("y2").length() == 2 ? y1 / 100 * 100 + num(m.group("y2")) : num(m.group("y2"));
                if (!plausible(y1) || !plausible(y2) || y2 <= y1 || y2 - y1 > 100
                        || !yearContextOk(text, m.start(), m.end())) {
                    continue;
                }
                List<Piece> pieces = List.of(
                        new Piece(m.start("y1"), m.end("y1"), PartialDate.ofYear(y1), Role.START, false),
                        new Piece(m.start("y2"), m.end("y2"), PartialDate.ofYear(y2), Role.END, false));
                add(hits, m.start(), m.end(), false, (r, d, l) -> pieces);
            }
        }
        m = in(g.seasonYear, text, from, to);
        while (m.find()) {
            int y = num(m.group("year"));
            if (plausible(y)) {
                add(hits, m.start(), m.end(), false, fixed(m.start(), m.end(), PartialDate.ofYear(y)));
            }
        }
        m = in(g.decade, text, from, to);
        while (m.find()) {
            add(hits, m.start(), m.end(), false, NOTHING);
        }
        m = in(g.year, text, from, to);
        while (m.find()) {
            int y = num(m.group("year"));
            if (plausible(y) && yearContextOk(text, m.start("year"), m.end("year"))) {
                add(hits, m.start(), m.end(), false, fixed(m.start(), m.end(), PartialDate.ofYear(y)));
            }
        }
        monthDayHits(text, from, to, hits);
        weekdaySlashedHits(text, from, to, hits);
    }

    /** "October 21", "21 October", "the 21st of October": the year comes from the context. */
    private void monthDayHits(String text, int from, int to, List<Hit> hits) {
        for (Pattern p : List.of(g.monthDay, g.dayMonth)) {
            Matcher m = in(p, text, from, to);
            while (m.find()) {
                if (!capitalised(m.group("mon"))) {
                    continue;
                }
                int mo = g.month(m.group("mon"));
                int dd = num(m.group("day"));
                if (dd < 1 || dd > 31) {
                    continue;
                }
                DayOfWeek named = m.group("wd") == null ? null : DayOfWeek.of(g.weekdayNumber(m.group("wd")));
                int s = m.start();
                int e = m.end();
                hits.add(new Hit(s, e, hits.size(), false, false, named == null, (run, doc, latest) -> {
                    PartialDate a = run != null ? run : doc;
                    if (a == null) {
                        return List.of();
                    }
                    PartialDate c = unyeared(y -> day(y, mo, dd), run, doc);
                    if (named != null && (c == null || c.firstDay().getDayOfWeek() != named)) {
                        // "Friday, January 3": the nearest year around the anchor in which that day is a Friday;
                        // when the running year is not one, the document's own year (or the one before) first:
                        // "Sunday 10 January" in a blog of October 2016 after a look back at 2012 is 2016
                        c = null;
                        for (int dy = 0; doc != null && run != null && c == null && dy <= 1; dy++) {
                            PartialDate k = onWeekday(doc.year() - dy, mo, dd, named);
                            c = k != null && !k.firstDay().isAfter(doc.lastDay()) ? k : null;
                        }
                        for (int i = 0; c == null && i < YEARS_AROUND.length; i++) {
                            c = onWeekday(a.year() + YEARS_AROUND[i], mo, dd, named);
                        }
                    }
                    return c == null ? List.of() : List.of(new Piece(s, e, c, null, true));
                }));
            }
        }
    }

    /** The years around an anchor a weekday's yearless date is looked for in, nearest first. */
    private static final int[] YEARS_AROUND = {0, -1, 1, -2, 2};

    /** Day {@code dd} of month {@code mo} in year {@code y} when it falls on that weekday, else null. */
    private static PartialDate onWeekday(int y, int mo, int dd, DayOfWeek named) {
        PartialDate k = day(y, mo, dd);
        return k != null && k.firstDay().getDayOfWeek() == named ? k : null;
    }

    /** How far from its anchor a weekday's yearless slashed date may fall. */
    private static final int SLASHED_REACH_DAYS = 200;

    /**
     * "Fri 03/10:", a bulletin's entry: the weekday tells the order of day and month and the year. The reading
     * nearest the running date (else the document's) that falls on that weekday, an earlier one first, within
     * {@value #SLASHED_REACH_DAYS} days.
     */
    private void weekdaySlashedHits(String text, int from, int to, List<Hit> hits) {
        Matcher m = in(g.weekdaySlashed, text, from, to);
        while (m.find()) {
            DayOfWeek named = DayOfWeek.of(g.weekdayNumber(m.group("wd")));
            int a = num(m.group("a"));
            int b = num(m.group("b"));
            int s = m.start();
            int e = m.end();
            add(hits, s, e, false, (run, doc, latest) -> {
                PartialDate anchor = run != null && run.month() != 0 ? run : doc;
                if (anchor == null) {
                    return List.of();
                }
                PartialDate best = null;
                long bestGap = Long.MAX_VALUE;
                for (int dy : new int[] {0, -1, 1}) {
                    int y = anchor.year() + dy;
                    for (PartialDate k : new PartialDate[] {onWeekday(y, b, a, named), onWeekday(y, a, b, named)}) {
                        if (k == null) {
                            continue;
                        }
                        long gap = Math.abs(k.firstDay().toEpochDay() - anchor.firstDay().toEpochDay()) * 2
                                + (k.isAfter(anchor) ? 1 : 0);
                        if (gap < bestGap && gap <= 2 * SLASHED_REACH_DAYS + 1) {
                            best = k;
                            bestGap = gap;
                        }
                    }
                }
                return best == null ? List.of() : List.of(new Piece(s, e, best, null, true));
            });
        }
    }

    /** "in March", "beginning in March", "by July", "early December": a month named without a year. */
    private void bareMonthHits(String text, int from, int to, List<Hit> hits) {
        Matcher m = in(g.bareMonth, text, from, to);
        while (m.find()) {
            if ((m.group("cue") == null && m.group("mod") == null) || !capitalised(m.group("mon"))) {
                continue;
            }
            int mo = g.month(m.group("mon"));
            int s = m.group("mod") != null ? m.start("mod") : m.start("mon");
            int e = m.end();
            // "has been under attack since early July": a span that reaches the present counts back from the
            // document's date, not from a year the narrative mentioned before; "had ... since" stays narrative
            boolean sinceNow = m.group("cue") != null && m.group("cue").equalsIgnoreCase("since")
                    && !text.substring(Math.max(from, m.start() - 60), m.start()).matches("(?s).*\\bhad\\b.*");
            add(hits, s, e, false, (run, doc, latest) -> {
                PartialDate a = run != null ? run : doc;
                if (a == null) {
                    return List.of();
                }
                PartialDate c = unyeared(y -> PartialDate.ofMonth(y, mo), sinceNow && doc != null ? null : run, doc);
                return c == null ? List.of() : List.of(new Piece(s, e, c, null, true));
            });
        }
    }

    /**
     * A month (or day and month) named without a year. It takes the year of the running date, else of the
     * document date. A narrative moves forward: a month before the running date's month is the next one after
     * it ("last April ... since January 3" in a February report is the January after that April), as long as
     * that is not after the document date. A date after the document date (while the anchor is not) belongs to
     * the year before: in a January 2014 report "in December" is 2013-12.
     */
    private static PartialDate unyeared(java.util.function.IntFunction<PartialDate> at, PartialDate run,
                                        PartialDate doc) {
        PartialDate a = run != null ? run : doc;
        if (a == null) {
            return null;
        }
        PartialDate c = at.apply(a.year());
        if (c == null) {
            return null;
        }
        if (run != null && run.month() != 0 && c.isBefore(run)) {
            PartialDate next = at.apply(a.year() + 1);
            if (next != null && doc != null && !next.isAfter(doc)) {
                return next;
            }
        }
        if (doc != null && c.isAfter(doc) && !a.isAfter(doc)) {
            PartialDate prev = at.apply(a.year() - 1);
            return prev != null ? prev : c;
        }
        return c;
    }

    /** "last December", "this spring", "last Friday", "on Wednesday": resolved against the document date. */
    private void deicticHits(String text, int from, int to, List<Hit> hits) {
        Matcher m = in(g.deicticMonth, text, from, to);
        while (m.find()) {
            if (!capitalised(m.group("mon"))) {
                continue;
            }
            int mo = g.month(m.group("mon"));
            String which = m.group("which").toLowerCase(Locale.ROOT);
            int s = m.start();
            int e = m.end();
            add(hits, s, e, false, (run, doc, latest) -> {
                if (doc == null) {
                    return List.of();
                }
                int y = doc.year();
                switch (which) {
                    case "last", "past" -> y = doc.month() == 0 || mo >= doc.month() ? y - 1 : y;
                    case "next" -> y = doc.month() == 0 || mo <= doc.month() ? y + 1 : y;
                    default -> { }
                }
                return List.of(new Piece(s, e, PartialDate.ofMonth(y, mo), null, true));
            });
        }
        m = in(g.monthOfYear, text, from, to);
        while (m.find()) {
            if (!capitalised(m.group("mon"))) {
                continue;
            }
            int mo = g.month(m.group("mon"));
            String which = m.group("which").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            int s = m.group("mod") != null ? m.start("mod") : m.start("mon");
            int e = m.end();
            boolean deictic = which.equals("last") || which.equals("this") || which.equals("next");
            int dd = m.group("day") == null ? 0 : num(m.group("day"));
            add(hits, s, e, false, (run, doc, latest) -> {
                PartialDate base = deictic ? doc : run != null ? run : doc;
                if (base == null) {
                    return List.of();
                }
                int y = switch (which) {
                    case "last", "the previous", "the preceding" -> base.year() - 1;
                    case "next", "the following", "the next" -> base.year() + 1;
                    default -> base.year();
                };
                PartialDate date = dd > 0 ? day(y, mo, dd) : y < 1 || y > 9999 ? null : PartialDate.ofMonth(y, mo);
                return date == null ? List.of() : List.of(new Piece(s, e, date, null, true));
            });
        }
        m = in(g.deicticSeason, text, from, to);
        while (m.find()) {
            int first = g.seasons.get(m.group("season").toLowerCase(Locale.ROOT));
            String which = m.group("which").toLowerCase(Locale.ROOT);
            int s = m.start();
            int e = m.end();
            add(hits, s, e, false, (run, doc, latest) -> {
                if (doc == null) {
                    return List.of();
                }
                return List.of(new Piece(s, e, PartialDate.ofYear(seasonYear(first, which, doc)), null, true));
            });
        }
        m = in(g.bareSeason, text, from, to);
        while (m.find()) {
            int first = g.seasons.get(m.group("season").toLowerCase(Locale.ROOT));
            int s = m.start("body");
            int e = m.end();
            add(hits, s, e, false, (run, doc, latest) -> {
                // the season of the running year, else of the document's; one not yet begun at the document's
                // date is last year's; the year is that of the season's last month
                PartialDate c = unyeared(y -> PartialDate.ofMonth(y, first), run, doc);
                if (c == null) {
                    return List.of();
                }
                return List.of(new Piece(s, e, PartialDate.ofYear(lastMonthOf(first) < first ? c.year() + 1 : c.year()),
                        null, true));
            });
        }
        m = in(g.weekday, text, from, to);
        while (m.find()) {
            if (!capitalised(m.group("wd"))) {
                continue;
            }
            DayOfWeek dow = DayOfWeek.of(g.weekdays.get(m.group("wd").toLowerCase(Locale.ROOT)));
            String which = m.group("which") == null ? "" : m.group("which").toLowerCase(Locale.ROOT);
            int s = which.equals("on") ? m.start("wd") : m.start();
            int e = m.end();
            add(hits, s, e, true, (run, doc, latest) -> {
                if (doc == null || doc.precision() != Precision.DAY) {
                    return List.of();
                }
                LocalDate d = doc.firstDay();
                LocalDate r = switch (which) {
                    case "last", "past" -> d.with(TemporalAdjusters.previous(dow));
                    case "next" -> d.with(TemporalAdjusters.next(dow));
                    case "this" -> d.with(TemporalAdjusters.nextOrSame(dow));
                    default -> d.with(TemporalAdjusters.previousOrSame(dow));
                };
                return List.of(new Piece(s, e, PartialDate.of(r), null, true));
            });
        }
    }

    /** The last month of the three-month season that begins in {@code firstMonth} (winter: 12 -> 2). */
    private static int lastMonthOf(int firstMonth) {
        return (firstMonth + 1) % 12 + 1;
    }

    /** The year (of its last month) of the season meant by "last/this/next spring" in a document. */
    private static int seasonYear(int firstMonth, String which, PartialDate doc) {
        int lastMonth = lastMonthOf(firstMonth);
        boolean crosses = lastMonth < firstMonth;
        if (doc.month() == 0) {
            return switch (which) {
                case "last", "past" -> doc.year() - 1;
                case "next" -> doc.year() + 1;
                default -> doc.year();
            };
        }
        YearMonth now = YearMonth.of(doc.year(), doc.month());
        int y = doc.year();
        switch (which) {
            case "last", "past" -> {
                // the most recent season that ended before the document's month
                while (!YearMonth.of(y, lastMonth).isBefore(now)) {
                    y--;
                }
            }
            case "next" -> {
                // the first season that starts after the document's month
                while (!YearMonth.of(crosses ? y - 1 : y, firstMonth).isAfter(now)) {
                    y++;
                }
            }
            default -> {
                if (crosses && doc.month() == 12) {
                    y++;
                }
            }
        }
        return y;
    }

    /** "a year later", "two months earlier", "several days later", "three years ago". */
    private void shiftHits(String text, int from, int to, List<Hit> hits) {
        Matcher m = in(g.shift, text, from, to);
        while (m.find()) {
            String unitForm = m.group("unit").toLowerCase(Locale.ROOT);
            Grammar.Unit unit = g.units.get(unitForm);
            boolean vague;
            int n;
            if (m.group("num") != null) {
                String f = m.group("num").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                n = Character.isDigit(f.charAt(0)) ? num(f) : g.numbers.getOrDefault(f, 1);
                vague = false;
            } else {
                vague = m.group("vague") != null || unitForm.endsWith("s");
                n = 1;
            }
            String dir = m.group("dir").toLowerCase(Locale.ROOT);
            boolean ago = dir.equals("ago");
            int sign = ago || dir.equals("earlier") || dir.startsWith("before") || dir.equals("prior") ? -1 : 1;
            int s = m.start();
            int e = m.end();
            boolean frame = ago && (unit == Grammar.Unit.DAY || unit == Grammar.Unit.HOUR || unit == Grammar.Unit.WEEK);
            boolean shortUnit = unit == Grammar.Unit.DAY || unit == Grammar.Unit.HOUR || unit == Grammar.Unit.WEEK;
            Resolver res = (run, doc, latest) -> {
                PartialDate base = ago ? doc : shortUnit && latest != null ? latest : (run != null ? run : doc);
                if (base == null) {
                    return List.of();
                }
                PartialDate r;
                if (vague) {
                    if (unit != Grammar.Unit.DAY && unit != Grammar.Unit.HOUR) {
                        return List.of();
                    }
                    r = base;
                } else {
                    r = shift(base, unit, sign * n);
                    if (ago && unit == Grammar.Unit.YEAR && r != null) {
                        r = r.truncate(Precision.YEAR); // the document's month is not what "years ago" gives
                    }
                }
                return r == null ? List.of() : List.of(new Piece(s, e, r, null, true));
            };
            if (ago && unit == Grammar.Unit.WEEK) {
                addQuiet(hits, s, e, res); // "since Russia began its campaign six weeks ago": background
            } else {
                add(hits, s, e, frame, res);
            }
        }
    }

    private void phraseHit(Grammar.PhraseKind kind, int s, int e, List<Hit> hits) {
        if (kind == Grammar.PhraseKind.SKIP) {
            add(hits, s, e, false, NOTHING);
            return;
        }
        boolean docAnchored = kind.name().startsWith("DOC_");
        boolean frame = switch (kind) {
            case DOC_DAY, DOC_PREV_DAY, DOC_NEXT_DAY, DOC_WEEK, DOC_PREV_WEEK -> true;
            default -> false;
        };
        boolean shortStep = switch (kind) {
            case RUNNING, RUNNING_DAY, NEXT_DAY, PREV_DAY -> true;
            default -> false;
        };
        add(hits, s, e, frame, (run, doc, latest) -> {
            PartialDate base = docAnchored ? doc
                    : shortStep && latest != null ? latest : (run != null ? run : doc);
            if (base == null) {
                return List.of();
            }
            PartialDate r = switch (kind) {
                case RUNNING, RUNNING_DAY, DOC_DAY -> base;
                case RUNNING_YEAR, DOC_YEAR -> base.truncate(Precision.YEAR);
                case RUNNING_MONTH, DOC_MONTH, DOC_WEEK -> base.truncate(Precision.MONTH);
                case NEXT_YEAR, DOC_NEXT_YEAR -> safeYear(base.year() + 1);
                case PREV_YEAR, DOC_PREV_YEAR -> safeYear(base.year() - 1);
                case NEXT_MONTH -> shift(base, Grammar.Unit.MONTH, 1);
                case PREV_MONTH -> shift(base, Grammar.Unit.MONTH, -1);
                case DOC_NEXT_MONTH -> base.month() == 0 ? null : shift(base, Grammar.Unit.MONTH, 1);
                case DOC_PREV_MONTH -> base.month() == 0 ? null : shift(base, Grammar.Unit.MONTH, -1);
                case NEXT_DAY, DOC_NEXT_DAY -> shift(base, Grammar.Unit.DAY, 1);
                case PREV_DAY, DOC_PREV_DAY -> shift(base, Grammar.Unit.DAY, -1);
                case DOC_PREV_WEEK -> {
                    PartialDate w = shift(base, Grammar.Unit.WEEK, -1);
                    yield w == null ? null : w.truncate(Precision.MONTH);
                }
                case SKIP -> null;
            };
            return r == null ? List.of() : List.of(new Piece(s, e, r, null, true));
        });
    }

    /**
     * Shifts a date by n units. A coarse date is shifted from its middle (the 15th of a month, 1 July of a
     * year); the result keeps the coarser of the base's precision and the unit's (month for years and
     * months, day for weeks, days and hours): 2015-04 + 1 year = 2016-04, 2015 + 1 year = 2016.
     */
    static PartialDate shift(PartialDate base, Grammar.Unit unit, int n) {
        LocalDate mid = switch (base.precision()) {
            case DAY -> base.firstDay();
            case MONTH -> base.firstDay().withDayOfMonth(15);
            case YEAR -> LocalDate.of(base.year(), 7, 1);
        };
        LocalDate r = switch (unit) {
            case YEAR -> mid.plusYears(n);
            case MONTH -> mid.plusMonths(n);
            case WEEK -> mid.plusWeeks(n);
            case DAY -> mid.plusDays(n);
            case HOUR -> mid.plusDays(n / 24);
        };
        Precision cap = unit == Grammar.Unit.YEAR || unit == Grammar.Unit.MONTH ? Precision.MONTH : Precision.DAY;
        Precision p = base.precision().compareTo(cap) < 0 ? base.precision() : cap;
        if (r.getYear() < 1 || r.getYear() > 9999) {
            return null;
        }
        return PartialDate.of(r).truncate(p);
    }

    // ------------------------------------------------------------------ selection and roles

    /** Keeps the longest hits that do not overlap (earlier and earlier-registered first on ties), in text order. */
    private static List<Hit> select(List<Hit> hits) {
        List<Hit> byLength = new ArrayList<>(hits);
        byLength.sort(Comparator.comparingInt(Hit::length).reversed()
                .thenComparingInt(Hit::start).thenComparingInt(Hit::order));
        TreeMap<Integer, Hit> kept = new TreeMap<>();
        for (Hit h : byLength) {
            if (h.length() == 0) {
                continue;
            }
            Map.Entry<Integer, Hit> before = kept.floorEntry(h.start());
            Map.Entry<Integer, Hit> after = kept.ceilingEntry(h.start());
            if ((before != null && before.getValue().end() > h.start()) || (after != null && after.getKey() < h.end())) {
                continue;
            }
            kept.put(h.start(), h);
        }
        return new ArrayList<>(kept.values());
    }

    /** Resolves the kept hits in text order, assigns roles and advances the running date. */
    private List<TimeMention> realise(String text, int from, List<Hit> hits, TimeContext ctx) {
        List<TimeMention> out = new ArrayList<>();
        TimeMention prev = null;
        for (Hit h : hits) {
            PartialDate run = ctx == null ? null : ctx.running();
            PartialDate doc = ctx == null ? null : ctx.documentDate();
            List<Piece> pieces;
            try {
                pieces = h.resolver().resolve(run, doc, ctx == null ? null : ctx.latest());
            } catch (IllegalArgumentException | java.time.DateTimeException ex) {
                pieces = List.of(); // an impossible date (e.g. 29 February in a common year): nothing
            }
            for (Piece p : pieces) {
                Role role = p.role() != null ? p.role() : role(text, from, p.start(), prev);
                PartialDate date = p.date();
                if (ctx != null && date.precision() == org.factiongraph.model.Precision.DAY) {
                    if (!p.relative()) {
                        ctx.noteToldDay(date);
                    } else if (h.dayMonth()) {
                        // "Baghdadi's statement of 9 April" after a flashback to 2006: the 9 April told before
                        int told = ctx.toldYear(date.month(), date.day());
                        date = told != 0 ? PartialDate.ofDay(told, date.month(), date.day()) : date;
                    }
                }
                TimeMention tm = new TimeMention(p.start(), p.end(), text.substring(p.start(), p.end()), date,
                        role, p.relative());
                out.add(tm);
                prev = tm;
                if (ctx != null && !h.quiet() && !background(text, from, tm)) {
                    if (h.frame()) {
                        ctx.noteFrame(date);
                    } else {
                        ctx.setRunning(date);
                    }
                }
            }
        }
        return out;
    }

    /**
     * "Salma, which insurgents had held since 2012, fell on January 12": a bare year after "since" dates the state a
     * clause looks back on, not a step of the narrative, so it leaves the running date where it was.
     */
    private static boolean background(String text, int from, TimeMention tm) {
        if (tm.role() != Role.START || tm.date().precision() != org.factiongraph.model.Precision.YEAR) {
            return false;
        }
        String before = text.substring(Math.max(from, tm.start() - 8), tm.start()).toLowerCase(Locale.ROOT);
        return SINCE_BEFORE.matcher(before).find();
    }

    private static final Pattern SINCE_BEFORE = Pattern.compile("\\bsince\\s+$");

    private Role role(String text, int from, int start, TimeMention prev) {
        if (prev != null && prev.role() == Role.START && prev.end() <= start
                && g.pairCue.matcher(text.substring(prev.end(), start)).matches()) {
            return Role.END;
        }
        int a = Math.max(from, start - 40);
        if (in(g.startCue, text, a, start).find()) {
            return Role.START;
        }
        if (in(g.endCue, text, a, start).find()) {
            return Role.END;
        }
        return Role.POINT;
    }

    // ------------------------------------------------------------------ small helpers

    /** False when the four digits at [s, e) are a count, a code or part of a number rather than a year. */
    private boolean yearContextOk(String text, int s, int e) {
        if (s > 0) {
            char c = text.charAt(s - 1);
            if ("$#€£¥/\\:+@_".indexOf(c) >= 0) {
                return false;
            }
            if ((c == '.' || c == ',') && s > 1 && Character.isDigit(text.charAt(s - 2))) {
                return false;
            }
        }
        if (e < text.length()) {
            char c = text.charAt(e);
            if (c == '%' || c == '_' || c == '@') {
                return false;
            }
            if ((c == '.' || c == ',' || c == ':' || c == '/') && e + 1 < text.length()
                    && Character.isDigit(text.charAt(e + 1))) {
                return false;
            }
        }
        String before = previousWord(text, s);
        if (before != null && g.notYearBefore.contains(before)) {
            return false;
        }
        int i = e;
        while (i < text.length() && i < e + 3 && (text.charAt(i) == ' ' || text.charAt(i) == '-')) {
            i++;
        }
        String rest = text.substring(i, Math.min(text.length(), i + 24)).toLowerCase(Locale.ROOT);
        for (String w : g.notYearAfter) {
            String f = w.startsWith("-") ? w.substring(1) : w;
            if (rest.startsWith(f) && (rest.length() == f.length() || !Character.isLetter(rest.charAt(f.length())))) {
                return false;
            }
        }
        return true;
    }

    /** The word (letters, possibly with inner dots) right before offset s, lower-cased without dots. */
    private static String previousWord(String text, int s) {
        int i = s - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '.' || text.charAt(i) == '\u00a0')) {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '.')) {
            i--;
        }
        if (end <= i + 1) {
            return null;
        }
        return text.substring(i + 1, end).replace(".", "").toLowerCase(Locale.ROOT);
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static boolean plausible(int y) {
        return y >= MIN_YEAR && y <= MAX_YEAR;
    }

    private static PartialDate safeYear(int y) {
        return y >= 1 && y <= 9999 ? PartialDate.ofYear(y) : null;
    }

    /** A two-digit year is 2000-2069 or 1970-1999. */
    private static int year(String digits) {
        int y = num(digits);
        return digits.length() == 2 ? (y < 70 ? 2000 + y : 1900 + y) : y;
    }

    private static int num(String digits) {
        return Integer.parseInt(digits.strip());
    }

    /** A valid, plausible day date, or null. */
    private static PartialDate day(int y, int m, int d) {
        if (!plausible(y) || m < 1 || m > 12 || d < 1 || d > YearMonth.of(y, m).lengthOfMonth()) {
            return null;
        }
        return PartialDate.ofDay(y, m, d);
    }
}
