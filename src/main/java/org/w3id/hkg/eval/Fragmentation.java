package org.w3id.hkg.eval;

import java.util.List;

/**
 * How many graph nodes stand for each matched gold entity.
 *
 * @param matchedEntities gold entities matched by at least one entity IRI
 * @param iris            sum over those of the distinct IRIs that map to them
 * @param split           readable lines for the gold entities with more than one IRI
 */
public record Fragmentation(int matchedEntities, int iris, List<String> split) {
    public Fragmentation {
        split = List.copyOf(split);
    }

    /** IRIs per matched gold entity; 1.00 is perfect, 0 when nothing matched. */
    public double value() {
        return matchedEntities == 0 ? 0.0 : (double) iris / matchedEntities;
    }
}
