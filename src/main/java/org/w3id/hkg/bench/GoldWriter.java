package org.w3id.hkg.bench;

import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes {@code gold.json} as documents are generated: "docs" first, one document at a time, then
 * "entities" at the end (only those some document named), so nothing but the pool stays in memory.
 */
final class GoldWriter {
    private final Writer out;
    private boolean firstDoc = true;

    GoldWriter(Writer out, String corpus) throws IOException {
        this.out = out;
        out.write("{\n  \"corpus\": " + str(corpus) + ",\n  \"docs\": {");
    }

    void doc(String file, String published, String lang, Collection<String> mentions,
             Map<String, List<List<String>>> facts) throws IOException {
        out.write(firstDoc ? "\n" : ",\n");
        firstDoc = false;
        out.write("    " + str(file) + ": {\n      \"published\": " + str(published) + ", \"lang\": " + str(lang)
                + ",\n      \"mentions\": " + array(mentions));
        for (Map.Entry<String, List<List<String>>> kind : facts.entrySet()) {
            String tuples = kind.getValue().stream().map(GoldWriter::array).collect(Collectors.joining(", "));
            out.write(",\n      " + str(kind.getKey()) + ": [" + tuples + "]");
        }
        out.write("\n    }");
    }

    /** Writes the entities and closes the object (not the writer). */
    void finish(List<Map.Entry<GenEntity, List<String>>> entities) throws IOException {
        out.write("\n  },\n  \"entities\": {");
        String sep = "\n";
        for (Map.Entry<GenEntity, List<String>> e : entities) {
            out.write(sep + "    " + str(e.getKey().id()) + ": {\"type\": " + str(e.getKey().type())
                    + ", \"names\": " + array(e.getValue()) + "}");
            sep = ",\n";
        }
        out.write("\n  }\n}\n");
    }

    private static String array(Collection<String> values) {
        return values.stream().map(GoldWriter::str).collect(Collectors.joining(", ", "[", "]"));
    }

    /** JSON string literal, or null. */
    static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }
}
