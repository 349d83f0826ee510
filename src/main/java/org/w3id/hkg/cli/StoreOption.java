package org.w3id.hkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.w3id.hkg.store.GraphStore;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by every command that reads or writes the store. */
public final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/store",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    /** Opens the store for writing, creating it if needed. */
    public GraphStore open() {
        return GraphStore.open(store);
    }

    /** Opens an existing store; a missing one is a user error. */
    public GraphStore openExisting() {
        if (!Files.isDirectory(store)) {
            throw new UserError("no store at " + store + " (run 'hkg build' first)");
        }
        return GraphStore.open(store);
    }

    public Path path() {
        return store;
    }
}
