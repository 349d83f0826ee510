package org.w3id.hkg.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.w3id.hkg.cli.UserError;

/**
 * A small tab-separated table with a header line: {@code #} comment lines and blank lines are skipped,
 * every error names the file and line.
 */
final class Tsv {
    /** One data line. */
    record Row(String file, int line, List<String> cells) {
        String cell(int i) {
            return i < cells.size() ? cells.get(i).trim() : "";
        }

        UserError error(String message) {
            return new UserError(file + ":" + line + ": " + message);
        }
    }

    private Tsv() {
    }

    /** Reads {@code file}; the header must start with {@code header}; each row needs {@code required} cells. */
    static List<Row> read(Path file, List<String> header, int required) {
        try {
            return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8), header, required);
        } catch (IOException e) {
            throw new UserError("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Reads a table bundled in the jar (path from the class-path root), or none when it is absent. */
    static List<Row> readResource(String resource, List<String> header, int required) {
        try (InputStream in = Tsv.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                return List.of();
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return parse("classpath:" + resource, text.lines().toList(), header, required);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> parse(String file, List<String> lines, List<String> header, int required) {
        List<Row> rows = new ArrayList<>();
        boolean seenHeader = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (i == 0 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            Row row = new Row(file, i + 1, Arrays.asList(text.split("\t", -1)));
            if (!seenHeader) {
                List<String> got = row.cells().stream().map(String::trim).toList();
                if (got.size() < header.size() || !got.subList(0, header.size()).equals(header)) {
                    throw row.error("header must be '" + String.join("<TAB>", header) + "', found '"
                            + text.replace("\t", "<TAB>") + "'");
                }
                seenHeader = true;
                continue;
            }
            if (row.cells().size() < required) {
                throw row.error("expected at least " + required + " tab-separated columns ("
                        + String.join(", ", header.subList(0, required)) + "), found " + row.cells().size());
            }
            rows.add(row);
        }
        return rows;
    }
}
