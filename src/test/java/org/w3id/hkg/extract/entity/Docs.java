package org.w3id.hkg.extract.entity;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.w3id.hkg.ingest.DocumentMeta;
import org.w3id.hkg.ingest.SourceDocument;

/** Builds small in-memory documents for tests. */
final class Docs {
    private Docs() {
    }

    static SourceDocument doc(String id, String text) {
        return new SourceDocument(id, Path.of(id), "text", "UTF-8", text,
                new DocumentMeta(null, LocalDate.of(2023, 3, 15), null, null, null, null, "0"), List.of());
    }

    static NameData data() {
        return NameData.fromDirectory(Path.of("data/names"));
    }
}
