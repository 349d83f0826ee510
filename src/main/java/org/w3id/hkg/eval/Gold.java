package org.w3id.hkg.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The gold standard of a corpus ({@code gold.json}, format in {@code shared/eval/README.md}).
 *
 * @param corpus   corpus name
 * @param entities id → entity, in file order
 * @param docs     per-document facts, in file order
 */
public record Gold(String corpus, Map<String, GoldEntity> entities, List<GoldDoc> docs) {
    public Gold {
        entities = Collections.unmodifiableMap(new LinkedHashMap<>(entities));
        docs = List.copyOf(docs);
    }

    /**
     * Reads a gold file. Parsed with Jena's JSON reader (already on the class path, keeps key order).
     *
     * @throws IllegalArgumentException with a one-line message when the file is missing, is not
     *                                  JSON or does not have the gold shape
     */
    public static Gold parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return GoldJson.read(JSON.parse(in));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("gold file not found: " + file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read gold file " + file + ": " + e.getMessage());
        } catch (JsonException e) {
            throw new IllegalArgumentException("gold file " + file + " is not valid JSON: " + oneLine(e));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("gold file " + file + ": " + e.getMessage());
        }
    }

    /** Parses gold JSON text (tests, generated corpora). */
    public static Gold parse(String json) {
        JsonObject root;
        try {
            root = JSON.parse(json);
        } catch (JsonException e) {
            throw new IllegalArgumentException("gold is not valid JSON: " + oneLine(e));
        }
        return GoldJson.read(root);
    }

    private static String oneLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** All fact tuples of {@code query} over the corpus, document order. */
    public List<List<String>> facts(String query) {
        List<List<String>> out = new ArrayList<>();
        docs.forEach(d -> out.addAll(d.facts(query)));
        return out;
    }

    /** The gold entity {@code id}, or null. */
    public GoldEntity entity(String id) {
        return entities.get(id);
    }
}
