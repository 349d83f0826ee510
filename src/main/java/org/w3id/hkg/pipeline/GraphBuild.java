package org.w3id.hkg.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.w3id.hkg.store.GraphStore;

/** Orchestrates ingest → extract → graph → store for a batch of files and folders. */
public final class GraphBuild {
    private GraphBuild() {
    }

    /** Builds the graph of {@code inputs} (files or folders) into {@code store}. */
    public static BuildReport build(GraphStore store, List<Path> inputs) {
        throw new UnsupportedOperationException("lead is writing this");
    }
}
