package org.w3id.hkg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hkg.extract.EntityType;

/**
 * In-document coreference of organisation anaphors:
 * <ul>
 * <li>我院/本院/该院/该医院/该诊所/该门诊部/该卫生院 → the hospital in focus; bare 医院 inside a letter → the letter's
 * hospital;</li>
 * <li>该公司/本公司/公司 → the company in focus (公司 and 本公司: the company whose report or announcement the document is;
 * 你公司/贵公司: the company a letter is addressed to);</li>
 * <li>该联盟/联盟/医联体 → the alliance in focus;</li>
 * <li>English "the hospital", "the company", and "the Sanya hospital" → the last hospital named with that word;</li>
 * <li>当事人 after a notice's party line "当事人:X" → X; 本机关/本局/我委 → the regulator signing the notice, else the
 * one named last before;</li>
 * <li>前者/后者 → the first/second of the two organisations named last.</li>
 * </ul>
 * The focus is the organisation of the letter around the sentence (a header line {@code X医院:} opens a letter, a
 * line with only the organisation's name signs it), else the last organisation of the right type named before.
 * Stateless.
 */
public final class Coreference {
    private static final Pattern HOSPITAL_ANAPHOR = Pattern.compile("我院|本院|该院|该医院|这家医院|涉事医院|该诊所|涉事诊所|该门诊部|该卫生院|医院|\\b[Tt]he hospital\\b");
    /** "the Sanya hospital": the hospital named before whose name has that word. */
    private static final Pattern NAMED_HOSPITAL_EN = Pattern.compile("\\b[Tt]he ([A-Z][A-Za-z'’-]+) (?:hospital|clinic)\\b");
    /** 前者/后者: the first and the second of the two organisations named last. */
    private static final Pattern FORMER_LATTER = Pattern.compile("前者|后者");
    /** A regulator speaking of itself in its notice: the body that signs it, else the one named last before. */
    private static final Pattern REGULATOR_SELF = Pattern.compile("本机关|本局|我局|本委|我委|本厅|我厅");
    /** The party line of a decision notice ("当事人:X"), and the word that refers to X after it. */
    private static final Pattern PARTY_LINE = Pattern.compile("^\\s*(?:当事人|被处罚人|被处罚单位)(?:名称)?\\s*[:：]\\s*");
    private static final Pattern PARTY_WORD = Pattern.compile("当事人(?!\\s*[:：])");
    private static final Pattern ACQUIRED = Pattern.compile("(?:收购|并购|购买|受让|入股|增资)(?:了|完成)?\\s*$");
    private static final Pattern COMPANY_ANAPHOR = Pattern.compile("该公司|本公司|我公司|你公司|贵公司|这家公司|公司|本集团|该集团|集团|\\b[Tt]he (?:company|group)\\b");
    private static final Pattern ALLIANCE_ANAPHOR = Pattern.compile("该联盟|本联盟|该医联体|该医共体|联盟|医联体|医共体");
    private static final Set<String> BARE_OK_BEFORE = Set.of("对", "向", "在", "到", "来", "为", "本", "我们");

    private Coreference() {
    }

