package org.w3id.hkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hkg.cli.UserError;

class LinkTablesTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryTableButTheConfigurationFiles() throws Exception {
        Files.writeString(dir.resolve("a.tsv"), """
                # comment
                local\texternal\tsource\tnote

                hospital:青山医院\twd:Q101\tchecked by hand\tfirst
                https://w3id.org/hkg/id/company/x\thttp://example.org/org/7\tregistry\t\texactMatch
                """);
        Files.writeString(dir.resolve("b.tsv"), "local\texternal\tsource\tnote\nid/exchange/szse\tQ5\tmemory\n");
        Files.writeString(dir.resolve("types.tsv"), "type\tclasses\tnote\nhospital\twd:Q16917\t\n");
        Files.writeString(dir.resolve("notes.txt"), "not a table");
        List<CuratedLink> links = LinkTables.load(dir);
        assertEquals(3, links.size());
        CuratedLink first = links.get(0);
        assertEquals("hospital:青山医院", first.local());
        assertEquals("http://www.wikidata.org/entity/Q101", first.external());
        assertEquals(OWL.sameAs.getURI(), first.predicate());
        assertEquals(4, first.line());
        assertTrue(first.where().endsWith("a.tsv:4"));
        assertEquals(SKOS.exactMatch.getURI(), links.get(1).predicate());
        assertEquals("http://example.org/org/7", links.get(1).external());
        assertEquals("http://www.wikidata.org/entity/Q5", links.get(2).external());
        assertEquals("", links.get(2).note());
    }

    @Test
    void badLineIsOneLineErrorWithFileAndLine() throws Exception {
        Files.writeString(dir.resolve("bad.tsv"), "local\texternal\tsource\tnote\nok\tQ1\ts\tn\n青山医院 wd:Q2\n");
        UserError e = assertThrows(UserError.class, () -> LinkTables.load(dir));
        assertTrue(e.getMessage().contains("bad.tsv:3:"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));

        Files.writeString(dir.resolve("bad.tsv"), "local\texternal\tsource\tnote\n青山医院\tnot-an-iri\ts\tn\n");
        e = assertThrows(UserError.class, () -> LinkTables.load(dir));
        assertTrue(e.getMessage().contains("bad.tsv:2:") && e.getMessage().contains("not-an-iri"), e.getMessage());

        Files.writeString(dir.resolve("bad.tsv"), "name\tqid\n");
        e = assertThrows(UserError.class, () -> LinkTables.load(dir));
        assertTrue(e.getMessage().contains("bad.tsv:1: header"), e.getMessage());

        Files.writeString(dir.resolve("bad.tsv"), "local\texternal\tsource\tnote\nx\tQ1\ts\tn\tsubClassOf\n");
        e = assertThrows(UserError.class, () -> LinkTables.load(dir));
        assertTrue(e.getMessage().contains("bad.tsv:2:") && e.getMessage().contains("predicate"), e.getMessage());
    }

    @Test
    void missingFolderIsUserError() {
        UserError e = assertThrows(UserError.class, () -> LinkTables.load(dir.resolve("nope")));
        assertTrue(e.getMessage().startsWith("links folder not found"));
    }

    @Test
    void bundledTablesParse() {
        assertTrue(LinkTables.load(null).isEmpty(), "the shipped curated table has no confirmed entity links yet");
        assertEquals(List.of("http://www.wikidata.org/entity/Q16917"), TypeMap.load(null).classes(Kind.HOSPITAL));
        assertTrue(TypeMap.load(null).classes(Kind.PERSON).isEmpty());
        assertEquals(4, Exchanges.load(null).all().size());
    }

    @Test
    void namesAreComparedAfterNfkcWhitespaceAndCase() {
        assertEquals(Names.key("Qingshan  General\tHospital"), Names.key("ＱＩＮＧＳＨＡＮ General Hospital "));
        assertEquals("青山医院", Names.key(" 青山医院\u3000"));
    }
}
