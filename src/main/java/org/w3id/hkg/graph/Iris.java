package org.w3id.hkg.graph;

import org.w3id.hkg.extract.EntityRef;
import org.w3id.hkg.vocab.HKG;

/**
 * Mints the IRIs of instance data under a base (default {@link HKG#DEFAULT_BASE}). IRIs are a pure
 * function of names, so the same entity from two documents, or two builds, gets the same IRI.
 */
public record Iris(String base) {
    public Iris {
        if (!base.endsWith("/") && !base.endsWith("#")) {
            base = base + "/";
        }
    }

    public static Iris standard() {
        return new Iris(HKG.DEFAULT_BASE);
    }

    /** {@code {base}id/{type}/{slug}}. */
    public String entity(EntityRef ref) {
        return base + "id/" + ref.type().code() + "/" + Slugs.of(ref.name());
    }

    /** A document, by its id (file name). */
    public String document(String documentId) {
        return base + "doc/" + Slugs.of(documentId);
    }

    /** The named graph holding what was read from a document. */
    public String graph(String documentId) {
        return base + "graph/" + Slugs.of(documentId);
    }

    /** A named graph of the dataset itself (not of a document), e.g. {@code void}: {@code {base}graph/void}. */
    public String graphOf(String name) {
        return base + "graph/" + name;
    }

    /** A fact node: {@code {base}fact/{kind}/{hash of its key}}. */
    public String fact(String kind, String key) {
        return base + "fact/" + kind + "/" + Slugs.hash(key).substring(0, 16);
    }

    /** A publisher or author (not one of the five entity types). */
    public String agent(String kind, String name) {
        return base + "id/" + kind + "/" + Slugs.of(name);
    }

    /** A stock exchange by code (SZSE, SSE, HKEX ...). */
    public String exchange(String code) {
        return base + "id/exchange/" + code.toLowerCase(java.util.Locale.ROOT);
    }

    /** A concept of a code list (always under the vocabulary's own base). */
    public static String code(String scheme, String notation) {
        return HKG.DEFAULT_BASE + "code/" + scheme + "/" + notation;
    }
}
