package org.w3id.hkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * CORS for every response ({@code Access-Control-Allow-Origin: *}, no credentials), so that YASGUI,
 * Comunica and other browser clients can query the SPARQL endpoint and fetch entity descriptions; answers
 * preflight {@code OPTIONS} requests itself.
 */
final class CorsFilter implements Filter {
    static final String ALLOW_METHODS = "GET, HEAD, POST, OPTIONS";
    static final String ALLOW_HEADERS = "Accept, Content-Type, Origin, Authorization, Cache-Control, X-Requested-With";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest hreq = (HttpServletRequest) req;
        HttpServletResponse hres = (HttpServletResponse) res;
        hres.setHeader("Access-Control-Allow-Origin", "*");
        hres.setHeader("Access-Control-Expose-Headers", "Content-Type, Content-Length, Link, Vary");
        boolean preflight = "OPTIONS".equals(hreq.getMethod()) && hreq.getHeader("Origin") != null
                && hreq.getHeader("Access-Control-Request-Method") != null;
        if (preflight) {
            hres.setHeader("Access-Control-Allow-Methods", ALLOW_METHODS);
            hres.setHeader("Access-Control-Allow-Headers", ALLOW_HEADERS);
            hres.setHeader("Access-Control-Max-Age", "86400");
            hres.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(req, res);
    }
}
