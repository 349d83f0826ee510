package org.w3id.hkg.cli;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.w3id.hkg.pipeline.StopSignal;

/**
 * While open, Ctrl-C (SIGINT) or SIGTERM asks a build to stop early instead of ending the process at once:
 * a shutdown hook raises the build's {@link StopSignal} and holds the process until the build has stored
 * what it read, reported, and closed this (at most {@link #PATIENCE_MINUTES} minutes). The process then
 * ends with the signal's exit status (130 for Ctrl-C). {@code kill -9} still ends it at once, losing the
 * documents written since the last commit.
 */
final class StopOnSignal implements AutoCloseable {
    /** How long the hook holds the process for the build to store what it read. */
    static final int PATIENCE_MINUTES = 10;

    private final StopSignal signal = new StopSignal();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread hook;

    StopOnSignal(PrintStream err) {
        hook = new Thread(() -> {
            signal.request();
            err.println("hkg: stopping: storing the documents already read");
            err.flush();
            try {
                closed.await(PATIENCE_MINUTES, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "hkg-build-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The signal to hand to the build. */
    StopSignal signal() {
        return signal;
    }

    /** Lets a stopping process end; on a normal return, removes the hook. */
    @Override
    public void close() {
        closed.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the process is shutting down: the hook, waiting for this, now lets it end
        }
    }
}
