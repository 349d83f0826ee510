package org.w3id.hkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.time.Duration;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.VOID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.hkg.vocab.HKG;

/** Dereferenceable IRIs, content negotiation, entity and landing pages, VoID, over real HTTP. */
class LinkedDataTest {
    private static final String HOSPITAL = "https://w3id.org/hkg/id/hospital/huakang";

    @RegisterExtension
    static final RunningServer SERVER = new RunningServer(Duration.ofSeconds(30));

    private static Model parse(HttpResponse<String> r, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), lang);
        return m;
    }

    private static String contentType(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("").toLowerCase().replace(" ", "");
    }

    @Test
    void acceptHeaderPicksTheSyntaxAndDescriptionIsSymmetric() {
        Resource h = ModelFactory.createDefaultModel().createResource(HOSPITAL);
        Object[][] cases = {{"text/turtle", Lang.TURTLE}, {"application/ld+json", Lang.JSONLD},
            {"application/n-triples", Lang.NTRIPLES}, {"application/rdf+xml", Lang.RDFXML},
            {"text/html;q=0.5, application/ld+json;q=0.9, text/turtle;q=0.7", Lang.JSONLD}};
        for (Object[] c : cases) {
            HttpResponse<String> r = Http.get(SERVER.url() + "id/hospital/huakang", "Accept", (String) c[0]);
            assertEquals(200, r.statusCode(), (String) c[0]);
            Lang lang = (Lang) c[1];
            String type = r.headers().firstValue("Content-Type").orElse("");
            assertTrue(type.startsWith(lang.getHeaderString()) && type.contains("charset=utf-8"), type);
            Model m = parse(r, lang);
            assertTrue(m.contains(h, OWL.sameAs), "links graph is part of the description");
            assertTrue(m.contains(null, HKG.target, h), "incoming: the sanction that targets it");
            assertTrue(m.contains(null, HKG.subsidiary, h), "incoming: the ownership fact");
            assertTrue(r.headers().allValues("Vary").contains("Accept"));
        }
    }

    @Test
    void suffixOverridesAccept() {
        HttpResponse<String> r = Http.get(SERVER.url() + "id/hospital/huakang.nt", "Accept", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
        assertTrue(parse(r, Lang.NTRIPLES).contains(ModelFactory.createDefaultModel().createResource(HOSPITAL), null));
        HttpResponse<String> j = Http.get(SERVER.url() + "doc/a1.jsonld");
        assertEquals(200, j.statusCode());
        assertTrue(j.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertTrue(Http.get(SERVER.url() + "fact/sanction/s1.ttl").body().contains("市卫生健康委员会于2023年6月"));
    }

    @Test
    void blankNodesAreClosedInTheDocumentDescription() {
        Model m = parse(Http.get(SERVER.url() + "doc/a1.ttl"), Lang.TURTLE);
        assertTrue(m.listObjectsOfProperty(m.createProperty(HKG.SCHEMA + "publisher")).toList().stream()
                .anyMatch(p -> p.isAnon() && p.asResource().hasProperty(
                        org.apache.jena.vocabulary.RDFS.label)), "publisher node and its label");
    }

    @Test
    void unsupportedTypeIs406AndUnknownIriIs404() {
        assertEquals(406, Http.get(SERVER.url() + "id/hospital/huakang", "Accept", "image/png").statusCode());
        assertEquals(406, Http.get(SERVER.url() + "id/hospital/huakang", "Accept", "text/turtle;q=0, image/*").statusCode());
        assertEquals(404, Http.get(SERVER.url() + "id/hospital/nowhere", "Accept", "text/turtle").statusCode());
        assertEquals(404, Http.get(SERVER.url() + "id/hospital/nowhere").statusCode());
        assertEquals(404, Http.get(SERVER.url() + "fact/incident/none.ttl").statusCode());
    }

    @Test
    void entityPageShowsNamesRelationsTimelineEvidenceAndLinks() {
        HttpResponse<String> r = Http.get(SERVER.url() + "id/hospital/huakang",
                "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertEquals("text/html;charset=utf-8", contentType(r));
        Document page = Jsoup.parse(r.body());
        assertEquals("华康医院", page.selectFirst("h1").text());
        assertTrue(page.text().contains("Huakang Yiyuan"));
        assertTrue(page.text().contains("华康"), "alias");
        assertTrue(page.selectFirst("a[href=/id/company/huakang-group]") != null, "parent company link");
        assertTrue(page.selectFirst("a[href=/id/regulator/city-health]") != null, "sanction issuer link");
        assertTrue(page.selectFirst("a[href=/id/person/zhang-wei]") != null, "person holding a post");
        assertTrue(page.selectFirst("a[href=/id/alliance/yrd]") != null, "alliance");
        Element timeline = page.selectFirst("ol.timeline");
        assertTrue(timeline != null, "timeline");
        assertEquals(3, timeline.select("li").size(), timeline.outerHtml());
        assertTrue(timeline.select("time").eachText().equals(java.util.List.of("2021", "2023-05-01", "2023-06-01")),
                timeline.select("time").eachText().toString());
        Element mark = page.select("blockquote.evidence mark").stream()
                .filter(m -> m.text().contains("医疗事故")).findFirst().orElseThrow();
        assertEquals("2023年5月，华康医院发生一起医疗事故，一名患者在手术后死亡。", mark.text());
        assertTrue(mark.parent().text().contains("市卫生健康委员会"), "paragraph around the evidence");
        assertTrue(page.selectFirst("a.original[href=http://news.example.org/a1.html]") != null);
        assertTrue(page.selectFirst("a[href=http://www.wikidata.org/entity/Q123456]") != null);
        assertTrue(page.selectFirst("a[href=/id/hospital/huakang.ttl]") != null);
        assertTrue(page.selectFirst("a[href=/id/hospital/huakang.jsonld]") != null);
        assertTrue(page.select("h2").eachText().stream().anyMatch(t -> t.contains("时间线") && t.contains("Timeline")));
    }

    @Test
    void documentPageMarksAllEvidenceInItsText() {
        Document page = Jsoup.parse(Http.get(SERVER.url() + "doc/a1").body());
        assertEquals("华康医院医疗事故调查", page.selectFirst("h1").text());
        assertEquals(5, page.select("blockquote.text mark").size());
        assertTrue(page.select("table td").eachText().contains("健康时报"), "publisher (a blank node) by its label");
        assertTrue(page.select("table th").eachText().contains("发布日期 issued"));
    }

    @Test
    void markupAndScriptUrlsFromTheDataStayInert() {
        HttpResponse<String> r = Http.get(SERVER.url() + "doc/a3");
        assertEquals(200, r.statusCode());
        assertFalse(r.body().contains("<script>"), "title is escaped");
        Document page = Jsoup.parse(r.body());
        assertEquals("<script>alert(1)</script>", page.selectFirst("h1").text());
        assertTrue(page.select("a[href^=javascript]").isEmpty());
    }

    @Test
    void landingPageCountsListsAndLinksTheQueries() {
        HttpResponse<String> r = Http.get(SERVER.url() + "about");
        assertEquals(200, r.statusCode());
        Document page = Jsoup.parse(r.body());
        assertTrue(page.select("table.counts td").eachText().contains("医院 Hospital"));
        assertTrue(page.selectFirst("a[href=/id/hospital/huakang]") != null);
        assertTrue(page.selectFirst("a[href=/id/company/huakang-group]") != null);
        assertTrue(page.selectFirst("a[href=/id/regulator/city-health]") != null);
        assertTrue(page.selectFirst("a[href=/id/alliance/yrd]") != null);
        for (String text : CompetencyExamples.all().values()) {
            assertTrue(page.selectFirst("a[href=" + LandingServlet.uiQueryUrl(text) + "]") != null);
        }
    }

    @Test
    void nameSearchIsParameterizedAndSurvivesQuotes() {
        for (String q : new String[] {"\"Quote\" O'Brien", "O'Brien", "\"", "'", "\\", "} ; DROP ALL ; {"}) {
            HttpResponse<String> r = Http.get(SERVER.url() + "about?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode(), q);
            Document page = Jsoup.parse(r.body());
            assertEquals(q, page.selectFirst("input[name=q]").val());
            boolean found = page.selectFirst("ul.results a[href=/id/hospital/obrien]") != null;
            assertEquals(!q.contains("DROP") && !q.equals("\\"), found, q);
        }
        Document zh = Jsoup.parse(Http.get(SERVER.url() + "about?q=" + URLEncoder.encode("华康", StandardCharsets.UTF_8)).body());
        assertTrue(zh.selectFirst("ul.results a[href=/id/hospital/huakang]") != null);
        Document pinyin = Jsoup.parse(Http.get(SERVER.url() + "about?q=zhang").body());
        assertTrue(pinyin.selectFirst("ul.results a[href=/id/person/zhang-wei]") != null);
        assertFalse(Jsoup.parse(Http.get(SERVER.url() + "about?q=nothing-like-this").body()).select("p.none").isEmpty());
    }

    @Test
    void voidDescribesTheDatasetAndItsLinksets() {
        HttpResponse<String> r = Http.get(SERVER.url() + ".well-known/void");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model m = parse(r, Lang.TURTLE);
        Resource ds = m.createResource("https://w3id.org/hkg/dataset");
        assertTrue(m.contains(ds, VOID.sparqlEndpoint, m.createResource(SERVER.url() + "hkg/sparql")));
        assertTrue(m.contains(ds, VOID.triples));
        assertTrue(m.contains(ds, VOID.exampleResource, m.createResource(HOSPITAL)));
        assertTrue(m.contains(null, VOID.linkPredicate, OWL.sameAs));
        assertTrue(m.contains(ds, org.apache.jena.vocabulary.DCAT.distribution));
        HttpResponse<String> j = Http.get(SERVER.url() + ".well-known/void", "Accept", "application/ld+json");
        assertTrue(j.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertEquals(406, Http.get(SERVER.url() + ".well-known/void", "Accept", "image/png").statusCode());
    }

    @Test
    void staticStyleSheetIsCached() {
        HttpResponse<String> r = Http.get(SERVER.url() + "serve/style.css");
        assertEquals(200, r.statusCode());
        assertEquals("text/css;charset=utf-8", contentType(r));
        assertTrue(r.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
    }
}
