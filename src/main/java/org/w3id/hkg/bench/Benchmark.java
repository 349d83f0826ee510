package org.w3id.hkg.bench;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.jena.query.QueryExecution;
import org.w3id.hkg.graph.CompetencyQueries;
import org.w3id.hkg.graph.Export;
import org.w3id.hkg.graph.Iris;
import org.w3id.hkg.ingest.IngestException;
import org.w3id.hkg.ingest.InputFiles;
import org.w3id.hkg.ingest.NewsReader;
import org.w3id.hkg.pipeline.BuildReport;
import org.w3id.hkg.pipeline.Components;
import org.w3id.hkg.pipeline.GraphBuild;
import org.w3id.hkg.pipeline.Progress;
import org.w3id.hkg.pipeline.StageTimes;
import org.w3id.hkg.serve.HkgServer;
import org.w3id.hkg.store.GraphStore;

/**
 * Measures a build of a corpus and the queries on its graph, together with the two anchors measured
 * in the same run, so the figures are ratios that hold on a noisy machine. With the speed-up it also
 * measures a third anchor: anchor (i) with one thread and with T, the speed-up the machine itself gives.
 */
public final class Benchmark {
    /**
     * Settings of one run.
     *
     * @param warmUp the longest the untimed warm-up builds may take before the timed ones start (they stop
     *               earlier once the JIT has settled, see {@link WarmUp})
     */
    public record Settings(Path corpus, Path work, int threads, int queryRuns, Duration httpLoad, int httpClients,
                           boolean scaling, boolean sampleLive, Duration warmUp) {
    }

    /** Documents of each untimed warm-up build. */
    private static final int WARMUP = 2000;
    /** Builds with one thread and with T threads for the speed-up, of each. */
    private static final int SCALING_ROUNDS = 2;
    /** Runs of anchor (i) with one thread and with T threads for the machine's speed-up, of each (they are short, so more of them). */
    private static final int CEILING_ROUNDS = 5;
    /** Entities whose pages are timed, spread evenly over all of them, and timed fetches of each. */
    private static final int PAGE_SAMPLE = 50;
    private static final int PAGE_RUNS = 3;
    /** How often the untimed build of {@code sampleLive} forces a full collection to sample the live set. */
    private static final Duration LIVE_SAMPLE_PERIOD = Duration.ofSeconds(1);
    private final Settings settings;
    private final Consumer<String> log;

    public Benchmark(Settings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
    }

