package org.w3id.hkg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.hkg.vocab.HKG;

/** Everything a resource page shows, read from the union graph with a few parameterized queries. */
final class ResourceData {
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

    private ResourceData(String iri) {
        this.iri = iri;
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

    /** Reads the resource {@code iri}. */
    static ResourceData load(ServeContext ctx, String iri) {
        ResourceData d = new ResourceData(iri);
        for (QuerySolution s : ctx.select(Sparql.about("""
                SELECT ?p ?o ?l WHERE { ?e ?p ?o OPTIONAL { ?o skos:prefLabel|rdfs:label ?l } }""", iri))) {
            d.addArc(d.out, s, "o");
        }
        d.literals(SKOS.prefLabel.getURI()).forEach(l -> d.labels.offer(iri, l));
        d.literals(RDFS.label.getURI()).forEach(l -> d.labels.offer(iri, l));
        for (QuerySolution s : ctx.select(Sparql.about("""
                SELECT ?p ?s ?l WHERE { ?s ?p ?e FILTER NOT EXISTS { ?s hkg:source ?any }
                  OPTIONAL { ?s skos:prefLabel|rdfs:label ?l } }""", iri))) {
            d.addArc(d.in, s, "s");
        }
        for (QuerySolution s : ctx.select(Sparql.about("""
                SELECT ?f ?p ?o ?l WHERE {
                  { ?f ?role ?e . ?f hkg:source ?src } UNION { BIND(?e AS ?f) ?e hkg:source ?src }
                  ?f ?p ?o OPTIONAL { ?o skos:prefLabel|rdfs:label ?l } }""", iri))) {
            String f = s.getResource("f").getURI();
            d.facts.computeIfAbsent(f, FactView::new).add(s.getResource("p").getURI(), s.get("o"));
            d.labels.offer(nodeIri(s.get("o")), s.contains("l") ? s.getLiteral("l") : null);
        }
        for (QuerySolution s : ctx.select(Sparql.about("""
                SELECT ?f ?p ?o WHERE { ?f hkg:source ?e ; ?p ?o }""", iri))) {
            d.sourced.computeIfAbsent(s.getResource("f").getURI(), FactView::new)
                    .add(s.getResource("p").getURI(), s.get("o"));
        }
        loadDocs(ctx, d);
        return d;
    }

    private static void loadDocs(ServeContext ctx, ResourceData d) {
        for (QuerySolution s : ctx.select(Sparql.about("""
                SELECT ?d ?title ?issued ?url ?pub ?text WHERE {
                  { ?e hkg:mentionedIn ?d } UNION { ?f ?r ?e . ?f hkg:source ?d } UNION { ?e hkg:source ?d }
                  UNION { BIND(?e AS ?d) ?e hkg:text ?t0 }
                  OPTIONAL { ?d dcterms:title ?title } OPTIONAL { ?d dcterms:issued ?issued }
                  OPTIONAL { ?d schema:url ?url } OPTIONAL { ?d schema:publisher/rdfs:label ?pub }
                  OPTIONAL { ?d hkg:text ?text } } ORDER BY DESC(?issued) ?d""", d.iri))) {
            if (!s.contains("d") || !s.get("d").isURIResource()) {
                continue;
            }
            String doc = s.getResource("d").getURI();
            if (s.contains("title")) {
                d.labels.offer(doc, s.getLiteral("title"));
            }
            d.docs.putIfAbsent(doc, new Doc(doc, str(s, "title"), str(s, "issued"), str(s, "url"),
                    str(s, "pub"), str(s, "text")));
        }
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
