package org.w3id.hkg.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * A document as read from disk: its decoded text and its metadata.
 *
 * <p>{@code text} is the readable body of the document (front matter removed, HTML reduced to its
 * paragraphs, one paragraph per line). Every evidence offset produced by extraction is a UTF-16
 * offset into this string, and the string is stored with the document in the graph, so an offset
 * can always be checked against it.
 *
 * @param id       stable identifier: the file name (unique within a build)
 * @param path     where it was read from
 * @param format   detected format: "markdown", "html" or "text"
 * @param charset  detected charset name (e.g. "UTF-8", "GB18030", "Big5")
 * @param text     body text that evidence offsets point into
 * @param meta     metadata (title, date, publisher, ...)
 * @param warnings one-line reasons for parts that could not be read (e.g. an impossible date)
 */
public record SourceDocument(String id, Path path, String format, String charset, String text,
                             DocumentMeta meta, List<String> warnings) {
    public SourceDocument {
        warnings = List.copyOf(warnings);
    }
}
