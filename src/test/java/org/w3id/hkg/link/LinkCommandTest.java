package org.w3id.hkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.VOID;
import org.w3id.hkg.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hkg.cli.Hkg;
import picocli.CommandLine;

class LinkCommandTest {
    @TempDir
    Path dir;

    /** Exit code, stderr, stdout. */
    private String[] run(String... args) {
        CommandLine cl = Hkg.commandLine();
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(out));
        int code = cl.execute(args);
        return new String[]{Integer.toString(code), err.toString(), out.toString()};
    }

    private Path storeWithOneHospital() {
        Path store = dir.resolve("store");
        Sample sample = new Sample().entity("d1", Kind.HOSPITAL, "qs", "广州市青山医院", "青山医院");
        try (GraphStore gs = GraphStore.open(store)) {
            Txn.executeWrite(gs.dataset(), () -> Txn.executeRead(sample.dataset(), () ->
                    sample.dataset().listNames().forEachRemaining(g ->
                            gs.dataset().addNamedModel(g, sample.dataset().getNamedModel(g)))));
        }
        return store;
    }

    @Test
    void linksAStoreAndWritesTheVoid() throws Exception {
        Path store = storeWithOneHospital();
        Path links = Files.createDirectories(dir.resolve("links"));
        Files.writeString(links.resolve("curated.tsv"), "local\texternal\tsource\tnote\n青山医院\tQ101\thand\t\n");
        Path voidFile = dir.resolve("out/void.ttl");
        String[] r = run("link", "--store", store.toString(), "--links", links.toString(), "--void", voidFile.toString());
        assertEquals("0", r[0], r[1]);
        assertTrue(r[2].startsWith("3 links (3 curated, 0 reconciled)"), r[2]);
        Model v = RDFDataMgr.loadModel(voidFile.toString());
        Resource top = v.getResource(Sample.BASE + Linkset.LINKSET_PATH);
        assertEquals(3, top.getRequiredProperty(VOID.triples).getInt());
    }

    @Test
    void unreachableEndpointWarnsOnceAndExitsOne() throws Exception {
        Path store = storeWithOneHospital();
        Path links = Files.createDirectories(dir.resolve("links"));
        Files.writeString(links.resolve("curated.tsv"), "local\texternal\tsource\tnote\n");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String[] r = run("link", "--store", store.toString(), "--links", links.toString(),
                "--endpoint", "http://127.0.0.1:" + port + "/sparql", "--timeout", "5");
        assertEquals("1", r[0]);
        assertEquals(1, r[1].strip().lines().count(), r[1]);
        assertTrue(r[1].startsWith("hkg: warning: endpoint http://127.0.0.1:" + port + "/sparql not usable"), r[1]);
        assertTrue(r[2].startsWith("2 links (2 curated"), r[2]);
    }

    @Test
    void badEndpointUrlIsOneLineUsageError() {
        String[] r = run("link", "--store", dir.toString(), "--endpoint", "ftp://example.org/x");
        assertEquals("2", r[0]);
        assertEquals("hkg: not an http(s) SPARQL endpoint URL: 'ftp://example.org/x'", r[1].strip());
    }

    @Test
    void missingStoreIsOneLineUsageError() {
        String[] r = run("link", "--store", dir.resolve("none").toString());
        assertEquals("2", r[0]);
        assertTrue(r[1].strip().startsWith("hkg: no store at "), r[1]);
        assertEquals(1, r[1].strip().lines().count());
    }
}
