package org.w3id.hkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** {@code /serve/*}: the pages' own static files (style sheet), with caching headers. */
final class StaticServlet extends HttpServlet {
    private static final Map<String, String> FILES = Map.of("/style.css", "text/css; charset=utf-8");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String name = req.getPathInfo();
        String type = name == null ? null : FILES.get(name);
        if (type == null) {
            LinkedDataServlet.plain(res, HttpServletResponse.SC_NOT_FOUND, "404 Not Found\n");
            return;
        }
        byte[] body = Resources.bytes(name.substring(1));
        res.setContentType(type);
        res.setHeader("Cache-Control", "public, max-age=3600");
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }
}
