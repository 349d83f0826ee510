package org.w3id.hkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hkg.graph.CompetencyQueries;
import org.w3id.hkg.graph.DocumentGraph;
import org.w3id.hkg.graph.Export;
import org.w3id.hkg.graph.Fixtures;
import org.w3id.hkg.graph.Iris;
import org.w3id.hkg.graph.Validation;
import org.w3id.hkg.pipeline.GraphBuild;

class GraphStoreTest {
    @TempDir
    Path dir;

    private static void fill(GraphStore gs, String... ids) {
        GraphBuild.loadOntology(gs);
        DocumentGraph mapper = new DocumentGraph(Iris.standard());
        for (String id : ids) {
            gs.write(Map.of(Iris.standard().graph(id), mapper.map(Fixtures.document(id), Fixtures.extraction(id))),
                    Map.of(Iris.standard().graphOf("entities"), mapper.describe(Fixtures.extraction(id).referenced())));
        }
    }

    private static List<String> rows(GraphStore gs, String query) {
        return gs.read(() -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(gs.dataset()).query(CompetencyQueries.text(query)).build()) {
                var rs = qe.execSelect();
                List<String> vars = rs.getResultVars();
                rs.forEachRemaining(s -> out.add(String.join("|", vars.stream()
                        .map(v -> s.contains(v) ? s.get(v).toString() : "").toList())));
            }
            return out;
        });
    }

    @Test
    void aWriteTakesTheGraphsOneAtATimeInsideItsTransaction() {
        DocumentGraph mapper = new DocumentGraph(Iris.standard());
        List<String> ids = List.of("a.txt", "b.txt", "c.txt");
        List<String> events = new ArrayList<>();
        try (GraphStore gs = GraphStore.open(dir.resolve("s"))) {
            Iterator<GraphContent> graphs = new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < ids.size();
                }

                @Override
                public GraphContent next() {
                    String id = ids.get(next++);
                    events.add("made " + id + (gs.dataset().isInTransaction() ? " in the transaction" : ""));
                    Model m = mapper.map(Fixtures.document(id), Fixtures.extraction(id));
                    Graph reading = new WrappedGraph(m.getGraph()) {
                        @Override
                        public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
                            events.add("read " + id);
                            return super.find(s, p, o);
                        }
                    };
                    return new GraphContent(Iris.standard().graph(id), ModelFactory.createModelForGraph(reading));
                }
            };
            gs.write(graphs, Map.of(), IndexThreads.NONE);
            assertEquals(3, gs.storedHashes(ids.stream().map(Iris.standard()::graph).toList()).size(), "all three documents are stored");
        }
        assertEquals(List.of("made a.txt in the transaction", "read a.txt", "made b.txt in the transaction", "read b.txt",
                "made c.txt in the transaction", "read c.txt"), events, "each graph is read before the next is made");
    }

    @Test
    void competencyQueriesAnswerOverTheUnionGraph() {
        try (GraphStore gs = GraphStore.open(dir.resolve("s"))) {
            fill(gs, "a.txt", "b.txt");
            assertEquals(List.of("兰州华康医院|兰州华康医疗投资股份有限公司"), rows(gs, "ownership"));
            assertEquals(List.of("兰州华康医院|丝路医疗联盟|"), rows(gs, "membership"));
            assertEquals(List.of("兰州华康医院|death|2023-03-02"), rows(gs, "incidents"));
            assertEquals(List.of("兰州华康医院|warning|兰州市卫生健康委员会|"), rows(gs, "sanctions"));
            assertEquals(List.of("兰州华康医疗投资股份有限公司|300999"), rows(gs, "listings"));
            assertEquals(List.of("王立新|兰州华康医疗投资股份有限公司|董事长"), rows(gs, "roles"));
            List<String> entities = rows(gs, "entities");
            assertTrue(entities.stream().anyMatch(r -> r.endsWith("|华康医院|hospital")), entities.toString());
            assertEquals(5, entities.stream().map(r -> r.split("\\|")[0]).distinct().count(), "one node per entity across two documents");
            assertEquals(5, gs.entityCount());
        }
    }

    @Test
    void graphsAreReplacedNotAddedAndSurviveReopening() {
        Path s = dir.resolve("s");
        long triples;
        try (GraphStore gs = GraphStore.open(s)) {
            assertTrue(gs.isEmpty());
            fill(gs, "a.txt");
            triples = gs.tripleCount();
            fill(gs, "a.txt");
            assertEquals(triples, gs.tripleCount());
            assertFalse(gs.isEmpty());
            assertEquals(Map.of(Iris.standard().graph("a.txt"), "0".repeat(63) + "1"),
                    gs.storedHashes(List.of(Iris.standard().graph("a.txt"), Iris.standard().graph("z.txt"))),
                    "the stored document's hash; a graph not stored is left out");
        }
        try (GraphStore gs = GraphStore.open(s)) {
            assertEquals(triples, gs.tripleCount());
            assertEquals(5, gs.knownEntities().size());
        }
    }

    @Test
    void namesOfEntitiesNoDocumentMentionsAnyMoreArePruned() {
        try (GraphStore gs = GraphStore.inMemory()) {
            fill(gs, "a.txt");
            assertEquals(0, gs.pruneUnmentioned(Iris.standard().graphOf("entities")), "every entity is mentioned");
            var x = Fixtures.extraction("a.txt");
            var withoutPerson = new org.w3id.hkg.extract.Extraction(x.documentId(),
                    x.entities().stream().filter(e -> !e.ref().equals(Fixtures.PERSON)).toList(),
                    x.facts().stream().filter(f -> !f.refs().contains(Fixtures.PERSON)).toList());
            gs.replaceGraphs(Map.of(Iris.standard().graph("a.txt"),
                    new DocumentGraph(Iris.standard()).map(Fixtures.document("a.txt"), withoutPerson)));
            assertEquals(5, gs.entityCount());
            assertEquals(1, gs.pruneUnmentioned(Iris.standard().graphOf("entities")));
            assertEquals(4, gs.entityCount());
            assertEquals(List.of(), rows(gs, "roles"));
        }
    }

    @Test
    void shapesAcceptTheMappedGraphAndRejectAFactWithoutEvidence() {
        try (GraphStore gs = GraphStore.inMemory()) {
            fill(gs, "a.txt");
            Validation.Result ok = Validation.validate(gs);
            assertTrue(ok.conforms(), ok.violations().toString());
            assertTrue(ok.checked() > 10);
            Model broken = ModelFactory.createDefaultModel();
            broken.add(gs.read(() -> ModelFactory.createDefaultModel().add(gs.dataset().getUnionModel())));
            broken.removeAll(null, org.w3id.hkg.vocab.HKG.evidence, null);
            Validation.Result bad = Validation.validate(broken.getGraph());
            assertFalse(bad.conforms());
            assertEquals(6, bad.violations().size(), bad.violations().toString());
        }
    }

    @Test
    void exportsParseBackToTheSameTriples() {
        try (GraphStore gs = GraphStore.inMemory()) {
            fill(gs, "a.txt", "b.txt");
            ByteArrayOutputStream ttl = new ByteArrayOutputStream();
            Export.write(gs, Export.Format.ttl, ttl);
            Model back = ModelFactory.createDefaultModel();
            RDFDataMgr.read(back, new ByteArrayInputStream(ttl.toByteArray()), Lang.TURTLE);
            assertEquals(gs.tripleCount(), back.size());
            assertTrue(ttl.toString().startsWith("PREFIX") || ttl.toString().contains("@prefix"));

            ByteArrayOutputStream trig = new ByteArrayOutputStream();
            Export.write(gs, Export.Format.trig, trig);
            Dataset ds = DatasetFactory.create();
            RDFDataMgr.read(ds, new ByteArrayInputStream(trig.toByteArray()), Lang.TRIG);
            assertEquals(4, ds.asDatasetGraph().size(), "two documents + the entity names + the ontology graph");
        }
    }

    @Test
    void aNewStoreKeepsFourQuadIndexesAndRecordsThemForJenaTools() throws Exception {
        try (GraphStore gs = GraphStore.open(dir.resolve("layout"))) {
            fill(gs, "a.txt");
        }
        String cfg = Files.readString(dir.resolve("layout").resolve("tdb.cfg"));
        assertTrue(cfg.replaceAll("\\s", "").contains("\"tdb.quad_indexes\":[\"GSPO\",\"SPOG\",\"POSG\",\"OSPG\"]"), cfg);
        try (var files = Files.list(dir.resolve("layout").resolve("Data-0001"))) {
            assertEquals(List.of(), files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("GPOS") || n.startsWith("GOSP")).toList());
        }
        try (GraphStore again = GraphStore.open(dir.resolve("layout"))) {
            assertEquals(List.of("兰州华康医院|兰州华康医疗投资股份有限公司"), rows(again, "ownership"));
        }
    }

    @Test
    void aFileWhereTheStoreShouldBeIsAOneLineError() throws Exception {
        Path f = Files.writeString(dir.resolve("file"), "x");
        StoreException e = assertThrows(StoreException.class, () -> GraphStore.open(f));
        assertEquals(1, e.getMessage().lines().count());
    }
}
