package org.w3id.hkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bounded symmetric concise bounded description. */
class DescriberTest {
    private static final String HOSPITAL = "https://w3id.org/hkg/id/hospital/huakang";
    private static Dataset dataset;

    @BeforeAll
    static void load() {
        dataset = SampleData.load();
    }

    @AfterAll
    static void close() {
        dataset.close();
    }

    @Test
    void outgoingIncomingAndLinksAcrossGraphs() {
        Model m = new Describer(dataset).describe(HOSPITAL);
        var h = m.createResource(HOSPITAL);
        assertEquals(8, m.listStatements(h, null, (org.apache.jena.rdf.model.RDFNode) null).toList().size(),
                "type, rdfs:label, prefLabel, altLabel, pinyin, mentionedIn, parentOrganization, sameAs (links graph)");
        assertEquals(5, m.listStatements(null, null, h).toList().size(), "the five facts that point at it");
    }

    @Test
    void theBoundHolds() {
        assertEquals(3, new Describer(dataset, 3).describe(HOSPITAL).size());
    }

    @Test
    void unknownIsEmpty() {
        assertTrue(new Describer(dataset).describe("https://w3id.org/hkg/id/hospital/none").isEmpty());
    }
}
