package org.w3id.hkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;

/** {@code GET /health}: 200 and {@code {"status":"ok","triples":N}} (triples of the union graph). */
final class HealthServlet extends HttpServlet {
    private final transient ServeContext ctx;

    HealthServlet(ServeContext ctx) {
        this.ctx = ctx;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        long triples;
        String status = "ok";
        try {
            QuerySolution row = ctx.select(new ParameterizedSparqlString(
                    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")).get(0);
            triples = row.getLiteral("n").getLong();
        } catch (RuntimeException e) {
            triples = -1;
            status = "error";
            res.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
        byte[] body = ("{\"status\":\"" + status + "\",\"triples\":" + triples + "}\n")
                .getBytes(StandardCharsets.UTF_8);
        res.setContentType("application/json; charset=utf-8");
        res.setHeader("Cache-Control", "no-cache");
        res.getOutputStream().write(body);
    }
}
