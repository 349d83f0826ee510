package org.w3id.hkg.link;

import java.util.List;

/**
 * A node of the store that can be linked.
 *
 * @param iri    the node's IRI
 * @param kind   its kind
 * @param labels its names, canonical name(s) first, then aliases (distinct, as written)
 */
public record LocalEntity(String iri, Kind kind, List<String> labels) {
    public LocalEntity {
        labels = List.copyOf(labels);
    }

    /** The first (canonical) name, or the IRI when the node has no label. */
    public String name() {
        return labels.isEmpty() ? iri : labels.get(0);
    }
}
