package org.w3id.hkg.extract.relation;

import com.ibm.icu.text.Transliterator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.w3id.hkg.eval.Gold;
import org.w3id.hkg.eval.GoldDoc;
import org.w3id.hkg.eval.GoldEntity;
import org.w3id.hkg.extract.DocumentContext;
import org.w3id.hkg.extract.EntityRef;
import org.w3id.hkg.extract.EntityType;
import org.w3id.hkg.extract.Fact;
import org.w3id.hkg.extract.Incident;
import org.w3id.hkg.extract.Listing;
import org.w3id.hkg.extract.Membership;
import org.w3id.hkg.extract.Mention;
import org.w3id.hkg.extract.Ownership;
import org.w3id.hkg.extract.Role;
import org.w3id.hkg.extract.Sanction;
import org.w3id.hkg.extract.entity.EntityRecognizer;
import org.w3id.hkg.ingest.NewsReader;
import org.w3id.hkg.ingest.SourceDocument;

/**
 * Measures the relation rules alone on an evaluation corpus (run with {@code -Dhkg.dev=DIR}, DIR holding
 * docs/ and gold.json): mentions come from the gold names (an ideal recogniser) plus a naive coreference
 * (我院/该院/我们 → the hospital named last), so the scores bound what the rules can reach; with
 * {@code -Dhkg.ner=1} the mentions come from the standard recogniser instead. Prints per-query
 * precision, recall, F1 and the misses. Reads the corpus at run time; names nothing from it.
 */
@EnabledIfSystemProperty(named = "hkg.dev", matches = ".+")
class DevCorpusCheck {
    private static final Transliterator T2S = Transliterator.getInstance("Traditional-Simplified");
    private static final Pattern COREF = Pattern.compile("我院|本院|该院|该医院|我们");

    @Test
    void score() throws Exception {
        Path dir = Path.of(System.getProperty("hkg.dev"));
        Gold gold = Gold.parse(dir.resolve("gold.json"));
        FactExtractor extractor = FactExtractor.fromClasspath();
        NewsReader reader = new NewsReader();
        Map<String, Set<String>> found = new HashMap<>();
        Map<String, Set<String>> expected = new HashMap<>();
        Map<String, String> idOf = new HashMap<>();
        gold.entities().values().forEach(e -> e.names().forEach(n -> idOf.put(normalise(n).replaceAll("\\s", ""), e.id())));
        EntityRecognizer ner = System.getProperty("hkg.ner") == null ? null : EntityRecognizer.withDefaults();
        for (GoldDoc g : gold.docs()) {
            SourceDocument doc = reader.read(dir.resolve("docs").resolve(g.file()));
            DocumentContext ctx = ner == null ? context(doc) : ner.prepare(doc);
            List<Mention> mentions = ner == null ? mentions(ctx, gold) : ner.find(ctx);
            for (Fact f : extractor.extract(ctx, mentions)) {
                String[] row = row(f, idOf);
                found.computeIfAbsent(row[0], k -> new LinkedHashSet<>()).add(g.file() + " " + row[1]);
                if (System.getProperty("hkg.evidence") != null) {
                    System.out.println(row[0] + " " + row[1] + " <= " + f.evidence().sentence());
                }
            }
            for (String q : List.of("ownership", "membership", "incidents", "sanctions", "listings", "roles")) {
                for (List<String> t : g.facts(q)) {
                    expected.computeIfAbsent(q, k -> new LinkedHashSet<>()).add(g.file() + " " + String.join("|",
                            t.stream().map(String::valueOf).toList()));
                }
            }
        }
        double sum = 0;
        for (String q : List.of("ownership", "membership", "incidents", "sanctions", "listings", "roles")) {
            Set<String> fk = keys(found.getOrDefault(q, Set.of()), q);
            Set<String> ek = keys(expected.getOrDefault(q, Set.of()), q);
            long tp = fk.stream().filter(ek::contains).count();
            double p = fk.isEmpty() ? 1 : (double) tp / fk.size();
            double r = ek.isEmpty() ? 1 : (double) tp / ek.size();
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            sum += f1;
            System.out.printf("%-10s P %.2f R %.2f F1 %.2f%n", q, p, r, f1);
            Set<String> fa = new LinkedHashSet<>(found.getOrDefault(q, Set.of()));
            Set<String> ea = new LinkedHashSet<>(expected.getOrDefault(q, Set.of()));
            fa.stream().filter(x -> !ea.contains(x)).forEach(x -> System.out.println("   + " + x));
            ea.stream().filter(x -> !fa.contains(x)).forEach(x -> System.out.println("   - " + x));
        }
        System.out.printf("macro F1 (six fact queries) %.3f%n", sum / 6);
    }

