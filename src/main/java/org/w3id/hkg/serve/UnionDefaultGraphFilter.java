package org.w3id.hkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.sparql.core.Quad;

/**
 * Makes a Graph Store Protocol read of the default graph ({@code GET /hkg/get?default}) return the union
 * of the named graphs, as SPARQL queries see it: TDB2's union default graph applies to queries only, so
 * the request is answered as {@code ?graph=urn:x-arq:UnionGraph}.
 */
final class UnionDefaultGraphFilter implements Filter {
    private final Set<String> gspPaths;

    UnionDefaultGraphFilter(String datasetName) {
        String ds = "/" + datasetName;
        this.gspPaths = Set.of(ds, ds + "/get", ds + "/data");
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest hreq = (HttpServletRequest) req;
        String path = hreq.getRequestURI().substring(hreq.getContextPath().length());
        boolean read = "GET".equals(hreq.getMethod()) || "HEAD".equals(hreq.getMethod());
        if (read && gspPaths.contains(path) && hreq.getParameter("default") != null
                && hreq.getParameter("graph") == null) {
            chain.doFilter(new UnionRequest(hreq), res);
        } else {
            chain.doFilter(req, res);
        }
    }

    /** The request with {@code default} replaced by {@code graph=urn:x-arq:UnionGraph}. */
    private static final class UnionRequest extends HttpServletRequestWrapper {
        private final Map<String, String[]> params;

        UnionRequest(HttpServletRequest req) {
            super(req);
            Map<String, String[]> p = new LinkedHashMap<>(req.getParameterMap());
            p.remove("default");
            p.put("graph", new String[] {Quad.unionGraph.getURI()});
            this.params = Collections.unmodifiableMap(p);
        }

        @Override
        public String getParameter(String name) {
            String[] v = params.get(name);
            return v == null ? null : v[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return params;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(params.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return params.get(name);
        }

        @Override
        public String getQueryString() {
            return "graph=" + Quad.unionGraph.getURI();
        }
    }
}
