package org.w3id.hkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.junit.jupiter.api.Test;

class LabelQueryTest {
    @Test
    void namesAreDataNotQueryText() {
        String hostile = "x\"@zh } ; DELETE WHERE { ?s ?p ?o } #";
        Query q = LabelQuery.build(List.of("青山医院", hostile), List.of(ExternalIri.WIKIDATA + "Q16917"));
        Query reparsed = QueryFactory.create(q.serialize());
        ElementData values = (ElementData) ((ElementGroup) reparsed.getQueryPattern()).get(0);
        Set<String> names = values.getRows().stream().map(b -> b.get(LabelQuery.NAME))
                .map(Node::getLiteralLexicalForm).collect(Collectors.toSet());
        assertEquals(Set.of("青山医院", hostile), names);
        assertEquals(2 * LabelQuery.LANGUAGES.size(), values.getRows().size());
        Set<String> langs = values.getRows().stream().map(b -> b.get(LabelQuery.NAME).getLiteralLanguage())
                .map(l -> l.toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
        assertEquals(Set.copyOf(LabelQuery.LANGUAGES), langs);
        assertTrue(q.serialize().contains("\"青山医院\"@zh-hans"), q.serialize());
        assertTrue(reparsed.isSelectType() && reparsed.isDistinct());
        assertTrue(q.serialize().contains("?item wdt:P31/(wdt:P279)* ?class"), q.serialize());
    }
}
