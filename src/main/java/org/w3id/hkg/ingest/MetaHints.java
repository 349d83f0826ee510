package org.w3id.hkg.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Metadata gathered while a document is read. Sources are consulted from the most to the least reliable, and
 * the first value found for a field is kept; later ones are ignored.
 */
final class MetaHints {
    private String title;
    private LocalDate published;
    private boolean dateSeen;
    private String publisher;
    private String author;
    private String url;
    private final List<String> warnings = new ArrayList<>();

    void title(String v) {
        if (title == null) {
            title = clean(v);
        }
    }

    void date(DateText.Result r) {
        if (!dateSeen && r.found()) {
            dateSeen = true;
            published = r.date();
            if (r.problem() != null) {
                warnings.add(r.problem());
            }
        }
    }

    void publisher(String v) {
        if (publisher == null) {
            publisher = clean(v);
        }
    }

    void author(String v) {
        if (author == null) {
            author = clean(v);
        }
    }

    void url(String v) {
        if (url == null) {
            url = clean(v);
        }
    }

    void warn(String reason) {
        warnings.add(reason);
    }

    boolean hasDate() {
        return dateSeen;
    }

    boolean hasTitle() {
        return title != null;
    }

    String url() {
        return url;
    }

    List<String> warnings() {
        return warnings;
    }

    DocumentMeta toMeta(String lang, String sha256) {
        return new DocumentMeta(title, published, publisher, author, url, lang, sha256);
    }

    private static String clean(String v) {
        if (v == null) {
            return null;
        }
        String s = Whitespace.collapse(RubyResidue.strip(v));
        return s.isEmpty() ? null : s;
    }
}
