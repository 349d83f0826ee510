package org.w3id.hkg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.w3id.hkg.extract.Entity;
import org.w3id.hkg.extract.EntityRef;
import org.w3id.hkg.extract.Extraction;
import org.w3id.hkg.graph.DocumentGraph;
import org.w3id.hkg.ingest.IngestException;
import org.w3id.hkg.ingest.InputFiles;
import org.w3id.hkg.ingest.SourceDocument;
import org.w3id.hkg.store.GraphContent;
import org.w3id.hkg.store.GraphStore;
import org.w3id.hkg.store.IndexThreads;
import org.w3id.hkg.vocab.HKG;

/**
 * Orchestrates ingest → extract → graph → store for a batch of files and folders. Documents are
 * processed in chunks: each chunk is read and extracted in parallel, resolved against the entities
 * already stored, and written, each document mapped to its own named graph as the write takes it (plus
 * the names of new entities, once, in a shared entity graph). So memory is bounded by the largest chunk
 * ({@link #MAX_CHUNK} documents, held as extractions, not as RDF), whatever the size of the corpus. A
 * write transaction holds one chunk or, in a long build, several ({@link #commitAfter}).
 */
public final class GraphBuild {
    /** Documents in the first chunk (each of the first chunks is committed on its own: an interrupted short build keeps them). */
    public static final int CHUNK = 256;
    /** Most documents in one chunk. */
    public static final int MAX_CHUNK = 8192;
    /** Most bytes of input in one chunk (a chunk has at least one document). */
    public static final long MAX_CHUNK_BYTES = 32L << 20;
    /** Most documents one write transaction holds (several chunks): what an interrupted build may redo. */
    public static final int MAX_UNCOMMITTED = 8 * MAX_CHUNK;
    private final Components stages;
    private final int threads;
    private final int chunkSize;
    private final Progress progress;
    private final boolean compact;
    private final Consumer<GraphStore> finish;
    private final StopSignal stop;

    public GraphBuild(Components stages, int threads, int chunkSize, Progress progress) {
        this(stages, threads, chunkSize, progress, false, store -> { }, StopSignal.NEVER);
    }

    private GraphBuild(Components stages, int threads, int chunkSize, Progress progress, boolean compact,
                       Consumer<GraphStore> finish, StopSignal stop) {
        this.stages = stages;
        this.threads = Math.max(1, threads);
        this.chunkSize = Math.max(1, chunkSize);
        this.progress = progress;
        this.compact = compact;
        this.finish = finish;
        this.stop = stop;
    }

    /**
     * The same build, compacting the store at the end. Each transaction leaves copies of the index
     * blocks it touched (a fresh build of many chunks ends up about 1.6–1.8× its compacted size);
     * compaction copies the live data into a new generation and deletes the old, at the cost of
     * reading and writing the whole store once (as long as the build itself at 100k documents).
     */
    public GraphBuild compacting(boolean compact) {
        return new GraphBuild(stages, threads, chunkSize, progress, compact, finish, stop);
    }

    /**
     * The same build, stopping early when {@code signal} is raised: it then hands no more documents to
     * the workers, lets each finish the document it is on, writes every document read so far (the
     * chunk being written, and what the workers finished of the chunks ahead), commits, and returns a
     * report that says it {@linkplain BuildReport#stopped() stopped}, without compacting or the
     * finishing step. A resumed build skips every document it stored.
     */
    public GraphBuild stoppedBy(StopSignal signal) {
        return new GraphBuild(stages, threads, chunkSize, progress, compact, finish, signal);
    }

    /**
     * The same build, running {@code step} on the store after the last chunk is written (and the store
     * compacted) and before the store is counted, so the report counts what the step writes too
     * ({@code hkg build} links entities to external datasets there).
     */
    public GraphBuild finishing(Consumer<GraphStore> step) {
        return new GraphBuild(stages, threads, chunkSize, progress, compact, step, stop);
    }

    /** Builds the graph of {@code inputs} (files or folders) into {@code store} with the standard stages. */
    public static BuildReport build(GraphStore store, List<Path> inputs) {
        return new GraphBuild(Components.standard(), Runtime.getRuntime().availableProcessors(), CHUNK, Progress.NONE)
                .run(store, inputs);
    }

