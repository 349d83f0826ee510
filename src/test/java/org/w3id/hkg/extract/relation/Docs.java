package org.w3id.hkg.extract.relation;

import com.ibm.icu.text.Transliterator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.w3id.hkg.extract.DocumentContext;
import org.w3id.hkg.extract.EntityRef;
import org.w3id.hkg.extract.EntityType;
import org.w3id.hkg.extract.Fact;
import org.w3id.hkg.extract.Mention;
import org.w3id.hkg.extract.Sentence;
import org.w3id.hkg.ingest.DocumentMeta;
import org.w3id.hkg.ingest.SourceDocument;

/**
 * Builds test documents by hand: text split into sentences at 。!? and line ends, normalised to simplified
 * Chinese, and mentions found wherever a declared surface occurs (longest first), as a gazetteer would.
 */
final class Docs {
    private static final Transliterator T2S = Transliterator.getInstance("Traditional-Simplified");
    private static final FactExtractor EXTRACTOR = FactExtractor.fromClasspath();

    private final String text;
    private final LocalDate published;
    private final String lang;
    private final List<String[]> names = new ArrayList<>();

    private Docs(String text, LocalDate published, String lang) {
        this.text = text;
        this.published = published;
        this.lang = lang;
    }

    static Docs zh(String text, String published) {
        return new Docs(text, published == null ? null : LocalDate.parse(published), "zh-Hans");
    }

    static Docs lang(String lang, String text, String published) {
        return new Docs(text, published == null ? null : LocalDate.parse(published), lang);
    }

    /** Declares that {@code surface} names the entity {@code name} of {@code type}. */
    Docs name(EntityType type, String surface, String name) {
        names.add(new String[] {surface, name, type.name()});
        return this;
    }

    Docs hospital(String surface, String name) {
        return name(EntityType.HOSPITAL, surface, name);
    }

    Docs hospital(String name) {
        return hospital(name, name);
    }

    Docs company(String name) {
        return name(EntityType.COMPANY, name, name);
    }

    Docs regulator(String name) {
        return name(EntityType.REGULATOR, name, name);
    }

    Docs alliance(String name) {
        return name(EntityType.ALLIANCE, name, name);
    }

    Docs person(String name) {
        return name(EntityType.PERSON, name, name);
    }

    DocumentContext context() {
        String norm = T2S.transliterate(text);
        if (norm.length() != text.length()) {
            throw new IllegalStateException("test text must keep its length when simplified");
        }
        List<Sentence> sentences = split(text, norm);
        SourceDocument doc = new SourceDocument("test.txt", Path.of("test.txt"), "text", "UTF-8", text,
                new DocumentMeta(null, published, null, null, null, lang, "0"), List.of());
        return new DocumentContext(doc, sentences, published, lang);
    }

    /** Sentences of {@code text} ending at 。!? (full or half width) or a line end; {@code norm} is its normal form. */
    static List<Sentence> split(String text, String norm) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int k = 0; k <= text.length(); k++) {
            boolean end = k == text.length() || text.charAt(k) == '\n';
            boolean stop = !end && "。!?！？".indexOf(norm.charAt(k)) >= 0;
            if (end || stop) {
                int e = stop ? k + 1 : k;
                if (e > start && !text.substring(start, e).isBlank()) {
                    sentences.add(new Sentence(start, e, text.substring(start, e), norm.substring(start, e)));
                }
                start = e + (end ? 1 : 0);
            }
        }
        return sentences;
    }

    List<Mention> mentions() {
        String norm = T2S.transliterate(text);
        List<Mention> found = new ArrayList<>();
        List<String[]> bySize = new ArrayList<>(names);
        bySize.sort(Comparator.comparingInt((String[] n) -> n[0].length()).reversed());
        for (String[] n : bySize) {
            String surface = T2S.transliterate(n[0]);
            for (int at = norm.indexOf(surface); at >= 0; at = norm.indexOf(surface, at + 1)) {
                int b = at;
                int e = at + surface.length();
                if (found.stream().noneMatch(m -> m.begin() < e && b < m.end())) {
                    found.add(new Mention(b, e, text.substring(b, e), new EntityRef(n[1], EntityType.valueOf(n[2])), 0.9));
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::begin));
        return found;
    }

    List<Fact> facts() {
        return EXTRACTOR.extract(context(), mentions());
    }

    <T extends Fact> List<T> facts(Class<T> kind) {
        return facts().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    static EntityRef ref(EntityType type, String name) {
        return new EntityRef(name, type);
    }
}
