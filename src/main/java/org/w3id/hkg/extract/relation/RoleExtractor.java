package org.w3id.hkg.extract.relation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hkg.extract.EntityRef;
import org.w3id.hkg.extract.EntityType;
import org.w3id.hkg.extract.Fact;
import org.w3id.hkg.extract.Role;

/**
 * Roles [person, org, role]: a role phrase right before a named person — "X公司董事长Y", "X中心调度员Y",
 * "X委员会党组成员、副主任Y" (the role is the whole phrase between org and person, as written, so
 * traditional 總裁 stays 總裁), "P(…)董事长Y". Without an org right before the phrase ("总经理Y被停职",
 * "调度科科长Y") the org is the one in focus (nearest before, in the sentence or the paragraph), but only
 * for people the document gives no org for elsewhere; a role named after an alliance word (联盟理事长Y, Y兼任医联体理事长)
 * is a role at the alliance in focus, whatever else the person holds. English: "Y, director general of the board of X",
 * "X President Y", "Chairman Y" (at the company in focus; President, Director, Dean Y at the hospital in focus).
 */
public final class RoleExtractor implements FactRule {
    private static final Set<EntityType> ORGS = EnumSet.of(EntityType.HOSPITAL, EntityType.COMPANY, EntityType.REGULATOR,
            EntityType.ALLIANCE);
    private static final Set<EntityType> PERSONS = EnumSet.of(EntityType.PERSON);
    /** How many characters of unit name (调度科, 门诊部) may stand between the org (or a clause start) and the role word. */
    private static final int UNIT = 6;
    /**
     * A role right after a name the recogniser did not take for an organisation ("赣州七院党委书记Y"): the
     * person's org is unknown, so no role is read rather than one at the wrong org.
     */
    private static final Pattern ORG_SUFFIX = Pattern.compile("(?:院|医院|公司|集团|中心|局|委|所|站|门诊部|诊所)$");
    /** A generic word for the org in focus right before the role: 公司总经理Y, 集团主席Y, 该院院长Y. */
    private static final Pattern GENERIC_ORG = Pattern.compile("(?:^|[^\\p{IsHan}])(?:本公司|该公司|公司|集团|本院|该院|我院|医院)$");
    private static final Pattern LETTER = Pattern.compile("我们|我院|本院");
    /** "院长由Y担任": the person takes the role named before 由. */
    private static final Pattern APPOINTED = Pattern.compile("^\\s*(?:担任|出任|兼任|接任)");
    /** A role of the group (集团主席Y): never read against a hospital in focus. */
    /** "任命Y(同志)为X院长": the appointing verb before the person, and what follows the person up to the org. */
    private static final Pattern APPOINTING = Pattern.compile("(?:任命|聘任|聘请|提名|推荐|决定)\\s*$");
    private static final Pattern APPOINTED_AS = Pattern.compile("^\\s*(?:同志)?\\s*(?:为|担任|任)\\s*");
    /** A table row of people: "姓名:Y,职务:董事、董事会秘书". */
    private static final Pattern ROW_ROLE = Pattern.compile("^\\s*(?:姓名|名字)\\s*:\\s*(\\S{2,8}?)\\s*,\\s*(?:职务|职位|现任职务|担任职务)\\s*:\\s*([^,;。]{2,24})");
    /** A line that is a role, a colon and the rest: 总经理:Y. */
    private static final Pattern LABEL_LINE = Pattern.compile("^\\s*[\\p{IsHan}]{2,8}\\s*:");
    private static final Pattern GROUP_BEFORE = Pattern.compile("集团\\s*$");
    private static final Pattern QUALIFIER = Pattern.compile("^(?:(?:与|和|及|对|向|被|由|经|将|把|给予|并|其)(?=$|当班|当值|值班|时任|现任|前任|原|分管|主管))?(?:当班|当值|值班|时任|现任|前任|原|分管|主管)?");
    /** A role named after the alliance in focus: 联盟理事长, 医联体理事长, 医共体主任. */
    private static final Pattern ALLIANCE_ROLE = Pattern.compile("^(?:该)?(?:联盟|医联体|医共体|联合体|专科联盟)(?:首届|新一届|第[一二三四五六七八九十]{1,2}届)?");
    private static final Pattern HOSPITAL_ROLE = Pattern.compile("院长|护士长|医师|主治");
    private static final Pattern OFFICIAL_ROLE = Pattern.compile("局长|厅长|处长|党组|巡视员|调研员");
    private static final Pattern BUSINESS_ROLE = Pattern.compile("董事|总经理|总裁|经理|CEO|CFO|COO|首席|主席|董秘");
    private static final Pattern AFTER_PERSON = Pattern.compile("^\\s*(?:同志)?\\s*(?:\\(|,|,|\\s*(?:自[^,;。]{0,12}?起|于[^,;。]{0,12}?)?\\s*(?:现|曾|已|目前|现已|不再)?(?:担任|出任|兼任|升任|调任|转任|改任|当选为|当选|任|被(?:聘任|任命|提名|选举|推选|委任)为)|的(?=[^,;。]{2,30}职务))\\s*");
    private static final Pattern EN_AFTER = Pattern.compile("^,\\s*(?:the\\s+|a\\s+|an\\s+)?([^,;.()]{2,80}?)\\s+(?:of|at)\\s+(?:the\\s+)?$");
    /** "免去Y X医院副院长职务": a person, an org and a role that the text calls a post. */
    private static final Pattern EN_APPOSITION = Pattern.compile(",\\s*(?:the\\s+)?");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");
    private static final Pattern COMRADE = Pattern.compile("^\\s*同志\\s*");
    private static final Pattern POST = Pattern.compile("^\\s*(?:职务|一职|的职务)");
    private static final Pattern EN_POSSESSIVE = Pattern.compile("^['’]s\\s+([A-Za-z][A-Za-z -]{1,40}?)(?=\\s*(?:[,.;)]|$|\\s+said|\\s+says))");
    /** Words before a role word that belong to the title (Vice President, General Manager, Party Secretary). */
    private static final Set<String> EN_TITLE_MODIFIERS = Set.of("vice", "deputy", "executive", "general", "party");
    private static final Pattern EN_WORD_BEFORE = Pattern.compile("([A-Z][A-Za-z]*)\\s+$");
    /** "of the X" or "at X" right after a titled name. */
    private static final Pattern EN_OF = Pattern.compile("^,?\\s+(?:of|at)\\s+(?:the\\s+)?$");
    /** English titles of a company's board and management; others are read against a hospital first. */
    private static final Pattern EN_BUSINESS = Pattern.compile("(?i)chair|ceo|chief executive|general manager");
    private static final Pattern EN_BEFORE = Pattern.compile("^\\s*(?:'s\\s+)?([A-Za-z][A-Za-z .-]{1,60}?)\\s*,?\\s*$");

