package org.w3id.hkg.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.hkg.extract.EntityRef;
import org.w3id.hkg.extract.EntityType;

/**
 * In-document name resolution: gives every candidate of a document the canonical name of its entity
 * (the longest full name in the document it is a short form of, or a known alias's canonical name),
 * qualifies bare 市X names with the document's city, then finds the names again where the grammar
 * did not (short names, declared aliases, names learned from other documents) and adds coreference.
 */
final class DocumentNames {
    /** Longest name looked up among the known and learned names. */
    private static final int MAX_KNOWN = 30;
    /** A city name: two to four ideographs and 市 at its start (南京市卫健委). */
    private static final java.util.regex.Pattern CITY_NAME = java.util.regex.Pattern.compile("\\p{IsHan}{2,4}市.*");
    private final NameData data;
    private final ShortNames shorts;
    private final KnownNames known;

    DocumentNames(NameData data, KnownNames known) {
        this.data = data;
        this.shorts = new ShortNames(data);
        this.known = known;
    }

    /** The resolved candidates of each sentence, in order, without overlaps. */
    List<List<Candidate>> resolve(List<SentenceView> sentences, List<List<Candidate>> found) {
        found = withoutDescriptions(found);
        String city = city(found);
        List<String> full = found.stream().flatMap(List::stream).filter(c -> c.kind() == Candidate.Kind.NAME)
                .map(Candidate::name).toList();
        List<List<Candidate>> qualified = new ArrayList<>();
        for (List<Candidate> cs : found) {
            List<Candidate> q = new ArrayList<>();
            for (Candidate c : cs) {
                Candidate named = qualify(c, city, full);
                if (!unqualifiedDistrictHospital(named)) {
                    q.add(named);
                }
            }
            qualified.add(q);
        }
        Map<String, EntityRef> targets = targets(qualified);
        List<List<Candidate>> renamed = rename(qualified, targets);
        List<List<Candidate>> withShort = gazetteer(sentences, renamed, targets);
        List<List<Candidate>> anaphors = Coreference.resolve(sentences, withShort);
        List<List<Candidate>> out = new ArrayList<>();
        for (int s = 0; s < withShort.size(); s++) {
            List<Candidate> all = new ArrayList<>(withShort.get(s));
            all.addAll(anaphors.get(s));
            all.sort(Comparator.comparingInt(Candidate::begin));
            out.add(all);
        }
        return out;
    }

    /**
     * Drops names that only describe a relation to another organisation of the document: its name,
     * generic words and a suffix (X附属医院, X成员医院 where X is named elsewhere in the document).
     */
    private List<List<Candidate>> withoutDescriptions(List<List<Candidate>> found) {
        Set<String> names = new java.util.HashSet<>();
        for (List<Candidate> cs : found) {
            for (Candidate c : cs) {
                names.add(shorts.stripPlace(c.name()));
                names.add(ShortNames.normalize(c.name()));
                c.aliases().forEach(a -> names.add(ShortNames.normalize(a)));
            }
        }
        List<List<Candidate>> out = new ArrayList<>();
        for (List<Candidate> cs : found) {
            List<Candidate> kept = new ArrayList<>();
            for (Candidate c : cs) {
                if (!describesOther(c, names)) {
                    kept.add(c);
                }
            }
            out.add(kept);
        }
        return out;
    }

    private boolean describesOther(Candidate c, Set<String> names) {
        OrgSuffix s = data.suffixOf(c.name());
        if (c.kind() != Candidate.Kind.NAME || s == null || c.type() == EntityType.ALLIANCE) {
            return false;
        }
        for (String name : List.of(shorts.stripPlace(c.name()), ShortNames.normalize(c.name()))) {
            String core = name.substring(0, Math.max(0, name.length() - s.suffix().length()));
            for (String n : names) {
                if (n.length() >= 2 && core.startsWith(n) && core.length() > n.length() && Words.composedOf(core.substring(n.length()), data.generic())) {
                    return true;
                }
            }
        }
        return false;
    }

