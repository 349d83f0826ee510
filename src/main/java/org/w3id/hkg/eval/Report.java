package org.w3id.hkg.eval;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Formats an {@link EvalResult}: the console table, and the Markdown report of what was missed and why. */
public final class Report {
    private Report() {
    }

    /** Console table: one line per query, fragmentation, then {@code macroF1=…} alone on the last line. */
    public static String table(EvalResult r) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-11s %6s %6s %6s %9s %7s %6s  %s%n",
                "query", "gold", "pred", "tp", "precision", "recall", "f1", "agreement"));
        for (QueryScore q : r.queries()) {
            out.append(String.format(Locale.ROOT, "%-11s %6d %6d %6d %9.3f %7.3f %6.3f  %s%n", q.query(), q.gold(),
                    q.predicted(), q.truePositives(), q.precision(), q.recall(), q.f1(), agreements(q)));
        }
        Fragmentation f = r.fragmentation();
        out.append(String.format(Locale.ROOT, "fragmentation=%.2f (%d IRIs for %d matched gold entities)%n",
                f.value(), f.iris(), f.matchedEntities()));
        out.append(String.format(Locale.ROOT, "macroF1=%.3f%n", r.macroF1()));
        return out.toString();
    }

    private static String agreements(QueryScore q) {
        if (q.agreements().isEmpty()) {
            return "-";
        }
        return q.agreements().stream()
                .map(a -> String.format(Locale.ROOT, "%s %d/%d", a.attribute(), a.agreed(), a.checked()))
                .collect(Collectors.joining(", "));
    }

    /** Markdown report: the table, missed and spurious facts per query, split entities, name mappings. */
    public static String markdown(EvalResult r) {
        StringBuilder out = new StringBuilder("# hkg eval report\n\n```\n").append(table(r)).append("```\n");
        for (QueryScore q : r.queries()) {
            out.append("\n## ").append(q.query()).append("\n\n");
            section(out, "Missed (false negatives)", q.missed());
            section(out, "Spurious (false positives)", q.spurious());
        }
        out.append("\n## Entities split over several IRIs\n\n");
        lines(out, r.fragmentation().split());
        out.append("\n## Names that map to a gold entity\n\n");
        lines(out, r.names().stream().filter(NameMatch::mapped)
                .map(n -> n.name() + " → " + n.entityId()).toList());
        out.append("\n## Names that map to no gold entity\n\n");
        lines(out, r.names().stream().filter(n -> !n.mapped()).map(NameMatch::name).toList());
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<List<String>> rows) {
        out.append("### ").append(title).append(" (").append(rows.size()).append(")\n\n");
        rows.forEach(row -> out.append("- ").append(row.stream().map(Report::cell)
                .collect(Collectors.joining(" · "))).append('\n'));
        if (!rows.isEmpty()) {
            out.append('\n');
        }
    }

    private static void lines(StringBuilder out, List<String> lines) {
        if (lines.isEmpty()) {
            out.append("(none)\n");
        }
        lines.forEach(l -> out.append("- ").append(cell(l)).append('\n'));
    }

    private static String cell(String s) {
        return s.isEmpty() ? "—" : s.replace("\n", " ");
    }
}
