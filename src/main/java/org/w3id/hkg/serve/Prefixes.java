package org.w3id.hkg.serve;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.w3id.hkg.vocab.HKG;

/** Namespace prefixes written in the descriptions. */
final class Prefixes {
    private Prefixes() {
    }

    static void addTo(Model m) {
        m.setNsPrefix("hkg", HKG.NS);
        m.setNsPrefix("skos", SKOS.uri);
        m.setNsPrefix("rdfs", RDFS.uri);
        m.setNsPrefix("dcterms", DCTerms.NS);
        m.setNsPrefix("schema", HKG.SCHEMA);
        m.setNsPrefix("prov", HKG.PROV);
        m.setNsPrefix("owl", OWL.NS);
        m.setNsPrefix("xsd", XSD.NS);
    }
}
