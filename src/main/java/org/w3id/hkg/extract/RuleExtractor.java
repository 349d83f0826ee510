package org.w3id.hkg.extract;

import java.util.List;
import org.w3id.hkg.ingest.SourceDocument;

/** The extraction pipeline for one document: prepare → mentions → entities → facts. */
public final class RuleExtractor implements Extractor {
    private final MentionFinder mentions;
    private final RelationExtractor relations;

    public RuleExtractor(MentionFinder mentions, RelationExtractor relations) {
        this.mentions = mentions;
        this.relations = relations;
    }

    @Override
    public Extraction extract(SourceDocument document) {
        DocumentContext ctx = mentions.prepare(document);
        List<Mention> found = mentions.find(ctx);
        List<Entity> entities = mentions.entities(ctx, found);
        List<Fact> facts = relations.extract(ctx, found);
        return new Extraction(document.id(), entities, facts);
    }
}
