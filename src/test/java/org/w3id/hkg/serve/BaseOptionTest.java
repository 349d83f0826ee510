package org.w3id.hkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** With another instance base, its IRIs are the ones served at the server root. */
class BaseOptionTest {
    private static final String BASE = "https://example.org/kg/";

    @Test
    void iriUnderTheGivenBaseIsServedAtTheRoot() {
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(ds, () -> RDFParser.create().source(new StringReader("""
                PREFIX hkg: <https://w3id.org/hkg/ontology#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                <https://example.org/kg/graph/d1> {
                  <https://example.org/kg/id/hospital/x> a hkg:Hospital ; skos:prefLabel "某某医院"@zh . }
                """)).lang(Lang.TRIG).parse(ds));
        try (HkgServer server = HkgServer.builder().dataset(ds).port(0).base("https://example.org/kg").build().start()) {
            HttpResponse<String> page = Http.get(server.url() + "id/hospital/x");
            assertEquals(200, page.statusCode());
            assertEquals("某某医院", Jsoup.parse(page.body()).selectFirst("h1").text());
            HttpResponse<String> ttl = Http.get(server.url() + "id/hospital/x.ttl");
            assertTrue(ttl.body().contains(BASE + "id/hospital/x") || ttl.body().contains("某某医院"), ttl.body());
            assertTrue(Jsoup.parse(Http.get(server.url() + "about").body())
                    .selectFirst("a[href=/id/hospital/x]") != null, "landing page links locally");
        } finally {
            ds.close();
        }
    }
}
