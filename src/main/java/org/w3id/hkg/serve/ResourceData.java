package org.w3id.hkg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.hkg.vocab.HKG;

/**
 * Everything a resource page shows, read from the union graph with a few parameterized queries. The
 * articles about an entity (those that mention it or are the source of a fact about it) are shown a page
 * at a time, most recent first, each with the facts it is the source of, so a page stays the same size
 * however many articles a corpus has about the entity.
 */
final class ResourceData {
    /** Articles on one page, with their facts about the resource. */
    static final int ARTICLES_PER_PAGE = 50;

    /** A triple seen from the resource: its predicate and the value at the other end. */
    record Arc(String predicate, RDFNode other) {
    }

    /** A document (news article) with what the pages show of it. */
    record Doc(String iri, String title, String issued, String url, String publisher, String text) {
    }

    final String iri;
    final List<Arc> out = new ArrayList<>();
    final List<Arc> in = new ArrayList<>();
    final Map<String, FactView> facts = new LinkedHashMap<>();
    final Map<String, Doc> docs = new LinkedHashMap<>();
    /** Facts whose source is this resource (when it is a document). */
    final Map<String, FactView> sourced = new LinkedHashMap<>();
    final LabelPicker labels = new LabelPicker();
    /** The page shown, from 1. */
    final int page;
    /** All articles about the resource, on every page. */
    int articleCount;

    private ResourceData(String iri, int page) {
        this.iri = iri;
        this.page = page;
    }

    /** How many articles come before this page's. */
    int offset() {
        return (page - 1) * ARTICLES_PER_PAGE;
    }

    /** The number of pages of articles (at least 1). */
    int pages() {
        return Math.max(1, (articleCount + ARTICLES_PER_PAGE - 1) / ARTICLES_PER_PAGE);
    }

    boolean isEmpty() {
        return out.isEmpty() && in.isEmpty();
    }

    List<String> types() {
        return out.stream().filter(a -> a.predicate.equals(RDF.type.getURI()) && a.other.isURIResource())
                .map(a -> a.other.asResource().getURI()).toList();
    }

    /** Literal values of {@code predicate}. */
    List<Literal> literals(String predicate) {
        return out.stream().filter(a -> a.predicate.equals(predicate) && a.other.isLiteral())
                .map(a -> a.other.asLiteral()).toList();
    }

    /** Reads the resource {@code iri}, with page {@code page} (from 1) of the articles about it. */
    static ResourceData load(ServeContext ctx, String iri, int page) {
        if (page < 1) {
            throw new IllegalArgumentException("page " + page);
        }
        ResourceData d = new ResourceData(iri, page);
        // the articles that mention an entity are listed (a page at a time) under its sources, not as arcs
        for (QuerySolution s : ctx.select(Sparql.about("""
                SELECT ?p ?o ?l WHERE { ?e ?p ?o FILTER(?p != hkg:mentionedIn)
                  OPTIONAL { ?o skos:prefLabel|rdfs:label ?l } }""", iri))) {
            d.addArc(d.out, s, "o");
        }
        d.literals(SKOS.prefLabel.getURI()).forEach(l -> d.labels.offer(iri, l));
        d.literals(RDFS.label.getURI()).forEach(l -> d.labels.offer(iri, l));
        for (QuerySolution s : ctx.select(Sparql.about("""
                SELECT ?p ?s ?l WHERE { ?s ?p ?e FILTER NOT EXISTS { ?s hkg:source ?any }
                  OPTIONAL { ?s skos:prefLabel|rdfs:label ?l } }""", iri))) {
            d.addArc(d.in, s, "s");
        }
        List<String> articles = pageOfArticles(ctx, d);
        ParameterizedSparqlString facts = Sparql.about("""
                SELECT ?f ?p ?o ?l WHERE {
                  { VALUES (?src) { ?articles } ?f ?role ?e . ?f hkg:source ?src } UNION { BIND(?e AS ?f) ?e hkg:source ?src }
                  ?f ?p ?o OPTIONAL { ?o skos:prefLabel|rdfs:label ?l } }""", iri);
        facts.setValues("articles", resources(articles));
        for (QuerySolution s : ctx.select(facts)) {
            String f = s.getResource("f").getURI();
            d.facts.computeIfAbsent(f, FactView::new).add(s.getResource("p").getURI(), s.get("o"));
            d.labels.offer(nodeIri(s.get("o")), s.contains("l") ? s.getLiteral("l") : null);
        }
        for (QuerySolution s : ctx.select(Sparql.about("""
                SELECT ?f ?p ?o WHERE { ?f hkg:source ?e ; ?p ?o }""", iri))) {
            d.sourced.computeIfAbsent(s.getResource("f").getURI(), FactView::new)
                    .add(s.getResource("p").getURI(), s.get("o"));
        }
        loadDocs(ctx, d, articles);
        return d;
    }

