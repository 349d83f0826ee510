package org.w3id.hkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinksetTest {
    @Test
    void voidCountsMatchTheLinkTriples(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("t.tsv"), """
                local\texternal\tsource\tnote
                青山医院\tQ1\thand\t
                青山总医院\thttp://example.org/h/1\thand\t\texactMatch
                company:东湖药业\tQ2\thand\t
                """);
        Sample store = new Sample().entity("d", Kind.HOSPITAL, "qs", "广州市青山医院", "青山医院", "青山总医院")
                .entity("d", Kind.COMPANY, "dh", "东湖药业");
        new Linker(LinkOptions.offline(dir)).run(store.dataset());
        Dataset ds = store.dataset();
        long sameAs = count(ds, OWL.sameAs.getURI());
        long exact = count(ds, SKOS.exactMatch.getURI());
        assertEquals(4, sameAs, "Q1, Q2, and Guangzhou and Guangdong from places.tsv");
        assertEquals(1, exact);

        Model v = Linkset.describe(ds);
        Resource top = v.getResource(Sample.BASE + Linkset.LINKSET_PATH);
        assertTrue(v.contains(top, RDF.type, VOID.Linkset));
        assertEquals(sameAs + exact, top.getRequiredProperty(VOID.triples).getLong());
        assertTrue(v.contains(top, VOID.linkPredicate, OWL.sameAs));
        assertTrue(v.contains(top, VOID.linkPredicate, SKOS.exactMatch));
        assertTrue(v.contains(top, VOID.subjectsTarget, v.getResource(Sample.BASE + Linkset.SUBJECTS_PATH)));
        Resource wikidata = v.getResource(Sample.BASE + "void/target/wikidata");
        assertTrue(v.contains(top, VOID.objectsTarget, wikidata));
        assertTrue(v.contains(wikidata, RDF.type, VOID.Dataset));
        assertEquals(ExternalIri.WIKIDATA, wikidata.getRequiredProperty(VOID.uriSpace).getString());

        long subsetSum = v.listObjectsOfProperty(top, VOID.subset).toList().stream()
                .mapToLong(s -> s.asResource().getRequiredProperty(VOID.triples).getLong()).sum();
        assertEquals(sameAs + exact, subsetSum);
        Resource curatedSameAs = v.getResource(Sample.BASE + "void/linkset/table-t-sameas-wikidata");
        assertEquals(2, curatedSameAs.getRequiredProperty(VOID.triples).getLong());
        assertEquals(OWL.sameAs, curatedSameAs.getRequiredProperty(VOID.linkPredicate).getResource());
        Resource other = v.getResource(Sample.BASE + "void/linkset/table-t-exactmatch-example-org");
        assertEquals(1, other.getRequiredProperty(VOID.triples).getLong());
        assertTrue(v.contains(other, VOID.objectsTarget, v.getResource(Sample.BASE + "void/target/example-org")));
        assertTrue(v.listStatements(null, OWL.sameAs, (Resource) null).toList().isEmpty(),
                "the VoID is about the links, it does not repeat them");
        assertTrue(Linkset.describe(ds, "http://other.example/").isEmpty());
    }

    private static long count(Dataset ds, String predicate) {
        return Txn.calculateRead(ds, () -> {
            Model m = ds.getNamedModel(Linker.linksGraph(Sample.BASE));
            return m.listStatements(null, m.createProperty(predicate), (Resource) null).toList().size();
        });
    }
}
