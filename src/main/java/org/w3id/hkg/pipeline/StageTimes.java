package org.w3id.hkg.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Where a build's time went, by stage. Stages that run on several threads at once (reading and
 * extracting) add up the time of every thread, so they can exceed the wall time; mapping and writing
 * are timed on the writer thread (helpers that fill indexes alongside it are inside the writing time),
 * the other stages on the thread that runs the build.
 */
public final class StageTimes {
    /** The stages of a build, in pipeline order. */
    public enum Stage {
        /** Looking up the stored content hashes of a chunk's documents (before the chunk is read). */
        LOOKUP,
        /** Reading files: format, charset, metadata (parallel). */
        READ,
        /** Per-document extraction (parallel). */
        EXTRACT,
        /** Waiting for the workers to finish extracting a chunk. */
        WAIT_EXTRACT,
        /** Resolving a chunk's names against the entities known so far. */
        RESOLVE,
        /** Mapping extractions to RDF (on the writer thread, each document as its transaction takes it). */
        MAP,
        /** Waiting for the writer thread to finish the previous chunk. */
        WAIT_WRITE,
        /** TDB2 write transactions (on the writer thread), but for their commits. */
        WRITE,
        /** Committing write transactions, on the writer thread with every core to itself (waiting first for the workers to give theirs back). */
        COMMIT,
        /** Compacting the store after the build. */
        COMPACT,
        /** The caller's finishing step ({@code hkg build} links entities to external datasets). */
        FINISH,
        /** Counting triples and entities for the report. */
        COUNT
    }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    public StageTimes() {
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
        }
    }

    /** Runs {@code action}, adding its wall time to {@code stage}. */
    public <T> T time(Stage stage, Supplier<T> action) {
        long t0 = System.nanoTime();
        try {
            return action.get();
        } finally {
            nanos.get(stage).add(System.nanoTime() - t0);
        }
    }

    /** Runs {@code action}, adding its wall time to {@code stage}. */
    public void time(Stage stage, Runnable action) {
        time(stage, () -> {
            action.run();
            return null;
        });
    }

    /** Adds {@code nanos} to {@code stage}. */
    public void add(Stage stage, long nanos) {
        this.nanos.get(stage).add(nanos);
    }

    /** Seconds per stage, in pipeline order. */
    public Map<Stage, Double> seconds() {
        Map<Stage, Double> out = new EnumMap<>(Stage.class);
        nanos.forEach((s, n) -> out.put(s, n.sum() / 1e9));
        return out;
    }
}
