package org.w3id.hkg.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hkg.extract.EntityType;

/**
 * The grammar of Chinese organisation names over segmented text: optional place prefix, name words,
 * an organisation suffix from {@code org-suffixes.tsv} (longest wins, chains such as X医院有限公司),
 * then an optional bracket after the name: legal form {@code (普通合伙)}, stock code, English name or
 * a declared short name {@code (简称“X”)}. A bracket inside the name ({@code 长城(Great Wall)医疗联盟})
 * is dropped from the name and kept as a variant. A name needs a specific part besides place, generic
 * words and suffix (so 成员医院, 股份制综合医院 are not names), unless its suffix allows a place alone
 * (南京市卫健委). Also recognises names by stock code ({@code X(000516)}), by an English name in
 * brackets ({@code X(Great Wall Clinic)}) and company names in quotes after 上市公司/简称. Stateless.
 */
public final class OrgGrammar {
    private static final Set<String> BARE_PLACES = Set.of("市", "省", "区", "县", "州");
    static final Set<String> DEICTIC = Set.of("某", "该", "这家", "那家", "一家", "一所", "这所", "每家",
            "多家", "两家", "两所", "各", "本", "此", "其");
    /** A count of organisations (三家, 多间, 两所) or the one involved (涉事, 涉案) in what would be a name's prefix. */
    private static final Pattern COUNTED = Pattern.compile("[一二三四五六七八九十两几多数\\d]\\s*[家间所座]|涉事|涉案");
    static final String FUNCTION_CHARS = "系是为在于和与的及将已被对向因由等";
    /** Words joining two bodies acting together (市医保局联合市卫健委): the second is no department of the first. */
    private static final Set<String> JOINTLY = Set.of("联合", "会同", "协同", "配合", "同");
    private static final String NOT_IN_NAME = "与和及对在被向由并或的了是为等将已从于";
    /** Prepositions and verbs of going or serving before 县/市/区/省 (在市卫健委, 任区卫健委): not part of the name. */
    private static final String PREPOSITIONS = "经据由对向被在从任赴至到往";
    private static final Set<String> APPOINT = Set.of("免去", "任命", "免除", "撤销", "给予", "聘任", "开除", "撤去");
    static final Set<String> QUANTITY = Set.of("多", "几", "每", "各", "两", "数", "一", "该", "这", "那", "此", "其", "余", "全");
    /** A bracket right after a name, or after the quote that closes it ("X联盟"(以下简称"Y")). */
    private static final Pattern AFTER = Pattern.compile("^([”\"」』’]?)\\(([^()]{1,40})\\)");
    private static final Pattern LEGAL_BRACKET = Pattern.compile("(?:特殊)?(?:普通|有限)合伙|筹|集团");
    static final Pattern STOCK = Pattern.compile(
            "(?:股票代码|证券代码|股票代号)?[:]?\\s*(\\d{6}|\\d{4,5}\\.HK)(?:\\.(?:SZ|SH|BJ))?");
    private static final Pattern DECLARED = Pattern.compile(
            "(?:以下)?(?:简称|下称|简称为)[:]?\\s*[“\"「']?([^”\"」',()]{2,14})[”\"」']?");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z0-9 .'&-]*[A-Za-z.]");
    private static final Pattern STOCK_NAME = Pattern.compile("\\((?:股票代码|证券代码)?[:]?\\s*(\\d{6})(?:\\.(?:SZ|SH|BJ))?\\)");
    private static final Pattern EN_BRACKET = Pattern.compile("\\(([A-Z][A-Za-z'.&-]*(?: [A-Z][A-Za-z'.&-]*)*)\\)");
    /** A Latin bracket inside a name: 长城(Great Wall)医疗联盟. */
    static final Pattern INNER_LATIN = Pattern.compile("\\(([A-Za-z][A-Za-z .'&-]*)\\)");
    private static final Pattern INNER_BRACKET = Pattern.compile("\\([^()]*\\)(?=.)");
    private static final Pattern LAST_BRACKET = Pattern.compile("\\([^()]*\\)$");
    private static final Pattern DOUBLE_CITY = Pattern.compile("市市(?!场)");
    private static final Pattern QUOTED = Pattern.compile(
            "(?:上市公司|公司|简称|下称)[“\"「]([^”\"」]{2,12})[”\"」]|(?:证券|股票)简称[:]\\s*([\\p{IsHan}A-Za-z*]{2,8})");

    private final NameData data;
    /** The suffixes of {@code data}, the first of each spelling (longest first). */
    private final WordTrie<OrgSuffix> suffixes = new WordTrie<>();
    private final Set<String> suffixWords = new java.util.HashSet<>();
    /** Regulators' short names (深交所): in a company's prefix they describe (深交所创业板上市公司), they do not name. */
    private final Set<String> regulatorAliases = new java.util.HashSet<>();
    private final EnglishNames english;
    private final PlaceBridge bridge;
    private final SingleCharacters singles;
    private final ElidedEnumeration enumeration = new ElidedEnumeration();

