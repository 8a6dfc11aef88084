package org.factiongraph.extract;

import org.factiongraph.model.Claim;
import org.factiongraph.model.Document;
import org.factiongraph.model.Entity;

import java.util.List;

/**
 * What extraction made of one document: the document with its grade set, every entity a claim references, and
 * the claims in {@link ClaimJsonl#ORDER}. Immutable.
 */
public record Extraction(Document document, List<Entity> entities, List<Claim> claims) {
    public Extraction {
        entities = List.copyOf(entities);
        claims = List.copyOf(claims);
    }
}
