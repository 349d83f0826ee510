package org.w3id.hkg.serve;

/** Maps IRIs under the instance base to paths on this server, and back. */
final class LocalPaths {
    private LocalPaths() {
    }

    /** {@code base + "id/hospital/x"} → {@code /id/hospital/x}; other IRIs unchanged. */
    static String href(String iri, String base) {
        return iri.startsWith(base) ? "/" + iri.substring(base.length()) : iri;
    }

    /** {@code /id/hospital/x} → {@code base + "id/hospital/x"}. */
    static String iri(String path, String base) {
        return base + (path.startsWith("/") ? path.substring(1) : path);
    }
}
