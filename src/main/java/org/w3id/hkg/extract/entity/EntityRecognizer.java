package org.w3id.hkg.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hkg.extract.DocumentContext;
import org.w3id.hkg.extract.Entity;
import org.w3id.hkg.extract.EntityRef;
import org.w3id.hkg.extract.EntityType;
import org.w3id.hkg.extract.Mention;
import org.w3id.hkg.extract.MentionFinder;
import org.w3id.hkg.extract.Sentence;
import org.w3id.hkg.ingest.SourceDocument;

/**
 * The {@link MentionFinder} of hkg: sentence splitting and normalisation, a grammar for Chinese and
 * English organisation names ({@link OrgGrammar}, {@link EnglishNames}), person names validated by
 * context ({@link PersonRecognizer}), in-document short names and coreference
 * ({@link DocumentNames}). Known aliases ({@link KnownNames}) are found wherever they are written; on
 * request, names read in one document are remembered and found in the next ones. Thread-safe.
 *
 * <p>Construct with {@code new EntityRecognizer(NameData.fromClasspath())} (the files packaged
 * from {@code data/names/}) or {@code new EntityRecognizer(NameData.fromDirectory(Path.of("data/names")))}.
 */
public final class EntityRecognizer implements MentionFinder {
    /** Site headers and footers (主办, 版权所有, ICP备案 ...): the organisations they name do not act in the article. */
    private static final java.util.regex.Pattern BOILERPLATE = java.util.regex.Pattern.compile(
            "主办单位|主办:|承办单位|版权所有|Copyright|ICP备|ICP证|备案号|技术支持|网站标识码|公网安备|联系电话|网站地图|无障碍|政府网$|政府网站|官方网站$");
    /** Only white space and an opening bracket between an English name and its Chinese name. */
    private static final java.util.regex.Pattern OPENING = java.util.regex.Pattern.compile("\\s*\\(");
    /** The place a name starts with: two or three characters before 市, 县 or 区 (珠湾市…). */
    private static final Pattern PLACE_STEM = Pattern.compile("^(\\p{IsHan}{2,3}?)[市县区]");
    private final NameData data;
    private final OrgGrammar orgs;
    private final EnglishNames english;
    private final PersonRecognizer persons;
    private final KnownNames known;
    private final DocumentNames documentNames;
    private final boolean learning;

    public EntityRecognizer(NameData data) {
        this(data, new KnownNames(data), false);
    }

    /**
     * A recogniser with its own known names.
     *
     * @param known    the known names to consult (and feed, when learning)
     * @param learning whether full names read in one document are looked for in the next ones; off by
     *                 default, since with parallel extraction what is learned first depends on timing
     *                 and so the result on document order (the corpus resolver merges names across
     *                 documents anyway)
     */
    public EntityRecognizer(NameData data, KnownNames known, boolean learning) {
        this.learning = learning;
        this.data = data;
        this.orgs = new OrgGrammar(data);
        this.english = new EnglishNames(data);
        this.persons = new PersonRecognizer(data);
        this.known = known;
        this.documentNames = new DocumentNames(data, known);
        Segmenter.addWords(data.places(), "ns");
    }

    /** A recogniser with the name files packaged in the jar. */
    public static EntityRecognizer withDefaults() {
        return new EntityRecognizer(NameData.fromClasspath());
    }

    @Override
    public DocumentContext prepare(SourceDocument document) {
        List<Sentence> sentences = SentenceSplitter.split(document.text());
        var meta = document.meta();
        String lang = meta == null || meta.lang() == null ? guessLang(sentences) : meta.lang();
        return new DocumentContext(document, sentences, meta == null ? null : meta.published(), lang);
    }

    private static String guessLang(List<Sentence> sentences) {
        long han = 0;
        long latin = 0;
        long changed = 0;
        for (Sentence s : sentences) {
            for (int i = 0; i < s.text().length(); i++) {
                char c = s.text().charAt(i);
                if (OrgGrammar.isHan(c)) {
                    han++;
                    changed += c != s.norm().charAt(i) ? 1 : 0;
                } else if (c < 128 && Character.isLetter(c)) {
                    latin++;
                }
            }
        }
        if (latin > han * 2) {
            return "en";
        }
        return changed * 20 > han ? "zh-Hant" : "zh-Hans";
    }