    private final WordTable roles;
    private final List<String> english;

    public RoleExtractor(WordTable roles, List<String> english) {
        this.roles = roles;
        this.english = List.copyOf(english);
    }

    /** A role read before the org is known: the role's span in sentence i and the org right before it, if any. */
    private record Found(int sentence, DocumentView.Span person, int begin, int end, DocumentView.Span org, Set<EntityType> kinds) {
        Found(int sentence, DocumentView.Span person, int begin, int end, DocumentView.Span org) {
            this(sentence, person, begin, end, org, null);
        }
    }

    @Override
    public List<Fact> extract(DocumentView doc) {
        Map<String, Fact> facts = new LinkedHashMap<>();
        List<Found> pending = new ArrayList<>();
        for (int i = 0; i < doc.size(); i++) {
            for (DocumentView.Span person : doc.spans(i, PERSONS)) {
                List<Found> read = new ArrayList<>();
                Found before = doc.english() ? english(doc, i, person) : chinese(doc, i, person);
                before = before != null || doc.english() ? before : tableRow(doc, i, person);
                if (before != null) {
                    read.add(before);
                }
                // a role after the name too: "X医院党委书记Y兼任医联体理事长"
                Found later = doc.english() ? null : after(doc, i, person);
                if (later != null && (before == null || later.begin() != before.begin())) {
                    read.add(later);
                }
                for (Found f : read) {
                    if (f.org() != null) {
                        put(facts, doc, f, f.org().mention().ref(), 0.9);
                    } else {
                        pending.add(f);
                    }
                }
            }
        }
        Set<EntityRef> placed = new HashSet<>();
        facts.values().forEach(f -> placed.add(((Role) f).person()));
        for (Found pendingRole : pending) {
            Found f = pendingRole;
            boolean allianceRole = f.kinds() != null && f.kinds().equals(EnumSet.of(EntityType.ALLIANCE));
            if (placed.contains(f.person().mention().ref()) && !allianceRole) {
                continue;
            }
            Set<EntityType> kinds = f.kinds() != null ? f.kinds() : kindsFor(doc.norm(f.sentence()).substring(f.begin(), f.end()));
            EntityRef writer = LETTER.matcher(doc.norm(f.sentence())).find() ? doc.writer(f.sentence(), f.begin()) : null;
            // an alliance is often named once, at the top of a report about it; a label line ("总经理:Y") sits in a table
            // or a fact sheet whose company is named further up
            boolean label = LABEL_LINE.matcher(doc.norm(f.sentence())).find();
            DocumentView.Span org = doc.focus(f.sentence(), f.begin(), kinds, allianceRole || label ? 12 : 3);
            boolean group = GROUP_BEFORE.matcher(doc.norm(f.sentence()).substring(0, f.begin())).find();
            if (org == null && f.kinds() != null && !group) {
                org = doc.focus(f.sentence(), f.begin(), DocumentView.ORGS, 3);
            }
            Matcher alliance = ALLIANCE_ROLE.matcher(doc.norm(f.sentence()).substring(f.begin(), f.end()));
            if (org != null && org.type() == EntityType.ALLIANCE && alliance.find() && alliance.end() < f.end() - f.begin()) {
                // 联盟理事长Y: the role is 理事长, at the alliance in focus
                f = new Found(f.sentence(), f.person(), f.begin() + alliance.end(), f.end(), f.org(), f.kinds());
            }
            if (writer != null && kinds.contains(writer.type())) {
                put(facts, doc, f, writer, 0.6);
            } else if (org != null) {
                put(facts, doc, f, org.mention().ref(), 0.6);
            }
        }
        return new ArrayList<>(facts.values());
    }

