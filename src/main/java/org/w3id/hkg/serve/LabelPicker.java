package org.w3id.hkg.serve;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Literal;

/** Collects candidate labels per resource and keeps the best: Chinese, then English, then any. */
final class LabelPicker {
    private final Map<String, Literal> best = new HashMap<>();

    void offer(String iri, Literal label) {
        if (label == null) {
            return;
        }
        Literal old = best.get(iri);
        if (old == null || rank(label) < rank(old)) {
            best.put(iri, label);
        }
    }

    private static int rank(Literal l) {
        String lang = l.getLanguage().toLowerCase();
        if (lang.startsWith("zh")) {
            return 0;
        }
        return lang.startsWith("en") ? 1 : 2;
    }

    /** The best label of {@code iri}, or its local name. */
    String label(String iri) {
        Literal l = best.get(iri);
        return l == null ? Names.localName(iri) : l.getLexicalForm();
    }

    boolean has(String iri) {
        return best.containsKey(iri);
    }
}
