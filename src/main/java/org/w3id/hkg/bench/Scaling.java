package org.w3id.hkg.bench;

import java.util.Collections;
import java.util.List;

/**
 * Builds of the same corpus with one thread and with {@code threads}, taken in turns (1, T, 1, T, …)
 * after the measured build, so that neither thread count gets the colder JVM or the quieter moment.
 *
 * @param threads   the thread count compared with one
 * @param oneThread wall times of the one-thread builds, in seconds, in the order they ran
 * @param many      wall times of the {@code threads}-thread builds, in seconds, in the order they ran
 */
public record Scaling(int threads, List<Double> oneThread, List<Double> many) {
    public Scaling {
        oneThread = List.copyOf(oneThread);
        many = List.copyOf(many);
        if (oneThread.isEmpty() || many.isEmpty()) {
            throw new IllegalArgumentException("no builds to compare");
        }
    }

    /** The fastest one-thread build over the fastest {@code threads}-thread build (best of each, as noise only slows a run). */
    public double speedUp() {
        return Collections.min(oneThread) / Collections.min(many);
    }
}
