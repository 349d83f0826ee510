package org.w3id.hkg.link;

/**
 * One row of a curated link table.
 *
 * @param file      table it comes from (for messages and provenance)
 * @param line      line number in that table
 * @param local     the local reference as written: a name, {@code type:name}, a full IRI or {@code id/…}
 * @param external  the external IRI
 * @param predicate {@code owl:sameAs} or {@code skos:exactMatch} (full IRI)
 * @param source    who or what confirms the link
 * @param note      free comment
 */
public record CuratedLink(String file, int line, String local, String external, String predicate, String source,
                          String note) {
    /** {@code file:line}, for messages. */
    public String where() {
        return file + ":" + line;
    }
}
