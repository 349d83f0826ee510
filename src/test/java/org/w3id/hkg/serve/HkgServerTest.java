package org.w3id.hkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The embedded Fuseki over real HTTP: query, read-only, GSP read, timeout, UI and status endpoints. */
class HkgServerTest {
    @RegisterExtension
    static final RunningServer SERVER = new RunningServer(Duration.ofSeconds(2));

    private static long storeSize() {
        return Txn.calculateRead(SERVER.dataset(), () -> SERVER.dataset().asDatasetGraph().stream().count());
    }

    @Test
    void bindsLoopbackOnAFreePort() {
        assertTrue(SERVER.server().port() > 0);
        assertTrue(SERVER.url().startsWith("http://127.0.0.1:"), SERVER.url());
    }

    @Test
    void selectOverHttpSeesTheUnionGraph() {
        List<String> labels = new ArrayList<>();
        for (String endpoint : List.of("hkg/sparql", "hkg/query", "hkg")) {
            try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(SERVER.url() + endpoint).query("""
                    PREFIX hkg: <https://w3id.org/hkg/ontology#>
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    SELECT ?l WHERE { ?h a hkg:Hospital ; skos:prefLabel ?l } ORDER BY ?l""").build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> labels.add(s.getLiteral("l").getString()));
            }
        }
        assertEquals(List.of("\"Quote\" O'Brien Clinic", "华康医院").size() * 3, labels.size());
        assertTrue(labels.contains("华康医院"));
        assertTrue(labels.contains("\"Quote\" O'Brien Clinic"));
    }

    @Test
    void sparqlUpdateIsRefusedAndChangesNothing() {
        long before = storeSize();
        String update = "INSERT DATA { <urn:x> <urn:p> <urn:o> }";
        for (String endpoint : List.of("hkg/sparql", "hkg/query", "hkg", "hkg/update", "hkg/data")) {
            HttpResponse<String> r = Http.send("POST", SERVER.url() + endpoint, "application/sparql-update", update);
            assertClientError(r, endpoint);
            HttpResponse<String> form = Http.send("POST", SERVER.url() + endpoint, "application/x-www-form-urlencoded",
                    "update=" + java.net.URLEncoder.encode(update, java.nio.charset.StandardCharsets.UTF_8));
            assertClientError(form, endpoint);
        }
        try (RDFConnection conn = RDFConnection.connect(SERVER.url() + "hkg")) {
            assertThrows(RuntimeException.class, () -> conn.update(update));
        }
        assertEquals(before, storeSize());
    }

    @Test
    void graphStoreWritesAreRefusedAndChangeNothing() {
        long before = storeSize();
        String turtle = "<urn:x> <urn:p> <urn:o> .";
        for (String endpoint : List.of("hkg/data?default", "hkg/get?default", "hkg?default",
                "hkg/data?graph=https://w3id.org/hkg/graph/a1")) {
            for (String method : List.of("PUT", "POST")) {
                assertClientError(Http.send(method, SERVER.url() + endpoint, "text/turtle", turtle), method + " " + endpoint);
            }
            assertClientError(Http.send("DELETE", SERVER.url() + endpoint, null, null), "DELETE " + endpoint);
        }
        assertEquals(before, storeSize());
    }

    private static void assertClientError(HttpResponse<String> r, String what) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, what + " answered " + r.statusCode());
    }

    @Test
    void graphStoreReadGivesTheUnionGraphAndOneNamedGraph() {
        HttpResponse<String> all = Http.get(SERVER.url() + "hkg/get?default", "Accept", "text/turtle");
        assertEquals(200, all.statusCode());
        Model union = parse(all.body());
        assertTrue(union.contains(union.createResource("https://w3id.org/hkg/doc/a1"), null));
        assertTrue(union.contains(union.createResource("https://w3id.org/hkg/doc/a2"), null));
        HttpResponse<String> one = Http.get(SERVER.url() + "hkg/data?graph=https://w3id.org/hkg/graph/a2",
                "Accept", "text/turtle");
        assertEquals(200, one.statusCode());
        Model a2 = parse(one.body());
        assertTrue(a2.contains(a2.createResource("https://w3id.org/hkg/doc/a2"), null));
        assertTrue(!a2.contains(a2.createResource("https://w3id.org/hkg/doc/a1"), null));
    }

    private static Model parse(String turtle) {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(turtle), null, "TTL");
        return m;
    }

    @Test
    void slowQueryIsCutOffByTheTimeout() {
        String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = Http.get(SERVER.url() + "hkg/sparql?query="
                + java.net.URLEncoder.encode(slow, java.nio.charset.StandardCharsets.UTF_8),
                "Accept", "application/sparql-results+json");
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(seconds < 20, "took " + seconds + " s");
    }

    @Test
    void pingAndServerStatusAnswer() {
        assertEquals(200, Http.get(SERVER.url() + "$/ping").statusCode());
        HttpResponse<String> status = Http.get(SERVER.url() + "$/server");
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("\"/hkg\""), status.body());
        assertTrue(status.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        HttpResponse<String> stats = Http.get(SERVER.url() + "$/stats/hkg");
        assertEquals(200, stats.statusCode(), "the UI's info tab reads these");
        assertTrue(stats.body().contains("\"/hkg\""), stats.body());
    }

    @Test
    void fusekiUiIsServedAtTheRootWithTheHkgQueries() {
        HttpResponse<String> index = Http.get(SERVER.url());
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("<div id=\"app\">"), index.body());
        assertTrue(index.body().contains("hkg-banner"));
        assertTrue(index.headers().firstValue("Content-Type").orElse("").contains("charset=utf-8"));
        String script = index.body().replaceAll("(?s).*src=\"\\./(static/index-[^\"]+\\.js)\".*", "$1");
        HttpResponse<String> main = Http.get(SERVER.url() + script);
        assertEquals(200, main.statusCode());
        String queryJs = main.body().replaceAll("(?s).*\"\\./(Query-[A-Za-z0-9_-]+\\.js)\".*", "$1");
        HttpResponse<String> query = Http.get(SERVER.url() + "static/" + queryJs);
        assertEquals(200, query.statusCode());
        assertTrue(query.body().contains("{uri:\"https://w3id.org/hkg/ontology#\",text:\"hkg\"}"));
        for (String name : CompetencyExamples.all().keySet()) {
            assertTrue(query.body().contains(",text:\"" + name + "\"}"), name);
        }
        assertTrue(query.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
    }

    @Test
    void corsPreflightOnTheSparqlEndpoint() {
        HttpResponse<String> r = Http.send("OPTIONS", SERVER.url() + "hkg/sparql", null, null,
                "Origin", "http://example.org", "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "content-type");
        assertTrue(r.statusCode() < 300, "preflight " + r.statusCode());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        HttpResponse<String> get = Http.get(SERVER.url() + "hkg/sparql?query=ASK%7B%7D", "Origin", "http://example.org");
        assertEquals("*", get.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    void healthReportsTheTripleCount() {
        HttpResponse<String> r = Http.get(SERVER.url() + "health");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().matches("(?s)\\{\"status\":\"ok\",\"triples\":[1-9][0-9]*}\\s*"), r.body());
    }

    @Test
    void aSecondServerOnTheSamePortFailsWithPortInUse() {
        HkgServer second = HkgServer.builder().dataset(SERVER.dataset()).port(SERVER.server().port()).build();
        assertThrows(HkgServer.PortInUseException.class, second::start);
    }
}
