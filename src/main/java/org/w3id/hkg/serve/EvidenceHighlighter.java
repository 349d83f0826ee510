package org.w3id.hkg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Shows evidence in context: the paragraph of the article text that holds the evidence span, escaped,
 * with {@code <mark>} around the span. Offsets are checked against the evidence sentence; when they do not
 * match, the sentence is searched for in the text, and when it is not there it is shown alone.
 */
final class EvidenceHighlighter {
    /** A span [start, end) of the text. */
    record Span(int start, int end) {
    }

    private EvidenceHighlighter() {
    }

    /** Locates the evidence in {@code text}; null when it cannot be found. */
    static Span locate(String text, int start, int end, String evidence) {
        if (text == null) {
            return null;
        }
        boolean inRange = start >= 0 && end > start && end <= text.length();
        if (inRange && (evidence == null || text.substring(start, end).equals(evidence))) {
            return new Span(start, end);
        }
        if (evidence != null && !evidence.isEmpty()) {
            int at = text.indexOf(evidence);
            if (at >= 0) {
                return new Span(at, at + evidence.length());
            }
        }
        return null;
    }

    /** The paragraph around the evidence with the evidence marked (HTML). */
    static String paragraph(String text, int start, int end, String evidence) {
        Span span = locate(text, start, end, evidence);
        if (span == null) {
            return "<mark>" + Html.esc(evidence) + "</mark>";
        }
        int from = text.lastIndexOf('\n', span.start() - 1) + 1;
        int to = text.indexOf('\n', span.end());
        if (to < 0) {
            to = text.length();
        }
        return Html.esc(text.substring(from, span.start())) + "<mark>"
                + Html.esc(text.substring(span.start(), span.end())) + "</mark>"
                + Html.esc(text.substring(span.end(), to));
    }

    /** The whole text with every given span marked, paragraphs as {@code <p>} (HTML). */
    static String whole(String text, List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start));
        StringBuilder b = new StringBuilder("<p>");
        int pos = 0;
        for (Span s : sorted) {
            if (s.start() < pos) {
                continue;
            }
            b.append(paras(text.substring(pos, s.start()))).append("<mark>")
                    .append(paras(text.substring(s.start(), s.end()))).append("</mark>");
            pos = s.end();
        }
        return b.append(paras(text.substring(pos))).append("</p>").toString();
    }

    private static String paras(String s) {
        return Html.esc(s).replaceAll("\n\\s*\n|\n", "</p>\n<p>");
    }
}
