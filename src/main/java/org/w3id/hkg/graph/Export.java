package org.w3id.hkg.graph;

import java.io.OutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
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
                Dataset copy = DatasetFactory.create();
                copy.getPrefixMapping().setNsPrefixes(Prefixes.ALL);
                store.dataset().listModelNames().forEachRemaining(
                        r -> copy.addNamedModel(r.getURI(), store.dataset().getNamedModel(r.getURI())));
                if (extra != null) {
                    copy.addNamedModel(extraGraph, extra);
                }
                RDFDataMgr.write(out, copy, format.rdf);
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
