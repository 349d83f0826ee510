package org.w3id.hkg.link;

/**
 * Where links come from: a curated table or a reconciled endpoint.
 *
 * @param id          slug unique among sources (part of the linkset IRI)
 * @param label       human description
 * @param reference   table file name, or endpoint URL
 * @param reconciled  true for endpoint reconciliation, false for a curated table
 */
public record LinkSource(String id, String label, String reference, boolean reconciled) {
    /** A curated table, named by its file name. */
    public static LinkSource table(String fileName) {
        String stem = fileName.replaceFirst("\\.tsv$", "");
        return new LinkSource("table-" + slug(stem), "curated link table " + fileName, fileName, false);
    }

    /** Reconciliation against {@code endpoint}. */
    public static LinkSource endpoint(String endpoint) {
        String id = ReconcileCache.fileName(endpoint).replaceFirst("\\.tsv$", "");
        return new LinkSource("reconciled-" + slug(id), "exact label match with type constraint at " + endpoint,
                endpoint, true);
    }

    static String slug(String s) {
        String t = s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return t.isEmpty() ? "x" : t;
    }
}
