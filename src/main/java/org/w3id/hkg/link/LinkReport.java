package org.w3id.hkg.link;

import java.util.List;

/**
 * What a linking run did.
 *
 * @param entities   linkable local nodes considered (entities, places, exchanges)
 * @param curated    links from the curated tables (and the QIDs of places.tsv / exchanges.tsv)
 * @param reconciled links found by reconciliation (from the endpoints or their caches)
 * @param places     place nodes derived
 * @param locations  {@code schema:location} triples derived
 * @param unmatched  curated rows whose local reference matched no node ({@code file:line local})
 * @param ambiguous  curated rows or reconciled names with several candidates, left unlinked
 * @param unlinked   nodes that reconciliation looked up and found no candidate for
 * @param requests   requests sent to endpoints
 * @param cacheHits  names answered from the cache
 * @param warnings   one-line warnings (an endpoint that could not be used ...)
 */
public record LinkReport(int entities, int curated, int reconciled, int places, int locations,
                         List<String> unmatched, List<String> ambiguous, List<String> unlinked,
                         int requests, int cacheHits, List<String> warnings) {
    public LinkReport {
        unmatched = List.copyOf(unmatched);
        ambiguous = List.copyOf(ambiguous);
        unlinked = List.copyOf(unlinked);
        warnings = List.copyOf(warnings);
    }

    /** All links written. */
    public int links() {
        return curated + reconciled;
    }

    /** One line for the console. */
    public String summary() {
        return String.format("%d links (%d curated, %d reconciled) for %d nodes; %d places, %d locations; "
                        + "%d ambiguous, %d without match, %d curated rows unmatched; %d requests, %d cache hits",
                links(), curated, reconciled, entities, places, locations, ambiguous.size(), unlinked.size(),
                unmatched.size(), requests, cacheHits);
    }
}
