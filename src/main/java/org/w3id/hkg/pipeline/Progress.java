package org.w3id.hkg.pipeline;

/** Receives the progress of a build: the number of files, then one step per file processed. */
public interface Progress {
    /** No progress display. */
    Progress NONE = new Progress() {
    };

    default void start(int files) {
    }

    default void step() {
    }

    default void finish() {
    }
}
