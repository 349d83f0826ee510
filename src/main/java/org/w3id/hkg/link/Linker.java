package org.w3id.hkg.link;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.w3id.hkg.cli.UserError;
import org.w3id.hkg.store.GraphStore;

/**
 * Links the entities of a store to Wikidata and other datasets. Writes two named graphs, each replaced on
 * every run: {@code {base}graph/links} (the link triples, their provenance and the VoID linksets) and
 * {@code {base}graph/gazetteer} (places derived from organisation names, {@code schema:location}, exchange
 * labels). Links come from curated tables first; nodes without one are reconciled against the endpoints
 * (or their caches) by exact label and type, linked only when exactly one candidate is found.
 */
public final class Linker {
    private final LinkOptions options;

    public Linker(LinkOptions options) {
        this.options = options;
        for (String e : options.endpoints()) {
            checkEndpoint(e);
        }
    }

    /**
     * What {@code build} runs: curated tables of {@code linksDir} and the cache in {@code linksDir/cache}, no
     * network. When {@code linksDir} is null or not a folder, the tables bundled in the jar are used.
     */
    public static LinkReport linkOffline(GraphStore store, Path linksDir) {
        return linkOffline(store, linksDir, org.w3id.hkg.vocab.HKG.DEFAULT_BASE);
    }

    /** The same for a store built with another instance base. */
    public static LinkReport linkOffline(GraphStore store, Path linksDir, String base) {
        Path dir = linksDir != null && java.nio.file.Files.isDirectory(linksDir) ? linksDir : null;
        return new Linker(LinkOptions.offline(dir).withBase(base)).run(store.dataset());
    }

    /** IRI of the links graph. */
    public static String linksGraph(String base) {
        return base + "graph/links";
    }

    /** IRI of the derived places graph. */
    public static String gazetteerGraph(String base) {
        return base + "graph/gazetteer";
    }

    /** Runs the linking over {@code dataset} and replaces the two graphs. */
    public LinkReport run(Dataset dataset) {
        String base = options.base();
        List<CuratedLink> table = LinkTables.load(options.linksDir());
        TypeMap types = TypeMap.load(options.linksDir());
        Exchanges exchanges = Exchanges.load(options.linksDir());
        Gazetteer gazetteer = Gazetteer.load(options.gazetteerFile());

        List<LocalEntity> entities = LocalEntities.read(dataset, base);
        PlaceGraph.Result derived = PlaceGraph.build(base, gazetteer, exchanges, entities);
        List<LocalEntity> nodes = new ArrayList<>(entities.stream().filter(e -> e.kind() != Kind.EXCHANGE).toList());
        nodes.addAll(derived.nodes());

        List<Link> links = new ArrayList<>(derived.links());
        List<String> unmatched = new ArrayList<>();
        List<String> ambiguous = new ArrayList<>();
        applyCurated(table, new CuratedMatcher(base, nodes), links, unmatched, ambiguous);
        int curated = links.size();
        Set<String> linked = new HashSet<>();
        links.forEach(l -> linked.add(l.local()));

        Reconciliation rec = new Reconciliation(options);
        rec.run(types, nodes.stream().filter(e -> !linked.contains(e.iri())).toList());
        links.addAll(rec.links);
        ambiguous.addAll(rec.ambiguous);

        Model linkModel = Linkset.graph(base, links);
        Txn.executeWrite(dataset, () -> {
            dataset.removeNamedModel(linksGraph(base));
            dataset.removeNamedModel(gazetteerGraph(base));
            dataset.addNamedModel(linksGraph(base), linkModel);
            dataset.addNamedModel(gazetteerGraph(base), derived.model());
        });
        int places = (int) derived.nodes().stream().filter(n -> n.kind() == Kind.PLACE).count();
        return new LinkReport(nodes.size(), curated, rec.links.size(), places, derived.locations(), unmatched,
                ambiguous, rec.unlinked, rec.requests, rec.cacheHits, rec.warnings);
    }

    private static void applyCurated(List<CuratedLink> table, CuratedMatcher matcher, List<Link> links,
                                     List<String> unmatched, List<String> ambiguous) {
        for (CuratedLink row : table) {
            List<LocalEntity> found = matcher.resolve(row.local());
            if (found.size() == 1) {
                String comment = row.note().isBlank() ? row.source() : row.note();
                links.add(new Link(found.get(0).iri(), row.predicate(), row.external(),
                        LinkSource.table(Path.of(row.file()).getFileName().toString()), comment));
            } else if (found.isEmpty()) {
                unmatched.add(row.where() + " " + row.local());
            } else {
                ambiguous.add(row.where() + " " + row.local() + ": " + found.size() + " local nodes "
                        + found.stream().map(LocalEntity::iri).toList());
            }
        }
    }

    private static void checkEndpoint(String url) {
        try {
            URI u = new URI(url);
            if (u.getScheme() != null && (u.getScheme().equals("http") || u.getScheme().equals("https"))
                    && u.getHost() != null) {
                return;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new UserError("not an http(s) SPARQL endpoint URL: '" + url + "'");
    }
}
