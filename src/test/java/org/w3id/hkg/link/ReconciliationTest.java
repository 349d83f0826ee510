package org.w3id.hkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reconciliation against a real SPARQL endpoint: an embedded Fuseki serving a Wikidata-shaped sample. */
class ReconciliationTest {
    private static final String WD = ExternalIri.WIKIDATA;
    private static final String LINKS = Linker.linksGraph(Sample.BASE);
    /** Wikidata-shaped sample: labels and aliases in several language tags, P31/P279 typing. */
    private static final String WIKIDATA_SAMPLE = """
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX wdt: <http://www.wikidata.org/prop/direct/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <http://schema.org/>
            wd:Q16917 rdfs:label "hospital"@en .
            wd:Q900001 rdfs:label "青山医院"@zh, "Qingshan Hospital"@en ; wdt:P31 wd:Q16917 .
            wd:Q900002 rdfs:label "仁和医院"@zh ; wdt:P31 wd:Q16917 .
            wd:Q900003 rdfs:label "仁和医院"@zh-hans ; wdt:P31 wd:Q16917 .
            wd:Q900004 rdfs:label "江城市卫生健康委员会"@zh ; wdt:P31 wd:Q16917 .
            wd:Q900005 schema:name "Baiyun Clinic"@en ; wdt:P31 wd:Q900099 .
            wd:Q900099 rdfs:label "clinic"@en ; wdt:P279 wd:Q16917 .
            wd:Q900006 rdfs:label "Donghu Pharma"@en ; skos:altLabel "东湖药业"@zh-cn ; wdt:P31 wd:Q4830453 .
            wd:Q900007 rdfs:label "南湖市卫生健康委員會"@zh-hant ; wdt:P31 wd:Q327333 .
            wd:Q900008 rdfs:label "张三"@zh ; wdt:P31 wd:Q5 .
            wd:Q900009 rdfs:label "北湖市立醫院"@zh-hant ; wdt:P31 wd:Q16917 .
            """;

    @TempDir
    Path dir;
    private Path links;
    private Path cache;
    private FusekiServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private Sample store;

    @BeforeEach
    void setUp() throws Exception {
        Dataset wikidata = DatasetFactory.createTxnMem();
        RDFParser.create().source(new StringReader(WIKIDATA_SAMPLE)).lang(Lang.TURTLE).parse(wikidata.asDatasetGraph());
        server = FusekiServer.create().port(0).loopback(true).add("/wd", wikidata)
                .addFilter("/*", new CountingFilter(requests)).build().start();
        links = Files.createDirectories(dir.resolve("links"));
        cache = dir.resolve("cache");
        Files.writeString(links.resolve("types.tsv"), """
                type\tclasses\tnote
                hospital\twd:Q16917
                company\twd:Q4830453 wd:Q783794
                regulator\twd:Q327333
                """);
        Files.writeString(links.resolve("curated.tsv"), "local\texternal\tsource\tnote\n");
        store = new Sample()
                .entity("d1", Kind.HOSPITAL, "qingshan", "青山医院", "青山总医院")
                .entity("d1", Kind.HOSPITAL, "renhe", "仁和医院")
                .entity("d1", Kind.HOSPITAL, "baiyun", "广州市白云诊所", "Baiyun  Clinic")
                .entity("d2", Kind.COMPANY, "donghu", "东湖药业")
                .entity("d2", Kind.REGULATOR, "jc", "江城市卫生健康委员会")
                .entity("d2", Kind.REGULATOR, "nh", "南湖市卫生健康委員會")
                .entity("d2", Kind.PERSON, "zhangsan", "张三")
                .entity("d2", Kind.HOSPITAL, "beihu", "北湖市立医院");
        for (int i = 1; i <= 24; i++) {
            store.entity("d3", Kind.HOSPITAL, "t" + i, String.format("测试医院%02d", i));
        }
    }

    @AfterEach
    void tearDown() {
        server.stop();
    }

    private String endpoint() {
        return "http://localhost:" + server.getPort() + "/wd/sparql";
    }

    private LinkReport run(String endpoint, int batch) {
        LinkOptions options = LinkOptions.offline(links).withCache(cache).withEndpoints(List.of(endpoint))
                .withBatch(batch, Duration.ofSeconds(10));
        return new Linker(options).run(store.dataset());
    }

    private List<String> exact(Kind kind, String slug) {
        return store.objects(LINKS, Sample.iri(kind, slug), SKOS.exactMatch.getURI());
    }

