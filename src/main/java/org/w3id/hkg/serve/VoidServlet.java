package org.w3id.hkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

/** {@code GET /.well-known/void}: the {@link DatasetDescription}, Turtle by default, negotiated by Accept. */
final class VoidServlet extends HttpServlet {
    private static final List<String> OFFERS = offers();

    private final transient ServeContext ctx;

    VoidServlet(ServeContext ctx) {
        this.ctx = ctx;
    }

    private static List<String> offers() {
        List<String> o = new ArrayList<>(RdfSyntax.MEDIA_TYPES);
        o.addAll(List.of("application/x-turtle", "application/json", "text/plain"));
        return List.copyOf(o);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        res.setHeader("Vary", "Accept");
        String chosen = Conneg.choose(req.getHeader("Accept"), OFFERS).orElse(null);
        if (chosen == null) {
            LinkedDataServlet.plain(res, HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "406 Not Acceptable: available as " + String.join(", ", OFFERS) + "\n");
            return;
        }
        RdfSyntax syntax = RdfSyntax.byMediaType(chosen).orElseThrow();
        String root = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
        Model m = new DatasetDescription(ctx.dataset(), ctx.base())
                .sparqlEndpoint(root + "/" + HkgServer.DATASET_NAME + "/sparql").model();
        res.setContentType(syntax.contentType());
        res.setHeader("Cache-Control", "public, max-age=60");
        try (OutputStream out = res.getOutputStream()) {
            RDFDataMgr.write(out, m, syntax.format());
        }
    }
}
