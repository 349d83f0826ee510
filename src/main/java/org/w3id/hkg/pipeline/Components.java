package org.w3id.hkg.pipeline;

import org.w3id.hkg.extract.CorpusResolver;
import org.w3id.hkg.extract.RuleExtractor;
import org.w3id.hkg.extract.entity.EntityRecognizer;
import org.w3id.hkg.extract.entity.NameResolver;
import org.w3id.hkg.extract.relation.FactExtractor;
import org.w3id.hkg.ingest.NewsReader;
import org.w3id.hkg.extract.Extractor;
import org.w3id.hkg.graph.Iris;
import org.w3id.hkg.ingest.DocumentReader;

/**
 * The stages a build runs, one per package: ingest reader, per-document extractor, corpus resolver
 * and the IRI minter of the graph stage.
 */
public record Components(DocumentReader reader, Extractor extractor, CorpusResolver resolver, Iris iris) {
    /** The standard stages, with knowledge files from the classpath's {@code data/}. */
    public static Components standard() {
        return standard(Iris.standard());
    }

    public static Components standard(Iris iris) {
        return new Components(new NewsReader(),
                new RuleExtractor(EntityRecognizer.withDefaults(), FactExtractor.fromClasspath()),
                NameResolver.withDefaults(), iris);
    }

    /** The same stages with another reader. */
    public Components withReader(DocumentReader other) {
        return new Components(other, extractor, resolver, iris);
    }
}
