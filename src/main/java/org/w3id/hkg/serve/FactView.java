package org.w3id.hkg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.RDF;
import org.w3id.hkg.vocab.HKG;

/** One reified fact (ownership, incident, sanction ...) with all its property values. */
final class FactView {
    final String iri;
    private final Map<String, List<RDFNode>> props = new LinkedHashMap<>();

    FactView(String iri) {
        this.iri = iri;
    }

    void add(String predicate, RDFNode value) {
        List<RDFNode> vs = props.computeIfAbsent(predicate, k -> new ArrayList<>());
        if (!vs.contains(value)) {
            vs.add(value);
        }
    }

    /** Its hkg classes other than hkg:Fact, e.g. hkg:Sanction. */
    List<String> kinds() {
        return props.getOrDefault(RDF.type.getURI(), List.of()).stream()
                .filter(RDFNode::isURIResource).map(n -> n.asResource().getURI())
                .filter(u -> u.startsWith(HKG.NS) && !u.equals(HKG.Fact.getURI())).toList();
    }

    boolean isA(String classIri) {
        return kinds().contains(classIri);
    }

    /** hkg:date, else hkg:since, as written (e.g. 2023-05-01 or 2021); null when undated. */
    String date() {
        String d = lexical(HKG.date.getURI());
        return d != null ? d : lexical(HKG.since.getURI());
    }

    String evidence() {
        return lexical(HKG.evidence.getURI());
    }

    int start() {
        return integer(HKG.evidenceStart.getURI());
    }

    int end() {
        return integer(HKG.evidenceEnd.getURI());
    }

    String source() {
        List<RDFNode> s = props.getOrDefault(HKG.source.getURI(), List.of());
        return s.isEmpty() || !s.get(0).isURIResource() ? null : s.get(0).asResource().getURI();
    }

    /** Predicates by which this fact points at {@code entity}, e.g. hkg:target. */
    List<String> rolesOf(String entity) {
        List<String> roles = new ArrayList<>();
        props.forEach((p, vs) -> vs.stream().filter(v -> v.isURIResource()
                && v.asResource().getURI().equals(entity)).findAny().ifPresent(v -> roles.add(p)));
        return roles;
    }

    /** The other values worth showing: participants, codes, ticker, role label (not type, provenance). */
    List<ResourceData.Arc> details(String entity) {
        List<ResourceData.Arc> out = new ArrayList<>();
        props.forEach((p, vs) -> {
            if (!isProvenance(p)) {
                vs.stream().filter(v -> !(v.isURIResource() && Objects.equals(v.asResource().getURI(), entity)))
                        .forEach(v -> out.add(new ResourceData.Arc(p, v)));
            }
        });
        return out;
    }

    private static boolean isProvenance(String p) {
        return p.equals(RDF.type.getURI()) || p.equals(HKG.source.getURI()) || p.equals(HKG.evidence.getURI())
                || p.equals(HKG.evidenceStart.getURI()) || p.equals(HKG.evidenceEnd.getURI())
                || p.equals(HKG.confidence.getURI());
    }

    private String lexical(String p) {
        List<RDFNode> vs = props.getOrDefault(p, List.of());
        return vs.isEmpty() || !vs.get(0).isLiteral() ? null : vs.get(0).asLiteral().getLexicalForm();
    }

    private int integer(String p) {
        String s = lexical(p);
        try {
            return s == null ? -1 : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
