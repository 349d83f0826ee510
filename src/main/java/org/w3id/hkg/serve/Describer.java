package org.w3id.hkg.serve;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;

/**
 * Bounded symmetric concise bounded description of a resource over the union of the named graphs: the
 * triples whose subject is the resource, the triples whose object is it, and the closure of the blank
 * nodes reached either way; at most {@link #MAX_TRIPLES} triples.
 */
final class Describer {
    /** Upper bound of a description. */
    static final int MAX_TRIPLES = 2000;

    private final Dataset dataset;
    private final int max;

    Describer(Dataset dataset) {
        this(dataset, MAX_TRIPLES);
    }

    Describer(Dataset dataset, int max) {
        this.dataset = dataset;
        this.max = max;
    }

    /** The description of {@code iri}; empty when the store says nothing about it. */
    Model describe(String iri) {
        Model out = ModelFactory.createDefaultModel();
        Txn.executeRead(dataset, () -> collect(dataset.asDatasetGraph().getUnionGraph(),
                NodeFactory.createURI(iri), out.getGraph()));
        out.setNsPrefixes(org.w3id.hkg.graph.Prefixes.ALL);
        return out;
    }

    private void collect(Graph union, Node start, Graph out) {
        Deque<Node> todo = new ArrayDeque<>();
        Set<Node> seen = new HashSet<>();
        todo.add(start);
        seen.add(start);
        while (!todo.isEmpty() && out.size() < max) {
            Node n = todo.poll();
            copy(union.find(n, Node.ANY, Node.ANY), out, true, todo, seen);
            copy(union.find(Node.ANY, Node.ANY, n), out, false, todo, seen);
        }
    }

    private void copy(Iterator<Triple> it, Graph out, boolean outgoing, Deque<Node> todo, Set<Node> seen) {
        while (it.hasNext() && out.size() < max) {
            Triple t = it.next();
            out.add(t);
            Node other = outgoing ? t.getObject() : t.getSubject();
            if (other.isBlank() && seen.add(other)) {
                todo.add(other);
            }
        }
    }
}
