package org.w3id.hkg.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.w3id.hkg.pipeline.StageTimes;

/**
 * Figures of one benchmark run, with the anchors measured in the same run.
 *
 * @param warmUp           the untimed builds before the timed ones, until the JIT had settled
 * @param scaling          builds with one thread and with {@code threads}, or null when not measured
 * @param ceiling          anchor (iii): anchor (i) with one thread and with {@code threads}, the speed-up this
 *                         machine gives work whose threads share nothing; null when not measured
 * @param liveHeapMiB      the most heap in use right after a garbage collection during the build (an upper
 *                         bound: a young collection leaves old garbage in place)
 * @param liveSetMiB       the most heap in use right after a full collection during the build (and one at
 *                         its end): the live set, as far as the collector's own full collections show it
 * @param sampledLiveMiB   the most heap in use right after the full collections forced every second during an
 *                         untimed build (the live set, sampled evenly), or null when not measured
 * @param compactSeconds   time of the optional compaction after the build ({@code build --compact})
 * @param pageMs           milliseconds to fetch entity pages (HTML) over HTTP, sorted: an even sample of the
 *                         entities, each fetched a few times
 * @param stageSeconds     where the build's time went, by stage
 */
public record BenchResult(int documents, long bytes, long chars, long triples, long entities, WarmUp.Result warmUp,
                          double buildSeconds,
                          Scaling scaling, Scaling ceiling, long peakRssMiB, long liveHeapMiB, long liveSetMiB,
                          Long sampledLiveMiB, double storeMiB,
                          double compactSeconds, double compactedMiB, double segmentationSeconds,
                          double loaderSeconds, long quads, Map<String, double[]> inProcessMs,
                          Map<String, double[]> httpMs, double[] pageMs, double httpRequestsPerSecond, int threads, int clients,
                          Map<StageTimes.Stage, Double> stageSeconds) {

    /** Build wall time over the sum of the two anchors' wall times. */
    public double buildVsFloor() {
        return buildSeconds / (segmentationSeconds + loaderSeconds);
    }

    /** The best one-thread build over the best build with {@code threads} (null when not measured). */
    public Double speedUp() {
        return scaling == null ? null : scaling.speedUp();
    }

    /** The build's speed-up over the speed-up of anchor (iii), which bounds it (null when not measured). */
    public Double speedUpOverCeiling() {
        return scaling == null || ceiling == null ? null : scaling.speedUp() / ceiling.speedUp();
    }

    public void print(PrintWriter out) {
        out.printf("corpus: %d documents, %.1f MB, %d characters; threads: %d%n", documents, bytes / 1e6, chars, threads);
        out.println();
        out.println("| figure | value |");
        out.println("| --- | --- |");
        row(out, "warm-up (untimed builds of a sample, until the JIT settled)", "%s", warmUp.summary());
        row(out, "build wall time", "%.2f s", buildSeconds);
        row(out, "documents/s", "%.0f", documents / buildSeconds);
        row(out, "MB/s", "%.2f", bytes / 1e6 / buildSeconds);
        row(out, "triples/s", "%.0f", triples / buildSeconds);
        row(out, "triples / entities", "%s", triples + " / " + entities);
        row(out, "peak RSS during build", "%s", peakRssMiB < 0 ? "unknown" : peakRssMiB + " MiB");
        row(out, "peak heap in use after a GC during build", "%d MiB of %d MiB max", liveHeapMiB,
                Runtime.getRuntime().maxMemory() >> 20);
        row(out, "peak live set (after full GCs) during build", "%d MiB", liveSetMiB);
        if (sampledLiveMiB != null) {
            row(out, "peak live set, full GC forced every second (untimed build)", "%d MiB", sampledLiveMiB);
        }
        row(out, "store size", "%.1f MiB", storeMiB);
        row(out, "optional compaction (build --compact)", "%.2f s → %.1f MiB", compactSeconds, compactedMiB);
        if (scaling != null) {
            row(out, "builds with 1 thread, in turns with builds with " + threads, "%s", Scaling.seconds(scaling.oneThread()));
            row(out, "builds with " + threads + " threads", "%s", Scaling.seconds(scaling.many()));
            row(out, "speed-up 1 → " + threads + " threads (best of each)", "%.2f×", speedUp());
        }
        row(out, "anchor (i) HanLP segmentation + NER", "%.2f s", segmentationSeconds);
        row(out, "anchor (ii) tdb2.tdbloader, " + quads + " quads", "%.2f s", loaderSeconds);
        if (ceiling != null) {
            row(out, "anchor (iii) anchor (i) with 1 thread, in turns with " + threads, "%s", Scaling.seconds(ceiling.oneThread()));
            row(out, "anchor (iii) anchor (i) with " + threads + " threads", "%s", Scaling.seconds(ceiling.many()));
            row(out, "anchor (iii) speed-up 1 → " + threads + " threads (best of each)", "%.2f×", ceiling.speedUp());
        }
        if (speedUpOverCeiling() != null) {
            row(out, "build speed-up over anchor (iii) speed-up", "%.2f", speedUpOverCeiling());
        }
        row(out, "HTTP throughput, " + clients + " clients", "%.1f req/s", httpRequestsPerSecond);
        out.println();
        out.println("| build stage | seconds |");
        out.println("| --- | --- |");
        stageSeconds.forEach((stage, sec) -> out.printf("| %s%s | %.2f |%n", stage.name().toLowerCase(java.util.Locale.ROOT),
                stage == StageTimes.Stage.READ || stage == StageTimes.Stage.EXTRACT ? " (sum over threads)" : "", sec));
        out.println();
        out.println("| query | in-process p50 ms | p99 ms | HTTP p50 ms | p99 ms |");
        out.println("| --- | --- | --- | --- | --- |");
        inProcessMs.forEach((q, ms) -> {
            double[] h = httpMs.get(q);
            out.printf("| %s | %.2f | %.2f | %.2f | %.2f |%n", q, Stopwatch.percentile(ms, 50), Stopwatch.percentile(ms, 99),
                    Stopwatch.percentile(h, 50), Stopwatch.percentile(h, 99));
        });
        out.printf("| entity pages, HTML (%d fetches) | – | – | %.2f | %.2f |%n", pageMs.length, Stopwatch.percentile(pageMs, 50),
                Stopwatch.percentile(pageMs, 99));
        out.println();
        out.printf("build-vs-floor=%.2f%n", buildVsFloor());
        out.flush();
    }

    private static void row(PrintWriter out, String name, String format, Object... values) {
        out.println("| " + name + " | " + String.format(format, values) + " |");
    }
}