    @Override
    public List<Mention> find(DocumentContext document) {
        List<SentenceView> views = new ArrayList<>();
        List<List<Candidate>> found = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            SentenceView sv = SentenceView.of(s);
            views.add(sv);
            found.add(candidates(sv));
        }
        orgPrefixPersons(found);
        restoreCutStarts(views, found);
        List<List<Candidate>> resolved = documentNames.resolve(views, found);
        if (learning) {
            learn(resolved);
        }
        List<Mention> out = new ArrayList<>();
        String text = document.document().text();
        for (int i = 0; i < views.size(); i++) {
            SentenceView sv = views.get(i);
            int base = sv.sentence().begin();
            for (Candidate c : resolved.get(i)) {
                int b = base + sv.view().begin(c.begin());
                int e = base + sv.view().end(c.end());
                out.add(new Mention(b, e, text.substring(b, e), new EntityRef(c.name(), c.type()), c.confidence()));
            }
        }
        return out;
    }

    private List<Candidate> candidates(SentenceView sv) {
        if (BOILERPLATE.matcher(sv.text()).find()) {
            return new ArrayList<>();
        }
        List<Candidate> all = new ArrayList<>(orgs.find(sv.text(), sv.tokens()));
        all.addAll(english.organisations(sv.text()));
        all.addAll(persons.find(sv.text(), sv.tokens()));
        all.addAll(english.persons(sv.text()));
        all.sort(Comparator.comparingInt((Candidate c) -> c.end() - c.begin()).reversed()
                .thenComparingInt(c -> c.kind().ordinal()));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : all) {
            if (kept.stream().noneMatch(c::overlaps)) {
                kept.add(c);
            }
        }
        kept.removeIf(c -> c.type() == EntityType.PERSON && kept.stream()
                .anyMatch(o -> o.type() != EntityType.PERSON && o.name().contains(c.name())));
        kept.sort(Comparator.comparingInt(Candidate::begin));
        return bracketedChinese(sv.text(), kept);
    }

    /** An English name followed by its Chinese name in brackets (English Name (中文名)): the Chinese one gets it as English name. */
    private static List<Candidate> bracketedChinese(String text, List<Candidate> kept) {
        for (int i = 0; i + 1 < kept.size(); i++) {
            Candidate en = kept.get(i);
            Candidate zh = kept.get(i + 1);
            boolean english = en.type() != EntityType.PERSON && en.name().chars().allMatch(ch -> ch < 128);
            if (english && zh.type() == en.type() && zh.english() == null
                    && OPENING.matcher(text.substring(en.end(), zh.begin())).matches() && text.startsWith(")", zh.end())) {
                kept.set(i + 1, new Candidate(zh.begin(), zh.end(), zh.name(), zh.type(), zh.kind(), en.name(), zh.aliases(),
                        zh.confidence()));
            }
        }
        return kept;
    }

    /**
     * 二、珠湾/博爱男科医院 where the document names 珠湾市…, 修/江市妇幼保健院 where it names 修江市妇幼保健院: a place that
     * starts another name of the document (its stem before 市/县/区), or what another name of the document has before
     * this one, written right before a name, starts that name too; the segmenter had cut it off.
     */
    private static void restoreCutStarts(List<SentenceView> views, List<List<Candidate>> found) {
        Set<String> stems = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (List<Candidate> cs : found) {
            for (Candidate c : cs) {
                if (c.type() != EntityType.PERSON && c.kind() == Candidate.Kind.NAME) {
                    names.add(c.name());
                    Matcher m = PLACE_STEM.matcher(c.name());
                    if (m.find()) {
                        stems.add(m.group(1));
                    }
                }
            }
        }
        for (int i = 0; i < views.size(); i++) {
            String text = views.get(i).text();
            List<Candidate> cs = found.get(i);
            for (int k = 0; k < cs.size(); k++) {
                Candidate c = cs.get(k);
                if (c.type() == EntityType.PERSON || c.kind() != Candidate.Kind.NAME) {
                    continue;
                }
                List<String> starts = new ArrayList<>();
                for (String n : names) {
                    if (n.length() > c.name().length() && n.length() - c.name().length() <= 3 && n.endsWith(c.name())) {
                        starts.add(n.substring(0, n.length() - c.name().length())); // 修/江市妇幼保健院 beside 修江市妇幼保健院
                    }
                }
                starts.addAll(stems);
                for (String stem : starts) {
                    int b = c.begin() - stem.length();
                    boolean free = cs.stream().noneMatch(o -> o != c && o.end() > b && o.begin() < c.begin());
                    if (b >= 0 && !c.name().startsWith(stem) && text.startsWith(stem, b) && free) {
                        cs.set(k, new Candidate(b, c.end(), stem + c.name(), c.type(), c.kind(), c.english(), c.aliases(),
                                c.confidence()));
                        break;
                    }
                }
            }
        }
    }

    /** A "person" whose name begins an organisation name of the document (华康 of 华康医疗集团) is that organisation. */
    private void orgPrefixPersons(List<List<Candidate>> found) {
        List<Candidate> orgNames = found.stream().flatMap(List::stream)
                .filter(c -> c.type() != EntityType.PERSON && c.kind() == Candidate.Kind.NAME).toList();
        for (List<Candidate> cs : found) {
            for (int i = 0; i < cs.size(); i++) {
                Candidate c = cs.get(i);
                if (c.type() != EntityType.PERSON) {
                    continue;
                }
                for (Candidate o : orgNames) {
                    if (o.name().contains(c.name()) && o.name().length() > c.name().length()) {
                        cs.set(i, new Candidate(c.begin(), c.end(), o.name(), o.type(), Candidate.Kind.SHORT, null,
                                java.util.Set.of(), 0.7));
                        break;
                    }
                }
            }
        }
    }

    private void learn(List<List<Candidate>> resolved) {
        for (List<Candidate> cs : resolved) {
            for (Candidate c : cs) {
                if (c.kind() == Candidate.Kind.NAME && c.type() != EntityType.PERSON && c.confidence() >= 0.85
                        && c.name().length() >= 5 && c.name().chars().allMatch(ch -> OrgGrammar.isHan((char) ch))) {
                    known.learn(c.name(), new EntityRef(c.name(), c.type()));
                }
            }
        }
    }

    @Override
    public List<Entity> entities(DocumentContext document, List<Mention> mentions) {
        return EntityCollector.collect(document, mentions);
    }

    /** The known names this recogniser consults and feeds. */
    public KnownNames known() {
        return known;
    }

    NameData data() {
        return data;
    }
}
