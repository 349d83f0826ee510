package org.w3id.hkg.ingest;

import java.nio.file.Path;

/** Reads one file into a {@link SourceDocument}, detecting format and charset from the content. */
public interface DocumentReader {
    SourceDocument read(Path file) throws IngestException;
}
