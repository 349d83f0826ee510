package org.w3id.hkg.link;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.w3id.hkg.vocab.HKG;

/**
 * The links graph and its VoID description. Every link triple is also reified ({@code {base}link/{hash}},
 * an {@code rdf:Statement} with {@code dcterms:isPartOf} its linkset and an {@code rdfs:comment}); links are
 * grouped in one {@code void:Linkset} per source, predicate and target dataset, all subsets of
 * {@code {base}void/links}.
 */
public final class Linkset {
    /** IRI path (under the base) of the whole linkset. */
    public static final String LINKSET_PATH = "void/links";
    /** IRI path (under the base) of the dataset the links start from. */
    public static final String SUBJECTS_PATH = "void/hkg";
    private static final String WIKIDATA_SPARQL = "https://query.wikidata.org/sparql";
    private static final String DESCRIBE = """
            PREFIX void: <http://rdfs.org/ns/void#>
            CONSTRUCT { ?s ?p ?o } WHERE {
              GRAPH ?links { ?s a ?type ; ?p ?o . VALUES ?type { void:Linkset void:Dataset } }
            }""";

    private Linkset() {
    }

    /** The VoID description of the links of {@code dataset} (default base). */
    public static Model describe(Dataset dataset) {
        return describe(dataset, HKG.DEFAULT_BASE);
    }

    /** The VoID description of the links of {@code dataset}: linksets and target datasets, with counts. */
    public static Model describe(Dataset dataset, String base) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(DESCRIBE);
        pss.setIri("links", Linker.linksGraph(base));
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(pss.asQuery()).build()) {
                Model m = qe.execConstruct();
                m.setNsPrefixes(prefixes());
                return m;
            }
        });
    }

    static Map<String, String> prefixes() {
        return Map.of("void", VOID.getURI(), "dcterms", DCTerms.getURI(), "owl", OWL.getURI(),
                "skos", "http://www.w3.org/2004/02/skos/core#", "rdfs", RDFS.getURI(), "wd", ExternalIri.WIKIDATA,
                "foaf", "http://xmlns.com/foaf/0.1/", "rdf", RDF.getURI());
    }

    /** The content of the links graph for {@code links}: the link triples, their provenance, the VoID. */
    static Model graph(String base, Collection<Link> links) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(prefixes());
        Resource top = m.createResource(base + LINKSET_PATH).addProperty(RDF.type, VOID.Linkset)
                .addProperty(RDFS.label, "links from hkg entities to other datasets")
                .addProperty(VOID.subjectsTarget, subjects(m, base));
        Map<String, Integer> counts = new TreeMap<>();
        Set<String> distinct = new LinkedHashSet<>();
        for (Link link : links) {
            Resource ls = linkset(m, base, link);
            counts.merge(ls.getURI(), 1, Integer::sum);
            top.addProperty(VOID.subset, ls)
                    .addProperty(VOID.linkPredicate, m.createProperty(link.predicate()))
                    .addProperty(VOID.objectsTarget, target(m, base, link.external()));
            Resource s = m.createResource(link.local());
            Resource o = m.createResource(link.external());
            s.addProperty(m.createProperty(link.predicate()), o);
            distinct.add(link.local() + " " + link.predicate() + " " + link.external());
            Resource st = m.createResource(base + "link/" + hash(link.local(), link.predicate(), link.external(),
                            ls.getURI()))
                    .addProperty(RDF.type, RDF.Statement).addProperty(RDF.subject, s)
                    .addProperty(RDF.predicate, m.createProperty(link.predicate())).addProperty(RDF.object, o)
                    .addProperty(DCTerms.isPartOf, ls);
            if (!link.comment().isBlank()) {
                st.addProperty(RDFS.comment, link.comment());
            }
        }
        counts.forEach((ls, n) -> m.getResource(ls).addProperty(VOID.triples, integer(m, n)));
        top.addProperty(VOID.triples, integer(m, distinct.size()));
        return m;
    }

    private static org.apache.jena.rdf.model.Literal integer(Model m, long n) {
        return m.createTypedLiteral(java.math.BigInteger.valueOf(n));
    }

    private static Resource subjects(Model m, String base) {
        return m.createResource(base + SUBJECTS_PATH).addProperty(RDF.type, VOID.Dataset)
                .addProperty(DCTerms.title, "hkg knowledge graph").addProperty(VOID.uriSpace, base + "id/");
    }

    private static Resource linkset(Model m, String base, Link link) {
        String pred = link.predicate().equals(OWL.sameAs.getURI()) ? "sameas" : "exactmatch";
        LinkSource src = link.source();
        Resource ls = m.createResource(base + "void/linkset/" + src.id() + "-" + pred + "-" + targetId(link.external()));
        if (!m.contains(ls, RDF.type, VOID.Linkset)) {
            ls.addProperty(RDF.type, VOID.Linkset).addProperty(RDFS.label, src.label())
                    .addProperty(VOID.subjectsTarget, m.createResource(base + SUBJECTS_PATH))
                    .addProperty(VOID.objectsTarget, target(m, base, link.external()))
                    .addProperty(VOID.linkPredicate, m.createProperty(link.predicate()));
            if (src.reconciled()) {
                ls.addProperty(DCTerms.source, m.createResource(src.reference()))
                        .addProperty(DCTerms.description, "exact match of a canonical name or alias (languages "
                                + String.join(", ", LabelQuery.LANGUAGES) + ") with rdfs:label, skos:altLabel or "
                                + "schema:name, restricted to wdt:P31/wdt:P279* of the classes of types.tsv; "
                                + "linked only when exactly one candidate");
            } else {
                ls.addProperty(DCTerms.source, src.reference())
                        .addProperty(DCTerms.description, "curated link table");
            }
        }
        return ls;
    }

    private static Resource target(Model m, String base, String external) {
        String id = targetId(external);
        Resource t = m.createResource(base + "void/target/" + id);
        if (!m.contains(t, RDF.type, VOID.Dataset)) {
            t.addProperty(RDF.type, VOID.Dataset);
            if (id.equals("wikidata")) {
                t.addProperty(DCTerms.title, "Wikidata").addProperty(VOID.uriSpace, ExternalIri.WIKIDATA)
                        .addProperty(VOID.sparqlEndpoint, m.createResource(WIKIDATA_SPARQL))
                        .addProperty(m.createProperty("http://xmlns.com/foaf/0.1/homepage"),
                                m.createResource("https://www.wikidata.org/"));
            } else {
                URI u = URI.create(external);
                t.addProperty(DCTerms.title, u.getHost())
                        .addProperty(VOID.uriSpace, u.getScheme() + "://" + u.getHost() + "/");
            }
        }
        return t;
    }

    private static String targetId(String external) {
        return ExternalIri.isWikidata(external) ? "wikidata" : LinkSource.slug(URI.create(external).getHost());
    }

    static String hash(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(String.join("\u0000", List.of(parts)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
