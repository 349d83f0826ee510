package org.w3id.hkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.hkg.vocab.HKG;

/**
 * An entity named by more articles than one page shows: its page lists the most recent articles first, a
 * page at a time, with their facts, and links to the older and the more recent ones.
 */
class PagedEntityPageTest {
    private static final String ID = "https://w3id.org/hkg/id/";
    private static final int ARTICLES = 2 * ResourceData.ARTICLES_PER_PAGE + 20;
    private static Dataset dataset;
    private static HkgServer server;

    @BeforeAll
    static void serve() {
        dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < ARTICLES; i++) {
                dataset.addNamedModel("https://w3id.org/hkg/graph/a" + i, article(i));
            }
        });
        server = HkgServer.builder().dataset(dataset).port(0).timeout(Duration.ofSeconds(30)).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        dataset.close();
    }

    /** Article i (issued i days after 2020-01-01): a sanction of the busy hospital; the first three also name a bureau. */
    private static Model article(int i) {
        Model m = ModelFactory.createDefaultModel();
        String day = LocalDate.of(2020, 1, 1).plusDays(i).toString();
        Resource doc = m.createResource("https://w3id.org/hkg/doc/a" + i, HKG.NewsArticle)
                .addProperty(DCTerms.title, "通报 " + i)
                .addProperty(DCTerms.issued, day, XSDDatatype.XSDdate)
                .addProperty(HKG.text, "忙碌医院被处罚。");
        Resource hospital = m.createResource(ID + "hospital/busy", HKG.Hospital)
                .addProperty(SKOS.prefLabel, "忙碌医院", "zh").addProperty(HKG.mentionedIn, doc);
        m.createResource("https://w3id.org/hkg/fact/sanction/s" + i, HKG.Sanction)
                .addProperty(HKG.target, hospital).addProperty(HKG.source, doc)
                .addProperty(HKG.date, day, XSDDatatype.XSDdate)
                .addProperty(HKG.evidence, "忙碌医院被处罚。")
                .addLiteral(HKG.evidenceStart, 0).addLiteral(HKG.evidenceEnd, 8);
        if (i < 3) {
            m.createResource(ID + "regulator/bureau", HKG.Regulator)
                    .addProperty(SKOS.prefLabel, "卫健局", "zh").addProperty(HKG.mentionedIn, doc);
        }
        return m;
    }

    private static Document page(String query) {
        var r = Http.get(server.url() + "id/hospital/busy" + query, "Accept", "text/html");
        assertEquals(200, r.statusCode(), r.body());
        return Jsoup.parse(r.body());
    }

    private static List<String> sourceTitles(Document page) {
        return page.select("h3").eachText();
    }

    private static int factRows(Document page) {
        return page.select("#facts + table tr").size() - 1;
    }

    @Test
    void theFirstPageShowsTheMostRecentArticlesAndLinksToOlderOnes() {
        Document page = page("");
        List<String> titles = sourceTitles(page);
        assertEquals(ResourceData.ARTICLES_PER_PAGE, titles.size(), titles.toString());
        assertEquals("通报 " + (ARTICLES - 1), titles.get(0), "the most recent first");
        assertEquals("通报 " + (ARTICLES - ResourceData.ARTICLES_PER_PAGE), titles.get(titles.size() - 1));
        assertEquals(ResourceData.ARTICLES_PER_PAGE, factRows(page), "the facts of the articles shown");
        assertEquals(ResourceData.ARTICLES_PER_PAGE, page.select("ol.timeline li").size(), "dated facts on the timeline");
        String pager = page.selectFirst("nav.pager").text();
        assertTrue(pager.contains("1–50 / " + ARTICLES), pager);
        assertNotNull(page.selectFirst("nav.pager a[href=/id/hospital/busy?page=2]"), "older");
        assertTrue(page.select("nav.pager a").eachText().stream().noneMatch(t -> t.contains("Newer")));
    }

    @Test
    void theLastPageShowsTheOldestArticlesAndLinksBack() {
        Document page = page("?page=3");
        List<String> titles = sourceTitles(page);
        assertEquals(20, titles.size(), titles.toString());
        assertEquals("通报 0", titles.get(titles.size() - 1), "the oldest last");
        assertEquals(20, factRows(page));
        assertNotNull(page.selectFirst("nav.pager a[href=/id/hospital/busy?page=2]"), "newer");
        assertTrue(page.selectFirst("nav.pager").text().contains("101–120 / " + ARTICLES));
        assertTrue(page.select("nav.pager a").eachText().stream().noneMatch(t -> t.contains("Older")));
    }

    @Test
    void aPageAfterTheLastShowsNoArticlesAndLinksToTheLast() {
        Document page = page("?page=4");
        assertEquals(List.of(), sourceTitles(page));
        assertEquals("忙碌医院", page.selectFirst("h1").text(), "the entity is still described");
        assertNotNull(page.selectFirst("nav.pager a[href=/id/hospital/busy?page=3]"));
    }

    @Test
    void anEntityWithOnePageOfArticlesHasNoPager() {
        var r = Http.get(server.url() + "id/regulator/bureau", "Accept", "text/html");
        Document page = Jsoup.parse(r.body());
        assertEquals(List.of("通报 2", "通报 1", "通报 0"), sourceTitles(page));
        assertNull(page.selectFirst("nav.pager"));
    }

    @Test
    void aPageThatIsNotAWholeNumberFromOneIsABadRequest() {
        for (String bad : List.of("0", "-1", "abc", "1.5", "99999999999", "")) {
            var r = Http.get(server.url() + "id/hospital/busy?page=" + bad, "Accept", "text/html");
            assertEquals(400, r.statusCode(), "page=" + bad);
            assertTrue(r.body().startsWith("400 Bad Request: page must be"), r.body());
        }
    }
}
