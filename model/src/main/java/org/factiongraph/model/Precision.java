package org.factiongraph.model;

/** How much of a date the text gave: a year, a month, or a day. Ordered from coarse to fine. */
public enum Precision {
    YEAR, MONTH, DAY
}
