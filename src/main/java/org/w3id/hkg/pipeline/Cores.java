package org.w3id.hkg.pipeline;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * The cores a build may use at once. Extraction workers, the resolving thread and the writer thread
 * each hold one while they work, so {@code --threads N} means N cores' worth of work at any moment,
 * whichever stages are busy: the writer never has to share its core with N extraction workers, and
 * extraction uses every core while nothing is being written. Fair, so a writer waiting for a core gets
 * the next one a worker gives back (after one document, a few milliseconds).
 */
final class Cores {
    private final Semaphore permits;

    Cores(int n) {
        permits = new Semaphore(Math.max(1, n), true);
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
