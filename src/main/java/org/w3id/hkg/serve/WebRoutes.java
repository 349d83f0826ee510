package org.w3id.hkg.serve;

import org.apache.jena.fuseki.main.FusekiServer;

/** Mounts the hkg pages and filters on a Fuseki server builder. */
final class WebRoutes {
    private WebRoutes() {
    }

    static void install(FusekiServer.Builder fb, ServeContext ctx) {
        fb.addFilter("/*", new CorsFilter());
        fb.addFilter("/*", new UnionDefaultGraphFilter(HkgServer.DATASET_NAME));
        fb.addFilter("/*", new UiFilter());
        fb.addServlet("/health", new HealthServlet(ctx));
        fb.addServlet("/about", new LandingServlet(ctx));
        fb.addServlet("/.well-known/void", new VoidServlet(ctx));
        fb.addServlet("/serve/*", new StaticServlet());
        LinkedDataServlet ld = new LinkedDataServlet(ctx);
        for (String area : new String[] {"id", "doc", "fact", "code"}) {
            fb.addServlet("/" + area + "/*", ld);
        }
    }
}
