package org.w3id.hkg.serve;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;
import org.w3id.hkg.vocab.HKG;

/**
 * A VoID + DCAT description of an hkg dataset: size, entities per class, example resources, where to
 * query it ({@code void:sparqlEndpoint}, a {@code dcat:DataService}) and download it
 * ({@code void:dataDump}, {@code dcat:distribution}), and one {@code void:Linkset} per link predicate
 * ({@code owl:sameAs}, {@code skos:exactMatch}) and target namespace. Used by {@code hkg serve} at
 * {@code /.well-known/void}; the export can reuse it:
 *
 * <pre>{@code
 * Model voidModel = new DatasetDescription(store.dataset(), HKG.DEFAULT_BASE)
 *         .dataDump("https://example.org/hkg.trig", "application/trig").model();
 * }</pre>
 */
public final class DatasetDescription {
    private static final List<Property> LINK_PREDICATES = List.of(OWL.sameAs, SKOS.exactMatch);

    private final Dataset dataset;
    private final String base;
    private String sparqlEndpoint;
    private final Map<String, String> dumps = new LinkedHashMap<>();

    /** Describes {@code dataset}, whose instance IRIs start with {@code base}. */
    public DatasetDescription(Dataset dataset, String base) {
        this.dataset = dataset;
        this.base = base.endsWith("/") ? base : base + "/";
    }

    /** Adds the SPARQL endpoint URL. */
    public DatasetDescription sparqlEndpoint(String url) {
        this.sparqlEndpoint = url;
        return this;
    }

    /** Adds a download of the whole dataset (URL, media type such as {@code application/trig}). */
    public DatasetDescription dataDump(String url, String mediaType) {
        dumps.put(url, mediaType);
        return this;
    }

    /** IRI of the described dataset: {@code base + "dataset"}. */
    public String datasetIri() {
        return base + "dataset";
    }

    /** Builds the description (reads the store in one read transaction). */
    public Model model() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID.NS);
        m.setNsPrefix("dcat", DCAT.NS);
        m.setNsPrefixes(org.w3id.hkg.graph.Prefixes.ALL);
        Resource ds = m.createResource(datasetIri()).addProperty(RDF.type, VOID.Dataset)
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, m.createLiteral("hkg 医院知识图谱", "zh"))
                .addProperty(DCTerms.title, m.createLiteral("hkg hospital knowledge graph", "en"))
                .addProperty(DCTerms.description, m.createLiteral("Hospitals, owners, regulators' sanctions, "
                        + "alliances, incidents and people from Chinese news; every fact cites its evidence.", "en"))
                .addProperty(VOID.uriSpace, base)
                .addProperty(VOID.vocabulary, m.createResource(HKG.NS.substring(0, HKG.NS.length() - 1)));
        Txn.executeRead(dataset, () -> {
            ds.addLiteral(VOID.triples, m.createTypedLiteral(count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"),
                    XSD.integer.getURI()));
            classes(m, ds);
            examples(m, ds);
            linksets(m, ds);
        });
        endpoints(m, ds);
        return m;
    }

    private long count(String query) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    private List<QuerySolution> rows(ParameterizedSparqlString pss) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(pss.asQuery()).build()) {
            List<QuerySolution> out = new ArrayList<>();
            qe.execSelect().forEachRemaining(out::add);
            return out;
        }
    }

    private void classes(Model m, Resource ds) {
        long entities = 0;
        for (QuerySolution s : rows(Sparql.template("""
                SELECT ?type (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?type FILTER(STRSTARTS(STR(?type), STR(hkg:))) }
                GROUP BY ?type ORDER BY ?type"""))) {
            long n = s.getLiteral("n").getLong();
            ds.addProperty(VOID.classPartition, m.createResource()
                    .addProperty(VOID._class, s.getResource("type"))
                    .addLiteral(VOID.entities, m.createTypedLiteral(n, XSD.integer.getURI())));
            entities += n;
        }
        ds.addLiteral(VOID.entities, m.createTypedLiteral(entities, XSD.integer.getURI()));
    }

    private void examples(Model m, Resource ds) {
        for (Resource type : List.of(HKG.Hospital, HKG.Company, HKG.Regulator)) {
            ParameterizedSparqlString pss = Sparql.template("SELECT ?e WHERE { ?e a ?type } ORDER BY ?e LIMIT 1");
            pss.setIri("type", type.getURI());
            rows(pss).forEach(s -> ds.addProperty(VOID.exampleResource, s.getResource("e")));
        }
    }

    private void linksets(Model m, Resource ds) {
        for (Property p : LINK_PREDICATES) {
            ParameterizedSparqlString pss = Sparql.template("SELECT ?o WHERE { ?s ?p ?o FILTER(isIRI(?o)) }");
            pss.setIri("p", p.getURI());
            Map<String, Long> perSpace = new LinkedHashMap<>();
            rows(pss).forEach(s -> perSpace.merge(space(s.getResource("o").getURI()), 1L, Long::sum));
            perSpace.forEach((space, n) -> {
                Resource target = m.createResource().addProperty(RDF.type, VOID.Dataset)
                        .addProperty(VOID.uriSpace, space);
                ds.addProperty(VOID.subset, m.createResource(datasetIri() + "/links/"
                                + p.getLocalName() + "/" + Math.abs(space.hashCode()))
                        .addProperty(RDF.type, VOID.Linkset).addProperty(VOID.linkPredicate, p)
                        .addProperty(VOID.subjectsTarget, ds).addProperty(VOID.objectsTarget, target)
                        .addLiteral(VOID.triples, m.createTypedLiteral(n, XSD.integer.getURI())));
            });
        }
    }

    /** Namespace of a link target: scheme, host and first path segment, e.g. http://www.wikidata.org/entity/. */
    private static String space(String iri) {
        try {
            URI u = URI.create(iri);
            String path = u.getPath() == null ? "" : u.getPath();
            int second = path.indexOf('/', 1);
            return u.getScheme() + "://" + u.getAuthority() + (second > 0 ? path.substring(0, second + 1) : "/");
        } catch (IllegalArgumentException e) {
            return iri;
        }
    }

    private void endpoints(Model m, Resource ds) {
        if (sparqlEndpoint != null) {
            Resource endpoint = m.createResource(sparqlEndpoint);
            ds.addProperty(VOID.sparqlEndpoint, endpoint);
            Resource service = m.createResource().addProperty(RDF.type, DCAT.DataService)
                    .addProperty(DCAT.endpointURL, endpoint)
                    .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/"))
                    .addProperty(DCAT.servesDataset, ds);
            ds.addProperty(DCAT.distribution, m.createResource().addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCAT.accessURL, endpoint).addProperty(DCAT.accessService, service)
                    .addProperty(DCTerms.title, "SPARQL endpoint"));
        }
        dumps.forEach((url, type) -> {
            Resource dump = m.createResource(url);
            ds.addProperty(VOID.dataDump, dump);
            ds.addProperty(DCAT.distribution, m.createResource().addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCAT.downloadURL, dump).addProperty(DCAT.mediaType,
                            m.createResource("https://www.iana.org/assignments/media-types/" + type)));
        });
    }
}