    /** Whether {@code text} holds one of {@code parts}: each anaphor pattern has one in every alternative. */
    private static boolean mayHold(String text, String... parts) {
        for (String p : parts) {
            if (text.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Anaphor candidates for every sentence.
     *
     * @param sentences  the document's sentences
     * @param candidates the names found in each sentence (already resolved)
     * @return for each sentence, the anaphors found, each with the name of its antecedent
     */
    public static List<List<Candidate>> resolve(List<SentenceView> sentences, List<List<Candidate>> candidates) {
        Candidate[] letter = letterFocus(sentences, candidates);
        List<List<Candidate>> out = new ArrayList<>();
        Candidate lastHospital = null;
        Candidate lastCompany = null;
        Candidate reporter = reporter(sentences, candidates);
        Candidate lastAlliance = null;
        Candidate lastRegulator = null;
        List<Candidate> hospitals = new ArrayList<>();
        Candidate party = null;
        for (int s = 0; s < sentences.size(); s++) {
            SentenceView sv = sentences.get(s);
            List<Candidate> found = new ArrayList<>();
            List<Candidate> here = candidates.get(s);
            party = partyOf(sv, here, party);
            Matcher partyWord = PARTY_WORD.matcher(sv.text());
            while (party != null && sv.text().contains("当事人") && partyWord.find()) {
                if (!overlaps(here, partyWord.start(), partyWord.end())) {
                    found.add(coref(partyWord.start(), partyWord.end(), party, 0.6));
                }
            }
            List<Object> events = new ArrayList<>();
            String text = sv.text();
            Matcher h = HOSPITAL_ANAPHOR.matcher(text);
            while (mayHold(text, "院", "诊所", "门诊部", "he hospital") && h.find()) {
                events.add(new int[] {h.start(), h.end(), 0});
            }
            Matcher named = NAMED_HOSPITAL_EN.matcher(text);
            while (mayHold(text, "he ") && named.find()) {
                events.add(new int[] {named.start(), named.end(), 3, named.start(1), named.end(1)});
            }
            Matcher pairWord = FORMER_LATTER.matcher(text);
            Candidate[] pair = null;
            while (mayHold(text, "者") && pairWord.find()) {
                pair = pair != null ? pair : lastTwo(s > 0 ? candidates.get(s - 1) : List.of(), here, pairWord.start());
                Candidate target = pair == null ? null : pair[pairWord.group().equals("前者") ? 0 : 1];
                if (target != null) {
                    found.add(coref(pairWord.start(), pairWord.end(), target, 0.6));
                }
            }
            Matcher self = REGULATOR_SELF.matcher(text);
            while (mayHold(text, "本", "我") && self.find()) {
                events.add(new int[] {self.start(), self.end(), 4});
            }
            Matcher c = COMPANY_ANAPHOR.matcher(text);
            while (mayHold(text, "公司", "集团", "he company", "he group") && c.find()) {
                events.add(new int[] {c.start(), c.end(), 1});
            }
            Matcher al = ALLIANCE_ANAPHOR.matcher(text);
            while (mayHold(text, "联盟", "医联体", "医共体") && al.find()) {
                events.add(new int[] {al.start(), al.end(), 2});
            }
            events.sort(java.util.Comparator.comparingInt(e -> ((int[]) e)[0]));
            int ci = 0;
            for (Object o : events) {
                int[] e = (int[]) o;
                while (ci < here.size() && here.get(ci).end() <= e[0]) {
                    Candidate k = here.get(ci++);
                    seen(hospitals, k);
                    lastHospital = k.type() == EntityType.HOSPITAL ? k : lastHospital;
                    lastCompany = isCompanyForm(k) && !acquired(text, k) ? k : lastCompany;
                    lastAlliance = k.type() == EntityType.ALLIANCE ? k : lastAlliance;
                    lastRegulator = k.type() == EntityType.REGULATOR ? k : lastRegulator;
                }
                if (overlaps(here, e[0], e[1]) || overlaps(found, e[0], e[1])) {
                    continue;
                }
                if (e[2] == 4) {
                    Candidate target = letter[s] != null && letter[s].type() == EntityType.REGULATOR ? letter[s] : lastRegulator;
                    if (target != null) {
                        found.add(coref(e[0], e[1], target, 0.65));
                    }
                    continue;
                }
                if (e[2] == 3) {
                    Candidate target = hospitalNamed(hospitals, text.substring(e[3], e[4]));
                    if (target != null) {
                        found.add(coref(e[0], e[1], target, 0.65));
                        lastHospital = target;
                    }
                    continue;
                }
                String word = sv.text().substring(e[0], e[1]);
                boolean bare = word.equals("医院") || word.equals("公司") || word.equals("集团") || e[2] == 2 && !word.startsWith("该") && !word.startsWith("本");
                if (bare && !standalone(sv, e[0], e[1], word.equals("医院") || e[2] == 2)) {
                    continue;
                }
                Candidate target;
                if (e[2] == 0) {
                    // a notice a regulator signs is no hospital's letter: 该院 there is the hospital named before
                    boolean hospitalLetter = letter[s] != null && letter[s].type() == EntityType.HOSPITAL;
                    target = hospitalLetter ? letter[s] : (word.equals("医院") ? null : lastHospital);
                } else if (e[2] == 2) {
                    target = lastAlliance;
                } else {
                    // in a company's own report or announcement (its name opens the title), 公司 and 本公司 are that company
                    boolean own = word.equals("公司") || word.equals("本公司") || word.equals("我公司");
                    // an inquiry letter's 你公司 is the company it is addressed to ("X:")
                    boolean addressed = (word.equals("你公司") || word.equals("贵公司"))
                            && letter[s] != null && letter[s].type() == EntityType.COMPANY;
                    target = addressed ? letter[s] : own && reporter != null ? reporter : lastCompany;
                }
                if (target != null) {
                    found.add(coref(e[0], e[1], target, bare ? 0.5 : 0.65));
                }
            }
            for (int k = ci; k < here.size(); k++) {
                Candidate x = here.get(k);
                seen(hospitals, x);
                lastHospital = x.type() == EntityType.HOSPITAL ? x : lastHospital;
                lastCompany = isCompanyForm(x) && !acquired(text, x) ? x : lastCompany;
                lastAlliance = x.type() == EntityType.ALLIANCE ? x : lastAlliance;
                lastRegulator = x.type() == EntityType.REGULATOR ? x : lastRegulator;
            }
            out.add(found);
        }
        return out;
    }

    /**
     * The company whose report or announcement the document is: a company named at the very start of the
     * first sentence (the title, "X2024年年度报告摘要", "X关于…的公告"), else null.
     */
    private static Candidate reporter(List<SentenceView> sentences, List<List<Candidate>> candidates) {
        if (sentences.isEmpty() || candidates.get(0).isEmpty()) {
            return null;
        }
        Candidate first = candidates.get(0).get(0);
        String title = sentences.get(0).text();
        boolean report = title.contains("公告") || title.contains("报告") || title.contains("年报") || title.contains("通知");
        return first.type() == EntityType.COMPANY && title.substring(0, first.begin()).isBlank() && report ? first : null;
    }

    /** An anaphor at [b, e) that names {@code target}. */
    private static Candidate coref(int b, int e, Candidate target, double confidence) {
        return new Candidate(b, e, target.name(), target.type(), Candidate.Kind.COREF, null, Set.of(), confidence);
    }

    /** The last two different organisations named before {@code pos} (this sentence's, else the previous one's too), or null. */
    private static Candidate[] lastTwo(List<Candidate> previous, List<Candidate> here, int pos) {
        List<Candidate> seen = new ArrayList<>(previous);
        here.stream().filter(c -> c.end() <= pos).forEach(seen::add);
        seen.removeIf(c -> c.type() == EntityType.PERSON);
        Candidate second = null;
        for (int k = seen.size() - 1; k >= 0; k--) {
            Candidate c = seen.get(k);
            if (second == null) {
                second = c;
            } else if (!c.name().equals(second.name())) {
                return new Candidate[] {c, second};
            }
        }
        return null;
    }

    /** The organisation a party line ("当事人:X") of sentence {@code sv} names, else {@code party}. */
    private static Candidate partyOf(SentenceView sv, List<Candidate> here, Candidate party) {
        Matcher line = PARTY_LINE.matcher(sv.text());
        if (!line.find()) {
            return party;
        }
        for (Candidate c : here) {
            if (c.begin() == line.end() && c.type() != EntityType.PERSON) {
                return c;
            }
        }
        return party;
    }

    private static void seen(List<Candidate> hospitals, Candidate c) {
        if (c.type() == EntityType.HOSPITAL) {
            hospitals.add(c);
        }
    }

    /** The last hospital of {@code seen} whose name has {@code word} as a word. */
    private static Candidate hospitalNamed(List<Candidate> seen, String word) {
        for (int k = seen.size() - 1; k >= 0; k--) {
            Candidate h = seen.get(k);
            if (hasWord(h.name(), word) || h.english() != null && hasWord(h.english(), word)) {
                return h;
            }
        }
        return null;
    }

    /** Whether {@code word} stands in {@code name} as a whole word (between spaces or the ends). */
    private static boolean hasWord(String name, String word) {
        return (" " + name + " ").contains(" " + word + " ");
    }

    /**
     * Whether {@code c} is the object of an acquisition ("公司以2亿元收购X有限公司70%股权"): the company a later
     * 公司 speaks of is the buyer, not X.
     */
    private static boolean acquired(String text, Candidate c) {
        return ACQUIRED.matcher(text.substring(Math.max(0, c.begin() - 8), c.begin())).find();
    }

    private static boolean isCompanyForm(Candidate c) {
        return c.type() == EntityType.COMPANY
                || c.type() == EntityType.HOSPITAL && c.aliases().stream().anyMatch(a -> a.endsWith("公司"));
    }

    private static boolean standalone(SentenceView sv, int b, int e, boolean hospital) {
        Token before = null;
        boolean exact = false;
        for (Token t : sv.tokens()) {
            if (t.start() == b && t.end() == e) {
                exact = true;
            }
            if (t.end() <= b) {
                before = t;
            }
        }
        if (!exact) {
            return false;
        }
        if (before == null) {
            return !hospital;
        }
        if (hospital) {
            return BARE_OK_BEFORE.contains(before.word());
        }
        return !(before.is("n") || before.is("vn") || before.is("b") || before.is("a") || before.is("j")
                || before.is("m") || before.is("q") || before.is("g"));
    }

    private static boolean overlaps(List<Candidate> cs, int b, int e) {
        return cs.stream().anyMatch(c -> c.begin() < e && b < c.end());
    }

    /** For each sentence, the organisation whose letter it belongs to, or null. */
    static Candidate[] letterFocus(List<SentenceView> sentences, List<List<Candidate>> candidates) {
        int n = sentences.size();
        Candidate[] focus = new Candidate[n];
        Candidate open = null;
        int lastBoundary = -1;
        Candidate[] wholes = new Candidate[n];
        for (int s = 0; s < n; s++) {
            wholes[s] = wholeLine(sentences.get(s), candidates.get(s));
        }
        for (int s = 0; s < n; s++) {
            Candidate whole = wholes[s];
            String text = sentences.get(s).text().strip();
            if (whole != null && !text.endsWith(":") && (s > 0 && wholes[s - 1] != null || s + 1 < n && wholes[s + 1] != null)) {
                continue; // a list of names, one per line (the members signed up), signs nothing
            }
            if (whole != null && text.endsWith(":")) {
                open = whole;
                lastBoundary = s;
                continue;
            }
            if (whole != null) {
                for (int k = lastBoundary + 1; k < s; k++) {
                    if (focus[k] == null) {
                        focus[k] = whole;
                    }
                }
                open = null;
                lastBoundary = s;
                continue;
            }
            focus[s] = open;
        }
        return focus;
    }

    private static Candidate wholeLine(SentenceView sv, List<Candidate> cs) {
        String text = sv.text().strip();
        String body = text.endsWith(":") ? text.substring(0, text.length() - 1).strip() : text;
        for (Candidate c : cs) {
            if (c.kind() != Candidate.Kind.PERSON && sv.text().substring(c.begin(), c.end()).strip().equals(body)) {
                return c;
            }
        }
        return null;
    }
}
