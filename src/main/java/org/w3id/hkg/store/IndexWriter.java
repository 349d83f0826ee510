package org.w3id.hkg.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.dboe.transaction.txn.TransactionalComponentLifecycle;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;

/**
 * Adds a batch of quads to a TDB2 store inside the caller's write transaction. Every node is given
 * its id first (TDB2's node table), then each quad index is filled on its own, in its own key order:
 * consecutive inserts then walk the same B+tree pages, instead of jumping between four trees.
 *
 * <p>The indexes are independent B+trees, so they can be filled on several threads at once. TDB2
 * keeps a transaction's state per thread; a helper thread is handed the writing thread's state of the
 * one index it fills (the same mutable object, so a new root or a new block is seen by the commit).
 * The calling thread always takes part, so with no free helper the batch is written as it would be
 * sequentially.
 */
final class IndexWriter {
    private final NodeTable nodes;
    private final TupleIndex[] indexes;
    private final List<Tuple<NodeId>> tuples = new ArrayList<>();

    IndexWriter(DatasetGraphTDB tdb) {
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        this.nodes = quads.getNodeTable();
        this.indexes = quads.getTupleTable().getIndexes();
    }

    /** Queues the triples of {@code model} as quads of graph {@code g} (allocating node ids now, on the writing thread). */
    void add(Node g, Model model) {
        NodeId graph = nodes.getAllocateNodeId(g);
        model.getGraph().find().forEachRemaining((Triple t) -> tuples.add(TupleFactory.tuple(graph,
                nodes.getAllocateNodeId(t.getSubject()), nodes.getAllocateNodeId(t.getPredicate()),
                nodes.getAllocateNodeId(t.getObject()))));
    }

    /**
     * Writes the queued quads to every index, with up to {@code helpers.count()} tasks on
     * {@code helpers.executor()} filling indexes alongside the calling thread; returns when every index
     * is written.
     */
    void flush(IndexThreads helpers) {
        int helperCount = helpers.count();
        if (tuples.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        Tuple<NodeId>[] batch = tuples.toArray(new Tuple[0]);
        tuples.clear();
        Queue<Runnable> work = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<Void>> filled = new ArrayList<>();
        int handedOver = 0;
        for (TupleIndex index : indexes) {
            TransactionalComponentLifecycle<?> tree = tree(index);
            Runnable fill = () -> fill(index, batch.clone());
            boolean anyThread = tree != null && helperCount > 0;
            handedOver += anyThread ? 1 : 0;
            CompletableFuture<Void> done = new CompletableFuture<>();
            filled.add(done);
            work.add(completing(anyThread ? onThreadOf(tree, fill) : fill, done));
        }
        // a helper that gets a core after the work is gone finds the queue empty and returns at once;
        // the writer waits for the fills, never for a helper that has not started
        for (int i = 0; i < Math.min(helperCount, handedOver); i++) {
            helpers.executor().execute(() -> drain(work));
        }
        drain(work);
        CompletableFuture.allOf(filled.toArray(CompletableFuture[]::new)).join();
    }

    private static void drain(Queue<Runnable> work) {
        for (Runnable r = work.poll(); r != null; r = work.poll()) {
            r.run();
        }
    }

    /** {@code fill}, recording its end (or failure) in {@code done} instead of throwing. */
    private static Runnable completing(Runnable fill, CompletableFuture<Void> done) {
        return () -> {
            try {
                fill.run();
                done.complete(null);
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        };
    }

    /** {@code fill}, made runnable on any thread: it carries this thread's transaction state of {@code tree}. */
    private static <X> Runnable onThreadOf(TransactionalComponentLifecycle<X> tree, Runnable fill) {
        Thread owner = Thread.currentThread();
        TransactionalComponentLifecycle.ComponentState<X> state = tree.getComponentState();
        return () -> {
            if (Thread.currentThread() != owner) {
                tree.setComponentState(state);
            }
            fill.run();
        };
    }

    /** The B+tree under a quad index, or null when the index is not the usual record index. */
    private static TransactionalComponentLifecycle<?> tree(TupleIndex index) {
        return index.baseTupleIndex() instanceof TupleIndexRecord r
                && r.getRangeIndex() instanceof TransactionalComponentLifecycle<?> t ? t : null;
    }

    private static void fill(TupleIndex index, Tuple<NodeId>[] batch) {
        Arrays.sort(batch, order(index.getMapping()));
        for (Tuple<NodeId> t : batch) {
            index.add(t);
        }
    }

    /** The order of an index's keys: its columns in its own order, node ids compared as TDB2 stores them. */
    private static Comparator<Tuple<NodeId>> order(TupleMap map) {
        return (a, b) -> {
            for (int i = 0; i < a.len(); i++) {
                int c = NodeId.compare(map.mapSlot(i, a), map.mapSlot(i, b));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }
}
