package org.w3id.hkg.link;

/**
 * One link from a local node to an external one, with where it comes from.
 *
 * @param local     local node IRI
 * @param predicate {@code owl:sameAs} or {@code skos:exactMatch} (IRI)
 * @param external  external IRI
 * @param source    the table or endpoint that gave it
 * @param comment   curated note, or the label that matched
 */
public record Link(String local, String predicate, String external, LinkSource source, String comment) {
}
