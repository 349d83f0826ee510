package org.w3id.hkg.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;

/**
 * Reads the linkable nodes of a store: typed entities in the document graphs (the graphs written by the
 * linker itself are skipped) and the stock exchanges that listings point to.
 */
public final class LocalEntities {
    private static final String PREFIXES = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX hkg: <https://w3id.org/hkg/ontology#>
            """;
    private static final String TYPED = PREFIXES + """
            SELECT DISTINCT ?e ?cls WHERE {
              VALUES ?cls { hkg:Hospital hkg:Company hkg:Regulator hkg:Alliance hkg:Person hkg:Place
                            hkg:StockExchange }
              GRAPH ?g { ?e a ?cls }
              FILTER (isIRI(?e) && ?g != ?links && ?g != ?gazetteer)
            }""";
    private static final String LABELS = PREFIXES + """
            SELECT DISTINCT ?e ?p ?l WHERE {
              VALUES ?p { skos:prefLabel rdfs:label skos:altLabel }
              GRAPH ?g { ?e ?p ?l }
              FILTER (isIRI(?e) && isLiteral(?l) && ?g != ?links && ?g != ?gazetteer)
            }""";
    private static final String EXCHANGES = PREFIXES + """
            SELECT DISTINCT ?x WHERE {
              GRAPH ?g { ?s hkg:exchange ?x }
              FILTER (isIRI(?x) && ?g != ?links && ?g != ?gazetteer)
            }""";

    private LocalEntities() {
    }

    /** The linkable nodes of {@code dataset}, in a stable order (by IRI). */
    public static List<LocalEntity> read(Dataset dataset, String base) {
        return Txn.calculateRead(dataset, () -> {
            Map<String, Kind> kinds = new LinkedHashMap<>();
            select(dataset, TYPED, base, row -> {
                Optional<Kind> kind = Kind.ofClass(row.getResource("cls").getURI());
                kind.ifPresent(k -> kinds.merge(row.getResource("e").getURI(), k,
                        (a, b) -> a.ordinal() <= b.ordinal() ? a : b));
            });
            select(dataset, EXCHANGES, base, row -> kinds.putIfAbsent(row.getResource("x").getURI(), Kind.EXCHANGE));
            Map<String, Labels> labels = new LinkedHashMap<>();
            select(dataset, LABELS, base, row -> {
                String e = row.getResource("e").getURI();
                if (kinds.containsKey(e)) {
                    labels.computeIfAbsent(e, x -> new Labels())
                            .add(row.getResource("p").getLocalName(), row.getLiteral("l").getLexicalForm());
                }
            });
            List<LocalEntity> out = new ArrayList<>();
            kinds.keySet().stream().sorted().forEach(iri -> {
                Labels l = labels.getOrDefault(iri, new Labels());
                Kind kind = kinds.get(iri);
                out.add(new LocalEntity(iri, kind, l.ordered(), l.canonicalCount()));
            });
            return out;
        });
    }

    private static void select(Dataset dataset, String template, String base,
                               java.util.function.Consumer<QuerySolution> action) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(template);
        pss.setIri("links", Linker.linksGraph(base));
        pss.setIri("gazetteer", Linker.gazetteerGraph(base));
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(pss.asQuery()).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                action.accept(rs.next());
            }
        }
    }

    /** Labels of one node, kept apart by property so canonical names come first. */
    private static final class Labels {
        private final Set<String> pref = new LinkedHashSet<>();
        private final Set<String> alt = new LinkedHashSet<>();

        void add(String property, String value) {
            (property.equals("altLabel") ? alt : pref).add(value);
        }

        /** Canonical names (Chinese ones first), then aliases. */
        List<String> ordered() {
            List<String> all = new ArrayList<>(pref.stream()
                    .sorted(java.util.Comparator.comparing((String p) -> PlaceGraph.lang(p).equals("zh") ? 0 : 1)
                            .thenComparing(java.util.Comparator.naturalOrder()))
                    .toList());
            alt.stream().sorted().filter(a -> !pref.contains(a)).forEach(all::add);
            return all;
        }

        int canonicalCount() {
            return pref.size();
        }
    }
}