    public BenchResult run() throws Exception {
        List<Path> files = InputFiles.list(List.of(settings.corpus()));
        // the documents folder; gold.json lives beside it
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        Files.createDirectories(settings.work());

        int sampleSize = Math.min(WARMUP, files.size());
        log.accept("warm-up: builds of " + sampleSize + " documents until the JIT has settled (compiles for under "
                + Math.round(WarmUp.SETTLED_JIT_SHARE * 100) + "% of a build) or for at most " + settings.warmUp().toSeconds()
                + " s; not timed");
        Path sample = fresh(settings.work().resolve("warmup-docs"));
        for (Path f : files.subList(0, sampleSize)) {
            Files.copy(f, sample.resolve(f.getFileName()));
        }
        WarmUp.Result warmUp = WarmUp.run(() -> {
            try (GraphStore warm = GraphStore.open(fresh(settings.work().resolve("warmup")))) {
                return Stopwatch.seconds(() -> new GraphBuild(Components.standard(), settings.threads(), GraphBuild.CHUNK,
                        Progress.NONE).run(warm, List.of(sample)));
            }
        }, settings.warmUp(), log);
        log.accept("  " + warmUp.summary());
        Anchors.segmentation(texts(files.subList(0, sampleSize)), settings.threads());

        log.accept("anchor (i): HanLP segmentation and name recognition over " + files.size() + " documents");
        List<String> texts = texts(files);
        long chars = texts.stream().mapToLong(String::length).sum();
        double segSeconds = Anchors.segmentation(texts, settings.threads());
        log.accept(String.format("  %.2f s", segSeconds));
        Scaling ceiling = null;
        if (settings.scaling() && settings.threads() > 1) {
            log.accept("anchor (iii): anchor (i) with 1 thread and with " + settings.threads() + " threads in turns, "
                    + CEILING_ROUNDS + " of each (the best of each counts): the speed-up this machine gives work that shares nothing");
            List<String> all = texts;
            ceiling = inTurns(CEILING_ROUNDS, threads -> Anchors.segmentation(all, threads));
        }
        texts = null;

        log.accept("build: " + files.size() + " documents with " + settings.threads() + " threads");
        Path storeDir = fresh(settings.work().resolve("store"));
        ProcessMemory.resetPeak();
        BuildReport report;
        double buildSeconds;
        LiveHeap.Peaks heapPeaks;
        String cost;
        try (GraphStore store = GraphStore.open(storeDir); LiveHeap heap = new LiveHeap()) {
            TimedBuild build = build(store, settings.threads());
            buildSeconds = build.seconds();
            cost = build.cost();
            report = build.report();
            heapPeaks = heap.peaks();
        }
        long peakRss = ProcessMemory.peakRssMiB();
        double storeMiB = ProcessMemory.folderMiB(storeDir);
        log.accept(String.format("  %.2f s, %.0f documents/s, %d triples, %s, peak RSS %d MiB, heap after GC %d MiB, live set (after full GC) %d MiB, store %.1f MiB; stages %s",
                buildSeconds, files.size() / buildSeconds, report.triples(), cost, peakRss, heapPeaks.afterGcMiB(), heapPeaks.afterFullGcMiB(), storeMiB, rounded(report.seconds())));
        Scaling scaling = null;
        if (settings.scaling() && settings.threads() > 1) {
            log.accept("speed-up: builds with 1 thread and with " + settings.threads() + " threads in turns, "
                    + SCALING_ROUNDS + " of each (the best of each counts)");
            scaling = inTurns(SCALING_ROUNDS, this::timedBuild);
        }

        Long sampledLiveMiB = null;
        if (settings.sampleLive()) {
            log.accept("live set: an untimed build with a full collection every " + LIVE_SAMPLE_PERIOD.toMillis() + " ms");
            try (GraphStore store = GraphStore.open(fresh(settings.work().resolve("store-sampled")));
                 LiveSampler sampler = new LiveSampler(LIVE_SAMPLE_PERIOD)) {
                build(store, settings.threads());
                sampledLiveMiB = sampler.peakMiB();
            }
            log.accept("  peak live set " + sampledLiveMiB + " MiB");
        }

        log.accept("compaction (optional: build --compact)");
        double compactSeconds;
        try (GraphStore store = GraphStore.open(storeDir)) {
            compactSeconds = Stopwatch.seconds(store::compact);
        }
        double compactedMiB = ProcessMemory.folderMiB(storeDir);
        log.accept(String.format("  %.2f s, %.1f MiB", compactSeconds, compactedMiB));

        Path quads = settings.work().resolve("graph.nq");
        try (GraphStore store = GraphStore.open(storeDir); OutputStream out = Files.newOutputStream(quads)) {
            Export.write(store, Export.Format.nq, out);
        }
        long quadCount;
        try (var lines = Files.lines(quads, StandardCharsets.UTF_8)) {
            quadCount = lines.count();
        }
        log.accept("anchor (ii): tdb2.tdbloader loading " + quadCount + " quads");
        double loaderSeconds = Anchors.tdbLoader(quads, fresh(settings.work().resolve("tdbloader")));
        log.accept(String.format("  %.2f s", loaderSeconds));

        log.accept("queries in-process and over HTTP");
        Map<String, double[]> inProcess = new LinkedHashMap<>();
        Map<String, double[]> http = new LinkedHashMap<>();
        double throughput;
        double[] pageMs;
        try (GraphStore store = GraphStore.open(storeDir)) {
            for (var q : CompetencyQueries.all().entrySet()) {
                inProcess.put(q.getKey(), Stopwatch.latenciesMs(3, settings.queryRuns(), () -> store.read(() -> {
                    try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q.getValue()).build()) {
                        qe.execSelect().forEachRemaining(s -> { });
                    }
                    return null;
                })));
                logLatency("in-process", q.getKey(), inProcess.get(q.getKey()));
            }
            // a long timeout: latency is measured on answers, so no query may be cut off (serve's default is 30 s)
            String base = Iris.standard().base();
            try (HkgServer server = HkgServer.builder().dataset(store.dataset()).base(base).port(0)
                    .timeout(Duration.ofMinutes(10)).build().start()) {
                HttpClient client = HttpClient.newHttpClient();
                for (var q : CompetencyQueries.all().entrySet()) {
                    http.put(q.getKey(), Stopwatch.latenciesMs(3, settings.queryRuns(), () -> {
                        int status = post(client, server, q.getValue());
                        if (status != 200) {
                            throw new IllegalStateException("HTTP " + status + " from " + server.sparqlUrl());
                        }
                    }));
                    logLatency("HTTP", q.getKey(), http.get(q.getKey()));
                }
                List<String> entities = PageLatency.sample(store, PAGE_SAMPLE);
                pageMs = PageLatency.htmlMs(client, server, base, entities, PAGE_RUNS);
                log.accept(String.format("  HTTP entity pages (HTML), %d entities × %d: p50 %.1f ms, p99 %.1f ms",
                        entities.size(), PAGE_RUNS, Stopwatch.percentile(pageMs, 50), Stopwatch.percentile(pageMs, 99)));
                throughput = throughput(client, server);
            }
        }
        return new BenchResult(files.size(), bytes, chars, report.triples(), report.entities(), warmUp, buildSeconds,
                scaling, ceiling, peakRss, heapPeaks.afterGcMiB(), heapPeaks.afterFullGcMiB(), sampledLiveMiB, storeMiB, compactSeconds, compactedMiB, segSeconds, loaderSeconds, quadCount, inProcess, http, pageMs, throughput,
                settings.threads(), settings.httpClients(), report.seconds());
    }

    /** Something timed with a number of threads: its wall time in seconds. */
    private interface Timed {
        double seconds(int threads) throws Exception;
    }

    /** Times {@code timed} with one thread and with T threads in turns, {@code rounds} of each, and logs the speed-up. */
    private Scaling inTurns(int rounds, Timed timed) throws Exception {
        List<Double> one = new ArrayList<>();
        List<Double> many = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            one.add(timed.seconds(1));
            many.add(timed.seconds(settings.threads()));
        }
        Scaling scaling = new Scaling(settings.threads(), one, many);
        log.accept(String.format("  1 thread: %s; %d threads: %s; speed-up %.2f×", Scaling.seconds(one), settings.threads(),
                Scaling.seconds(many), scaling.speedUp()));
        return scaling;
    }

    /** A fresh build of the corpus with {@code threads}, logged with its CPU time, GC time and stages; returns its wall time. */
    private double timedBuild(int threads) throws Exception {
        try (GraphStore store = GraphStore.open(fresh(settings.work().resolve("store-" + threads)))) {
            TimedBuild build = build(store, threads);
            log.accept(String.format("  %d thread%s: %.2f s, %s; stages %s", threads, threads == 1 ? "" : "s",
                    build.seconds(), build.cost(), rounded(build.report().seconds())));
            return build.seconds();
        }
    }

    /** A build's wall time, report, and process CPU and GC time ("CPU x s, GC y s"). */
    private record TimedBuild(double seconds, BuildReport report, String cost) {
    }

    private TimedBuild build(GraphStore store, int threads) throws Exception {
        CpuClock start = CpuClock.now();
        BuildReport[] r = new BuildReport[1];
        double seconds = Stopwatch.seconds(() -> r[0] = new GraphBuild(Components.standard(), threads, GraphBuild.CHUNK,
                Progress.NONE).run(store, List.of(settings.corpus())));
        return new TimedBuild(seconds, r[0], CpuClock.now().since(start));
    }

    private static Map<StageTimes.Stage, String> rounded(Map<StageTimes.Stage, Double> seconds) {
        Map<StageTimes.Stage, String> out = new EnumMap<>(StageTimes.Stage.class);
        seconds.forEach((stage, s) -> out.put(stage, String.format("%.1f", s)));
        return out;
    }

    private static List<String> texts(List<Path> files) {
        NewsReader reader = new NewsReader();
        List<String> out = new ArrayList<>(files.size());
        for (Path f : files) {
            try {
                out.add(reader.read(f).text());
            } catch (IngestException e) {
                // skipped by the build too
            }
        }
        return out;
    }

    private void logLatency(String where, String query, double[] ms) {
        log.accept(String.format("  %s %s: p50 %.1f ms, p99 %.1f ms", where, query, Stopwatch.percentile(ms, 50),
                Stopwatch.percentile(ms, 99)));
    }

    /** Posts a query and reads the whole answer; returns the HTTP status. */
    private static int post(HttpClient client, HkgServer server, String query) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8)).build();
        return client.send(req, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
    }

    /**
     * Answered requests per second with concurrent clients cycling through the seven queries; bounded
     * in time and count. Requests that fail (e.g. a timeout) are counted and logged, not answered.
     */
    private double throughput(HttpClient client, HkgServer server) throws Exception {
        List<String> queries = new ArrayList<>(CompetencyQueries.all().values());
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        int maxRequests = 20_000;
        long deadline = System.nanoTime() + settings.httpLoad().toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(settings.httpClients());
        long t0 = System.nanoTime();
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int c = 0; c < settings.httpClients(); c++) {
                int offset = c;
                fs.add(pool.submit(() -> {
                    for (int i = offset; System.nanoTime() < deadline && done.get() < maxRequests; i++) {
                        (post(client, server, queries.get(i % queries.size())) == 200 ? done : failed).incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double perSecond = done.get() / ((System.nanoTime() - t0) / 1e9);
        log.accept(String.format("  throughput: %.1f answered requests/s with %d clients, %d answered, %d failed",
                perSecond, settings.httpClients(), done.get(), failed.get()));
        return perSecond;
    }

    private static Path fresh(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }
}
