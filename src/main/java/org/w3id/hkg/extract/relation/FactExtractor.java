package org.w3id.hkg.extract.relation;

import java.util.ArrayList;
import java.util.List;
import org.w3id.hkg.extract.DocumentContext;
import org.w3id.hkg.extract.Fact;
import org.w3id.hkg.extract.Mention;
import org.w3id.hkg.extract.RelationExtractor;

/**
 * The relation stage: reads ownership, membership, incidents, sanctions, listings and roles from a
 * document and its mentions, one small rule per kind of fact. Pure and thread-safe.
 *
 * <pre>{@code
 * RelationExtractor relations = FactExtractor.fromClasspath();   // data/relations/ in the jar
 * List<Fact> facts = relations.extract(context, mentions);
 * }</pre>
 */
public final class FactExtractor implements RelationExtractor {
    private final List<FactRule> rules;

    /** A composite of the given rules, run in order. */
    public FactExtractor(List<FactRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** All the rules (six kinds of fact; sanctions in Chinese and in English) over the given word lists. */
    public FactExtractor(RelationLexicon lexicon) {
        this(List.of(
                new OwnershipExtractor(),
                new MembershipExtractor(),
                new IncidentExtractor(lexicon.outcomes()),
                new SanctionExtractor(lexicon.measures(), lexicon.roles()),
                new EnglishSanctionExtractor(lexicon.measures()),
                new ListingExtractor(lexicon.exchanges()),
                new RoleExtractor(lexicon.roles(), lexicon.english())));
    }

    /** All the rules (six kinds of fact; sanctions in Chinese and in English) over the word lists packaged under {@code data/relations/} on the classpath. */
    public static FactExtractor fromClasspath() {
        return new FactExtractor(RelationLexicon.fromClasspath());
    }

    @Override
    public List<Fact> extract(DocumentContext document, List<Mention> mentions) {
        DocumentView view = new DocumentView(document, mentions);
        List<Fact> facts = new ArrayList<>();
        for (FactRule rule : rules) {
            facts.addAll(rule.extract(view));
        }
        return facts;
    }
}
