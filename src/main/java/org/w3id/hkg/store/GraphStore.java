package org.w3id.hkg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.hkg.extract.Entity;
import org.w3id.hkg.extract.EntityRef;
import org.w3id.hkg.extract.EntityType;
import org.w3id.hkg.vocab.HKG;

/**
 * The embedded TDB2 store: one named graph per document, queried as their union (the default graph
 * of every query is the union of the named graphs).
 */
public final class GraphStore implements AutoCloseable {
    /**
     * TDB2's layout with four quad indexes instead of its default six. Every named graph here is one
     * document (tens of quads), so a pattern with its graph bound is answered by a short range of
     * GSPO; the graph-last indexes SPOG, POSG and OSPG answer the union-graph and {@code GRAPH ?g}
     * patterns. Without GPOS and GOSP a write updates four indexes instead of six. Applies to stores
     * created from now on; an existing store keeps the layout it was created with.
     */
    static final StoreParams LAYOUT = StoreParams.builder()
            .quadIndexes(new String[] {"GSPO", "SPOG", "POSG", "OSPG"}).build();
    /** The five kinds of entity, as a VALUES block binding {@code ?c}. */
    private static final String ENTITY_TYPES = "VALUES ?c { hkg:Hospital hkg:Company hkg:Regulator hkg:Alliance hkg:Person }";
    private final Dataset dataset;
    private final String location;

