package org.w3id.hkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hkg.store.GraphStore;

/** The entry point {@code build} calls, on the real TDB2 store with its union default graph. */
class GraphStoreLinkTest {
    @Test
    void linkOfflineOnATdb2Store(@TempDir Path dir) throws Exception {
        Path links = Files.createDirectories(dir.resolve("links"));
        Files.writeString(links.resolve("curated.tsv"), "local\texternal\tsource\tnote\n青山医院\tQ101\thand\t\n");
        Sample sample = new Sample().entity("d1", Kind.HOSPITAL, "qs", "广州市青山医院", "青山医院")
                .listing("d1", "dh", "hkex").entity("d1", Kind.COMPANY, "dh", "东湖药业");
        try (GraphStore store = GraphStore.inMemory()) {
            Dataset ds = store.dataset();
            Txn.executeWrite(ds, () -> Txn.executeRead(sample.dataset(), () ->
                    sample.dataset().listNames().forEachRemaining(g ->
                            ds.addNamedModel(g, sample.dataset().getNamedModel(g)))));
            LinkReport first = Linker.linkOffline(store, links);
            LinkReport second = Linker.linkOffline(store, links);
            assertEquals(3, first.curated(), "青山医院 and the QIDs of Guangzhou and Guangdong");
            assertEquals(first, second);
            long sameAs = Txn.calculateRead(ds, () -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query("""
                        SELECT (COUNT(*) AS ?n) WHERE { ?s <http://www.w3.org/2002/07/owl#sameAs> ?o }""").build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(3, sameAs, "the union default graph sees the links graph once");
            assertTrue(first.ambiguous().isEmpty() && first.unmatched().isEmpty());
            assertEquals(1, first.locations());
            LinkReport bundled = Linker.linkOffline(store, dir.resolve("no-such-folder"));
            assertEquals(2, bundled.curated(), "bundled tables: only the places' QIDs");
        }
    }
}