    /**
     * Runs the build.
     *
     * @throws BuildException when an input path does not exist (nothing is changed then)
     */
    public BuildReport run(GraphStore store, List<Path> inputs) {
        List<Path> files;
        try {
            files = InputFiles.list(inputs);
        } catch (IngestException e) {
            throw new BuildException(e.getMessage());
        }
        progress.start(files.size());
        StageTimes times = new StageTimes();
        loadOntology(store);
        KnownEntities known = new KnownEntities(store.knownEntities());
        Tally tally = new Tally();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Cores cores = new Cores(threads);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        // With more than one thread, the pool reads and extracts up to two chunks ahead of the one
        // being resolved, while the writer thread maps and writes the one before: no stage waits
        // for another unless it is the slowest. With one thread the stages take turns, so one thread
        // means one core.
        boolean pipelined = threads > 1;
        // the writer fills the store's quad indexes with the help of threads that wait for a free core,
        // so a writer that falls behind (or writes the last chunks alone) gets every idle core
        int helpers = Math.min(threads - 1, 3);
        ExecutorService indexing = Executors.newFixedThreadPool(Math.max(1, helpers));
        IndexThreads indexThreads = new IndexThreads(task -> indexing.execute(() -> cores.on(task)), helpers);
        try {
            List<List<Path>> chunks = chunks(files);
            int ahead = pipelined ? 2 : 0;
            ArrayDeque<Pending> extracting = new ArrayDeque<>();
            int submitted = 0;
            long uncommitted = 0;
            long committed = 0;
            Future<?> writing = CompletableFuture.completedFuture(null);
            for (int c = 0; c < chunks.size() && !tally.stopped; c++) {
                for (; submitted < chunks.size() && submitted <= c + ahead && !stop.requested(); submitted++) {
                    extracting.add(submit(pool, cores, store, chunks.get(submitted), times));
                }
                Pending next = extracting.poll(); // none only when asked to stop before this chunk was handed over
                List<Outcome> done = next == null ? new ArrayList<>() : collect(next, tally, times);
                if (stop.requested()) {
                    // what the workers finished of the chunks ahead is written with this one, the rest left
                    while (!extracting.isEmpty()) {
                        done.addAll(collect(extracting.poll(), tally, times));
                    }
                    tally.stopped = true;
                }
                Batch batch = cores.on(() -> resolve(done, known, times));
                uncommitted += batch.documents().size();
                boolean commit = tally.stopped || commitAfter(uncommitted, committed, c == chunks.size() - 1);
                if (commit) {
                    committed += uncommitted;
                    uncommitted = 0;
                }
                Future<?> previous = writing;
                times.time(StageTimes.Stage.WAIT_WRITE, () -> get(previous));
                Runnable write = () -> cores.on(() -> write(store, batch, indexThreads, times, commit, cores));
                writing = pipelined ? writer.submit(write) : CompletableFuture.runAsync(write, Runnable::run);
            }
            Future<?> last = writing;
            times.time(StageTimes.Stage.WAIT_WRITE, () -> get(last));
        } finally {
            pool.shutdownNow();
            // a build that stops early drops the chunks written since the last commit (a resumed build
            // redoes them), on the thread whose transaction holds them, once its write has ended;
            // never interrupt a write: an interrupted FileChannel closes the store's files
            if (pipelined) {
                writer.execute(store::abortOpen);
            } else {
                store.abortOpen();
            }
            writer.shutdown();
            awaitQuietly(writer);
            indexing.shutdown();
            progress.finish();
        }
        if (tally.replaced) {
            // a changed document may no longer name an entity that only it named
            times.time(StageTimes.Stage.WRITE, () -> store.pruneUnmentioned(entityGraph()));
        }
        if (!tally.stopped) {
            if (compact) {
                times.time(StageTimes.Stage.COMPACT, store::compact);
            }
            times.time(StageTimes.Stage.FINISH, () -> finish.accept(store));
        }
        long[] counts = times.time(StageTimes.Stage.COUNT, () -> new long[] {store.tripleCount(), store.entityCount()});
        int notReached = files.size() - tally.collected;
        return new BuildReport(tally.read, tally.unchanged, tally.skipped, counts[0], counts[1], times.seconds(),
                notReached, tally.stopped);
    }

    /**
     * Whether to commit the write transaction after a chunk. Each transaction copies the index blocks it
     * changes, and a chunk of a large store changes blocks all over its trees, so committing every chunk
     * makes the store (and the writing) grow faster than the documents. So a transaction is kept open
     * for the next chunks until it holds a quarter of what the build has committed before it: the
     * first chunks commit one by one (an interrupted short build keeps them), and a long build commits
     * a number of times that grows with the logarithm of its documents. It commits at the latest at
     * {@link #MAX_UNCOMMITTED} documents, which bounds what an interrupted build redoes, and after the
     * last chunk.
     *
     * @param uncommitted documents written since the last commit, this chunk's included
     * @param committed   documents this build committed before
     */
    static boolean commitAfter(long uncommitted, long committed, boolean last) {
        return last || uncommitted >= MAX_UNCOMMITTED || uncommitted * 4 >= committed;
    }