    /**
     * Counts the articles about the resource (mentioning it, the source of a fact about it, or the source
     * of the fact it is, or itself when it is an article) and returns those of its page, most recent first.
     */
    private static List<String> pageOfArticles(ServeContext ctx, ResourceData d) {
        Set<String> all = new LinkedHashSet<>();
        for (QuerySolution s : ctx.select(Sparql.about("""
                SELECT ?d ?issued WHERE {
                  { ?e hkg:mentionedIn ?d } UNION { ?f ?r ?e . ?f hkg:source ?d } UNION { ?e hkg:source ?d }
                  UNION { BIND(?e AS ?d) ?e hkg:text ?t0 }
                  OPTIONAL { ?d dcterms:issued ?issued } } ORDER BY DESC(?issued) ?d""", d.iri))) {
            if (s.contains("d") && s.get("d").isURIResource()) {
                all.add(s.getResource("d").getURI());
            }
        }
        d.articleCount = all.size();
        return all.stream().skip(d.offset()).limit(ARTICLES_PER_PAGE).toList();
    }

    private static List<RDFNode> resources(List<String> iris) {
        return iris.stream().<RDFNode>map(ResourceFactory::createResource).toList();
    }

    private static void loadDocs(ServeContext ctx, ResourceData d, List<String> articles) {
        ParameterizedSparqlString docs = Sparql.template("""
                SELECT ?d ?title ?issued ?url ?pub ?text WHERE {
                  VALUES (?d) { ?articles }
                  OPTIONAL { ?d dcterms:title ?title } OPTIONAL { ?d dcterms:issued ?issued }
                  OPTIONAL { ?d schema:url ?url } OPTIONAL { ?d schema:publisher/rdfs:label ?pub }
                  OPTIONAL { ?d hkg:text ?text } }""");
        docs.setValues("articles", resources(articles));
        Map<String, Doc> found = new LinkedHashMap<>();
        for (QuerySolution s : ctx.select(docs)) {
            if (!s.contains("d") || !s.get("d").isURIResource()) {
                continue;
            }
            String doc = s.getResource("d").getURI();
            if (s.contains("title")) {
                d.labels.offer(doc, s.getLiteral("title"));
            }
            found.putIfAbsent(doc, new Doc(doc, str(s, "title"), str(s, "issued"), str(s, "url"),
                    str(s, "pub"), str(s, "text")));
        }
        // in the page's order, most recent first
        articles.stream().filter(found::containsKey).forEach(a -> d.docs.put(a, found.get(a)));
    }

    private static String str(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : null;
    }

    private void addArc(List<Arc> arcs, QuerySolution s, String var) {
        Arc arc = new Arc(s.getResource("p").getURI(), s.get(var));
        if (!arcs.contains(arc)) {
            arcs.add(arc);
        }
        labels.offer(nodeIri(s.get(var)), s.contains("l") ? s.getLiteral("l") : null);
    }

    /** The key of a node in {@link #labels}: its IRI, or {@code _:id} for a blank node. */
    static String nodeIri(RDFNode n) {
        if (n != null && n.isURIResource()) {
            return n.asResource().getURI();
        }
        return n != null && n.isAnon() ? "_:" + n.asResource().getId().getLabelString() : "";
    }

    /** True when the resource is one of the reified facts. */
    boolean isFact() {
        return !literals(HKG.evidence.getURI()).isEmpty() || out.stream()
                .anyMatch(a -> a.predicate.equals(HKG.source.getURI()));
    }
}
