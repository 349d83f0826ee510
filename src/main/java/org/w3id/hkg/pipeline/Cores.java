package org.w3id.hkg.pipeline;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * The cores a build may use at once. Extraction workers, the resolving thread and the writer thread
 * each hold one while they work, so {@code --threads N} means N cores' worth of work at any moment,
 * whichever stages are busy: the writer never has to share its core with N extraction workers, and
 * extraction uses every core while nothing is being written. Fair, so a writer waiting for a core gets
 * the next one a worker gives back (after one document, a few milliseconds). The writer takes them all
 * for a commit ({@link #exclusively}).
 */
final class Cores {
    private final Semaphore permits;
    private final int count;

    Cores(int n) {
        count = Math.max(1, n);
        permits = new Semaphore(count, true);
    }

    /**
     * Runs {@code work} with every core to itself, for a thread that already holds one of them: waits
     * until the others are given back (a worker gives its core back after its current document) and
     * holds them all while {@code work} runs, so nothing else of the build runs meanwhile.
     */
    void exclusively(Runnable work) {
        permits.acquireUninterruptibly(count - 1);
        try {
            work.run();
        } finally {
            permits.release(count - 1);
        }
    }

    /** Runs {@code work} on one of the cores, waiting for one to be free. */
    <T> T on(Supplier<T> work) {
        permits.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    /** Runs {@code work} on one of the cores, waiting for one to be free. */
    void on(Runnable work) {
        on(() -> {
            work.run();
            return null;
        });
    }
}
