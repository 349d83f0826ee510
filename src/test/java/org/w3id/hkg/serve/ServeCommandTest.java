package org.w3id.hkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hkg.cli.Hkg;
import org.w3id.hkg.graph.CompetencyQueries;
import org.w3id.hkg.link.Linker;
import org.w3id.hkg.pipeline.Components;
import org.w3id.hkg.store.GraphStore;
import org.w3id.hkg.vocab.HKG;
import picocli.CommandLine;

/** {@code hkg serve} as a user runs it: from an empty store built from seeds/ to Ctrl-C, and its errors. */
class ServeCommandTest {
    private static final Pattern SERVING = Pattern.compile("hkg: serving .* at (http://127\\.0\\.0\\.1:\\d+/)");

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    private static Run hkg(String... args) {
        CommandLine cl = Hkg.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void servesAStoreUntilStopped() throws Exception {
        Path store = sampleStore();
        List<String> lines = serveAndBrowse(store);
        assertFalse(String.join("\n", lines).contains("building"), lines.toString());
    }

    @Test
    void servesAnEmptyStoreBuiltFromSeedsUntilStopped() throws Exception {
        Assumptions.assumeTrue(buildIsWired(), "the build stages are not wired on this branch yet");
        Path store = tmp.resolve("store");
        List<String> lines = serveAndBrowse(store);
        assertTrue(String.join("\n", lines).contains("building it from seeds"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("links: ")), "it links as hkg build does: " + lines);
        try (GraphStore gs = GraphStore.open(store)) {
            assertFalse(gs.isEmpty(), "the store built from seeds stays");
            assertFalse(gs.read(() -> gs.dataset().getNamedModel(Linker.linksGraph(HKG.DEFAULT_BASE)).isEmpty()),
                    "the seeds' curated links are stored");
        }
    }

    /**
     * Runs {@code hkg serve} in its own JVM on {@code store}, browses the landing page, a hospital's page
     * and the SPARQL endpoint, then stops it as Ctrl-C does; returns what it printed before serving.
     */
    private static List<String> serveAndBrowse(Path store) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Hkg.class.getName(), "serve", "--store", store.toString(), "--port", "0", "--seeds", "seeds")
                .redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try {
            String url = awaitUrl(p, lines);
            assertTrue(Http.get(url + "health").body().matches("(?s)\\{\"status\":\"ok\",\"triples\":[1-9].*"));
            Document about = Jsoup.parse(Http.get(url + "about").body());
            List<Element> hospitals = about.select("h2#hospitals + ul a[href^=/id/hospital/]");
            assertFalse(hospitals.isEmpty(), about.text());
            boolean evidenceShown = false;
            for (Element hospital : hospitals.subList(0, Math.min(20, hospitals.size()))) {
                HttpResponse<String> pageResponse = Http.get(url + hospital.attr("href").substring(1));
                assertEquals(200, pageResponse.statusCode(), pageResponse.body());
                Document page = Jsoup.parse(pageResponse.body());
                assertEquals(hospital.text(), page.selectFirst("h1").text());
                evidenceShown |= !page.select("blockquote.evidence mark").isEmpty();
            }
            assertTrue(evidenceShown, "some hospital page highlights its evidence");
            Element hospital = hospitals.get(0);
            try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(url + "hkg/sparql")
                    .query(CompetencyQueries.text("incidents")).build()) {
                assertTrue(qe.execSelect().hasNext());
            }
            HttpResponse<String> ttl = Http.get(url + hospital.attr("href").substring(1), "Accept", "text/turtle");
            assertEquals(200, ttl.statusCode());
            HttpResponse<String> voidTtl = Http.get(url + ".well-known/void");
            assertEquals(200, voidTtl.statusCode());
            assertTrue(voidTtl.body().contains("void:triples"), voidTtl.body());
        } finally {
            p.destroy(); // SIGTERM, as Ctrl-C: the shutdown hook stops the server and closes the store
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        assertFalse(p.isAlive());
        return lines;
    }

    private static boolean buildIsWired() {
        try {
            Components.standard();
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    private static String awaitUrl(Process p, List<String> lines) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        String line;
        while (System.nanoTime() < deadline && (line = r.readLine()) != null) {
            lines.add(line);
            Matcher m = SERVING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> r.lines().forEach(l -> { }), "drain-serve-output");
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new AssertionError("hkg serve did not start: " + lines);
    }

    private Path sampleStore() {
        Path store = tmp.resolve("sample-store");
        try (GraphStore gs = GraphStore.open(store)) {
            Txn.executeWrite(gs.dataset(), () -> RDFDataMgr.read(gs.dataset(),
                    ServeCommandTest.class.getResourceAsStream("/serve/sample.trig"), Lang.TRIG));
            // TDB2 keeps a closed store cached (and locked) in this JVM: let another process open it.
            TDBInternal.expel(gs.dataset().asDatasetGraph());
        }
        return store;
    }

    @Test
    void portInUseIsAOneLineErrorWithExit2() throws IOException {
        Path store = sampleStore();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Run r = hkg("serve", "--store", store.toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(2, r.exit(), r.out() + r.err());
            assertTrue(r.err().contains("already in use"), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
        try (GraphStore gs = GraphStore.open(store)) {
            assertFalse(gs.isEmpty(), "store closed and reusable after the failure");
        }
    }

    @Test
    void storeThatCannotBeOpenedIsAOneLineErrorWithExit2() throws IOException {
        Path notAFolder = Files.writeString(tmp.resolve("file"), "x");
        Run r = hkg("serve", "--store", notAFolder.toString(), "--port", "0");
        assertEquals(2, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("hkg: "), r.err());
    }

    @Test
    void badTimeoutIsAUsageError() {
        Run r = hkg("serve", "--timeout", "soon");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("not a duration"), r.err());
    }
}
