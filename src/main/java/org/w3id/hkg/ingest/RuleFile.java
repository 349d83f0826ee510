package org.w3id.hkg.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a packaged rule list ({@code /data/ingest/*.txt}): one "{@code kind text}" rule a line, {@code #}
 * comments and blank lines ignored.
 */
final class RuleFile {
    private RuleFile() {
    }

    /** The rule texts grouped by kind, in file order. */
    static Map<String, List<String>> load(String resource) {
        Map<String, List<String>> rules = new LinkedHashMap<>();
        for (String line : lines(resource)) {
            int space = line.indexOf(' ');
            if (space > 0) {
                rules.computeIfAbsent(line.substring(0, space), k -> new ArrayList<>()).add(line.substring(space + 1).strip());
            }
        }
        return rules;
    }

    /** The stripped lines of a packaged text file, without comments and blank lines. */
    static List<String> lines(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = RuleFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " (is data/ packaged in the jar?)");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    lines.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return lines;
    }
}
