package org.w3id.hkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.w3id.hkg.bench.BenchResult;
import org.w3id.hkg.bench.Benchmark;
import org.w3id.hkg.bench.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hkg bench}: measures a build and its queries against anchors measured in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Generates (or reuses) a synthetic corpus of N documents, builds it, and measures build time, "
                + "throughput, peak RSS, store size, competency-query latency in-process and over HTTP, HTTP "
                + "throughput, and two anchors in the same run: HanLP segmentation + name recognition alone, and "
                + "Jena's tdb2.tdbloader loading the same quads.",
                "Ends with build-vs-floor=R: build wall time / (sum of the anchors' wall times)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:bad options or a folder that cannot be written"})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--docs", required = true, paramLabel = "N", description = "Documents in the corpus.")
    int docs;

    @Option(names = "--threads", paramLabel = "T", description = "Build threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench",
            description = "Working folder: corpus-N/, stores, quads (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--query-runs", paramLabel = "R", defaultValue = "50",
            description = "Timed runs per competency query (default: ${DEFAULT-VALUE}).")
    int queryRuns;

    @Option(names = "--http-seconds", paramLabel = "S", defaultValue = "10",
            description = "Length of the HTTP throughput run (default: ${DEFAULT-VALUE}).")
    int httpSeconds;

    @Option(names = "--clients", paramLabel = "C", defaultValue = "4",
            description = "Concurrent HTTP clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--scaling", description = "Also build with 1 and with T threads, in turns, twice each, and report the speed-up (best of each).")
    boolean scaling;

    @Option(names = "--sample-live", description = "Also run an untimed build that forces a full garbage collection every "
            + "second and report the most heap in use right after one: the live set, sampled evenly over the build.")
    boolean sampleLive;

    @Option(names = "--warm-up", paramLabel = "S", defaultValue = "120",
            description = "Most seconds of untimed warm-up builds; they stop earlier once the JIT has settled "
                    + "(compiles for under 10%% of a build) (default: ${DEFAULT-VALUE}).")
    int warmUpSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (docs < 1 || threads < 1 || queryRuns < 1 || clients < 1 || httpSeconds < 1) {
            throw new UserError("--docs, --threads, --query-runs, --clients and --http-seconds must be at least 1");
        }
        if (warmUpSeconds < 0) {
            throw new UserError("--warm-up must be 0 or more seconds");
        }
        PrintWriter err = spec.commandLine().getErr();
        Path corpus = work.resolve("corpus-" + docs + "-seed-" + seed);
        if (Files.isRegularFile(corpus.resolve(CorpusGenerator.GOLD_FILE))) {
            err.println("bench: reusing " + corpus);
        } else {
            err.println("bench: generating " + docs + " documents into " + corpus);
            err.flush();
            CorpusGenerator.generate(docs, corpus, seed);
        }
        Benchmark.Settings settings = new Benchmark.Settings(corpus.resolve(CorpusGenerator.DOCS_DIR), work.resolve("run"), threads, queryRuns,
                Duration.ofSeconds(httpSeconds), clients, scaling, sampleLive, Duration.ofSeconds(warmUpSeconds));
        BenchResult result = new Benchmark(settings, msg -> {
            err.println("bench: " + msg);
            err.flush();
        }).run();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("machine: %d cores, max heap %d MiB, %s %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"));
        result.print(out);
        return 0;
    }
}