    private GraphStore(Dataset dataset, String location) {
        this.dataset = dataset;
        this.location = location;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * Opens (creating if needed) the TDB2 store in {@code dir}.
     *
     * @throws StoreException with a one-line reason when the folder is not usable or is locked by another process
     */
    public static GraphStore open(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException("store " + dir + " is not a folder");
        }
        try {
            Files.createDirectories(dir);
            return new GraphStore(DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(dir.toString(), LAYOUT)), dir.toString());
        } catch (Exception e) {
            throw new StoreException("cannot open store " + dir + ": " + oneLine(e));
        }
    }

    /** An in-memory TDB2 store with the same behaviour (for eval and tests). */
    public static GraphStore inMemory() {
        return new GraphStore(TDB2Factory.createDataset(), "memory");
    }

    public Dataset dataset() {
        return dataset;
    }

    public String location() {
        return location;
    }

    /** True when no document has been stored yet. */
    public boolean isEmpty() {
        return read(() -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset)
                    .query("ASK { GRAPH ?g { ?d a <" + HKG.NewsArticle.getURI() + "> } }").build()) {
                return !qe.execAsk();
            }
        });
    }

    /**
     * Content hash of each document stored under one of {@code graphs} (IRIs of document graphs), by
     * the IRI of its graph; graphs not stored are left out. Each is a short range of the graph-first index,
     * so a build asks for one chunk's documents at a time and never holds the hashes of the whole store.
     */
    public Map<String, String> storedHashes(Collection<String> graphs) {
        return read(() -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Node sha256 = HKG.sha256.asNode();
            Map<String, String> out = new HashMap<>();
            for (String graph : graphs) {
                Iterator<Quad> hashes = dsg.find(NodeFactory.createURI(graph), Node.ANY, sha256, Node.ANY);
                try {
                    if (hashes.hasNext()) {
                        out.put(graph, hashes.next().getObject().getLiteralLexicalForm());
                    }
                } finally {
                    Iter.close(hashes);
                }
            }
            return out;
        });
    }

    /**
     * Replaces the named graphs in {@code graphs} (graph IRI → content) in one write transaction.
     */
    public void replaceGraphs(Map<String, Model> graphs) {
        write(graphs, Map.of());
    }

    /**
     * In one write transaction: replaces the named graphs in {@code replaced} (graph IRI → content)
     * and adds the triples in {@code added} to the graphs it names, keeping what they hold.
     */
    public void write(Map<String, Model> replaced, Map<String, Model> added) {
        write(replaced.entrySet().stream().map(e -> new GraphContent(e.getKey(), e.getValue())).iterator(), added,
                IndexThreads.NONE);
    }

    /**
     * {@link #write(Map, Map)} with the replaced graphs taken one at a time from {@code replaced}, inside
     * the transaction: each is turned into node ids before the next is asked for, so a caller that makes
     * them as they are asked for never holds them all at once. The quad indexes are filled on up to
     * {@code helpers.count()} threads of {@code helpers} besides the calling one.
     */
    public void write(Iterator<GraphContent> replaced, Map<String, Model> added, IndexThreads helpers) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Txn.executeWrite(dsg, () -> fill(dsg, replaced, added, helpers));
    }

    /**
     * {@link #write(Iterator, Map, IndexThreads)} inside the calling thread's open write transaction,
     * which it begins if there is none and leaves open for the next call; {@link #commitOpen()} commits
     * it, {@link #abortOpen()} drops it. TDB2's B+trees copy each block a transaction changes once,
     * however often the transaction changes it, so several chunks written in one transaction copy fewer
     * blocks (and leave fewer behind in the store) than one transaction each. If the write fails, the
     * open transaction is dropped.
     */
    public void writeOpen(Iterator<GraphContent> replaced, Map<String, Model> added, IndexThreads helpers) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        if (!dsg.isInTransaction()) {
            dsg.begin(TxnType.WRITE);
        }
        try {
            fill(dsg, replaced, added, helpers);
        } catch (RuntimeException | Error e) {
            abortOpen();
            throw e;
        }
    }

    /** Commits the calling thread's open write transaction, if it has one. */
    public void commitOpen() {
        endOpen(true);
    }

    /** Drops the calling thread's open write transaction, if it has one: the store keeps what was last committed. */
    public void abortOpen() {
        endOpen(false);
    }

    private void endOpen(boolean commit) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        if (dsg.isInTransaction()) {
            try {
                if (commit) {
                    dsg.commit();
                } else {
                    dsg.abort();
                }
            } finally {
                dsg.end();
            }
        }
    }

    private static void fill(DatasetGraph dsg, Iterator<GraphContent> replaced, Map<String, Model> added, IndexThreads helpers) {
        IndexWriter out = new IndexWriter(TDBInternal.getDatasetGraphTDB(dsg));
        replaced.forEachRemaining(graph -> {
            Node g = NodeFactory.createURI(graph.name());
            if (dsg.containsGraph(g)) {
                dsg.removeGraph(g);
            }
            out.add(g, graph.model());
        });
        added.forEach((name, model) -> out.add(NodeFactory.createURI(name), model));
        out.flush(helpers);
    }

    /**
     * Removes from {@code graph} the description of every subject that no document mentions any more
     * ({@code hkg:mentionedIn} in no graph): what is left of an entity after the only documents naming
     * it were changed.
     *
     * @return the number of subjects removed
     */
    public int pruneUnmentioned(String graph) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                SELECT DISTINCT ?e WHERE {
                  GRAPH ?entities { ?e a ?type }
                  FILTER NOT EXISTS { GRAPH ?g { ?e ?mentionedIn ?doc } }
                }""");
        q.setIri("entities", graph);
        q.setIri("mentionedIn", HKG.mentionedIn.getURI());
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateWrite(dsg, () -> {
            List<Node> gone = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q.asQuery()).build()) {
                qe.execSelect().forEachRemaining(s -> gone.add(s.get("e").asNode()));
            }
            Node g = NodeFactory.createURI(graph);
            gone.forEach(e -> dsg.deleteAny(g, e, Node.ANY, Node.ANY));
            return gone.size();
        });
    }

    /**
     * Compacts the TDB2 database (a new generation holding only live blocks; the old one is deleted).
     * A build's many transactions leave copied index blocks behind; compaction returns the space.
     * An in-memory store is left as it is.
     */
    public void compact() {
        if (!"memory".equals(location)) {
            org.apache.jena.tdb2.DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        }
    }

    /** Removes every graph. */
    public void clear() {
        Txn.executeWrite(dataset, () -> {
            List<String> names = new ArrayList<>();
            dataset.listModelNames().forEachRemaining(r -> names.add(r.getURI()));
            names.forEach(dataset::removeNamedModel);
            dataset.getDefaultModel().removeAll();
        });
    }

    /** Triples in the union of all graphs. */
    public long tripleCount() {
        return read(() -> dataset.getUnionModel().size());
    }

    /** Distinct entities of the five types. */
    public long entityCount() {
        return read(() -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(
                    "PREFIX hkg: <" + HKG.NS + "> SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { "
                            + ENTITY_TYPES + " ?e a ?c }").build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    /** IRIs of the distinct entities of the five types, in IRI order. */
    public List<String> entityIris() {
        return read(() -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(
                    "PREFIX hkg: <" + HKG.NS + "> SELECT DISTINCT ?e WHERE { " + ENTITY_TYPES + " ?e a ?c } ORDER BY ?e").build()) {
                qe.execSelect().forEachRemaining(s -> out.add(s.getResource("e").getURI()));
            }
            return out;
        });
    }

    /** Entities already in the store, with their canonical name and aliases (for resolving a new build against). */
    public Collection<Entity> knownEntities() {
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                PREFIX hkg: <https://w3id.org/hkg/ontology#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?c ?name ?alias WHERE {
                  %s
                  ?e a ?c ; skos:prefLabel ?name .
                  OPTIONAL { ?e skos:altLabel ?alias }
                }""".formatted(ENTITY_TYPES));
        return read(() -> {
            Map<EntityRef, java.util.Set<String>> found = new LinkedHashMap<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q.asQuery()).build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> {
                    EntityType type = EntityType.ofCode(s.getResource("c").getLocalName());
                    EntityRef ref = new EntityRef(s.getLiteral("name").getLexicalForm(), type);
                    Set<String> aliases = found.computeIfAbsent(ref, k -> new java.util.TreeSet<>());
                    if (s.contains("alias")) {
                        aliases.add(s.getLiteral("alias").getLexicalForm());
                    }
                });
            }
            List<Entity> out = new ArrayList<>();
            found.forEach((ref, aliases) -> out.add(new Entity(ref, aliases, null, null, 1.0)));
            return out;
        });
    }

    /** Runs {@code action} in a read transaction (or inside the caller's transaction). */
    public <T> T read(Supplier<T> action) {
        return Txn.calculateRead(dataset, action::get);
    }

    /** Closes the store and releases its TDB2 lock, so another process (or a later open) can use the folder. */
    @Override
    public void close() {
        dataset.close();
        if (!"memory".equals(location)) {
            org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
        }
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return msg.lines().findFirst().orElse(msg);
    }
}