    /** What a build has counted so far. */
    private static final class Tally {
        final List<String> skipped = new ArrayList<>();
        int read;
        int unchanged;
        /** Files whose outcome the build took (read, unchanged or skipped). */
        int collected;
        /** Whether a document already stored (with other content) was read again. */
        boolean replaced;
        /** Whether the build was asked to stop and has taken the last documents it will write. */
        boolean stopped;
    }

    /**
     * Waits for a chunk's documents, counting what was skipped or unchanged; returns the ones to write.
     * Once the build is asked to stop, a document no worker has started is dropped (left for the next run).
     */
    private List<Outcome> collect(Pending chunk, Tally tally, StageTimes times) {
        List<Outcome> done = new ArrayList<>();
        for (Future<Outcome> fu : chunk.outcomes()) {
            if (stop.requested() && fu.cancel(false)) {
                continue;
            }
            Outcome o = times.time(StageTimes.Stage.WAIT_EXTRACT, () -> get(fu));
            tally.collected++;
            progress.step();
            if (o.problem() != null) {
                tally.skipped.add(o.file() + ": " + o.problem());
            }
            if (o.document() == null) {
                continue;
            }
            o.document().warnings().forEach(w -> tally.skipped.add(o.file() + ": partly read: " + w));
            if (o.extraction() == null) {
                tally.unchanged++;
            } else {
                done.add(o);
                tally.replaced |= chunk.stored().containsKey(o.graph());
            }
        }
        tally.read += done.size();
        return done;
    }

    /** The shared named graph that names each entity once (type, labels, aliases, pinyin). */
    private String entityGraph() {
        return stages.iris().graphOf("entities");
    }