    private String city(List<List<Candidate>> found) {
        Map<String, Integer> count = new HashMap<>();
        for (List<Candidate> cs : found) {
            for (Candidate c : cs) {
                if (c.kind() == Candidate.Kind.NAME && CITY_NAME.matcher(c.name()).matches()) {
                    String place = shorts.placeOf(c.name());
                    if (place != null && !place.contains("省")) {
                        count.merge(place, 1, Integer::sum);
                    }
                }
            }
        }
        return count.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The name with its suffix in canonical spelling (区卫健委 → 区卫生健康委员会). */
    private String canonForm(String name) {
        OrgSuffix s = data.suffixOf(name);
        return s == null ? name : name.substring(0, name.length() - s.suffix().length()) + s.canon();
    }

    /** A bare 县X/区X/市X names the document's X that ends with it (清河县人民医院), else for 市 the document's city. */
    private Candidate qualify(Candidate c, String city, List<String> full) {
        if (c.kind() != Candidate.Kind.BARE) {
            return c;
        }
        String bare = canonForm(c.name());
        List<String> fits = full.stream().filter(f -> f.length() > c.name().length() && canonForm(f).endsWith(bare)).distinct().toList();
        if (fits.size() == 1) {
            return c.withName(fits.get(0), c.type());
        }
        if (city == null || !c.name().startsWith("市")) {
            return c;
        }
        return c.withName(city + c.name(), c.type());
    }

    /** 区人民医院, 县中医院 that no full name of the document completes: a description, dropped. */
    private static boolean unqualifiedDistrictHospital(Candidate c) {
        return c.kind() == Candidate.Kind.BARE && c.type() == EntityType.HOSPITAL
                && (c.name().startsWith("区") || c.name().startsWith("县"));
    }

    private static String norm(String name) {
        return ShortNames.folded(name);
    }

    /** normalised name → canonical ref within the document. */
    private Map<String, EntityRef> targets(List<List<Candidate>> found) {
        Map<String, Candidate> byName = new LinkedHashMap<>();
        Map<String, String> englishOf = new HashMap<>();
        for (List<Candidate> cs : found) {
            for (Candidate c : cs) {
                byName.putIfAbsent(ShortNames.normalize(c.name()), c);
                if (c.english() != null && c.kind() != Candidate.Kind.PERSON && !c.english().equals(c.name())) {
                    englishOf.put(norm(c.english()), ShortNames.normalize(c.name()));
                }
                for (String a : c.aliases()) {
                    englishOf.putIfAbsent(norm(a), ShortNames.normalize(c.name()));
                }
            }
        }
        List<Candidate> full = byName.values().stream()
                .filter(c -> c.kind() == Candidate.Kind.NAME || c.kind() == Candidate.Kind.BARE)
                .sorted(Comparator.comparingInt((Candidate c) -> c.name().length()).reversed()).toList();
        Map<String, EntityRef> direct = new LinkedHashMap<>();
        for (Candidate c : byName.values()) {
            String n = ShortNames.normalize(c.name());
            EntityRef alias = known.alias(n);
            if (alias != null) {
                direct.put(norm(n), alias);
                continue;
            }
            String via = englishOf.get(norm(n));
            if (via != null && !via.equals(n)) {
                direct.put(norm(n), new EntityRef(via, byName.get(via).type()));
                continue;
            }
            Candidate target = null;
            if (c.kind() != Candidate.Kind.PERSON) {
                for (Candidate f : full) {
                    String fn = ShortNames.normalize(f.name());
                    if (!fn.equals(n) && fn.length() > n.length() && related(c, n, f, fn)) {
                        target = f;
                        break;
                    }
                }
            }
            direct.put(norm(n), target == null ? new EntityRef(n, c.type())
                    : new EntityRef(ShortNames.normalize(target.name()), target.type()));
        }
        Map<String, EntityRef> closed = new LinkedHashMap<>();
        for (Map.Entry<String, EntityRef> e : direct.entrySet()) {
            EntityRef r = e.getValue();
            for (int guard = 0; guard < 5; guard++) {
                EntityRef next = direct.get(norm(r.name()));
                if (next == null || next.equals(r)) {
                    break;
                }
                r = next;
            }
            closed.put(e.getKey(), r);
        }
        return closed;
    }

    private boolean related(Candidate c, String n, Candidate f, String fn) {
        if (c.type() == f.type() && (shorts.sameOrShort(n, fn) || shorts.truncated(n, fn)
                || c.type() == EntityType.HOSPITAL && shorts.brandShort(n, fn))) {
            return true;
        }
        if (c.type() == EntityType.ALLIANCE && f.type() == EntityType.ALLIANCE && shorts.elided(n, fn)) {
            return true; // a headline's shorter name of the alliance the text names in full
        }
        if (f.type() == EntityType.COMPANY && (c.type() == EntityType.COMPANY || c.kind() == Candidate.Kind.SHORT)) {
            String core = shorts.companyCore(fn);
            if (shorts.companyShortOf(n, fn)) {
                return true;
            }
            return core != null && (core.equals(n) || core.equals(shorts.stripPlace(n))
                    || (fn.startsWith(n) && n.length() >= 4 && shorts.stripPlace(n).length() >= 2 && core.startsWith(shorts.stripPlace(n))));
        }
        return false;
    }

    private static List<List<Candidate>> rename(List<List<Candidate>> found, Map<String, EntityRef> targets) {
        List<List<Candidate>> out = new ArrayList<>();
        for (List<Candidate> cs : found) {
            List<Candidate> r = new ArrayList<>();
            for (Candidate c : cs) {
                EntityRef t = targets.get(norm(c.name()));
                r.add(t == null ? c : c.withName(t.name(), t.type()));
            }
            out.add(r);
        }
        return out;
    }

    /** Finds the document's names (and names learned elsewhere) where no candidate covers them yet. */
    private List<List<Candidate>> gazetteer(List<SentenceView> sentences, List<List<Candidate>> found,
                                            Map<String, EntityRef> targets) {
        Map<String, EntityRef> names = new LinkedHashMap<>();
        for (List<Candidate> cs : found) {
            for (Candidate c : cs) {
                EntityRef ref = new EntityRef(c.name(), c.type());
                names.putIfAbsent(c.name(), ref);
                for (String a : c.aliases()) {
                    if (!a.contains("(")) {
                        names.putIfAbsent(ShortNames.normalize(a), ref);
                    }
                }
                if (c.english() != null) {
                    names.putIfAbsent(c.english(), ref);
                }
                deriveShortForms(c, ref, names);
            }
        }
        for (Map.Entry<String, EntityRef> e : targets.entrySet()) {
            if (e.getKey().chars().noneMatch(ch -> ch < 128 && Character.isLetter(ch))) {
                names.putIfAbsent(e.getKey(), e.getValue());
            }
        }
        names.keySet().removeIf(k -> k.length() < 2 || k.equals("市") || data.generic().contains(k));
        int longest = names.keySet().stream().mapToInt(String::length).max().orElse(0);
        WordTrie<EntityRef> own = WordTrie.of(names);
        List<List<Candidate>> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            String text = sentences.get(s).text();
            List<Candidate> cs = new ArrayList<>(found.get(s));
            for (Hit h : hits(text, own, Math.max(longest, MAX_KNOWN))) {
                String k = text.substring(h.begin(), h.end());
                if (!boundaries(text, h.begin(), h.end(), k) || overlaps(cs, h.begin(), h.end())
                        || !h.own() && insideWord(sentences.get(s).tokens(), h.begin(), h.end()) || data.generic().contains(k)) {
                    continue;
                }
                EntityRef ref = h.ref();
                Candidate.Kind kind = ref.type() == EntityType.PERSON ? Candidate.Kind.PERSON : Candidate.Kind.SHORT;
                cs.add(new Candidate(h.begin(), h.end(), ref.name(), ref.type(), kind, null, Set.of(), h.own() ? 0.8 : 0.7));
            }
            cs.sort(Comparator.comparingInt(Candidate::begin));
            out.add(cs);
        }
        return out;
    }

