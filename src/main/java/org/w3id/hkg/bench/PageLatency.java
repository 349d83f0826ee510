package org.w3id.hkg.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.w3id.hkg.serve.HkgServer;
import org.w3id.hkg.store.GraphStore;

/**
 * Latency of entity pages, the answers a browser asks for one at a time: everything about one hospital,
 * company, regulator, alliance or person (its names, facts with their evidence sentences, sources),
 * fetched as HTML from the running server. The entities are an even sample of all of them, so the
 * figures do not depend on which ones a test happens to pick.
 */
final class PageLatency {
    private PageLatency() {
    }

    /** Up to {@code n} entity IRIs spread evenly over all entities in IRI order (the first and last included). */
    static List<String> sample(GraphStore store, int n) {
        return evenly(store.entityIris(), n);
    }

    /** Up to {@code n} items of {@code all}, evenly spaced, the first and last included. */
    static <T> List<T> evenly(List<T> all, int n) {
        if (all.size() <= n) {
            return List.copyOf(all);
        }
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(all.get((int) Math.round(i * (all.size() - 1) / (double) Math.max(1, n - 1))));
        }
        return out;
    }

    /**
     * Milliseconds to fetch the HTML page of each entity, {@code runs} times each after one untimed
     * fetch, sorted; also checks that every page is answered.
     *
     * @param base the base of the instance IRIs (their pages are at the same path on the server)
     */
    static double[] htmlMs(HttpClient client, HkgServer server, String base, List<String> iris, int runs) throws Exception {
        double[] ms = new double[iris.size() * runs];
        int k = 0;
        for (String iri : iris) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(server.url() + iri.substring(base.length())))
                    .header("Accept", "text/html").GET().build();
            fetch(client, req);
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                fetch(client, req);
                ms[k++] = (System.nanoTime() - t0) / 1e6;
            }
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void fetch(HttpClient client, HttpRequest req) throws Exception {
        HttpResponse<byte[]> res = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
        if (res.statusCode() != 200 || res.body().length == 0) {
            throw new IllegalStateException("HTTP " + res.statusCode() + " for " + req.uri());
        }
    }
}