    /**
     * Splits the files into chunks that start at {@code chunkSize} documents and double up to
     * {@link #MAX_CHUNK} documents or {@link #MAX_CHUNK_BYTES} of input, but are never more than half
     * of what is left: TDB2 copies the index blocks a transaction touches, so fewer, larger transactions
     * write less and keep the store small; small first chunks keep a short build (or the start of a
     * long one) quick to resume and start the writer early; small last chunks keep the writer from
     * working alone at the end. The byte bound keeps memory flat whatever the size of the documents.
     */
    List<List<Path>> chunks(List<Path> files) {
        List<List<Path>> out = new ArrayList<>();
        int size = chunkSize;
        int from = 0;
        while (from < files.size()) {
            int limit = Math.max(Math.min(size, (files.size() - from) / 2), Math.min(chunkSize, files.size() - from));
            int to = from;
            long bytes = 0;
            while (to < files.size() && to - from < limit && bytes < MAX_CHUNK_BYTES) {
                bytes += sizeOf(files.get(to++));
            }
            out.add(files.subList(from, to));
            from = to;
            size = Math.min(MAX_CHUNK, size * 2);
        }
        return out;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // reported when the file is read
        }
    }

    /**
     * Looks up what the store holds of a chunk's documents, then hands the chunk to the workers. The
     * lookup runs on the build thread, in a read transaction beside the writer's, and holds only this
     * chunk's hashes: a build that resumes or adds to a large store never holds the hashes of all of it.
     */
    private Pending submit(ExecutorService pool, Cores cores, GraphStore store, List<Path> chunk, StageTimes times) {
        // each document's graph IRI is minted once, here (the reader gives the document the id idOf says)
        List<String> graphs = chunk.stream().map(f -> stages.iris().graph(stages.reader().idOf(f))).toList();
        Map<String, String> stored = times.time(StageTimes.Stage.LOOKUP, () -> store.storedHashes(graphs));
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            Path f = chunk.get(i);
            String graph = graphs.get(i);
            futures.add(pool.submit(() -> cores.on(() -> process(stored.get(graph), f, graph, times))));
        }
        return new Pending(futures, stored);
    }

    /** A chunk in the workers' hands: its documents' outcomes, and what the store held of them when it was handed over. */
    private record Pending(List<Future<Outcome>> outcomes, Map<String, String> stored) {
    }

    /** What reading and extracting a file gave; {@code graph} is the IRI of the document's graph (null if unread). */
    private record Outcome(Path file, SourceDocument document, String graph, Extraction extraction, String problem) {
    }

    /** Reads and extracts {@code file}, whose graph is {@code graph}; {@code storedHash} is what the store holds for it (or null). */
    private Outcome process(String storedHash, Path file, String graph, StageTimes times) {
        SourceDocument doc;
        long t0 = System.nanoTime();
        try {
            doc = stages.reader().read(file);
        } catch (IngestException e) {
            return new Outcome(file, null, null, null, e.getMessage());
        } catch (RuntimeException e) {
            return new Outcome(file, null, null, null, "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        } finally {
            times.add(StageTimes.Stage.READ, System.nanoTime() - t0);
        }
        if (doc.meta().sha256().equals(storedHash)) {
            return new Outcome(file, doc, graph, null, null);
        }
        try {
            return new Outcome(file, doc, graph, times.time(StageTimes.Stage.EXTRACT, () -> stages.extractor().extract(doc)), null);
        } catch (RuntimeException e) {
            return new Outcome(file, null, null, null, "extraction failed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    /**
     * Resolves a chunk against the entities known so far and adds its entities to {@code known};
     * returns what to write.
     */
    private Batch resolve(List<Outcome> done, KnownEntities known, StageTimes times) {
        if (done.isEmpty()) {
            return new Batch(new ArrayList<>(), ModelFactory.createDefaultModel());
        }
        List<Extraction> resolved = times.time(StageTimes.Stage.RESOLVE, () ->
                stages.resolver().resolve(done.stream().map(Outcome::extraction).toList(), known.all()));
        List<Resolved> documents = new ArrayList<>(done.size());
        for (int i = 0; i < done.size(); i++) {
            documents.add(new Resolved(done.get(i).document(), done.get(i).graph(), resolved.get(i)));
        }
        Map<EntityRef, Entity> renamed = new LinkedHashMap<>();
        resolved.forEach(x -> known.addAll(x.referenced()).forEach(e -> renamed.put(e.ref(), e)));
        return new Batch(documents, times.time(StageTimes.Stage.MAP,
                () -> new DocumentGraph(stages.iris()).describe(renamed.values())));
    }

    /**
     * Writes a chunk in the open write transaction (beginning one if there is none), mapping each
     * document to its graph only when the transaction takes it, so until then a chunk is held as
     * extractions, which take much less memory than its RDF; then commits it if {@code commit}, with
     * every core to itself (the caller holds one of {@code cores}).
     *
     * <p>A commit forces TDB2's memory-mapped files to disk, and the kernel's work on the written pages
     * costs about five times as much CPU while other threads of the process run on the other cores (at
     * 10k documents 0.40–0.46 s against 0.07–0.09 s; interprocessor TLB flushes, we think). So the
     * workers wait for the commit, each after its current document: a 10k build on two cores is then
     * 6–7% faster.
     */
    private void write(GraphStore store, Batch batch, IndexThreads helpers, StageTimes times, boolean commit, Cores cores) {
        DocumentGraph mapper = new DocumentGraph(stages.iris());
        long[] mapping = {0};
        long start = System.nanoTime();
        store.writeOpen(batch.take(d -> {
            long t0 = System.nanoTime();
            GraphContent graph = new GraphContent(d.graph(), mapper.map(d.document(), d.extraction()));
            mapping[0] += System.nanoTime() - t0;
            return graph;
        }), Map.of(entityGraph(), batch.names()), helpers);
        times.add(StageTimes.Stage.MAP, mapping[0]);
        times.add(StageTimes.Stage.WRITE, System.nanoTime() - start - mapping[0]);
        if (commit) {
            times.time(StageTimes.Stage.COMMIT, () -> cores.exclusively(store::commitOpen));
        }
    }

    /** A document, the IRI of its graph, and its extraction resolved against the corpus. */
    private record Resolved(SourceDocument document, String graph, Extraction extraction) {
    }

    /**
     * What one chunk writes.
     *
     * @param documents the documents whose graphs it replaces, let go of one by one as they are written
     * @param names     the names of new or renamed entities (added to the entity graph)
     */
    private record Batch(List<Resolved> documents, Model names) {
        /** The documents' graphs, made by {@code map} as they are asked for; each document is let go of once mapped. */
        Iterator<GraphContent> take(Function<Resolved, GraphContent> map) {
            return IntStream.range(0, documents.size()).mapToObj(i -> map.apply(documents.set(i, null))).iterator();
        }
    }

    /** (Re)loads the ontology and code lists into their own named graph. */
    public static void loadOntology(GraphStore store) {
        Model m = ModelFactory.createDefaultModel();
        for (String file : List.of("/ontology/hkg.ttl", "/ontology/codes.ttl")) {
            try (InputStream in = GraphBuild.class.getResourceAsStream(file)) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        store.replaceGraphs(Map.of(HKG.ONTOLOGY_GRAPH, m));
    }

    private static void awaitQuietly(ExecutorService executor) {
        boolean interrupted = false;
        while (true) {
            try {
                if (executor.awaitTermination(1, TimeUnit.DAYS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
