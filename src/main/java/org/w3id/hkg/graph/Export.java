package org.w3id.hkg.graph;

import java.io.OutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.w3id.hkg.store.GraphStore;

/** Writes the store in an RDF syntax, with the project's prefixes. */
public final class Export {
    /** Export formats: the union graph (ttl, nt, jsonld) or one graph per document (trig, nq). */
    public enum Format {
        ttl(RDFFormat.TURTLE_BLOCKS, false), nt(RDFFormat.NTRIPLES, false), jsonld(RDFFormat.JSONLD11, false),
        trig(RDFFormat.TRIG_BLOCKS, true), nq(RDFFormat.NQUADS, true);

        final RDFFormat rdf;
        final boolean quads;

        Format(RDFFormat rdf, boolean quads) {
            this.rdf = rdf;
            this.quads = quads;
        }
    }

    private Export() {
    }

    public static void write(GraphStore store, Format format, OutputStream out) {
        write(store, format, out, null, null);
    }

    /**
     * Writes the store; {@code extra} (e.g. the VoID/DCAT description of the dataset), when given, is
     * added to the union graph, or as the named graph {@code extraGraph} for the quad formats.
     */
    public static void write(GraphStore store, Format format, OutputStream out, Model extra, String extraGraph) {
        store.read(() -> {
            if (format.quads) {
                // Streamed graph by graph (TDB2's GSPO order): the store is never copied into memory.
                StreamRDF stream = StreamRDFWriter.getWriterStream(out, format.rdf);
                stream.start();
                Prefixes.ALL.getNsPrefixMap().forEach(stream::prefix);
                store.dataset().asDatasetGraph().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stream::quad);
                if (extra != null) {
                    Node g = NodeFactory.createURI(extraGraph);
                    extra.getGraph().find().forEachRemaining(t -> stream.quad(Quad.create(g, t)));
                }
                stream.finish();
            } else {
                Model union = ModelFactory.createDefaultModel().setNsPrefixes(Prefixes.ALL);
                union.add(store.dataset().getUnionModel());
                if (extra != null) {
                    union.add(extra);
                }
                RDFDataMgr.write(out, union, format.rdf);
            }
            return null;
        });
    }
}
