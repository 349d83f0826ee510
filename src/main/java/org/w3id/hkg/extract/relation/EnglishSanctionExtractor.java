package org.w3id.hkg.extract.relation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hkg.extract.EntityRef;
import org.w3id.hkg.extract.EntityType;
import org.w3id.hkg.extract.Fact;
import org.w3id.hkg.extract.Sanction;

/**
 * Sanctions in English documents, from the "@en" measures of measures.tsv: passive "X was fined / ordered
 * to suspend operations / suspended [by Y]" (X: the first organisation or person of the clause), and
 * active "Y fined X". "suspended" against a person is a duty suspension. The date is one written out in
 * the sentence (not a bare ISO stamp), else null.
 */
public final class EnglishSanctionExtractor implements FactRule {
    private static final Set<EntityType> REGULATORS = EnumSet.of(EntityType.REGULATOR);
    private static final Pattern LETTER = Pattern.compile("[A-Za-z]");
    private static final Pattern AUXILIARY = Pattern.compile(
            "(?i)\\b(?:was|were|has been|had been|have been|is being|are being|is|are|been|be)\\s+(?:[a-z]+ly\\s+|also\\s+|then\\s+)?$");
    private static final Pattern BY = Pattern.compile("(?i)^(?:[^.;]|\\.(?=\\d)){0,90}?\\bby\\s+(?:the\\s+)?");
    private static final Pattern ACTIVE_GAP = Pattern.compile("(?i)^\\s*(?:has|have|had|also|then|on [A-Z][a-z]+)?\\s*$");

    private final WordTable measures;

    public EnglishSanctionExtractor(WordTable measures) {
        this.measures = measures;
    }

    @Override
    public List<Fact> extract(DocumentView doc) {
        Map<String, Fact> facts = new LinkedHashMap<>();
        if (!doc.english()) {
            return List.of();
        }
        for (int i = 0; i < doc.size(); i++) {
            String norm = doc.norm(i);
            for (WordTable.Hit hit : measures.find(norm)) {
                if (!hit.entry().word().startsWith("@en ")) {
                    continue;
                }
                DocumentView.Span target = null;
                EntityRef issuer = null;
                String before = norm.substring(0, hit.begin());
                if (AUXILIARY.matcher(before).find()) {
                    target = subject(doc, i, hit.begin());
                    // "fined by Y", "ordered by Y to rectify": the issuer after the measure word or inside its gap
                    Matcher by = BY.matcher(norm.substring(hit.begin()));
                    if (by.find()) {
                        DocumentView.Span y = doc.startingAt(i, hit.begin() + by.end(), REGULATORS);
                        issuer = y == null ? null : y.mention().ref();
                    }
                } else {
                    DocumentView.Span y = null;
                    for (DocumentView.Span r : doc.spans(i, REGULATORS)) {
                        if (r.end() <= hit.begin() && ACTIVE_GAP.matcher(norm.substring(r.end(), hit.begin())).matches()) {
                            y = r;
                        }
                    }
                    target = y == null ? null : doc.startingAt(i, hit.end(), SanctionTargets.TARGETS);
                    issuer = y == null ? null : y.mention().ref();
                }
                if (target == null || !fits(hit, target.type())) {
                    continue;
                }
                String code = target.type() == EntityType.PERSON && hit.code().equals("suspension") ? "duty-suspension" : hit.code();
                EntityRef who = target.mention().ref();
                facts.putIfAbsent(who + "|" + code, new Sanction(who, code, issuer, writtenOut(doc, i),
                        doc.sentence(i).evidence(), 0.8));
            }
        }
        return new ArrayList<>(facts.values());
    }

    /** The first person or organisation of the clause ending at {@code pos}. */
    private static DocumentView.Span subject(DocumentView doc, int i, int pos) {
        String norm = doc.norm(i);
        int from = Math.max(norm.lastIndexOf(';', pos), 0);
        for (DocumentView.Span s : doc.spans(i, SanctionTargets.TARGETS)) {
            if (s.begin() >= from && s.end() <= pos) {
                return s;
            }
        }
        return null;
    }

    private static boolean fits(WordTable.Hit hit, EntityType type) {
        String scope = hit.entry().attribute();
        return !("person".equals(scope) && type != EntityType.PERSON || "org".equals(scope) && type == EntityType.PERSON);
    }

    /** A date written with its month name in sentence i, or null. */
    static LocalDate writtenOut(DocumentView doc, int i) {
        for (DateResolver.DateHit h : doc.dates(i)) {
            if (h.date() != null && LETTER.matcher(doc.norm(i).substring(h.begin(), h.end())).find()) {
                return h.date();
            }
        }
        return null;
    }
}
