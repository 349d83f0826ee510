package org.w3id.hkg.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the rows of {@code entities.rq} (entity, name, type): facts are (gold entity, type). An
 * entity IRI maps to every gold entity one of its names maps to; an IRI none of whose names map is
 * one false positive.
 */
record EntityScorer(Gold gold, NameIndex index) {
    /** The entities score and the fragmentation it implies. */
    record Outcome(QueryScore score, Fragmentation fragmentation) {
    }

    Outcome score(List<Map<String, String>> rows) {
        Map<String, Node> nodes = nodes(rows);
        Set<List<String>> predicted = new LinkedHashSet<>();
        for (Node n : nodes.values()) {
            if (n.ids.isEmpty()) {
                predicted.add(List.of(NameIndex.UNMAPPED + n.iri, String.join(",", n.types)));
            }
            n.ids.forEach(id -> n.types.forEach(t -> predicted.add(List.of(id, t))));
        }
        Set<List<String>> expected = new LinkedHashSet<>();
        gold.entities().values().forEach(e -> expected.add(List.of(e.id(), e.type())));
        Sets<List<String>> s = new Sets<>(expected, predicted);
        QueryScore score = new QueryScore(FactQuery.ENTITIES, expected.size(), predicted.size(), s.both().size(),
                List.of(), cells(s.onlyFirst(), nodes), cells(s.onlySecond(), nodes));
        return new Outcome(score, fragmentation(s.both(), nodes.values()));
    }

    private Map<String, Node> nodes(List<Map<String, String>> rows) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            String name = row.get("name");
            String iri = row.getOrDefault("entity", name);
            if (iri == null) {
                continue;
            }
            Node n = nodes.computeIfAbsent(iri, Node::new);
            String type = typeCode(row.get("type"));
            n.types.add(type);
            if (name != null) {
                n.names.add(name);
            }
            String id = index.resolve(name, Set.of(type));
            if (id != null) {
                n.ids.add(id);
            }
        }
        return nodes;
    }

    /** "hospital" from "hospital", "Hospital" or "https://w3id.org/hkg/ontology#Hospital". */
    static String typeCode(String type) {
        if (type == null) {
            return "";
        }
        int cut = Math.max(type.lastIndexOf('#'), type.lastIndexOf('/'));
        return Names.normalize(type.substring(cut + 1));
    }

    private Fragmentation fragmentation(Set<List<String>> matched, Iterable<Node> nodes) {
        Map<String, List<String>> irisOf = new LinkedHashMap<>();
        matched.forEach(k -> irisOf.put(k.get(0), new ArrayList<>()));
        nodes.forEach(n -> n.ids.stream().filter(irisOf::containsKey).forEach(id -> irisOf.get(id).add(n.iri)));
        int iris = 0;
        List<String> split = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : irisOf.entrySet()) {
            iris += e.getValue().size();
            if (e.getValue().size() > 1) {
                split.add(index.label(e.getKey()) + ": " + String.join(", ", e.getValue()));
            }
        }
        return new Fragmentation(irisOf.size(), iris, split);
    }

    private List<List<String>> cells(Set<List<String>> keys, Map<String, Node> nodes) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> k : keys) {
            String first = k.get(0);
            if (first.startsWith(NameIndex.UNMAPPED)) {
                Node n = nodes.get(first.substring(NameIndex.UNMAPPED.length()));
                out.add(List.of(String.join(" / ", n.names) + " (unmapped) <" + n.iri + ">", k.get(1)));
            } else {
                out.add(List.of(index.label(first), k.get(1)));
            }
        }
        return out;
    }

    /** One entity IRI with its names, types and the gold entities it maps to. */
    private static final class Node {
        final String iri;
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> types = new LinkedHashSet<>();
        final Set<String> ids = new LinkedHashSet<>();

        Node(String iri) {
            this.iri = iri;
        }
    }
}