    public OrgGrammar(NameData data) {
        this.data = data;
        for (OrgSuffix s : data.suffixes()) {
            suffixes.putIfAbsent(s.suffix(), s);
            suffixWords.add(s.suffix());
        }
        for (NameData.KnownAlias a : data.aliases()) {
            if (a.type() == EntityType.REGULATOR) {
                regulatorAliases.add(a.alias());
            }
        }
        this.english = new EnglishNames(data);
        this.bridge = new PlaceBridge(data);
        this.singles = new SingleCharacters(data);
    }

    private record Occurrence(int start, int end, OrgSuffix suffix) {
    }

    /** Organisation names in {@code text} (a sentence's clean view) segmented as {@code tokens}. */
    public List<Candidate> find(String text, List<Token> tokens) {
        List<Candidate> out = new ArrayList<>();
        int floor = 0;
        for (List<Occurrence> chain : chains(text, tokens)) {
            Candidate c = chain.get(chain.size() - 1).suffix().type() == EntityType.ALLIANCE ? ledAlliance(text, chain, out) : null;
            if (c == null) {
                c = fromChain(text, tokens, chain, floor, out);
            }
            if (c != null) {
                out.add(c);
                floor = c.end();
            } else {
                floor = chain.get(chain.size() - 1).end();
            }
        }
        addByStockCode(text, tokens, out);
        addByEnglishBracket(text, tokens, out);
        addQuoted(text, out);
        out.addAll(enumeration.expand(text, tokens, out));
        out.sort(Comparator.comparingInt(Candidate::begin));
        return out;
    }

