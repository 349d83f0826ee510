package org.w3id.hkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny benchmark, run only to keep the harness working: every figure is measured and sane. */
class BenchmarkSmokeTest {
    @Test
    void aTinyBenchmarkMeasuresEveryFigureAndBothAnchors(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        CorpusGenerator.generate(24, corpus, 5);
        BenchResult r = new Benchmark(new Benchmark.Settings(corpus.resolve(CorpusGenerator.DOCS_DIR), dir.resolve("work"),
                2, 3, Duration.ofSeconds(1), 2, true, true, Duration.ZERO), msg -> { }).run();
        assertEquals(24, r.documents());
        assertEquals(1, r.warmUp().builds(), "no time for warm-up: one build all the same");
        assertTrue(r.triples() > 24 && r.quads() >= r.triples(), r.triples() + " triples, " + r.quads() + " quads");
        assertTrue(r.buildSeconds() > 0 && r.speedUp() > 0);
        assertEquals(2, r.scaling().oneThread().size());
        assertEquals(2, r.scaling().many().size());
        assertTrue(r.scaling().oneThread().stream().allMatch(s -> s > 0) && r.scaling().many().stream().allMatch(s -> s > 0));
        assertTrue(r.segmentationSeconds() > 0 && r.loaderSeconds() > 0);
        assertEquals(5, r.ceiling().oneThread().size());
        assertEquals(5, r.ceiling().many().size());
        assertTrue(r.ceiling().speedUp() > 0);
        assertEquals(r.speedUp() / r.ceiling().speedUp(), r.speedUpOverCeiling(), 1e-9);
        assertTrue(r.storeMiB() > 0 && r.httpRequestsPerSecond() > 0);
        assertTrue(r.liveSetMiB() > 0 && r.liveSetMiB() <= r.liveHeapMiB(), r.liveSetMiB() + " / " + r.liveHeapMiB());
        assertTrue(r.sampledLiveMiB() > 0 && r.sampledLiveMiB() <= Runtime.getRuntime().maxMemory() >> 20, "" + r.sampledLiveMiB());
        assertTrue(r.liveHeapMiB() > 0 && r.compactedMiB() > 0 && r.compactSeconds() > 0);
        assertTrue(r.stageSeconds().get(org.w3id.hkg.pipeline.StageTimes.Stage.EXTRACT) > 0
                && r.stageSeconds().get(org.w3id.hkg.pipeline.StageTimes.Stage.WRITE) > 0, r.stageSeconds().toString());
        assertEquals(7, r.inProcessMs().size());
        assertEquals(7, r.httpMs().size());
        // every entity of the tiny corpus is sampled (fewer than 50), each page fetched 3 times
        long entities = r.entities();
        assertEquals(3 * entities, r.pageMs().length, r.pageMs().length + " page fetches for " + entities + " entities");
        assertTrue(entities > 0 && java.util.Arrays.stream(r.pageMs()).allMatch(ms -> ms > 0));
        StringWriter out = new StringWriter();
        r.print(new PrintWriter(out));
        assertTrue(out.toString().contains("| peak live set, full GC forced every second (untimed build) | " + r.sampledLiveMiB() + " MiB |"),
                out.toString());
        assertTrue(out.toString().contains("| warm-up (untimed builds of a sample, until the JIT settled) | 1 build, "), out.toString());
        assertTrue(out.toString().contains(String.format("| anchor (iii) speed-up 1 → 2 threads (best of each) | %.2f× |", r.ceiling().speedUp())),
                out.toString());
        assertTrue(out.toString().contains(String.format("| build speed-up over anchor (iii) speed-up | %.2f |", r.speedUpOverCeiling())),
                out.toString());
        assertTrue(out.toString().contains("| entity pages, HTML (" + r.pageMs().length + " fetches) | – | – | "), out.toString());
        assertTrue(out.toString().strip().matches("(?s).*\\nbuild-vs-floor=\\d+\\.\\d\\d"), out.toString());
    }
}
