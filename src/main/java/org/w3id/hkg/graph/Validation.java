package org.w3id.hkg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.w3id.hkg.store.GraphStore;

/** SHACL validation of the union graph against the shapes packaged from {@code ontology/shapes.ttl}. */
public final class Validation {
    /** Outcome: conformance, number of focus nodes, one readable line per violation. */
    public record Result(boolean conforms, long checked, List<String> violations) {
    }

    private Validation() {
    }

    public static Shapes shapes() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = Validation.class.getResourceAsStream("/ontology/shapes.ttl")) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Shapes.parse(g);
    }

    public static Result validate(GraphStore store) {
        return store.read(() -> validate(store.dataset().getUnionModel().getGraph()));
    }

    public static Result validate(Graph data) {
        Shapes shapes = shapes();
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<String> lines = report.getEntries().stream()
                .map(e -> str(e.focusNode()) + " " + (e.resultPath() == null ? "" : e.resultPath() + " ")
                        + e.message())
                .sorted().toList();
        long checked = shapes.getTargetShapes().stream()
                .mapToLong(s -> org.apache.jena.shacl.validation.VLib.focusNodes(data, s).size()).sum();
        return new Result(report.conforms(), checked, lines);
    }

    private static String str(Node n) {
        return FmtUtils.stringForNode(n);
    }
}
