package org.w3id.hkg.graph;

import java.util.Map;
import org.apache.jena.shared.PrefixMapping;
import org.w3id.hkg.vocab.HKG;

/** Namespace prefixes used in every export. */
public final class Prefixes {
    private Prefixes() {
    }

    public static final PrefixMapping ALL = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefixes(Map.of(
                    "hkg", HKG.NS,
                    "skos", "http://www.w3.org/2004/02/skos/core#",
                    "dcterms", "http://purl.org/dc/terms/",
                    "schema", HKG.SCHEMA,
                    "prov", HKG.PROV,
                    "org", HKG.ORG,
                    "code", HKG.DEFAULT_BASE + "code/",
                    "void", "http://rdfs.org/ns/void#",
                    "dcat", "http://www.w3.org/ns/dcat#"))
            .lock();
}
