package org.w3id.hkg.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecutionHTTP;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hkg.cli.Hkg;
import org.w3id.hkg.eval.EvalResult;
import org.w3id.hkg.eval.Gold;
import org.w3id.hkg.eval.QueryScore;
import org.w3id.hkg.eval.Scorer;
import org.w3id.hkg.graph.CompetencyQueries;
import org.w3id.hkg.serve.HkgServer;
import org.w3id.hkg.store.GraphStore;
import picocli.CommandLine;

/**
 * The whole path on the seed documents, as a user runs it: build with the CLI, the seven competency
 * queries as W3C CSV, SHACL validation, Turtle export parsed back, and the server over HTTP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedsEndToEndTest {
    @TempDir
    static Path tmp;
    Path store;
    String firstBuild;

    record Run(int exit, String out, String err) {
    }

    static Run hkg(String... args) {
        // System.out first: picocli's default execution strategy remembers the System.out it was created with.
        PrintStream sysOut = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        CommandLine cl = Hkg.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        try {
            int exit = cl.execute(args);
            return new Run(exit, out + bytes.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(sysOut);
        }
    }

    @BeforeAll
    void build() {
        store = tmp.resolve("store");
        Run r = hkg("build", "--store", store.toString(), "seeds");
        assertEquals(0, r.exit(), r.out() + r.err());
        firstBuild = r.out();
    }

    @Test
    void buildSummarisesWhatItRead() {
        assertTrue(firstBuild.contains("documents read: 2, unchanged: 0, skipped or partly read: 0"), firstBuild);
        assertTrue(firstBuild.matches("(?s).*triples: [1-9][0-9]*, entities: [1-9][0-9]*.*"), firstBuild);
        Matcher reported = Pattern.compile("triples: ([0-9]+)").matcher(firstBuild);
        assertTrue(reported.find(), firstBuild);
        assertEquals(triples(), Long.parseLong(reported.group(1)), "the first build reports the store's triples, links included");
    }

    @Test
    void rebuildingUnchangedDocumentsChangesNothing() {
        long before = triples();
        Run again = hkg("build", "--store", store.toString(), "seeds");
        assertEquals(0, again.exit());
        assertTrue(again.out().contains("documents read: 0, unchanged: 2"), again.out());
        assertEquals(before, triples());
    }

    @Test
    void competencyQueriesAsCsvReproduceTheSeedFacts() throws Exception {
        Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
        for (String q : CompetencyQueries.NAMES) {
            Path file = tmp.resolve(q + ".rq");
            Files.writeString(file, CompetencyQueries.text(q));
            Run r = hkg("query", "--store", store.toString(), "--format", "csv", file.toString());
            assertEquals(0, r.exit(), r.err());
            rows.put(q, csv(r.out()));
        }
        Gold gold = Gold.parse(Path.of(getClass().getResource("/e2e/seeds-gold.json").toURI()));
        EvalResult result = Scorer.score(gold, rows);
        for (QueryScore s : result.queries()) {
            assertEquals(1.0, s.recall(), 1e-9, s.query() + " misses seed facts: " + rows.get(s.query()));
        }
        for (String q : List.of("ownership", "membership", "incidents", "sanctions", "listings", "roles")) {
            QueryScore s = result.queries().stream().filter(x -> x.query().equals(q)).findFirst().orElseThrow();
            assertEquals(1.0, s.precision(), 1e-9, q + " has spurious rows: " + rows.get(q));
        }
    }

    @Test
    void theGraphConformsToTheShapes() {
        Run r = hkg("validate", "--store", store.toString());
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("conforms"), r.out());
    }

    @Test
    void exportedTurtleParsesBackToTheSameTriples() {
        Path ttl = tmp.resolve("out/seeds.ttl");
        assertEquals(0, hkg("export", "--store", store.toString(), "--no-description", "-o", ttl.toString()).exit());
        Model back = ModelFactory.createDefaultModel();
        RDFDataMgr.read(back, ttl.toString());
        assertEquals(triples(), back.size());
    }

    @Test
    void theExportCarriesTheLinksetAndTheDatasetDescription() {
        Path ttl = tmp.resolve("out/full.ttl");
        assertEquals(0, hkg("export", "--store", store.toString(), "-o", ttl.toString()).exit());
        Model m = RDFDataMgr.loadModel(ttl.toString());
        String VOID = "http://rdfs.org/ns/void#";
        assertTrue(m.contains(null, org.apache.jena.vocabulary.RDF.type, m.createResource(VOID + "Dataset")));
        assertTrue(m.contains(null, org.apache.jena.vocabulary.RDF.type, m.createResource(VOID + "Linkset")));
        assertTrue(m.contains(null, org.apache.jena.vocabulary.OWL.sameAs, (org.apache.jena.rdf.model.RDFNode) null),
                "the seeds' places are linked to Wikidata by the curated tables");
        Path trig = tmp.resolve("out/full.trig");
        assertEquals(0, hkg("export", "--store", store.toString(), "--format", "trig", "-o", trig.toString()).exit());
        org.apache.jena.query.Dataset ds = RDFDataMgr.loadDataset(trig.toString());
        assertTrue(ds.containsNamedModel("https://w3id.org/hkg/graph/void"));
        assertTrue(ds.containsNamedModel("https://w3id.org/hkg/graph/links"));
    }

    @Test
    void theServerAnswersSparqlOverHttpAndRefusesUpdates() {
        try (GraphStore gs = GraphStore.open(store);
             HkgServer server = HkgServer.builder().dataset(gs.dataset()).port(0).build().start()) {
            long before = gs.tripleCount();
            List<String> orgs = new ArrayList<>();
            try (var qe = QueryExecutionHTTP.service(server.sparqlUrl()).query(CompetencyQueries.text("incidents")).build()) {
                qe.execSelect().forEachRemaining(s -> orgs.add(s.getLiteral("orgName").getString()));
            }
            assertEquals(2, orgs.size(), orgs.toString());
            HttpException refused = assertThrows(HttpException.class, () -> UpdateExecutionHTTP
                    .service(server.url() + "hkg/update").update("INSERT DATA { <urn:a> <urn:b> <urn:c> }").execute());
            assertTrue(refused.getStatusCode() >= 400 && refused.getStatusCode() < 500, "status " + refused.getStatusCode());
            HttpException refused2 = assertThrows(HttpException.class, () -> UpdateExecutionHTTP
                    .service(server.sparqlUrl()).update("INSERT DATA { <urn:a> <urn:b> <urn:c> }").execute());
            assertTrue(refused2.getStatusCode() >= 400 && refused2.getStatusCode() < 500);
            assertEquals(before, gs.tripleCount());
        }
    }

    @Test
    void userErrorsAreOneLineWithExitTwo() {
        Run missing = hkg("build", "--store", store.toString(), "no/such/folder");
        assertEquals(2, missing.exit());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        assertTrue(missing.err().contains("no/such/folder"));
        Run noStore = hkg("query", "--store", tmp.resolve("none").toString(), "SELECT * { ?s ?p ?o }");
        assertEquals(2, noStore.exit());
        assertEquals(1, noStore.err().strip().lines().count(), noStore.err());
    }

    private long triples() {
        try (GraphStore gs = GraphStore.open(store)) {
            return gs.tripleCount();
        }
    }

    /** W3C SPARQL CSV results: header row, then rows; quoted fields may hold commas. */
    static List<Map<String, String>> csv(String text) throws Exception {
        List<Map<String, String>> out = new ArrayList<>();
        List<List<String>> records = new ArrayList<>();
        try (var in = new StringReader(text)) {
            List<String> rec = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int c;
            while ((c = in.read()) != -1) {
                char ch = (char) c;
                if (quoted) {
                    if (ch == '"') {
                        in.mark(1);
                        int n = in.read();
                        if (n == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            if (n != -1) {
                                in.reset();
                            }
                        }
                    } else {
                        field.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == ',') {
                    rec.add(field.toString());
                    field.setLength(0);
                } else if (ch == '\n') {
                    rec.add(field.toString().replace("\r", ""));
                    field.setLength(0);
                    records.add(rec);
                    rec = new ArrayList<>();
                } else {
                    field.append(ch);
                }
            }
        }
        List<String> header = records.get(0);
        for (List<String> r : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String v = i < r.size() ? r.get(i) : "";
                if (!v.isEmpty()) {
                    row.put(header.get(i), v);
                }
            }
            out.add(row);
        }
        return out;
    }
}
