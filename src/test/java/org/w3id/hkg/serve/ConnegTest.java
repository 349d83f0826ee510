package org.w3id.hkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Accept-header negotiation: q-values, specificity, server preference on ties, refusals. */
class ConnegTest {
    private static final List<String> OFFERS = List.of("text/html", "text/turtle", "application/ld+json");

    private static Optional<String> pick(String accept) {
        return Conneg.choose(accept, OFFERS);
    }

    @Test
    void browsersGetHtmlAndDataClientsGetTheirSyntax() {
        assertEquals(Optional.of("text/html"),
                pick("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"));
        assertEquals(Optional.of("text/turtle"), pick("text/turtle"));
        assertEquals(Optional.of("application/ld+json"), pick("application/ld+json, text/turtle;q=0.5"));
    }

    @Test
    void qValuesAndSpecificityDecide() {
        assertEquals(Optional.of("text/turtle"), pick("text/*;q=0.3, text/turtle;q=0.9, */*;q=0.1"));
        assertEquals(Optional.of("application/ld+json"), pick("text/*;q=0.2, */*;q=0.5"));
        assertEquals(Optional.of("text/html"), pick("TEXT/HTML; Q=1"));
        assertEquals(Optional.of("text/turtle"), pick("text/html;q=0, */*"));
    }

    @Test
    void missingOrWildcardHeaderGetsTheFirstOffer() {
        assertEquals(Optional.of("text/html"), pick(null));
        assertEquals(Optional.of("text/html"), pick(""));
        assertEquals(Optional.of("text/html"), pick("*/*"));
        assertEquals(Optional.of("text/html"), pick("*"));
    }

    @Test
    void nothingAcceptableIsEmpty() {
        assertEquals(Optional.empty(), pick("image/png"));
        assertEquals(Optional.empty(), pick("text/turtle;q=0, text/html;q=0, application/ld+json;q=0"));
        assertEquals(Optional.empty(), pick("garbage"));
        assertEquals(Optional.empty(), pick("text/turtle;q=nonsense"));
    }
}
