package org.w3id.hkg.serve;

import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/** The RDF syntaxes the pages can answer in: media type, file suffix, Jena writer format. */
enum RdfSyntax {
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD11),
    NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES_UTF8),
    RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PLAIN);

    /** Media types in the order the server prefers them. */
    static final List<String> MEDIA_TYPES = List.of("text/turtle", "application/ld+json",
            "application/n-triples", "application/rdf+xml");

    private final String mediaType;
    private final String suffix;
    private final RDFFormat format;

    RdfSyntax(String mediaType, String suffix, RDFFormat format) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.format = format;
    }

    String mediaType() {
        return mediaType;
    }

    /** The Content-Type header value, with charset. */
    String contentType() {
        return mediaType + "; charset=utf-8";
    }

    String suffix() {
        return suffix;
    }

    RDFFormat format() {
        return format;
    }

    static Optional<RdfSyntax> byMediaType(String mediaType) {
        for (RdfSyntax s : values()) {
            if (s.mediaType.equals(mediaType)) {
                return Optional.of(s);
            }
        }
        // Aliases some clients send
        return switch (mediaType) {
            case "application/x-turtle" -> Optional.of(TURTLE);
            case "text/plain" -> Optional.of(NTRIPLES);
            case "application/json" -> Optional.of(JSONLD);
            default -> Optional.empty();
        };
    }

    static Optional<RdfSyntax> bySuffix(String suffix) {
        for (RdfSyntax s : values()) {
            if (s.suffix.equals(suffix)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
