package org.w3id.hkg.bench;

import java.time.LocalDate;
import java.util.List;

/** The three file formats users hand over, rendered from a title, metadata and paragraphs. */
enum DocFormat {
    /** Markdown with YAML front matter (title, date, source, url). */
    MARKDOWN("md"),
    /** HTML page with charset, title and a date meta element. */
    HTML("html"),
    /** Plain text with a {@code 发布日期:} line. */
    TEXT("txt");

    final String extension;

    DocFormat(String extension) {
        this.extension = extension;
    }

    /**
     * Renders a document.
     *
     * @param charset    name written where the format can say it (HTML)
     * @param dateLabel  the "发布日期" / "来源" labels as the document's script writes them
     */
    String render(String title, LocalDate date, String source, String url, List<String> paragraphs,
                  String charset, Labels dateLabel) {
        StringBuilder out = new StringBuilder();
        switch (this) {
            case MARKDOWN -> {
                out.append("---\ntitle: \"").append(title).append("\"\ndate: ").append(date)
                        .append("\nsource: ").append(source).append("\nurl: ").append(url).append("\n---\n\n");
                paragraphs.forEach(p -> out.append(p).append("\n\n"));
            }
            case HTML -> {
                out.append("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"").append(charset).append("\">\n<title>")
                        .append(escape(title)).append("</title>\n<meta name=\"date\" content=\"").append(date)
                        .append("\">\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n<p>")
                        .append(escape(dateLabel.source() + source)).append("</p>\n");
                paragraphs.forEach(p -> out.append("<p>").append(escape(p)).append("</p>\n"));
                out.append("</body>\n</html>\n");
            }
            default -> {
                out.append(title).append('\n').append(dateLabel.published()).append(date.getYear()).append('年')
                        .append(date.getMonthValue()).append('月').append(date.getDayOfMonth()).append("日\n")
                        .append(dateLabel.source()).append(source).append("\n\n");
                paragraphs.forEach(p -> out.append(p).append('\n'));
            }
        }
        return out.toString();
    }

    /** Metadata labels in the document's script. */
    record Labels(String published, String source) {
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