    /** The kinds of organisation a role can be read against when the text does not name the org. */
    static Set<EntityType> kindsFor(String role) {
        if (ALLIANCE_ROLE.matcher(role).find()) {
            return EnumSet.of(EntityType.ALLIANCE);
        }
        if (HOSPITAL_ROLE.matcher(role).find()) {
            return EnumSet.of(EntityType.HOSPITAL);
        }
        if (OFFICIAL_ROLE.matcher(role).find()) {
            return EnumSet.of(EntityType.REGULATOR);
        }
        if (BUSINESS_ROLE.matcher(role).find()) {
            return EnumSet.of(EntityType.COMPANY, EntityType.HOSPITAL);
        }
        return DocumentView.ORGS;
    }

    /** The role of a person's row in a table of people (姓名:Y,职务:R), read against the organisation in focus. */
    private static Found tableRow(DocumentView doc, int i, DocumentView.Span person) {
        Matcher m = ROW_ROLE.matcher(doc.norm(i));
        if (!m.find() || m.start(1) != person.begin() || m.end(1) != person.end()) {
            return null;
        }
        return new Found(i, person, m.start(2), m.end(2), null, kindsFor(m.group(2)));
    }

    private Found chinese(DocumentView doc, int i, DocumentView.Span person) {
        String norm = doc.norm(i);
        int end = person.begin();
        while (end > 0 && Character.isWhitespace(norm.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && "为是系:".indexOf(norm.charAt(end - 1)) >= 0 && roles.endingAt(norm, end - 1) != null) {
            end--; // "院长为Y", a label line "法定代表人:Y"
        } else if (end > 0 && norm.charAt(end - 1) == '由' && APPOINTED.matcher(norm.substring(person.end())).find()
                && roles.endingAt(norm, end - 1) != null) {
            end--; // "院长由Y担任"
        }
        WordTable.Entry word = roles.endingAt(norm, end);
        if (word == null) {
            return null;
        }
        int begin = end - word.word().length();
        while (begin > 1 && "、兼".indexOf(norm.charAt(begin - 1)) >= 0 && roles.endingAt(norm, begin - 1) != null) {
            begin = begin - 1 - roles.endingAt(norm, begin - 1).word().length();
        }
        DocumentView.Span org = doc.endingAt(i, Chains.skipBack(norm, begin), ORGS);
        if (org != null) {
            return new Found(i, person, begin, end, org);
        }
        String window = norm.substring(Math.max(0, begin - UNIT), begin);
        Matcher generic = GENERIC_ORG.matcher(window);
        if (generic.find()) {
            boolean company = generic.group().contains("公司") || generic.group().contains("集团");
            return new Found(i, person, begin, end, null, EnumSet.of(company ? EntityType.COMPANY : EntityType.HOSPITAL));
        }
        if (ORG_SUFFIX.matcher(window).find()) {
            return null;
        }
        for (int k = begin - 1; k >= Math.max(0, begin - UNIT); k--) {
            char c = norm.charAt(k);
            if (!Character.isIdeographic(c) || c == '的') {
                org = doc.endingAt(i, Chains.skipBack(norm, k + 1), ORGS);
                boolean bounded = org != null || DocumentView.clauseBreak(c) || DocumentView.isFiller(c) || c == '的' || c == ')';
                return new Found(i, person, qualified(norm, bounded ? k + 1 : begin, begin), end, org);
            }
            org = doc.endingAt(i, k, ORGS);
            if (org != null) {
                return new Found(i, person, qualified(norm, k, begin), end, org);
            }
        }
        return new Found(i, person, qualified(norm, begin < UNIT + 1 ? 0 : begin, begin), end, null);
    }

    /** The start of a role phrase without a leading qualifier (当班调度员 → 调度员, 分管副院长 → 副院长, 原院长 → 院长). */
    private static int qualified(String norm, int from, int word) {
        Matcher q = QUALIFIER.matcher(norm.substring(from, word));
        return q.find() ? from + q.end() : from;
    }

    /** "Y(X医院院长)", "Y,X医院院长,", "Y担任X院长": org and role after the person. */
    private Found after(DocumentView doc, int i, DocumentView.Span person) {
        String norm = doc.norm(i);
        Matcher lead = (APPOINTING.matcher(norm.substring(0, person.begin())).find() ? APPOINTED_AS : AFTER_PERSON)
                .matcher(norm.substring(person.end()));
        boolean bare = !lead.find();
        Matcher comrade = COMRADE.matcher(norm.substring(person.end()));
        int leadEnd = !bare ? lead.end() : comrade.find() ? comrade.end() : 0; // 免去Y同志X院长职务
        DocumentView.Span org = doc.startingAt(i, person.end() + leadEnd, ORGS);
        if (org == null) {
            int at = person.end() + leadEnd;
            Matcher alliance = ALLIANCE_ROLE.matcher(norm.substring(at));
            int allianceRole = !bare && alliance.find() ? roleAt(norm, at + alliance.end()) : 0;
            if (allianceRole > 0) {
                // "Y兼任医联体理事长": 理事长 of the alliance in focus
                return new Found(i, person, at + alliance.end(), at + alliance.end() + allianceRole, null,
                        EnumSet.of(EntityType.ALLIANCE));
            }
            for (int unit = 0; unit <= UNIT && at + unit < norm.length(); unit++) {
                // 免去Y(产科)护士长职务: a department may stand before the role word
                int word = roleAt(norm, at + unit);
                if (word > 0) {
                    boolean post = POST.matcher(norm.substring(at + unit + word)).find();
                    return post ? new Found(i, person, at, at + unit + word, null) : null;
                }
                if (!Character.isIdeographic(norm.charAt(at + unit))) {
                    return null;
                }
            }
            return null;
        }
        int unit = 0;
        while (unit < UNIT && org.end() + unit < norm.length() && roleAt(norm, org.end() + unit) == 0
                && Character.isIdeographic(norm.charAt(org.end() + unit))) {
            unit++;
        }
        int word = org.end() + unit < norm.length() ? roleAt(norm, org.end() + unit) : 0;
        int end = word == 0 ? org.end() : org.end() + unit + word;
        while (end > org.end() && end < norm.length() - 1 && "、兼".indexOf(norm.charAt(end)) >= 0
                && roleAt(norm, end + 1) > 0) {
            end += 1 + roleAt(norm, end + 1);
        }
        if (bare) {
            return end > org.end() && POST.matcher(norm.substring(end)).find() ? new Found(i, person, org.end(), end, org) : null;
        }
        boolean closed = end == norm.length() || ")),,;;。:(".indexOf(norm.charAt(end)) >= 0
                || !bare && (lead.group().contains("任") || lead.group().contains("的") && POST.matcher(norm.substring(end)).find())
                || norm.startsWith("表示", end) || norm.startsWith("说", end);
        return end > org.end() && closed ? new Found(i, person, org.end(), end, org) : null;
    }

    private Found english(DocumentView doc, int i, DocumentView.Span person) {
        String norm = doc.norm(i);
        for (DocumentView.Span org : doc.spans(i, ORGS)) {
            if (org.begin() >= person.end()) {
                Matcher m = EN_AFTER.matcher(norm.substring(person.end(), org.begin()));
                if (m.find() && roleWord(m.group(1))) {
                    return new Found(i, person, person.end() + m.start(1), person.end() + m.end(1), org);
                }
                Matcher own = EN_POSSESSIVE.matcher(norm.substring(org.end()));
                if (EN_APPOSITION.matcher(norm.substring(person.end(), org.begin())).matches() && own.find() && roleWord(own.group(1))) {
                    return new Found(i, person, org.end() + own.start(1), org.end() + own.end(1), org);
                }
            } else if (org.end() <= person.begin()) {
                Matcher m = EN_BEFORE.matcher(norm.substring(org.end(), person.begin()));
                if (m.find() && roleWord(m.group(1))) {
                    return new Found(i, person, org.end() + m.start(1), org.end() + m.end(1), org);
                }
            }
        }
        int titleBegin = titleBefore(norm, person.begin());
        if (titleBegin >= 0) {
            int titleEnd = norm.substring(0, person.begin()).stripTrailing().length();
            DocumentView.Span of = null;
            for (DocumentView.Span org : doc.spans(i, ORGS)) {
                if (of == null && org.begin() >= person.end() && EN_OF.matcher(norm.substring(person.end(), org.begin())).matches()) {
                    of = org;
                }
            }
            Set<EntityType> kinds = EN_BUSINESS.matcher(norm.substring(titleBegin, titleEnd)).find() ? EnumSet.of(EntityType.COMPANY)
                    : EnumSet.of(EntityType.HOSPITAL);
            return new Found(i, person, titleBegin, titleEnd, of, kinds);
        }
        return null;
    }

    /**
     * Where a title written before a name starts (Chairman Y, Vice President Y: capitalised English role words of
     * roles.txt, and the words that qualify them), or -1 when the word before the name is no role word.
     */
    private int titleBefore(String norm, int pos) {
        int begin = -1;
        boolean role = false;
        Matcher w = EN_WORD_BEFORE.matcher(norm.substring(0, pos));
        while (w.find()) {
            String word = w.group(1).toLowerCase(Locale.ROOT);
            boolean roleWord = english.contains(word);
            if (!roleWord && !(role && EN_TITLE_MODIFIERS.contains(word))) {
                break;
            }
            role |= roleWord;
            begin = w.start(1);
            w = EN_WORD_BEFORE.matcher(norm.substring(0, begin));
        }
        boolean opens = begin == 0 || begin > 0 && " \"“(".indexOf(norm.charAt(begin - 1)) >= 0;
        return role && opens ? begin : -1;
    }

    /** The length of the longest role word starting at {@code pos}, or 0. */
    private int roleAt(String norm, int pos) {
        int best = 0;
        for (WordTable.Entry e : roles.entries()) {
            if (e.word().length() > best && norm.startsWith(e.word(), pos)) {
                best = e.word().length();
            }
        }
        return best;
    }

    private boolean roleWord(String phrase) {
        String lower = " " + NOT_LETTERS.matcher(phrase.toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
        return english.stream().anyMatch(w -> lower.contains(" " + w + " "));
    }

    private static void put(Map<String, Fact> facts, DocumentView doc, Found f, EntityRef org, double confidence) {
        String role = doc.sentence(f.sentence()).text().substring(f.begin(), f.end()).strip();
        EntityRef person = f.person().mention().ref();
        facts.putIfAbsent(person + "|" + org, new Role(person, org, role, doc.sentence(f.sentence()).evidence(), confidence));
    }
}
