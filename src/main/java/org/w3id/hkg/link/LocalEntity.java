package org.w3id.hkg.link;

import java.util.List;

/**
 * A node of the store that can be linked.
 *
 * @param iri       the node's IRI
 * @param kind      its kind
 * @param labels    its names, canonical names first, then aliases (distinct, as written)
 * @param canonical how many of {@code labels} are canonical names ({@code skos:prefLabel}, {@code rdfs:label})
 */
public record LocalEntity(String iri, Kind kind, List<String> labels, int canonical) {
    public LocalEntity {
        labels = List.copyOf(labels);
        canonical = Math.min(canonical, labels.size());
    }

    /** A node all of whose names are canonical. */
    public LocalEntity(String iri, Kind kind, List<String> labels) {
        this(iri, kind, labels, labels.size());
    }

    /** The first canonical name, or the IRI when the node has no label. */
    public String name() {
        return labels.isEmpty() ? iri : labels.get(0);
    }

    /** The canonical names only. */
    public List<String> canonicalNames() {
        return labels.subList(0, canonical);
    }
}
