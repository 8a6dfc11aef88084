/**
 * Time expressions: {@link org.factiongraph.time.TemporalTagger} finds absolute and relative dates in text and
 * resolves them against a per-document {@link org.factiongraph.time.TimeContext} (document date and the
 * narrative's running date). The surface forms are data: {@code org/factiongraph/time/lexicon.tsv}.
 */
package org.factiongraph.time;
