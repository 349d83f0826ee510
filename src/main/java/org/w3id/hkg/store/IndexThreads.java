package org.w3id.hkg.store;

import java.util.concurrent.Executor;

/**
 * Threads a write may use to fill the store's quad indexes besides its own.
 *
 * @param executor runs the helping tasks
 * @param count    how many helping tasks to start at most (0: the writing thread fills every index)
 */
public record IndexThreads(Executor executor, int count) {
    /** No helpers: every index is filled by the writing thread. */
    public static final IndexThreads NONE = new IndexThreads(Runnable::run, 0);
}
