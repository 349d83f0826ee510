package org.w3id.hkg.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import org.w3id.hkg.graph.CompetencyQueries;

/** The competency queries offered as examples (those present in the jar, in their usual order). */
final class CompetencyExamples {
    /** Prefixes offered by the query UI, prefix → namespace. */
    static final Map<String, String> PREFIXES = prefixes();

    private CompetencyExamples() {
    }

    /** Name → SPARQL text; a query missing from the jar is left out. */
    static Map<String, String> all() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : CompetencyQueries.NAMES) {
            try {
                out.put(name, CompetencyQueries.text(name));
            } catch (IllegalArgumentException missing) {
                // not packaged (yet): offer the others
            }
        }
        return out;
    }

    private static Map<String, String> prefixes() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("hkg", "https://w3id.org/hkg/ontology#");
        p.put("skos", "http://www.w3.org/2004/02/skos/core#");
        p.put("schema", "https://schema.org/");
        p.put("dcterms", "http://purl.org/dc/terms/");
        p.put("prov", "http://www.w3.org/ns/prov#");
        return p;
    }
}
