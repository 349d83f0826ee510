package org.w3id.hkg.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.vocabulary.SKOS;

/**
 * Reconciles the nodes without a curated link against every endpoint (given, or found in the cache folder):
 * a node whose names give exactly one candidate at an endpoint gets {@code skos:exactMatch} to it; none or
 * several are reported. A node some of whose names the endpoint did not answer (offline, endpoint down) is
 * left alone.
 */
final class Reconciliation {
    final List<Link> links = new ArrayList<>();
    final List<String> ambiguous = new ArrayList<>();
    final List<String> unlinked = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    int requests;
    int cacheHits;
    private final LinkOptions options;

    Reconciliation(LinkOptions options) {
        this.options = options;
    }

    void run(TypeMap types, List<LocalEntity> candidates) {
        Set<String> endpoints = new LinkedHashSet<>(options.endpoints());
        endpoints.addAll(ReconcileCache.endpointsIn(options.cacheDir()));
        for (String endpoint : endpoints) {
            ReconcileCache cache = ReconcileCache.open(options.cacheDir(), endpoint);
            boolean network = options.network() && options.endpoints().contains(endpoint);
            Reconciler r = new Reconciler(endpoint, cache, network, options.batchSize(), options.timeout());
            LinkSource source = LinkSource.endpoint(endpoint);
            for (Kind kind : Kind.values()) {
                List<String> classes = types.classes(kind);
                List<LocalEntity> ofKind = candidates.stream()
                        .filter(e -> e.kind() == kind && !e.labels().isEmpty()).toList();
                if (classes.isEmpty() || ofKind.isEmpty()) {
                    continue;
                }
                Set<String> names = new TreeSet<>();
                ofKind.forEach(e -> names.addAll(e.labels()));
                Map<String, Set<String>> answers = r.lookup(kind, classes, names);
                ofKind.forEach(e -> decide(e, answers, source));
            }
            cache.save();
            requests += r.requests();
            cacheHits += r.cacheHits();
            if (r.warning() != null) {
                warnings.add(r.warning());
            }
        }
    }

    private void decide(LocalEntity e, Map<String, Set<String>> answers, LinkSource source) {
        Map<String, String> found = new LinkedHashMap<>();
        for (String label : e.labels()) {
            Set<String> items = answers.get(Names.key(label));
            if (items == null) {
                return;
            }
            items.forEach(i -> found.putIfAbsent(i, label));
        }
        String who = e.kind().code() + " " + e.name() + " <" + e.iri() + ">";
        if (found.size() == 1) {
            var only = found.entrySet().iterator().next();
            links.add(new Link(e.iri(), SKOS.exactMatch.getURI(), only.getKey(), source,
                    "matched label: " + only.getValue()));
        } else if (found.isEmpty()) {
            unlinked.add(who + " at " + source.reference());
        } else {
            ambiguous.add(who + ": " + found.size() + " candidates at " + source.reference() + " "
                    + found.keySet().stream().map(ExternalIri::shortForm).toList());
        }
    }
}