    @Test
    void linksUniqueCandidatesOfTheRightClassOnly() {
        LinkReport report = run(endpoint(), 10);
        assertEquals(List.of(WD + "Q900001"), exact(Kind.HOSPITAL, "qingshan"));
        assertEquals(List.of(WD + "Q900005"), exact(Kind.HOSPITAL, "baiyun"), "schema:name@en, P31/P279 path");
        assertEquals(List.of(WD + "Q900006"), exact(Kind.COMPANY, "donghu"), "skos:altLabel@zh-cn");
        assertEquals(List.of(WD + "Q900007"), exact(Kind.REGULATOR, "nh"), "label@zh-hant");
        assertEquals(List.of(), exact(Kind.HOSPITAL, "renhe"), "two candidates: ambiguous");
        assertEquals(List.of(), exact(Kind.REGULATOR, "jc"), "same label, but a hospital: wrong class");
        assertEquals(List.of(), exact(Kind.PERSON, "zhangsan"), "persons are not reconciled");
        assertEquals(List.of(WD + "Q900009"), exact(Kind.HOSPITAL, "beihu"), "traditional form sent @zh-hant");
        assertEquals(5, report.reconciled());
        assertEquals(1, report.ambiguous().size());
        assertTrue(report.ambiguous().get(0).contains("仁和医院") && report.ambiguous().get(0).contains("wd:Q900002")
                && report.ambiguous().get(0).contains("wd:Q900003"), report.ambiguous().toString());
        assertTrue(report.unlinked().stream().anyMatch(u -> u.contains("江城市卫生健康委员会")));
        assertEquals(25, report.unlinked().size(), "24 test hospitals and the regulator of the wrong class");
        assertTrue(report.warnings().isEmpty(), report.warnings().toString());
        assertEquals(List.of(), store.objects(LINKS, Sample.iri(Kind.HOSPITAL, "qingshan"), OWL.sameAs.getURI()),
                "reconciled links are skos:exactMatch, not owl:sameAs");
    }

    @Test
    void batchesTheLookups() {
        // hospital names: 青山医院, 青山总医院, 仁和医院, 广州市白云诊所, Baiyun Clinic, 北湖市立医院 + 24 = 30
        // → 3 requests of 10;
        // one request for the company, one for the two regulators.
        LinkReport report = run(endpoint(), 10);
        assertEquals(5, report.requests());
        assertEquals(5, requests.get(), "requests seen by the endpoint");
        requests.set(0);
        Files.exists(cache);
        LinkReport big = new Linker(LinkOptions.offline(links).withCache(dir.resolve("cache2"))
                .withEndpoints(List.of(endpoint())).withBatch(LinkOptions.BATCH, Duration.ofSeconds(10)))
                .run(store.dataset());
        assertEquals(3, big.requests(), "one request per reconciled type");
        assertEquals(3, requests.get());
        assertEquals(report.reconciled(), big.reconciled());
    }

    @Test
    void cacheAnswersWhenTheEndpointIsGone() throws Exception {
        String url = endpoint();
        LinkReport first = run(url, 10);
        long triples = store.size(LINKS);
        Path file = cache.resolve(ReconcileCache.fileName(url));
        List<String> rows = Files.readAllLines(file);
        assertEquals("# endpoint\t" + url, rows.get(0));
        assertTrue(rows.contains("hospital\twd:Q16917\t测试医院01\t-"), "no match is cached too");
        assertTrue(rows.contains("hospital\twd:Q16917\t仁和医院\twd:Q900002 wd:Q900003"), rows.toString());
        assertTrue(rows.contains("hospital\twd:Q16917\tbaiyun clinic\twd:Q900005"), rows.toString());
        server.stop();
        requests.set(0);
        LinkReport second = run(url, 10);
        assertEquals(0, second.requests(), "every name was answered from the cache");
        assertEquals(0, requests.get());
        assertTrue(second.warnings().isEmpty(), second.warnings().toString());
        assertEquals(first.reconciled(), second.reconciled());
        assertEquals(triples, store.size(LINKS));
        assertEquals(List.of(WD + "Q900001"), exact(Kind.HOSPITAL, "qingshan"));
        assertEquals(first.ambiguous(), second.ambiguous());

        // what build runs: no endpoint given, no network, the cached endpoint still answers
        LinkReport offline = new Linker(LinkOptions.offline(links).withCache(cache)).run(store.dataset());
        assertEquals(first.reconciled(), offline.reconciled());
        assertEquals(triples, store.size(LINKS));
    }

    @Test
    void unreachableEndpointIsOneWarningAndOtherLinksStay() throws Exception {
        Files.writeString(links.resolve("curated.tsv"), "local\texternal\tsource\tnote\n仁和医院\tQ77\thand\t\n");
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        String down = "http://127.0.0.1:" + closedPort + "/sparql";
        LinkReport report = run(down, 10);
        assertEquals(1, report.warnings().size());
        String w = report.warnings().get(0);
        assertTrue(w.contains(down), w);
        assertFalse(w.contains("\n"), w);
        assertEquals(1, report.requests(), "a failed endpoint is not asked again");
        assertEquals(0, report.reconciled());
        assertEquals(List.of(WD + "Q77"), store.objects(LINKS, Sample.iri(Kind.HOSPITAL, "renhe"), OWL.sameAs.getURI()));
    }

    /** Counts the HTTP requests that reach the test endpoint. */
    private record CountingFilter(AtomicInteger count) implements Filter {
        @Override
        public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
                throws IOException, ServletException {
            count.incrementAndGet();
            chain.doFilter(req, res);
        }
    }
}
