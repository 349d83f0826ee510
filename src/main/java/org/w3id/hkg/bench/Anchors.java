package org.w3id.hkg.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.nio.file.Path;
import org.w3id.hkg.store.GraphStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floors a build is compared with, measured in the same run: (i) HanLP segmentation with its
 * person, place and organisation recognisers alone over the corpus text; (ii) Jena's own
 * {@code tdb2.tdbloader} loading the same quads into a fresh TDB2 store.
 */
final class Anchors {
    private Anchors() {
    }

    /** Seconds for HanLP to segment and recognise names in {@code texts} with {@code threads} threads. */
    static double segmentation(List<String> texts, int threads) throws Exception {
        AtomicLong words = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            return Stopwatch.seconds(() -> {
                List<Future<?>> fs = new ArrayList<>();
                int per = (texts.size() + threads - 1) / threads;
                for (int t = 0; t < threads; t++) {
                    List<String> part = texts.subList(Math.min(texts.size(), t * per), Math.min(texts.size(), (t + 1) * per));
                    fs.add(pool.submit(() -> {
                        Segment seg = HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true)
                                .enableOrganizationRecognize(true).enableTranslatedNameRecognize(true);
                        for (String text : part) {
                            words.addAndGet(seg.seg(HanLP.convertToSimplifiedChinese(text)).size());
                        }
                    }));
                }
                for (Future<?> f : fs) {
                    f.get();
                }
            });
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Seconds for {@code tdb2.tdbloader} (a separate JVM) to load an N-Quads file into {@code loc},
     * created first with the store layout a build uses (its {@code tdb.cfg}), so both write the same
     * indexes. The loader is {@code sequential}: TDB2's default (phased) and parallel loaders only
     * write the default six quad indexes; of the two that follow a store's layout, sequential is the
     * faster.
     */
    static double tdbLoader(Path nquads, Path loc) throws Exception {
        GraphStore.open(loc).close();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx2g", "-cp", classpath, "tdb2.tdbloader",
                "--loader=sequential", "--loc=" + loc, nquads.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("HKG_LOG", "warn");
        int[] exit = new int[1];
        double s = Stopwatch.seconds(() -> exit[0] = pb.start().waitFor());
        if (exit[0] != 0) {
            throw new IllegalStateException("tdb2.tdbloader failed with exit code " + exit[0]);
        }
        return s;
    }
}
