package org.w3id.hkg.store;

import org.apache.jena.rdf.model.Model;

/**
 * What one named graph is to hold.
 *
 * @param name  the graph's IRI
 * @param model its triples
 */
public record GraphContent(String name, Model model) {
}
