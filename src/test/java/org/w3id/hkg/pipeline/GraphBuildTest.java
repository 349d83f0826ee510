package org.w3id.hkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hkg.bench.CorpusGenerator;
import org.w3id.hkg.graph.Export;
import org.w3id.hkg.graph.Iris;
import org.w3id.hkg.ingest.InputFiles;
import org.w3id.hkg.store.GraphStore;

class GraphBuildTest {
    private static final int DOCS = 120;
    @TempDir
    static Path tmp;
    static Path docs;
    static Set<String> reference;
    static Set<String> referenceGraphs;

    @BeforeAll
    static void buildOnce() throws IOException {
        CorpusGenerator.generate(DOCS, tmp.resolve("corpus"), 7);
        docs = tmp.resolve("corpus").resolve(CorpusGenerator.DOCS_DIR);
        try (GraphStore store = GraphStore.inMemory()) {
            new GraphBuild(Components.standard(), 2, 8, Progress.NONE).run(store, List.of(docs));
            reference = quads(store);
            referenceGraphs = graphNames(store);
        }
    }

    /** Fails with the quads only one side has (not the whole sets). */
    private static void assertSameQuads(Set<String> expected, Set<String> actual) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        assertEquals("", (missing.isEmpty() ? "" : "missing: " + String.join("\n", missing))
                + (extra.isEmpty() ? "" : "\nextra: " + String.join("\n", extra)));
    }

    /** Progress that stops the build (as Ctrl-C would) when the {@code step}th document is collected. */
    private static Progress interruptedAt(int step) {
        return new Progress() {
            int steps;

            @Override
            public void step() {
                if (++steps == step) {
                    throw new IllegalStateException("interrupted");
                }
            }
        };
    }

    private static Set<String> quads(GraphStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Export.write(store, Export.Format.nq, out);
        return new TreeSet<>(out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void chunksDoubleFromTheFirstSizeAndShrinkTowardsTheEnd() throws Exception {
        List<Path> files = InputFiles.list(List.of(docs));
        List<Integer> sizes = new GraphBuild(Components.standard(), 1, 8, Progress.NONE).chunks(files).stream()
                .map(List::size).toList();
        assertEquals(List.of(8, 16, 32, 32, 16, 8, 8), sizes);
        assertEquals(DOCS, sizes.stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void oneThreadAndTwoThreadsWriteTheSameQuadsWithNamesInOneEntityGraph() {
        try (GraphStore store = GraphStore.inMemory()) {
            BuildReport r = new GraphBuild(Components.standard(), 1, 8, Progress.NONE).run(store, List.of(docs));
            assertEquals(DOCS, r.read());
            assertSameQuads(reference, quads(store));
            assertTrue(r.seconds().get(StageTimes.Stage.EXTRACT) > 0, r.seconds().toString());
            assertTrue(r.seconds().get(StageTimes.Stage.WRITE) > 0 && r.seconds().get(StageTimes.Stage.COMMIT) > 0,
                    "commits are timed apart from the writing: " + r.seconds());
        }
        String names = "<" + Iris.standard().graphOf("entities") + ">";
        assertTrue(reference.stream().filter(q -> q.endsWith(names + " .")).anyMatch(q -> q.contains("prefLabel")));
        assertEquals(List.of(), reference.stream().filter(q -> q.startsWith("<" + Iris.standard().base() + "id/"))
                        .filter(q -> q.contains("prefLabel") && !q.endsWith(names + " .")).toList(),
                "names are not repeated in document graphs");
    }

    @Test
    void aFinishingStepSeesEveryChunkWrittenAndWhatItWritesIsCounted() {
        long plain;
        try (GraphStore store = GraphStore.inMemory()) {
            plain = new GraphBuild(Components.standard(), 2, 8, Progress.NONE).run(store, List.of(docs)).triples();
        }
        try (GraphStore store = GraphStore.inMemory()) {
            AtomicLong seen = new AtomicLong();
            BuildReport r = new GraphBuild(Components.standard(), 2, 8, Progress.NONE).finishing(s -> {
                seen.set(s.tripleCount());
                Model m = ModelFactory.createDefaultModel();
                m.add(m.createResource("urn:x:finished"), RDFS.label, "finished");
                s.replaceGraphs(Map.of("urn:x:finishing", m));
            }).run(store, List.of(docs));
            assertEquals(plain, seen.get(), "every chunk is written before the step runs");
            assertEquals(plain + 1, r.triples(), "the report counts what the step wrote");
        }
    }

    @Test
    void anInterruptedBuildKeepsItsFinishedChunksAndResumesWithoutRedoingThem() {
        Path dir = tmp.resolve("store");
        Progress interrupt = interruptedAt(30);
        try (GraphStore store = GraphStore.open(dir)) {
            assertThrows(IllegalStateException.class,
                    () -> new GraphBuild(Components.standard(), 2, 8, interrupt).run(store, List.of(docs)));
        }
        try (GraphStore store = GraphStore.open(dir)) {
            BuildReport resumed = new GraphBuild(Components.standard(), 2, 8, Progress.NONE).run(store, List.of(docs));
            // chunks of 8 and 16 were written before the 30th document; the third chunk was not
            assertEquals(24, resumed.unchanged());
            assertEquals(DOCS - 24, resumed.read());
            assertSameQuads(reference, quads(store));
        }
    }

    @Test
    void theFirstChunksCommitOneByOneAndLaterOnesShareATransactionUpToTheBound() {
        assertTrue(GraphBuild.commitAfter(256, 0, false), "the first chunk");
        assertTrue(GraphBuild.commitAfter(512, 256, false), "a chunk at least a quarter of what is committed");
        assertTrue(GraphBuild.commitAfter(8192, 32_768, false));
        assertFalse(GraphBuild.commitAfter(8192, 32_769, false), "a smaller one waits for the next");
        assertTrue(GraphBuild.commitAfter(16_384, 32_769, false));
        assertFalse(GraphBuild.commitAfter(GraphBuild.MAX_UNCOMMITTED - 1, 1_000_000, false));
        assertTrue(GraphBuild.commitAfter(GraphBuild.MAX_UNCOMMITTED, 1_000_000, false), "at most this many wait");
        assertTrue(GraphBuild.commitAfter(1, 1_000_000, true), "the last chunk");
    }

    @Test
    void anInterruptedBuildDropsTheChunksOfItsOpenTransactionAndTheResumeRedoesThem() {
        // chunks of 8, 16, 32, 32, 16, 8 and 8: the first four commit one by one (88 documents), the
        // fifth (16 < 88 / 4) waits in the open transaction for the sixth
        Path dir = tmp.resolve("store-open");
        for (int threads : new int[] {1, 2}) {
            Progress interrupt = interruptedAt(108);
            try (GraphStore store = GraphStore.open(dir.resolve("t" + threads))) {
                assertThrows(IllegalStateException.class,
                        () -> new GraphBuild(Components.standard(), threads, 8, interrupt).run(store, List.of(docs)));
            }
            try (GraphStore store = GraphStore.open(dir.resolve("t" + threads))) {
                BuildReport resumed = new GraphBuild(Components.standard(), threads, 8, Progress.NONE).run(store, List.of(docs));
                assertEquals(88, resumed.unchanged(), threads + " threads: the fifth chunk was written but not committed");
                assertEquals(DOCS - 88, resumed.read());
                assertSameQuads(reference, quads(store));
            }
        }
    }

    /** Progress that raises {@code stop} (as Ctrl-C does) when the {@code step}th document is collected. */
    private static Progress stoppingAt(int step, StopSignal stop) {
        return new Progress() {
            int steps;

            @Override
            public void step() {
                if (++steps == step) {
                    stop.request();
                }
            }
        };
    }

    @Test
    void aStoppedBuildStoresEveryDocumentItReadAndTheResumeReadsOnlyTheRest() {
        // chunks of 8, 16, 32, 32, 16, 8 and 8 (see above). Stopped at the 108th document, in the sixth
        // chunk, the fifth waits uncommitted in the open transaction, so a crash there would lose it; a
        // stop commits it with what was read since. One thread never hands over a chunk ahead, so the
        // seventh is left unread (at most 112 read); two threads hand over two chunks ahead, and whether
        // the workers finished the seventh before the stop is down to timing (108 to 120 read). Stopped
        // at the 30th, in the third chunk, two threads never hand over the sixth and seventh (at most 104).
        Path dir = tmp.resolve("store-stopped");
        record Case(int threads, int step, int mostRead) {}
        for (Case c : List.of(new Case(1, 108, 112), new Case(2, 108, DOCS), new Case(2, 30, 104))) {
            String name = c.threads() + " threads, stopped at " + c.step();
            Path at = dir.resolve(c.threads() + "-" + c.step());
            StopSignal stop = new StopSignal();
            BuildReport stopped;
            try (GraphStore store = GraphStore.open(at)) {
                stopped = new GraphBuild(Components.standard(), c.threads(), 8, stoppingAt(c.step(), stop))
                        .stoppedBy(stop).run(store, List.of(docs));
            }
            assertTrue(stopped.stopped(), name);
            assertTrue(stopped.read() >= c.step() && stopped.read() <= c.mostRead(), name + ": " + stopped.read());
            assertEquals(DOCS, stopped.read() + stopped.notReached(), name);
            try (GraphStore store = GraphStore.open(at)) {
                BuildReport resumed = new GraphBuild(Components.standard(), c.threads(), 8, Progress.NONE)
                        .run(store, List.of(docs));
                assertEquals(stopped.read(), resumed.unchanged(), name + ": every document read was kept");
                assertEquals(DOCS - stopped.read(), resumed.read(), name);
                assertFalse(resumed.stopped());
                assertEquals(0, resumed.notReached());
                // every document has its graph; the facts of the documents read around the stop may differ
                // from an uninterrupted build's, as names resolve per batch and the stop writes one batch of
                // what the workers had finished (a documented caveat)
                assertEquals(referenceGraphs, graphNames(store), name);
            }
        }
    }

    private static Set<String> graphNames(GraphStore store) {
        return store.read(() -> {
            Set<String> names = new TreeSet<>();
            store.dataset().listNames().forEachRemaining(names::add);
            return names;
        });
    }

    @Test
    void aBuildAskedToStopBeforeItStartsReadsNothingAndSkipsTheFinishingStep() {
        StopSignal stop = new StopSignal();
        stop.request();
        try (GraphStore store = GraphStore.inMemory()) {
            boolean[] finished = {false};
            BuildReport r = new GraphBuild(Components.standard(), 2, 8, Progress.NONE).stoppedBy(stop)
                    .finishing(s -> finished[0] = true).run(store, List.of(docs));
            assertTrue(r.stopped());
            assertEquals(0, r.read());
            assertEquals(DOCS, r.notReached());
            assertFalse(finished[0], "a stopped build leaves the finishing step (linking) to the next run");
            assertEquals(0, store.entityCount());
        }
    }

    @Test
    void theSignalNobodyRaisesCannotBeRaised() {
        StopSignal.NEVER.request();
        assertFalse(StopSignal.NEVER.requested());
    }

    @Test
    void aChangedDocumentReplacesItsGraphAndTheNamesOnlyItUsedGo() throws IOException {
        Path one = Files.createDirectories(tmp.resolve("one"));
        Path doc = one.resolve("a.md");
        Files.writeString(doc, "---\ntitle: 甲\ndate: 2023-01-05\n---\n\n河西市卫生健康委员会对河西市仁和医院给予警告处分。\n");
        try (GraphStore store = GraphStore.inMemory()) {
            new GraphBuild(Components.standard(), 1, 8, Progress.NONE).run(store, List.of(one));
            long before = store.entityCount();
            assertTrue(before >= 2, "regulator and hospital: " + before);
            Files.writeString(doc, "---\ntitle: 甲\ndate: 2023-01-05\n---\n\n河西市仁和医院今日开业。\n");
            BuildReport again = new GraphBuild(Components.standard(), 1, 8, Progress.NONE).run(store, List.of(one));
            assertEquals(1, again.read());
            assertEquals(before - 1, store.entityCount(), "the regulator is named by no document any more");
        }
    }
}
