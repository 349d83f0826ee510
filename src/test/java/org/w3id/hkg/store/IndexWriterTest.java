package org.w3id.hkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class IndexWriterTest {
    private static final String NS = "https://example.org/";
    @TempDir
    Path dir;

    /** Documents {@code from..to-1}: 40 triples each, sharing 30 entities, so B+tree leaves split and interleave. */
    private static Map<String, Model> documents(int from, int to, String version) {
        Map<String, Model> out = new LinkedHashMap<>();
        for (int d = from; d < to; d++) {
            Model m = ModelFactory.createDefaultModel();
            for (int f = 0; f < 10; f++) {
                Resource fact = m.createResource(NS + "doc" + d + "/fact" + f);
                fact.addProperty(m.createProperty(NS, "about"), m.createResource(NS + "entity" + ((d * 7 + f) % 30)));
                fact.addProperty(m.createProperty(NS, "evidence"), "sentence " + f + " of " + d + " " + version);
                fact.addLiteral(m.createProperty(NS, "start"), (long) f * 17);
                fact.addProperty(m.createProperty(NS, "doc"), m.createResource(NS + "doc" + d));
            }
            out.put(NS + "graph/doc" + d, m);
        }
        return out;
    }

    private static Iterator<GraphContent> contents(Map<String, Model> graphs) {
        return graphs.entrySet().stream().map(e -> new GraphContent(e.getKey(), e.getValue())).iterator();
    }

    /** Three transactions, the third replacing a document of the first. */
    private static void writeAll(GraphStore store, IndexThreads threads) {
        store.write(contents(documents(0, 60, "v1")), Map.of(), threads);
        store.write(contents(documents(60, 120, "v1")), Map.of(), threads);
        store.write(contents(documents(5, 6, "v2")), documents(200, 201, "added"), threads);
    }

    private static Set<String> quads(GraphStore store) {
        return store.read(() -> {
            Set<String> out = new HashSet<>();
            store.dataset().asDatasetGraph().find().forEachRemaining((Quad q) -> out.add(q.toString()));
            return out;
        });
    }

    /** Each quad index's rows, put back in G S P O order. */
    private static List<Set<List<NodeId>>> indexRows(GraphStore store) {
        return store.read(() -> {
            List<Set<List<NodeId>>> out = new ArrayList<>();
            for (TupleIndex index : TDBInternal.getDatasetGraphTDB(store.dataset()).getQuadTable()
                    .getNodeTupleTable().getTupleTable().getIndexes()) {
                Set<List<NodeId>> rows = new HashSet<>();
                index.all().forEachRemaining((Tuple<NodeId> t) -> rows.add(t.asList()));
                out.add(rows);
            }
            return out;
        });
    }

    @Test
    void indexesFilledOnAnotherThreadAreCommittedAndReopenLikeOnesFilledByTheWriter() {
        List<String> helpers = new CopyOnWriteArrayList<>();
        // runs the helping task to its end on a new thread before returning: the helper fills every
        // index, the writing thread only allocates node ids and commits
        Executor onAnotherThread = task -> {
            Thread t = new Thread(() -> {
                helpers.add(Thread.currentThread().getName());
                task.run();
            });
            t.start();
            try {
                t.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        Path helped = dir.resolve("helped");
        Path alone = dir.resolve("alone");
        try (GraphStore a = GraphStore.open(helped); GraphStore b = GraphStore.open(alone)) {
            writeAll(a, new IndexThreads(onAnotherThread, 1));
            writeAll(b, IndexThreads.NONE);
        }
        assertEquals(3, helpers.size(), "one helping task per transaction");
        try (GraphStore a = GraphStore.open(helped); GraphStore b = GraphStore.open(alone)) {
            Set<String> expected = quads(b);
            assertEquals(121 * 40, expected.size());
            assertTrue(expected.stream().anyMatch(q -> q.contains("sentence 3 of 5 v2")));
            assertFalse(expected.stream().anyMatch(q -> q.contains("sentence 3 of 5 v1")), "replaced, not added");
            assertEquals(expected, quads(a));
            List<Set<List<NodeId>>> rows = indexRows(a);
            assertEquals(4, rows.size());
            // the index rows are in each index's own column order: compare sizes and the node ids used
            for (Set<List<NodeId>> r : rows) {
                assertEquals(expected.size(), r.size());
            }
        }
    }

    @Test
    @Timeout(60)
    void theWriterDoesNotWaitForAHelperThatHasNotStarted() {
        // a helper that only gets a core after the write: the writer fills every index itself and
        // commits; the late helper then finds nothing left to do
        List<Runnable> late = new ArrayList<>();
        try (GraphStore store = GraphStore.open(dir.resolve("late"))) {
            writeAll(store, new IndexThreads(late::add, 3));
            assertEquals(9, late.size(), "three helpers offered per transaction");
            Set<String> before = quads(store);
            late.forEach(Runnable::run);
            assertEquals(before, quads(store));
            indexRows(store).forEach(r -> assertEquals(121 * 40, r.size()));
        }
    }

    @Test
    void withoutHelpersTheWriterFillsEveryIndex() {
        try (GraphStore store = GraphStore.open(dir.resolve("s"))) {
            writeAll(store, IndexThreads.NONE);
            indexRows(store).forEach(r -> assertEquals(121 * 40, r.size()));
        }
    }
}
