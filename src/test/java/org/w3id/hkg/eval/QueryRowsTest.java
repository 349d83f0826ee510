package org.w3id.hkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.junit.jupiter.api.Test;
import org.w3id.hkg.vocab.HKG;

/** Reads rows from a small dataset in the graph's shape, then scores them. */
class QueryRowsTest {
    private static final String ENTITIES = """
            PREFIX hkg: <https://w3id.org/hkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?entity ?name ?type WHERE {
              GRAPH ?g {
                ?entity a ?class .
                VALUES (?class ?type) { (hkg:Hospital "hospital") (hkg:Company "company") }
                { ?entity rdfs:label ?name } UNION { ?entity skos:altLabel ?name }
              }
            }
            """;
    private static final String OWNERSHIP = """
            PREFIX hkg: <https://w3id.org/hkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?orgName ?parentName ?blank WHERE {
              GRAPH ?g { ?f a hkg:Ownership ; hkg:subsidiary ?o ; hkg:parent ?p .
                         ?o rdfs:label ?orgName . ?p rdfs:label ?parentName . OPTIONAL { ?f hkg:nothing ?blank } }
            }
            """;

    private static Dataset dataset() {
        Model m = ModelFactory.createDefaultModel();
        String id = "https://w3id.org/hkg/id/";
        Resource h = m.createResource(id + "hospital/qingshan-renai").addProperty(RDF.type, HKG.Hospital)
                .addProperty(RDFS.label, "青山仁爱医院").addProperty(SKOS.prefLabel, "青山仁爱医院")
                .addProperty(SKOS.altLabel, "仁爱医院");
        Resource c = m.createResource(id + "company/huayue").addProperty(RDF.type, HKG.Company)
                .addProperty(RDFS.label, "华越医疗投资股份有限公司").addProperty(SKOS.altLabel, "华越医疗");
        m.createResource().addProperty(RDF.type, HKG.Ownership).addProperty(HKG.subsidiary, h)
                .addProperty(HKG.parent, c).addProperty(HKG.source, m.createResource(id + "doc/a"))
                .addProperty(HKG.evidence, "青山仁爱医院是华越医疗旗下医院。")
                .addLiteral(HKG.confidence, m.createTypedLiteral("0.9", XSDDatatype.XSDdecimal));
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> ds.addNamedModel("https://w3id.org/hkg/graph/doc/a", m));
        return ds;
    }

    @Test
    void readsRowsAsPlainStringsAndScoresThem() {
        Map<String, List<Map<String, String>>> rows =
                QueryRows.collect(dataset(), Map.of("entities", ENTITIES, "ownership", OWNERSHIP));
        assertEquals(4, rows.get("entities").size());
        assertEquals(List.of(Map.of("orgName", "青山仁爱医院", "parentName", "华越医疗投资股份有限公司")),
                rows.get("ownership"), "unbound variables are left out");
        assertEquals("https://w3id.org/hkg/id/hospital/qingshan-renai",
                rows.get("entities").stream().filter(r -> r.get("name").equals("仁爱医院")).findFirst()
                        .orElseThrow().get("entity"));

        EvalResult r = Scorer.score(TinyGold.gold(), rows);
        QueryScore entities = r.queries().get(0);
        assertEquals(List.of(5, 2, 2), List.of(entities.gold(), entities.predicted(), entities.truePositives()));
        assertEquals(1.0, r.queries().get(1).f1());
        assertEquals(1.0, r.fragmentation().value());
    }
}
