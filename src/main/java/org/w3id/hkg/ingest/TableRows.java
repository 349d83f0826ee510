package org.w3id.hkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A data table as text: each row one sentence of "header:cell" pairs (被处罚单位:X,处罚内容:警告,处罚机关:Y),
 * so the extractors read a row the way they read a labelled line of a decision notice. A table is a data
 * table when a header row of short labels is followed by rows with as many cells; a table of two columns is one
 * of items and values, each row read "item:value" (董事长:Y). Anything else (a layout
 * table, a table of one column) is left to be read as it is. Stateless.
 */
final class TableRows {
    /** Longest header label and longest cell of a data table. */
    private static final int MAX_LABEL = 16;
    private static final int MAX_CELL = 300;
    /** Marks inside a cell that would cut the row into several sentences. */
    private static final Pattern CELL_BREAKS = Pattern.compile("\\s*[;；。]\\s*(?=\\S)|\\s*[;；。]\\s*$");
    private static final Pattern NUMBER = Pattern.compile("[\\d.,\\s%]+");

    /** The row under a Markdown table's header: |---|:---:|. */
    private static final Pattern MARKDOWN_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)+\\|?\\s*$");

    /** A note in brackets in a header: (负责人), （万元）, (%). */
    private static final Pattern LABEL_NOTE = Pattern.compile("\\s*[(（][^()（）]{1,12}[)）]");
    /** A line written between pipes: | a | b |. */
    private static final Pattern PIPED = Pattern.compile("^\\s*\\|.*\\|\\s*$");

    private TableRows() {
    }

    /**
     * A pipe table written without the rule under its header, as plain text has it: the header and at least
     * two rows, each line between pipes, with the same number (three or more) of cells.
     */
    private static boolean unruled(List<String> lines, int i) {
        if (i + 2 >= lines.size() || !PIPED.matcher(lines.get(i)).matches()) {
            return false;
        }
        int n = cells(lines.get(i)).size();
        return n >= 3 && PIPED.matcher(lines.get(i + 1)).matches() && PIPED.matcher(lines.get(i + 2)).matches()
                && cells(lines.get(i + 1)).size() == n && cells(lines.get(i + 2)).size() == n;
    }

    /** The lines with each pipe table (header, rule if any, rows) replaced by its labelled rows when it is a data table. */
    static List<String> pipeTables(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            boolean ruled = i + 2 < lines.size() && lines.get(i).contains("|") && MARKDOWN_RULE.matcher(lines.get(i + 1)).matches();
            if (ruled || unruled(lines, i)) {
                int end = ruled ? i + 2 : i + 1;
                List<List<String>> rows = new ArrayList<>(List.of(cells(lines.get(i))));
                while (end < lines.size() && lines.get(end).contains("|")) {
                    rows.add(cells(lines.get(end++)));
                }
                List<String> labelled = labelled(rows);
                if (labelled != null) {
                    out.addAll(labelled);
                    i = end;
                    continue;
                }
            }
            out.add(lines.get(i++));
        }
        return out;
    }

    /** A table of two columns is one of items and values (项目|内容: 董事长|Y): each row is "item:value". */
    private static List<String> pairs(List<List<String>> rows, boolean latin) {
        List<String> out = new ArrayList<>();
        for (List<String> row : rows) {
            if (row.size() != 2 || row.get(0).length() > MAX_LABEL || row.get(1).length() > MAX_CELL) {
                return null;
            }
            if (!row.get(0).isBlank()) {
                sentence(row.subList(0, 1), row.subList(1, 2), latin, out);
            }
        }
        return out;
    }

    /** A header without its note in brackets (法定代表人(负责人), 净利润(万元)): the label a reader reads. */
    private static String label(String header) {
        String bare = LABEL_NOTE.matcher(header).replaceAll("").strip();
        return bare.isEmpty() ? header.strip() : bare;
    }

    /** Adds the sentence of "label:cell" pairs for the cells that are not empty, if any. */
    private static void sentence(List<String> labels, List<String> cells, boolean latin, List<String> out) {
        StringBuilder line = new StringBuilder();
        for (int k = 0; k < cells.size(); k++) {
            String cell = CELL_BREAKS.matcher(cells.get(k).strip()).replaceAll(latin ? ", " : ",");
            if (!cell.isEmpty()) {
                line.append(line.length() == 0 ? "" : latin ? ", " : ",").append(label(labels.get(k))).append(latin ? ": " : ":")
                        .append(cell);
            }
        }
        if (line.length() > 0) {
            out.add(line.append(latin ? "." : "。").toString());
        }
    }

    private static List<String> cells(String line) {
        String s = line.strip();
        s = s.startsWith("|") ? s.substring(1) : s;
        s = s.endsWith("|") ? s.substring(0, s.length() - 1) : s;
        return java.util.Arrays.stream(s.split("\\|", -1)).map(String::strip).toList();
    }

    /**
     * The rows of a data table as labelled sentences, or null when {@code rows} (cells as text, the first row
     * the header) is no data table.
     */
    static List<String> labelled(List<List<String>> rows) {
        if (rows.size() < 2) {
            return null;
        }
        List<String> header = rows.get(0);
        int n = header.size();
        if (n < 2 || header.stream().anyMatch(h -> h.isBlank() || h.length() > MAX_LABEL || NUMBER.matcher(h).matches())) {
            return null;
        }
        boolean latin = header.stream().allMatch(h -> h.chars().allMatch(c -> c < 0x2E80));
        if (n == 2) {
            return pairs(rows.subList(1, rows.size()), latin);
        }
        List<String> out = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() != n || row.stream().anyMatch(c -> c.length() > MAX_CELL)) {
                return null;
            }
            sentence(header, row, latin, out);
        }
        return out;
    }
}
