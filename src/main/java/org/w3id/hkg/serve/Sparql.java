package org.w3id.hkg.serve;

import org.apache.jena.query.ParameterizedSparqlString;

/** Query templates of the pages; values are bound with {@link ParameterizedSparqlString}, never spliced. */
final class Sparql {
    static final String PREFIXES = """
            PREFIX hkg: <https://w3id.org/hkg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX schema: <https://schema.org/>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            """;

    private Sparql() {
    }

    /** A template with the prefixes and {@code ?e} bound to {@code iri}. */
    static ParameterizedSparqlString about(String template, String iri) {
        ParameterizedSparqlString pss = template(template);
        pss.setIri("e", iri);
        return pss;
    }

    static ParameterizedSparqlString template(String template) {
        return new ParameterizedSparqlString(PREFIXES + template);
    }
}