    /** A name of the document ({@code own}) or a known name at [begin, end) of a sentence. */
    private record Hit(int begin, int end, EntityRef ref, boolean own) {
    }

    /**
     * Where the document's names, else known names up to {@code maxLength} characters, are written in
     * {@code text}: two characters or more, longest first, then from the left.
     */
    private List<Hit> hits(String text, WordTrie<EntityRef> own, int maxLength) {
        List<Hit> hits = new ArrayList<>();
        for (int at = 0; at < text.length(); at++) {
            int begin = at;
            int first = hits.size();
            own.matchesAt(text, at, (end, ref) -> hits.add(new Hit(begin, end, ref, true)));
            int last = hits.size();
            known.matchesAt(text, at, maxLength, (end, ref) -> {
                for (int i = first; i < last; i++) {
                    if (hits.get(i).end() == end) {
                        return;
                    }
                }
                hits.add(new Hit(begin, end, ref, false));
            });
        }
        hits.removeIf(h -> h.end() - h.begin() < 2);
        hits.sort(Comparator.comparingInt((Hit h) -> h.end() - h.begin()).reversed().thenComparingInt(Hit::begin));
        return hits;
    }

    private void deriveShortForms(Candidate c, EntityRef ref, Map<String, EntityRef> names) {
        if (c.kind() != Candidate.Kind.NAME || c.type() == EntityType.PERSON) {
            return;
        }
        String english = c.type() == EntityType.COMPANY ? ShortNames.englishShortForm(c.name()) : null;
        if (english != null) {
            names.putIfAbsent(english, ref);
        }
        if (c.type() == EntityType.COMPANY) {
            String core = shorts.companyCore(c.name());
            if (core != null && core.length() >= 2) {
                names.putIfAbsent(core, ref);
            }
            for (String shortForm : shorts.companyShortForms(c.name())) {
                if (shortForm.length() >= 3) {
                    names.putIfAbsent(shortForm, ref);
                }
            }
        }
        String stripped = shorts.stripPlace(c.name());
        OrgSuffix s = data.suffixOf(stripped);
        if (!stripped.equals(c.name()) && s != null && stripped.length() >= s.suffix().length() + 2) {
            names.putIfAbsent(stripped, ref);
        }
    }

    /** Whether a hit starts or ends inside a word, or right after a noun it would continue (医政/医管局). */
    private static boolean insideWord(List<Token> tokens, int at, int end) {
        boolean startEdge = false;
        boolean endEdge = false;
        Token before = null;
        for (Token t : tokens) {
            startEdge |= t.start() == at;
            endEdge |= t.end() == end;
            if (t.end() == at) {
                before = t;
            }
        }
        boolean glued = before != null && (before.is("n") || before.is("j")) && OrgGrammar.isHan(before.word().charAt(0));
        return !startEdge || !endEdge || glued;
    }

    private static boolean boundaries(String text, int at, int end, String k) {
        if (Character.isLetter(k.charAt(0)) && k.charAt(0) < 128) {
            boolean left = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean right = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            return left && right;
        }
        return true;
    }

    private static boolean overlaps(List<Candidate> cs, int b, int e) {
        return cs.stream().anyMatch(c -> c.begin() < e && b < c.end());
    }
}
