package org.factiongraph.time;

import org.factiongraph.model.PartialDate;

/**
 * The temporal state of one document while it is read sentence by sentence: the document's own date (the
 * anchor of "yesterday", "last year", weekdays) and the narrative's running date, the last date the text set
 * (the anchor of "a year later", "in December").
 *
 * <p>Mutable and <b>not thread-safe</b>: create one per document and use it from one thread, passing the
 * sentences to {@link TemporalTagger#tag} in reading order.
 */
public final class TimeContext {
    private final PartialDate documentDate;
    private PartialDate running;
    private PartialDate latest;
    /** Month * 100 + day of each date the text gave with its year, to that year (the last one told). */
    private final java.util.Map<Integer, Integer> toldDays = new java.util.HashMap<>();

    /** @param documentDate the date the document was written or published; null when unknown */
    public TimeContext(PartialDate documentDate) {
        this.documentDate = documentDate;
    }

    /** The document's date, or null when unknown. */
    public PartialDate documentDate() {
        return documentDate;
    }

    /** The last date the narrative set, or null before the text set one. */
    public PartialDate running() {
        return running;
    }

    /** Sets the running date (null clears it, e.g. at a section break); also resets {@link #latest}. */
    public void setRunning(PartialDate d) {
        this.running = d;
        this.latest = d;
    }

    /**
     * The date of the latest mention of any kind, including the reporting frame (weekdays, "yesterday")
     * that does not move the running date; the anchor of short shifts such as "hours later". Null before any.
     */
    public PartialDate latest() {
        return latest;
    }

    /**
     * Puts back a running and latest date saved before a sentence was read: a flashback ("X had left HTS last
     * July") does not move the narrative's time.
     */
    public void restore(PartialDate running, PartialDate latest) {
        this.running = running;
        this.latest = latest;
    }

    /** Records a reporting-frame date: moves {@link #latest} but not the running date. */
    void noteFrame(PartialDate d) {
        this.latest = d;
    }

    /** Remembers a day the text gave with its year ("On 9 April 2013"), for a later "9 April" without one. */
    void noteToldDay(PartialDate d) {
        toldDays.put(d.month() * 100 + d.day(), d.year());
    }

    /** The year of the day and month the text gave earlier with a year, or 0 when it gave none. */
    int toldYear(int month, int day) {
        return toldDays.getOrDefault(month * 100 + day, 0);
    }

    /** The anchor for narrative-relative expressions: the running date, else the document date, else null. */
    public PartialDate anchor() {
        return running != null ? running : documentDate;
    }

    @Override
    public String toString() {
        return "TimeContext[document=" + documentDate + ", running=" + running + "]";
    }
}
