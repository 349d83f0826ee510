package org.w3id.hkg.bench;

import java.util.Collections;
import java.util.List;

/**
 * The same work timed with one thread and with {@code threads}, taken in turns (1, T, 1, T, …), so that
 * neither thread count gets the colder JVM or the quieter moment: builds of the corpus after the measured
 * build, or anchor (i).
 *
 * @param threads   the thread count compared with one
 * @param oneThread wall times of the one-thread runs, in seconds, in the order they ran
 * @param many      wall times of the {@code threads}-thread runs, in seconds, in the order they ran
 */
public record Scaling(int threads, List<Double> oneThread, List<Double> many) {
    public Scaling {
        oneThread = List.copyOf(oneThread);
        many = List.copyOf(many);
        if (oneThread.isEmpty() || many.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare");
        }
    }

    /** Wall times as "1.23 s, 1.30 s". */
    public static String seconds(List<Double> seconds) {
        return String.join(", ", seconds.stream().map(x -> String.format("%.2f s", x)).toList());
    }

    /** The fastest one-thread run over the fastest {@code threads}-thread run (best of each, as noise only slows a run). */
    public double speedUp() {
        return Collections.min(oneThread) / Collections.min(many);
    }
}
