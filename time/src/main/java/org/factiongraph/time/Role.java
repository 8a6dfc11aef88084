package org.factiongraph.time;

/**
 * What a time expression says about the event it dates: a point ("in March 2014"), the start of a span
 * ("since last spring", "beginning in March", "from 2013") or its end ("until July", "by July").
 */
public enum Role {
    POINT, START, END
}
