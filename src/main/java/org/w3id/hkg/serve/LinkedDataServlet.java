package org.w3id.hkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

/**
 * Dereferenceable IRIs: {@code GET /id/…}, {@code /doc/…}, {@code /fact/…}, {@code /code/…} describe the
 * resource {@code base + path}. HTML for browsers, Turtle, JSON-LD, N-Triples or RDF/XML by {@code Accept}
 * (q-values honoured) or by a {@code .ttl}/{@code .jsonld}/{@code .nt}/{@code .rdf} suffix; 406 when no
 * offered type is acceptable, 404 for IRIs the store does not know. An HTML page shows the articles about
 * the resource a page at a time: {@code ?page=N} (from 1; 400 for anything else).
 */
final class LinkedDataServlet extends HttpServlet {
    private static final String HTML = "text/html";
    private static final List<String> OFFERS = offers();

    private final transient ServeContext ctx;
    private final transient Describer describer;

    LinkedDataServlet(ServeContext ctx) {
        this.ctx = ctx;
        this.describer = new Describer(ctx.dataset());
    }

    private static List<String> offers() {
        List<String> o = new ArrayList<>(List.of(HTML, "application/xhtml+xml"));
        o.addAll(RdfSyntax.MEDIA_TYPES);
        o.addAll(List.of("application/x-turtle", "application/json", "text/plain"));
        return List.copyOf(o);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String rawPath = req.getRequestURI().substring(req.getContextPath().length());
        String path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        Optional<RdfSyntax> forced = Optional.empty();
        boolean forcedHtml = false;
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/')) {
            String suffix = path.substring(dot + 1);
            forced = RdfSyntax.bySuffix(suffix);
            forcedHtml = suffix.equals("html");
            if (forced.isPresent() || forcedHtml) {
                path = path.substring(0, dot);
                rawPath = rawPath.substring(0, rawPath.lastIndexOf('.'));
            }
        }
        res.setHeader("Vary", "Accept");
        String chosen = forcedHtml ? HTML : forced.map(RdfSyntax::mediaType)
                .orElseGet(() -> Conneg.choose(req.getHeader("Accept"), OFFERS).orElse(null));
        if (chosen == null) {
            plain(res, HttpServletResponse.SC_NOT_ACCEPTABLE, "406 Not Acceptable: this resource is available as "
                    + String.join(", ", OFFERS) + "\n");
            return;
        }
        try {
            if (chosen.equals(HTML) || chosen.equals("application/xhtml+xml")) {
                OptionalInt page = page(req.getParameter("page"));
                if (page.isEmpty()) {
                    plain(res, HttpServletResponse.SC_BAD_REQUEST, "400 Bad Request: page must be a whole number from 1\n");
                    return;
                }
                html(res, path, rawPath, page.getAsInt());
            } else {
                rdf(res, path, rawPath, RdfSyntax.byMediaType(chosen).orElseThrow());
            }
        } catch (QueryCancelledException e) {
            plain(res, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "503: the description took too long\n");
        }
    }

    private void rdf(HttpServletResponse res, String path, String rawPath, RdfSyntax syntax) throws IOException {
        String iri = LocalPaths.iri(path, ctx.base());
        Model m = describer.describe(iri);
        if (m.isEmpty() && !rawPath.equals(path)) {
            m = describer.describe(LocalPaths.iri(rawPath, ctx.base()));
        }
        if (m.isEmpty()) {
            plain(res, HttpServletResponse.SC_NOT_FOUND, "404 Not Found: nothing is known about <" + iri + ">\n");
            return;
        }
        res.setContentType(syntax.contentType());
        res.setHeader("Cache-Control", "public, max-age=60");
        res.setHeader("Link", "<" + rawPath + ".html>; rel=\"alternate\"; type=\"text/html\"");
        try (OutputStream out = res.getOutputStream()) {
            RDFDataMgr.write(out, m, syntax.format());
        }
    }

    /** The page asked for: 1 when absent, empty when not a whole number from 1. */
    static OptionalInt page(String value) {
        if (value == null) {
            return OptionalInt.of(1);
        }
        if (!value.matches("[0-9]{1,9}")) {
            return OptionalInt.empty();
        }
        int page = Integer.parseInt(value);
        return page < 1 ? OptionalInt.empty() : OptionalInt.of(page);
    }

    private void html(HttpServletResponse res, String path, String rawPath, int page) throws IOException {
        String iri = LocalPaths.iri(path, ctx.base());
        ResourceData d = ResourceData.load(ctx, iri, page);
        if (d.isEmpty() && !rawPath.equals(path)) {
            iri = LocalPaths.iri(rawPath, ctx.base());
            d = ResourceData.load(ctx, iri, page);
        }
        if (d.isEmpty()) {
            res.setStatus(HttpServletResponse.SC_NOT_FOUND);
            write(res, "text/html; charset=utf-8", Html.page("404", "", "<h1>404 未找到 <span class=\"en\">Not found"
                    + "</span></h1><p>Nothing is known about <span class=\"iri\">" + Html.esc(iri)
                    + "</span>.</p><p><a href=\"/about\">首页 Home</a></p>"));
            return;
        }
        res.setHeader("Cache-Control", "public, max-age=60");
        write(res, "text/html; charset=utf-8", new ResourcePage(d, ctx.base(), rawPath).render());
    }

    static void plain(HttpServletResponse res, int status, String text) throws IOException {
        res.setStatus(status);
        write(res, "text/plain; charset=utf-8", text);
    }

    static void write(HttpServletResponse res, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        res.setContentType(contentType);
        res.setContentLength(bytes.length);
        res.getOutputStream().write(bytes);
    }
}