    /** The scoring key: the tuple without its attribute columns (date, issuer, role text), per document-free fact. */
    private static Set<String> keys(Set<String> rows, String q) {
        Set<String> out = new LinkedHashSet<>();
        for (String row : rows) {
            String[] f = row.substring(row.indexOf(' ') + 1).split("\\|");
            out.add(f[0] + "|" + f[1]);
        }
        return out;
    }

    private static String[] row(Fact f, Map<String, String> idOf) {
        if (f instanceof Ownership o) {
            return new String[] {"ownership", id(o.org(), idOf) + "|" + id(o.parent(), idOf)};
        } else if (f instanceof Membership m) {
            return new String[] {"membership", id(m.member(), idOf) + "|" + id(m.alliance(), idOf) + "|" + m.since()};
        } else if (f instanceof Incident i) {
            return new String[] {"incidents", id(i.org(), idOf) + "|" + i.outcome() + "|" + i.date()};
        } else if (f instanceof Sanction s) {
            return new String[] {"sanctions", id(s.target(), idOf) + "|" + s.measure() + "|"
                    + (s.issuer() == null ? null : id(s.issuer(), idOf)) + "|" + s.date()};
        } else if (f instanceof Listing l) {
            return new String[] {"listings", id(l.company(), idOf) + "|" + l.ticker()};
        }
        Role r = (Role) f;
        return new String[] {"roles", id(r.person(), idOf) + "|" + id(r.org(), idOf) + "|" + r.role()};
    }

    private static String id(EntityRef ref, Map<String, String> idOf) {
        return idOf.getOrDefault(normalise(ref.name()).replaceAll("\\s", ""), ref.name());
    }

    static String normalise(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isHighSurrogate(c) || Character.isLowSurrogate(c)) {
                b.append(c);
                continue;
            }
            String s = T2S.transliterate(String.valueOf(c));
            char n = s.length() == 1 ? s.charAt(0) : c;
            if (n >= '\uFF01' && n <= '\uFF5E') {
                n = (char) (n - 0xFEE0);
            } else if (n == '\u3000') {
                n = ' ';
            }
            b.append(n);
        }
        return b.toString();
    }

    private static DocumentContext context(SourceDocument doc) {
        String text = doc.text();
        String norm = normalise(text);
        var sentences = Docs.split(text, norm);
        return new DocumentContext(doc, sentences, doc.meta().published(), doc.meta().lang());
    }

    private static List<Mention> mentions(DocumentContext ctx, Gold gold) {
        String text = ctx.document().text();
        String norm = normalise(text);
        List<String[]> names = new ArrayList<>();
        for (GoldEntity e : gold.entities().values()) {
            for (String n : e.names()) {
                names.add(new String[] {normalise(n), e.name(), e.type()});
            }
        }
        names.sort(Comparator.comparingInt((String[] n) -> n[0].length()).reversed());
        List<Mention> found = new ArrayList<>();
        for (String[] n : names) {
            for (int at = norm.indexOf(n[0]); at >= 0; at = norm.indexOf(n[0], at + 1)) {
                int b = at;
                int e = at + n[0].length();
                if (found.stream().noneMatch(m -> m.begin() < e && b < m.end())) {
                    found.add(new Mention(b, e, text.substring(b, e), new EntityRef(n[1], EntityType.ofCode(n[2])), 0.9));
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::begin));
        Matcher m = COREF.matcher(norm);
        List<Mention> coref = new ArrayList<>();
        while (m.find()) {
            int at = m.start();
            Mention last = null;
            for (Mention x : found) {
                if (x.end() <= at && x.ref().type() == EntityType.HOSPITAL) {
                    last = x;
                }
            }
            if (last != null && found.stream().noneMatch(x -> x.begin() < m.end() && at < x.end())) {
                coref.add(new Mention(at, m.end(), m.group(), last.ref(), 0.6));
            }
        }
        found.addAll(coref);
        found.sort(Comparator.comparingInt(Mention::begin));
        return found;
    }
}
