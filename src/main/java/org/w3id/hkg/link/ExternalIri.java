package org.w3id.hkg.link;

import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.irix.IRIs;

/** External identifiers as written in tables: {@code Q42}, {@code wd:Q42} or an absolute http(s) IRI. */
public final class ExternalIri {
    /** Namespace of Wikidata items. */
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";
    private static final Pattern QID = Pattern.compile("(?:wd:)?(Q[1-9][0-9]*)");

    private ExternalIri() {
    }

    /** The IRI written as {@code text}, or empty when it is neither a QID nor an absolute http(s) IRI. */
    public static Optional<String> parse(String text) {
        String t = text.trim();
        var m = QID.matcher(t);
        if (m.matches()) {
            return Optional.of(WIKIDATA + m.group(1));
        }
        if ((t.startsWith("http://") || t.startsWith("https://")) && !t.contains(" ") && IRIs.check(t)) {
            return Optional.of(t);
        }
        return Optional.empty();
    }

    /** {@code wd:Q42} for a Wikidata item, the IRI itself otherwise (the form written in tables). */
    public static String shortForm(String iri) {
        return isWikidata(iri) ? "wd:" + iri.substring(WIKIDATA.length()) : iri;
    }

    /** True when the IRI is a Wikidata item. */
    public static boolean isWikidata(String iri) {
        return iri.startsWith(WIKIDATA);
    }
}