    private List<List<Occurrence>> chains(String text, List<Token> tokens) {
        Set<Integer> edges = new java.util.HashSet<>();
        for (Token t : tokens) {
            edges.add(t.start());
            edges.add(t.end());
        }
        List<Occurrence> occ = new ArrayList<>();
        List<OrgSuffix> here = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (termAt(text, i)) {
                continue; // 医院感染: a term, not a name's head
            }
            here.clear();
            suffixes.matchesAt(text, i, (end, s) -> here.add(s));
            for (int k = here.size() - 1; k >= 0; k--) {
                OrgSuffix s = here.get(k);
                int end = i + s.suffix().length();
                if ((edges.contains(end) || end == text.length()
                        || !isHan(text.charAt(end)) || edges.contains(end + 1) && FUNCTION_CHARS.indexOf(text.charAt(end)) >= 0)) {
                    occ.add(new Occurrence(i, end, s));
                    break;
                }
            }
        }
        occ.removeIf(o -> occ.stream().anyMatch(p -> p != o && p.start() <= o.start() && o.end() <= p.end()
                && p.end() - p.start() > o.end() - o.start()));
        List<List<Occurrence>> chains = new ArrayList<>();
        List<Occurrence> cur = new ArrayList<>();
        for (Occurrence o : occ) {
            if (!cur.isEmpty() && o.start() > cur.get(cur.size() - 1).end()
                    && !(o.suffix().legal() && industryGap(text.substring(cur.get(cur.size() - 1).end(), o.start())))
                    && !subOffice(cur.get(cur.size() - 1), o, text)) {
                chains.add(cur);
                cur = new ArrayList<>();
            }
            cur.add(o);
        }
        if (!cur.isEmpty()) {
            chains.add(cur);
        }
        return chains;
    }

    /**
     * Whether a place starts at {@code from}, right after a preposition the segmenter glued to it (任/市卫健委,
     * 经澄/州市卫健委): a zone character within its first three characters, and no known place starting one
     * character earlier (经开区).
     */
    private boolean placeNext(String text, List<Token> tokens, int from, int start) {
        int ti = tokenStartingAt(tokens, from - 1);
        if (ti >= 0 && tokens.get(ti).is("ns")) {
            return false; // 向阳区: a place of its own
        }
        for (int len = 2; len <= 4 && from - 1 + len <= text.length(); len++) {
            if (data.places().contains(text.substring(from - 1, from - 1 + len))) {
                return false;
            }
        }
        for (int k = from; k < Math.min(start, from + 3); k++) {
            if ("县市区省".indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** 举办/方荆川…: a party word 方 after a verb (举办方, 投资方) glued to the name that follows. */
    private static boolean partyGlued(String text, List<Token> tokens, int left) {
        if (text.charAt(left) != '方' || left == 0) {
            return false;
        }
        for (Token t : tokens) {
            if (t.end() == left) {
                return t.isAny("v", "vn") || "甲乙丙双各".indexOf(t.word().charAt(t.word().length() - 1)) >= 0;
            }
        }
        return false;
    }

    /** Whether a common term that begins with a suffix starts at {@code i} (医院感染, nosocomial infection). */
    private boolean termAt(String text, int i) {
        for (String term : data.terms()) {
            if (text.startsWith(term, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A person name written right before an organisation name (免去X某某Y医院执行院长职务): when the
     * name starts with a person name not preceded by a place and the rest is specific, the person is
     * left out of the name, and kept as a person when a role word follows the organisation.
     */
    private int afterLeadingPerson(String text, List<Token> tokens, int left, int headStart, int end, List<Candidate> out) {
        int i = tokenStartingAt(tokens, left);
        if (i < 0 || i > 0 && tokens.get(i - 1).is("ns") || !roleFollows(tokens, end)) {
            return left;
        }
        Token first = tokens.get(i);
        boolean appointed = i > 0 && APPOINT.contains(tokens.get(i - 1).word());
        int split = -1;
        if (first.is("nr") && first.word().length() >= 2 && first.word().length() <= 3
                && !Lexicon.isPlace(first.word().substring(0, 2))
                && "省市县区州旗镇乡".indexOf(first.word().charAt(first.word().length() - 1)) < 0) {
            // a "name" ending in a place word (吴忠市/nr) is the place of the organisation, not a person
            split = first.end();
        } else if (appointed) {
            split = personLength(text, tokens, left, headStart);
        }
        if (split < 0 || split >= headStart) {
            return left;
        }
        Specificity rest = specificity(text.substring(split, headStart), tokens, split, headStart);
        if (!rest.specific() && !(appointed && rest.commonOnly())) {
            return left;
        }
        out.add(new Candidate(left, split, text.substring(left, split), EntityType.PERSON, Candidate.Kind.PERSON,
                null, Set.of(), 0.7));
        return split;
    }

    /** Where a person name starting at {@code left} (after 免去, 任命 ...) ends: at a place, else after three characters. */
    private int personLength(String text, List<Token> tokens, int left, int headStart) {
        if (!data.surnames().contains(text.substring(left, left + 1))) {
            return -1;
        }
        for (int len = 3; len >= 2; len--) {
            int at = left + len;
            int ti = tokenStartingAt(tokens, at);
            if (at < headStart && ti >= 0 && (tokens.get(ti).is("ns") || Lexicon.isPlace(tokens.get(ti).word()))) {
                return at;
            }
        }
        return left + 3 < headStart && tokenStartingAt(tokens, left + 3) >= 0 ? left + 3 : -1;
    }

    private static boolean roleFollows(List<Token> tokens, int end) {
        int after = tokenStartingAt(tokens, end);
        for (int k = after; k >= 0 && k < tokens.size() && k <= after + 1; k++) {
            if (tokens.get(k).is("nnt")) {
                return true;
            }
        }
        return false;
    }

    /**
     * An alliance named after its lead organisation: the organisation just found, generic words
     * (紧密型, 专科) and an alliance suffix (X医院紧密型医联体) make one alliance name; the lead's own
     * candidate is replaced.
     */
    private Candidate ledAlliance(String text, List<Occurrence> chain, List<Candidate> out) {
        Candidate lead = out.isEmpty() ? null : out.get(out.size() - 1);
        int start = chain.get(0).start();
        int end = chain.get(chain.size() - 1).end();
        if (lead == null || lead.type() == EntityType.PERSON || lead.type() == EntityType.ALLIANCE || lead.end() > start
                || !Words.composedOf(text.substring(lead.end(), start), data.generic())) {
            return null;
        }
        out.remove(out.size() - 1);
        return new Candidate(lead.begin(), end, withoutInnerBrackets(text.substring(lead.begin(), end)), EntityType.ALLIANCE,
                Candidate.Kind.NAME, null, Set.of(), 0.85);
    }

    /** A regulator's department written after it (X市卫健委综合监督执法局): one name. */
    private static boolean subOffice(Occurrence before, Occurrence after, String text) {
        String gap = text.substring(before.end(), after.start());
        return before.suffix().type() == EntityType.REGULATOR && after.suffix().type() == EntityType.REGULATOR
                && gap.length() <= 6 && gap.chars().allMatch(ch -> isHan((char) ch) && NOT_IN_NAME.indexOf(ch) < 0)
                && JOINTLY.stream().noneMatch(gap::startsWith);
    }

    /** Industry words between an organisation word and a legal form (X医院管理有限公司, X医院投资有限公司). */
    private boolean industryGap(String gap) {
        return !gap.isEmpty() && gap.length() <= 4 && Words.composedOf(gap, data.industry());
    }

    private Candidate fromChain(String text, List<Token> tokens, List<Occurrence> chain, int floor, List<Candidate> out) {
        Occurrence head = chain.get(chain.size() - 1);
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (!chain.get(i).suffix().legal()) {
                head = chain.get(i);
                break;
            }
        }
        int start = chain.get(0).start();
        int end = chain.get(chain.size() - 1).end();
        if (start < floor) {
            return null;
        }
        int left = cutPlaceStart(text, tokens, extendLeft(text, tokens, start, floor), start);
        boolean legal = chain.stream().anyMatch(o -> o.suffix().legal());
        if (legal) {
            left = bridge.brand(tokens, left, floor);
        }
        if (isDeictic(text, tokens, left) || COUNTED.matcher(text.substring(Math.max(0, left - 1), head.start())).find()) {
            return null; // 三家卫生院, 经营多间医院, 约谈涉事医院: a count of organisations, or the one involved, names none
        }
        if (left + 1 < start && (PREPOSITIONS.indexOf(text.charAt(left)) >= 0 && placeNext(text, tokens, left + 1, start)
                || partyGlued(text, tokens, left))) {
            left++;
        }
        int named = left;
        left = afterLeadingPerson(text, tokens, left, head.start(), end, out);
        boolean personSplit = left != named;
        int headEnd = head.end();
        boolean bridged = chain.size() > 1 && chain.get(chain.size() - 1).start() > chain.get(chain.size() - 2).end()
                && chain.get(chain.size() - 1).suffix().legal();
        boolean hospitalCompany = head.suffix().type() == EntityType.HOSPITAL && headEnd < end && !bridged;
        EntityType type = bridged ? EntityType.COMPANY : head.suffix().type();
        String full = text.substring(left, end);
        Set<String> aliases = new LinkedHashSet<>();
        String nameText = hospitalCompany ? text.substring(left, headEnd) : full;
        if (hospitalCompany) {
            aliases.add(withoutInnerBrackets(full));
        }
        String prefix = text.substring(left, head.start());
        Specificity spec = specificity(prefix, tokens, left, head.start());
        int specificEnd = head.start() - trailingGeneric(text, left, head.start());
        if (head.suffix().type() == EntityType.COMPANY && verbsOnly(tokens, left, specificEnd)) {
            return null; // 影响公司, 记入上市公司: a verb and its object
        }
        // an alliance of a part of a place (顺义东部医联体) is named by its places alone
        boolean regionalAlliance = head.suffix().type() == EntityType.ALLIANCE && spec.place() && prefix.strip().length() >= 4;
        if (!spec.specific() && !(head.suffix().placeOk() && spec.place()) && !regionalAlliance
                && !((personSplit || legal && wordAt(tokens, left).length() >= 2) && spec.commonOnly())) {
            return null;
        }
        String name = DOUBLE_CITY.matcher(withoutInnerBrackets(nameText)).replaceAll("市");
        if (!name.equals(nameText)) {
            aliases.add(nameText);
            aliases.add(withoutInnerBrackets(nameText));
            String latinVariant = latinVariant(nameText);
            if (latinVariant != null) {
                aliases.add(latinVariant);
            }
        }
        String en = null;
        Matcher after = AFTER.matcher(text.substring(end));
        if (after.find()) {
            String content = after.group(2).trim();
            boolean quoted = !after.group(1).isEmpty();
            if (quoted) {
                Matcher d = DECLARED.matcher(content);
                if (d.find()) {
                    aliases.add(d.group(1).trim());
                }
            } else if (LEGAL_BRACKET.matcher(content).matches()) {
                aliases.add(name + "(" + content + ")");
                end += after.end();
            } else if (LATIN.matcher(content).matches() && !STOCK.matcher(content).matches()) {
                en = content;
            } else {
                Matcher d = DECLARED.matcher(content);
                if (d.find()) {
                    aliases.add(d.group(1).trim());
                }
            }
        }
        Candidate.Kind kind = spec.bare() && !spec.specific() ? Candidate.Kind.BARE : Candidate.Kind.NAME;
        if (kind == Candidate.Kind.BARE && afterQuantity(tokens, left)) {
            return null;
        }
        double conf = spec.specific() ? 0.9 : 0.8;
        int repaired = declaredStart(text, left, end, name, aliases, floor);
        if (repaired < left) {
            // 湖/北汉/江健康产业有限公司(以下简称"汉江健康"): the declared short name shows where the name starts
            String whole = text.substring(repaired, end);
            return new Candidate(repaired, end, whole, type, kind, en, aliases, conf);
        }
        return new Candidate(left, end, name, type, kind, en, aliases, conf);
    }

    /**
     * Where a name starts when the segmenter cut off its first characters and its declared short name shows
     * them: the short name begins one or two characters before {@code left} (汉 + 江健康… of "汉江健康"), and a
     * province or city written right before is part of the name too. {@code left} when there is nothing to repair.
     */
    private int declaredStart(String text, int left, int end, String name, Set<String> aliases, int floor) {
        if (!name.equals(text.substring(left, end))) {
            return left;
        }
        for (String alias : aliases) {
            if (alias.length() < 3 || name.contains(alias)) {
                continue;
            }
            for (int k = 1; k <= 2 && left - k >= floor; k++) {
                if (text.startsWith(alias, left - k) && isHan(text.charAt(left - k))) {
                    int start = left - k;
                    for (int p = 2; p <= 3 && start - p >= floor; p++) {
                        if (data.places().contains(text.substring(start - p, start))) {
                            return start - p;
                        }
                    }
                    return start;
                }
            }
        }
        return left;
    }

    /** The variant of a name with an inner Latin bracket in place of the word before it: 长城(Great Wall)医疗联盟 → Great Wall医疗联盟. */
    private static String latinVariant(String name) {
        Matcher m = INNER_LATIN.matcher(name);
        if (m.find() && m.end() < name.length()) {
            return m.group(1).trim() + name.substring(m.end());
        }
        return null;
    }

    static String withoutInnerBrackets(String name) {
        String out = name.indexOf('(') < 0 ? name : INNER_BRACKET.matcher(name).replaceAll("");
        return out.isEmpty() ? name : out;
    }

    /** 两县中医院, 各区卫健委: a bare 县/区 counted or quantified is no name. */
    private static boolean afterQuantity(List<Token> tokens, int left) {
        for (Token t : tokens) {
            if (t.end() == left) {
                return QUANTITY.contains(t.word()) || t.is("m") || t.is("q");
            }
        }
        return false;
    }

    private boolean isDeictic(String text, List<Token> tokens, int left) {
        for (Token t : tokens) {
            if (t.end() == left) {
                return DEICTIC.contains(t.word()) || distributive(t.word());
            }
        }
        return false;
    }

    /**
     * Where a name starts when a known place in it was cut through by the segmenter (列示/佛/山禾/安医院,
     * 核心/资产/佛/山禾…): at the place. What the extension took before it came from the broken words.
     */
    private int cutPlaceStart(String text, List<Token> tokens, int left, int start) {
        for (int p = left + 1; p < start - 1; p++) {
            for (int len = 2; len <= 4 && p + len <= start; len++) {
                if (data.places().contains(text.substring(p, p + len)) && !aligned(tokens, p, p + len)) {
                    return p;
                }
            }
        }
        return left;
    }

    /** A kind of organisation (民营), alone or with a suffix or generic word (民营/医院 as one word). */
    private boolean kindWord(String w) {
        for (String k : data.kinds()) {
            if (w.startsWith(k) && (w.length() == k.length() || isSuffix(w.substring(k.length()))
                    || data.generic().contains(w.substring(k.length())))) {
                return true;
            }
        }
        return false;
    }

    /** Whether [from, to) starts and ends on token boundaries. */
    private static boolean aligned(List<Token> tokens, int from, int to) {
        boolean starts = false;
        boolean ends = false;
        for (Token t : tokens) {
            starts |= t.start() == from;
            ends |= t.end() == to;
        }
        return starts && ends;
    }

    /** 各县(区), 各市: each of a kind of place, so what follows names no one body. */
    private static boolean distributive(String word) {
        return word.length() == 2 && "各每".indexOf(word.charAt(0)) >= 0 && BARE_PLACES.contains(word.substring(1));
    }

    int extendLeft(String text, List<Token> tokens, int start, int floor) {
        int ti = tokenAt(tokens, start);
        int left = start;
        if (ti >= 0 && tokens.get(ti).start() < start) {
            Token t = tokens.get(ti);
            if (data.stopWords().contains(t.word().substring(0, start - t.start()))) {
                return start;
            }
            left = t.start();
        }
        ti = ti < 0 ? -1 : (tokens.get(ti).start() < start ? ti - 1 : ti - 1);
        int accepted = left;
        while (ti >= 0 && start - left < 30) {
            Token t = tokens.get(ti);
            if (t.start() < floor) {
                break;
            }
            if (t.word().equals(")") && left == t.end()) {
                int open = text.lastIndexOf('(', t.start());
                if (open < 0 || t.start() - open > 30 || open < floor) {
                    break;
                }
                String content = text.substring(open + 1, t.start());
                if (!insertable(content)) {
                    break;
                }
                int oi = tokenStartingAt(tokens, open);
                if (oi <= 0 || !nameLike(text, tokens, oi - 1)) {
                    break;
                }
                left = open;
                ti = oi - 1;
                continue;
            }
            int spelled = singles.spelledPlace(tokens, ti, floor);
            if (spelled > 0) {
                // a place the segmenter did not know, spelled in pieces (无/为/市, 茅家岭/街道)
                ti -= spelled + 1;
                left = tokens.get(ti + 1).start();
                accepted = left;
                if (ti >= 0 && ownerWord(tokens.get(ti).word())) {
                    break; // X控股/滦/川/县人民医院: the owner's name ends before the place
                }
                continue;
            }
            if (nameLike(text, tokens, ti) && (adjectiveOk(tokens, ti, left, start) || allianceAt(text, start))) {
                left = t.start();
                accepted = left;
                ti--;
                if ((t.is("ns") || Lexicon.isPlace(t.word())) && ti >= 0 && (ownerWord(tokens.get(ti).word())
                        || !placeMayFollow(tokens.get(ti))) && singles.spelledPlace(tokens, ti + 1, floor) == 0) {
                    if (singles.startsSplitPlace(tokens, ti, floor)) {
                        // 沂/南县, 临/沂河/东: the segmenter cut the place's first character off
                        left = tokens.get(ti).start();
                        accepted = left;
                    }
                    break;
                }
                continue;
            }
            if (afterPlace(tokens, ti, floor) && left < start + 1) {
                left = t.start();
                accepted = left;
                ti--;
                continue;
            }
            if (singles.completesPlace(tokens, ti, floor, left)) {
                left = t.start();
                accepted = left;
                ti--;
                continue;
            }
            int glued = singles.gluedToPlace(tokens, ti, floor);
            int run = glued > 0 ? glued : singles.singleCharRun(tokens, ti, floor);
            boolean nextSingle = ti + 1 < tokens.size() && tokens.get(ti + 1).word().length() == 1
                    && tokens.get(ti + 1).start() >= left;
            if (glued == 0 && run < 2 && !(run == 1 && nextSingle)) {
                break;
            }
            ti -= run;
            left = tokens.get(ti + 1).start();
            accepted = left;
        }
        return trimLeadingVerbs(tokens, bridge.bridge(text, tokens, accepted, floor), start);
    }

    /** What may stand before a place inside a name: another place, 中共/国家, an institution (四川大学华西医院), Latin. */
    private boolean placeMayFollow(Token t) {
        String w = t.word();
        return t.is("ns") || t.is("nt") || t.is("nis") || w.equals("中共") || w.equals("国家") || w.equals("环") || w.equals("泛") || isLatin(w)
                || w.equals(")") || w.length() >= 2 && Lexicon.isPlace(w) || data.places().contains(w)
                || "省市区县镇乡路街道村".indexOf(w.charAt(w.length() - 1)) >= 0 && w.chars().allMatch(ch -> isHan((char) ch));
    }

    /** A word that ends the name of an owner written right before the place of another name (X控股/茂名Y医院). */
    private boolean ownerWord(String w) {
        return data.industry().contains(w) || isSuffix(w) || w.equals("控股");
    }

    /** An alliance suffix at {@code pos}: an adjective may stand right before it (X健康联盟). */
    private boolean allianceAt(String text, int pos) {
        boolean[] found = {false};
        suffixes.matchesAt(text, pos, (end, s) -> found[0] |= s.type() == EntityType.ALLIANCE);
        return found[0];
    }

    /**
     * A two-character adjective (康宁, 健康) is a name part inside a name, or right after a place or a proper noun
     * (光谷/怡和/诊所, 瑞和/健康/体检中心 where the brand is tagged as a person's name); not alone before the suffix (突出医院).
     */
    private static boolean adjectiveOk(List<Token> tokens, int ti, int left, int start) {
        Token t = tokens.get(ti);
        if (!t.nature().equals("a") || t.word().length() < 2) {
            return true;
        }
        return left < start || ti > 0 && (tokens.get(ti - 1).is("ns") || tokens.get(ti - 1).is("nz") || tokens.get(ti - 1).is("nr"));
    }

    /** A verb or other content word right after a place is part of the name (九江/润泽/医院管理有限公司). */
    private boolean afterPlace(List<Token> tokens, int ti, int floor) {
        Token t = tokens.get(ti);
        return ti > 0 && tokens.get(ti - 1).is("ns") && tokens.get(ti - 1).start() >= floor && t.word().length() == 2
                && (t.is("v") || t.is("z") || t.is("i")) && !t.is("vshi") && !t.is("vyou")
                && !data.stopWords().contains(t.word()) && t.word().chars().allMatch(ch -> isHan((char) ch));
    }

    /** A name does not start with a verb (给予X医院 → X医院). */
    private static int trimLeadingVerbs(List<Token> tokens, int left, int start) {
        for (Token t : tokens) {
            if (t.start() == left && t.end() <= start && t.is("v") && t.word().length() >= 2 && !Lexicon.isPlace(t.word())) {
                left = t.end();
            }
        }
        return left;
    }

    /** Whether a bracket may sit inside a name: an English name, or a short Chinese insertion (no byline, no code). */
    private boolean insertable(String content) {
        String c = content.strip();
        if (c.isEmpty() || STOCK.matcher(c).matches()) {
            return false;
        }
        if (LATIN.matcher(c).matches()) {
            return true;
        }
        return c.length() <= 4 && c.chars().allMatch(ch -> isHan((char) ch))
                && data.bylineWords().stream().noneMatch(c::contains);
    }

    private static int tokenAt(List<Token> tokens, int pos) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() <= pos && pos < t.end()) {
                return i;
            }
        }
        return -1;
    }

    private static String wordAt(List<Token> tokens, int pos) {
        int i = tokenStartingAt(tokens, pos);
        return i < 0 ? "" : tokens.get(i).word();
    }

    private static int tokenStartingAt(List<Token> tokens, int pos) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == pos) {
                return i;
            }
        }
        return -1;
    }

    /** Whether token {@code i} may be part of an organisation name. */
    boolean nameLike(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.word();
        if (data.stopWords().contains(w)) {
            return false;
        }
        if (w.isBlank()) {
            return i > 0 && i + 1 < tokens.size() && isLatin(tokens.get(i - 1).word()) && isLatin(tokens.get(i + 1).word());
        }
        if ((w.equals("环") || w.equals("泛")) && i + 1 < tokens.size() && (tokens.get(i + 1).is("ns") || tokens.get(i + 1).is("nz"))) {
            return true;
        }
        if (w.equals("·")) {
            return i > 0 && isHan(tokens.get(i - 1).word().charAt(0));
        }
        if (isLatin(w) || data.specialties().contains(w) || w.length() >= 2 && Lexicon.isPlace(w)) {
            return true;
        }
        if (t.is("m") && (w.startsWith("第") || i > 0 && tokens.get(i - 1).word().equals("第")
                && w.chars().allMatch(ch -> "一二三四五六七八九十百零".indexOf(ch) >= 0))) {
            return true;
        }
        if (t.is("m")) {
            boolean digits = w.chars().allMatch(ch -> ch >= '0' && ch <= '9') && w.length() >= 3;
            boolean dateNext = i + 1 < tokens.size() && "年月日号".contains(tokens.get(i + 1).word().substring(0, 1));
            return digits && !dateNext;
        }
        if (t.is("nnt") || t.is("w")) {
            return false;
        }
        if (QUANTITY.contains(w)) {
            return false;
        }
        if (t.is("n") || t.is("j") || t.is("b") || t.is("vn") || t.is("a") || t.is("g")
                || t.is("h") || t.is("k")) {
            return true;
        }
        return t.is("f") && !"中上下内外里前后".contains(w);
    }

    /** What the part of a name before its suffix contains. */
    record Specificity(boolean specific, boolean place, boolean bare, boolean commonOnly) {
    }

    Specificity specificity(String prefix, List<Token> tokens, int from, int to) {
        String p = withoutInnerBrackets(prefix + "#");
        p = LAST_BRACKET.matcher(p.substring(0, p.length() - 1)).replaceAll("");
        boolean place = false;
        boolean bare = false;
        boolean leading = true;
        boolean kind = false;
        StringBuilder rest = new StringBuilder();
        List<Token> restTokens = new ArrayList<>();
        String lastPlace = "";
        for (Token t : tokens) {
            if (t.end() <= from || t.start() >= to) {
                continue;
            }
            String w = t.word().substring(Math.max(0, from - t.start()), Math.min(t.word().length(), to - t.start()));
            if (w.isBlank() || w.equals("(") || w.equals(")")) {
                continue;
            }
            if (leading && isPlace(w, t)) {
                place = true;
                bare |= BARE_PLACES.contains(w);
                lastPlace = w;
                continue;
            }
            leading = false;
            boolean kindWord = kindWord(w);
            kind |= kindWord;
            if (kindWord || data.generic().contains(w) || w.equals("120") || w.equals("中共") || isSuffix(w) || regulatorAliases.contains(w)) {
                continue;
            }
            rest.append(w);
            restTokens.add(t);
        }
        String r = rest.toString();
        if (r.isEmpty() && kind) {
            return new Specificity(false, false, false, false); // 广州民营医院集团: a place and a kind, a description
        }
        if (!place && r.length() == 1 && tokens.stream().anyMatch(t -> t.end() == from && t.is("m"))) {
            return new Specificity(false, false, false, false); // 三/甲/医院: a grade the segmenter cut, no name
        }
        if (!place && clause(restTokens)) {
            return new Specificity(false, false, false, false); // 家属质疑医院, 市场忧虑集团: a subject and its verb, no name
        }
        boolean specific = !r.isEmpty() && !data.generic().contains(r);
        if (prefix.contains("(") && !specific) {
            specific = !p.isBlank() && !data.generic().contains(p);
        }
        boolean commonOnly = false;
        if (specific && !place && (Lexicon.isCommonNoun(r) || Words.composedOf(r, data.specialties()))) {
            specific = false;
            commonOnly = true;
        }
        if (!specific && place && r.isEmpty() && minorPlace(lastPlace)) {
            specific = true;
        }
        return new Specificity(specific, place, bare && !specific, commonOnly);
    }

    /** How many characters of generic words end the span [from, to) (记入上市|公司: 上市). */
    private int trailingGeneric(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (data.generic().contains(text.substring(k, to))) {
                return to - k;
            }
        }
        return 0;
    }

    /** A company "named" by verbs alone (不会影响/公司, 记/入/上市公司): a verb and its object, not a name. */
    private static boolean verbsOnly(List<Token> tokens, int from, int to) {
        int words = 0;
        for (Token t : tokens) {
            if (t.end() <= from || t.start() >= to) {
                continue;
            }
            if (t.start() < from || t.end() > to || !(t.is("v") || t.is("vn"))) {
                return false;
            }
            words++;
        }
        return words >= 1 && words <= 2;
    }

    /**
     * Whether the words of a name before its suffix read as a clause: one or two common nouns then a verb
     * (家属/质疑, 市场/忧虑, 内幕/信息/买卖), no specialty word.
     */
    private boolean clause(List<Token> words) {
        if (words.size() < 2 || words.size() > 3) {
            return false;
        }
        Token verb = words.get(words.size() - 1);
        StringBuilder all = new StringBuilder();
        for (Token w : words.subList(0, words.size() - 1)) {
            if (!w.is("n") || !Lexicon.isCommonNoun(w.word())) {
                return false;
            }
            all.append(w.word());
        }
        return (verb.is("v") || verb.is("vn")) && !Words.composedOf(verb.word(), data.specialties())
                && !data.specialties().contains(all + verb.word());
    }

    /** A place below the city, not an administrative unit (华西, 鼓楼): names a hospital on its own (X医院). */
    private boolean minorPlace(String place) {
        return place.length() >= 2 && !data.places().contains(place) && "省市区县州镇乡国".indexOf(place.charAt(place.length() - 1)) < 0
                && data.places().stream().noneMatch(place::startsWith) && !BARE_PLACES.contains(place);
    }

    /** A name found without a suffix must be more than a generic word or a bare suffix. */
    private boolean specificName(String name) {
        return name.length() >= 2 && !data.generic().contains(name) && !isSuffix(name) && !data.places().contains(name);
    }

    private boolean isSuffix(String w) {
        return suffixWords.contains(w);
    }

    private boolean isPlace(String w, Token t) {
        if (BARE_PLACES.contains(w) || w.equals("中共") || data.places().contains(w)) {
            return true;
        }
        if (t.is("ns") || Lexicon.isPlace(w)) {
            return true;
        }
        return w.length() >= 2 && "省市区县州镇乡".indexOf(w.charAt(w.length() - 1)) >= 0 && t.is("n")
                && data.places().stream().anyMatch(w::startsWith);
    }

    private void addByStockCode(String text, List<Token> tokens, List<Candidate> out) {
        Matcher m = STOCK_NAME.matcher(text);
        while (m.find()) {
            int pos = m.start();
            if (covered(out, pos - 1)) {
                continue;
            }
            int left = extendLeft(text, tokens, pos, floorBefore(out, pos));
            for (int ti = tokenStartingAt(tokens, left); ti >= 0 && tokens.get(ti).end() < pos
                    && (isSuffix(tokens.get(ti).word()) || tokens.get(ti).is("nis")); ti = tokenStartingAt(tokens, left)) {
                left = tokens.get(ti).end(); // 上市公司X(603857): what the company is, then its name
            }
            String name = text.substring(left, pos);
            if (specificName(name) && name.chars().anyMatch(ch -> isHan((char) ch))) {
                out.add(new Candidate(left, pos, name, EntityType.COMPANY, Candidate.Kind.SHORT, null, Set.of(), 0.85));
            }
        }
    }

    private void addByEnglishBracket(String text, List<Token> tokens, List<Candidate> out) {
        Matcher m = EN_BRACKET.matcher(text);
        while (m.find()) {
            int pos = m.start();
            EntityType type = english.typeOf(m.group(1));
            if (type == null || pos == 0 || covered(out, pos - 1) || !isHan(text.charAt(pos - 1))) {
                continue;
            }
            int left = extendLeft(text, tokens, pos, floorBefore(out, pos));
            String name = text.substring(left, pos);
            if (specificName(name)) {
                out.add(new Candidate(left, pos, name, type, Candidate.Kind.NAME, m.group(1), Set.of(), 0.8));
            }
        }
    }

    private static void addQuoted(String text, List<Candidate> out) {
        if (text.indexOf('“') < 0 && text.indexOf('"') < 0 && text.indexOf('「') < 0 && !text.contains("简称")) {
            return; // a quoted name needs a quotation mark, a stock short name 简称
        }
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            int b = m.start(g);
            int e = m.end(g);
            String name = m.group(g).trim();
            boolean free = out.stream().noneMatch(c -> c.begin() < e && b < c.end());
            if (free && name.chars().allMatch(ch -> isHan((char) ch) || Character.isLetterOrDigit(ch))
                    && declaresAnOrganisation(text, m.start(), name, out)) {
                out.add(new Candidate(b, e, name, EntityType.COMPANY, Candidate.Kind.SHORT, null, Set.of(), 0.8));
            }
        }
    }

    /**
     * Whether a short name declared in brackets ("X(以下简称"Y")") is declared for an organisation: one named
     * right before the bracket, or a name it abbreviates (东岭控股(以下简称"东岭")). A report, a rule or an event
     * declared so (年度报告(以下简称"年报")) names none.
     */
    private static boolean declaresAnOrganisation(String text, int keyword, String name, List<Candidate> out) {
        if (!text.startsWith("简称", keyword) && !text.startsWith("下称", keyword)) {
            return true;
        }
        int open = text.lastIndexOf('(', keyword);
        if (open < 0 || keyword - open > 3) {
            return true; // not in brackets: 公司简称"Y"
        }
        int end = open;
        while (end > 0 && "”\"」 ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        final int before = end;
        String named = text.substring(Math.max(0, before - 20), before);
        return out.stream().anyMatch(c -> c.end() == before) || name.length() >= 2 && named.contains(name.substring(0, 2));
    }

    private static boolean covered(List<Candidate> out, int pos) {
        return out.stream().anyMatch(c -> c.begin() <= pos && pos < c.end());
    }

    private static int floorBefore(List<Candidate> out, int pos) {
        int floor = 0;
        for (Candidate c : out) {
            if (c.end() <= pos) {
                floor = Math.max(floor, c.end());
            }
        }
        return floor;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean isLatin(String w) {
        return !w.isEmpty() && w.chars().allMatch(ch -> (ch < 128 && Character.isLetter(ch)) || ch == '\'' || ch == '.' || ch == '-')
                && Character.isLetter(w.charAt(0));
    }
}
