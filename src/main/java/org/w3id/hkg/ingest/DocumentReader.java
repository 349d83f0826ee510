package org.w3id.hkg.ingest;

import java.nio.file.Path;

/** Reads one file into a {@link SourceDocument}, detecting format and charset from the content. */
public interface DocumentReader {
    SourceDocument read(Path file) throws IngestException;

    /**
     * The identifier {@link #read} gives the document in {@code file}, known before reading it: its file
     * name. A build looks up what is stored under it, a chunk at a time, before the chunk is read.
     */
    default String idOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
