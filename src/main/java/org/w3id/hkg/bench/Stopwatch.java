package org.w3id.hkg.bench;

import java.util.Arrays;

/** Small timing helpers: wall time of an action and percentiles of repeated runs. */
final class Stopwatch {
    private Stopwatch() {
    }

    /** Wall time of {@code action} in seconds. */
    static double seconds(ThrowingRunnable action) throws Exception {
        long t0 = System.nanoTime();
        action.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Latencies in milliseconds of {@code runs} executions after {@code warmup} untimed ones. */
    static double[] latenciesMs(int warmup, int runs, ThrowingRunnable action) throws Exception {
        for (int i = 0; i < warmup; i++) {
            action.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            action.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    /** The p-th percentile (0..100) of sorted values, nearest-rank. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** An action that may throw. */
    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
