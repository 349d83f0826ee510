package org.w3id.hkg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The seven competency queries of {@code ontology/queries/}, packaged in the jar. */
public final class CompetencyQueries {
    /** Query names, in the order the evaluation reports them. */
    public static final List<String> NAMES =
            List.of("entities", "ownership", "membership", "incidents", "sanctions", "listings", "roles");

    private CompetencyQueries() {
    }

    /** Query text of {@code name} (e.g. "sanctions"). */
    public static String text(String name) {
        String path = "/ontology/queries/" + name + ".rq";
        try (InputStream in = CompetencyQueries.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no competency query " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All seven, name → text, in {@link #NAMES} order. */
    public static Map<String, String> all() {
        Map<String, String> out = new LinkedHashMap<>();
        NAMES.forEach(n -> out.put(n, text(n)));
        return out;
    }
}
