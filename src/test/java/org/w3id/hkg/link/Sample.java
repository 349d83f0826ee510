package org.w3id.hkg.link;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.hkg.vocab.HKG;

/** Builds small stores shaped like the ones {@code build} writes (one named graph per document). */
final class Sample {
    static final String BASE = HKG.DEFAULT_BASE;
    private final Dataset dataset = DatasetFactory.createTxnMem();

    static String iri(Kind kind, String slug) {
        return BASE + "id/" + kind.code() + "/" + slug;
    }

    /** Adds an entity to document graph {@code doc}: canonical name (zh) and aliases. */
    Sample entity(String doc, Kind kind, String slug, String name, String... aliases) {
        Txn.executeWrite(dataset, () -> {
            Model m = dataset.getNamedModel(BASE + "doc/" + doc);
            Resource r = m.createResource(iri(kind, slug)).addProperty(RDF.type, kind.rdfClass())
                    .addProperty(RDFS.label, name, PlaceGraph.lang(name))
                    .addProperty(SKOS.prefLabel, name, PlaceGraph.lang(name));
            for (String a : aliases) {
                r.addProperty(SKOS.altLabel, a, PlaceGraph.lang(a));
            }
        });
        return this;
    }

    /** Adds a listing of company {@code slug} on exchange {@code exchange}. */
    Sample listing(String doc, String slug, String exchange) {
        Txn.executeWrite(dataset, () -> {
            Model m = dataset.getNamedModel(BASE + "doc/" + doc);
            m.createResource(BASE + "fact/listing-" + slug).addProperty(RDF.type, HKG.Listing)
                    .addProperty(HKG.company, m.createResource(iri(Kind.COMPANY, slug)))
                    .addProperty(HKG.ticker, "000001")
                    .addProperty(HKG.exchange, m.createResource(BASE + "id/exchange/" + exchange));
        });
        return this;
    }

    /** Triples in the named graph {@code graph}. */
    long size(String graph) {
        return Txn.calculateRead(dataset, () -> dataset.getNamedModel(graph).size());
    }

    /** Objects of {@code subject predicate ?o} in the named graph {@code graph}, as strings. */
    java.util.List<String> objects(String graph, String subject, String predicate) {
        return Txn.calculateRead(dataset, () -> {
            Model m = dataset.getNamedModel(graph);
            return m.listObjectsOfProperty(m.createResource(subject), m.createProperty(predicate))
                    .mapWith(o -> o.isURIResource() ? o.asResource().getURI() : o.asLiteral().getLexicalForm())
                    .toList().stream().sorted().toList();
        });
    }

    Dataset dataset() {
        return dataset;
    }
}
