package org.w3id.hkg.pipeline;

/**
 * A request, from another thread, that a build stop early and keep what it has read (Ctrl-C on the
 * command line). A build that sees it hands no more documents to its workers, lets the ones they are
 * on finish, writes every document read so far and commits. The next run skips them.
 */
public final class StopSignal {
    /** A signal nobody raises: the build runs to the end. */
    public static final StopSignal NEVER = new StopSignal();

    private volatile boolean requested;

    /** Asks the build to stop. */
    public void request() {
        if (this != NEVER) {
            requested = true;
        }
    }

    /** Whether the build was asked to stop. */
    public boolean requested() {
        return requested;
    }
}
