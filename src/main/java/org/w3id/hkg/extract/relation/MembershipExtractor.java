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
import org.w3id.hkg.extract.EntityType;
import org.w3id.hkg.extract.Fact;
import org.w3id.hkg.extract.Membership;

/**
 * Membership [member, alliance, since]: "A和B成为…X成员(医院/单位)", "A加入X", "A与…正式签署合作协议,
 * 成为…X成员", English "A and B joined the X" / "became members of X"; "A加入该医共体", "A签约入盟", a join
 * that ends its clause ("A和B当天签约加入,"), "A正式成为联盟成员单位", "A、B为成员单位" and "以A为核心医院"
 * make members of the alliance in focus, and so do the members listed without it ("首批成员单位中,除A外,还包括B、C");
 * the leader of "由A牵头发起的X" is a member of X. Planned joins (计划…纳入, 拟加入, 还将推动…加入) are not
 * memberships. The members are the subject chain of the clause (a chain followed by 的 is a possessor,
 * not a subject); since is the date the sentence gives, nearest to the joining word, else null.
 */
public final class MembershipExtractor implements FactRule {
    private static final Set<EntityType> MEMBERS = EnumSet.of(EntityType.HOSPITAL, EntityType.COMPANY);
    private static final Set<EntityType> ALLIANCES = EnumSet.of(EntityType.ALLIANCE);
    private static final Set<EntityType> HOSPITALS = EnumSet.of(EntityType.HOSPITAL);
    /** A line introducing the members one per line: "首批签约成员单位(排名不分先后):". */
    private static final Pattern MEMBER_LIST = Pattern.compile("(?:成员单位|成员医院|成员机构|成员名单|签约单位|加盟医院)[^:]{0,12}:\\s*$");
    /** A list line's marker before the name and its note after (1. X(牵头单位)). */
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*(?:\\d{1,2}\\s*[.、)]|[-*•·])?\\s*");
    private static final Pattern LINE_NOTE = Pattern.compile("\\s*\\([^)]{1,12}\\)\\s*[;,。]?\\s*$");
    private static final Pattern JOIN = Pattern.compile("成为|加入|入选|纳入|加盟|入盟|牵头成立|发起成立|共同成立|联合成立|共同组建|牵头组建|(?<![这那])(?:是|为|系)");
    private static final Pattern MEMBER_WORD = Pattern.compile("^[^,;。:!?]{0,12}?(?:的)?(?:正式|首批|核心)?(?:成员|会员|理事|一员)");
    /** Joining words that need a member word after the alliance (成为X成员, 是X成员单位). */
    private static final Pattern JOIN_AS = Pattern.compile("成为|入选|是|为|系");
    /** A word that points back to the alliance in focus: "签约加入医共体", "加入该联盟". */
    private static final Pattern ALLIANCE_WORD = Pattern.compile(
            "^\\s*(?:该|这一|此|这个)?(?:紧密型)?(?:县域)?(?:医共体|医联体|联盟|专科联盟|协作网|医疗集团)(?:统一管理|一体化管理|管理|建设|成员单位|成员)?(?!\\p{IsHan})");
    private static final Pattern JOIN_DIRECT = Pattern.compile("加入|纳入|加盟|入盟");
    /** A join that ends its clause ("A和B当天签约加入,成为首批成员单位"): it joins the alliance in focus. */
    private static final Pattern CLAUSE_END = Pattern.compile("^\\s*(?:[,;。!?]|$)");
    /** A join planned, asked about or denied, not done: 计划于下半年纳入, 拟加入, 将加入, 是否也会加入, 暂未纳入 (in the clause before the joining word). */
    private static final Pattern PLANNED = Pattern.compile("(?:计划|拟|准备|有望|预计|即将|将|打算|有意|争取|是否|能否|暂未|尚未|并未|不会|也会)[^,;。]{0,24}$");
    /** A member word right after a joining copula, without the alliance: "A、B为成员单位". */
    private static final Pattern BARE_MEMBER = Pattern.compile("^\\s*(?:首批|正式|核心)?(?:成员单位|成员医院|成员机构|成员)(?!\\p{IsHan})");
    /** "以X为核心医院": the core (leading) hospital of the alliance in focus is a member. */
    private static final Pattern CORE = Pattern.compile("以\\s*");
    private static final Pattern CORE_END = Pattern.compile("^\\s*为\\s*(?:核心|牵头|龙头|主体)(?:医院|单位|机构)?");
    private static final Pattern LEADS = Pattern.compile("\\s*由\\s*");
    private static final Pattern LEAD_END = Pattern.compile("^\\s*(?:、[^,;。]{0,30})?(?:等)?(?:共同|联合)?(?:牵头|发起)");
    private static final Pattern AS_MEMBER = Pattern.compile("作为\\s*");
    private static final Pattern AS_MEMBER_END = Pattern.compile("^\\s*(?:的)?(?:正式|首批|核心)?(?:成员|会员)(?:医院|单位|机构)?\\s*[,,]\\s*");
    /** Those who joined, then their names: "十二家医疗机构签约加盟,包括A、B及C等". */
    private static final Pattern JOINED_INCLUDING = Pattern.compile("(?:加盟|加入)(?:该?联盟)?\\s*,\\s*(?:包括|分别是|分别为)[::]?\\s*");
    private static final Pattern LISTED = Pattern.compile("(?:首批|正式|核心|现有)?(?:成员单位|成员医院|成员)(?:包括|有|为)[::]?");
    /** "首批成员单位中,除(牵头单位)A外,还包括B、C": members of the alliance in focus, A among them. */
    private static final Pattern LISTED_IN_FOCUS = Pattern.compile("(?:首批|正式|核心)?(?:成员单位|成员医院|成员机构)(?:中?\\s*,?\\s*"
            + "(?:除(?:了)?(?<besides>[^,;。]{2,40}?)(?:以)?外\\s*,?\\s*)?(?:还|也)?(?:包括|有)[::]?|中\\s*[,:]\\s*)");
    /** "除牵头的A外,医联体的另外四家成员单位中,…": A, set apart before the member word, is a member too. */
    private static final Pattern BESIDES_BEFORE = Pattern.compile("除(?:了)?(?:牵头的|牵头单位)?\\s*");
    /** "另一家成员A是…": a member named right after the member word. */
    private static final Pattern MEMBER_NAMED = Pattern.compile("(?:另一家|另外一家|其中一家|还有一家|另一|第[一二三四五六七八九十]家)\\s*成员(?:单位|医院|机构)?\\s*");
    /** "由A牵头发起的(“)X联盟": the rest after the leader, up to the alliance it leads. */
    private static final Pattern LED_ALLIANCE = Pattern.compile("^[^,;。]{0,6}?的\\s*[“\"「]?");
    private static final Pattern POSSESSOR = Pattern.compile("^\\s*(?:\\([^)]{0,20}\\))?\\s*(?:的|旗下|下属|'s)");
    private static final Pattern ADVERBS = Pattern.compile(
            "(?:等\\s*[0-9一二三四五六七八九十两]+\\s*[家所个](?:[\\u4e00-\\u9fff]{0,4}?(?:医院|医疗机构|机构|单位|成员单位|卫生院|卫生室|诊所|服务中心))?)?(?:正式|均|都|也|已|已经|分别|先后|同时|将|共同|一起|签约|整体|\\s)*$");
    private static final Pattern JOIN_EN = Pattern.compile("(?i)\\b(?:joined|joins|join|became (?:a )?members? of|become (?:a )?members? of|"
            + "(?:is|are) (?:now )?(?:a )?members? of|(?:became|become|is|are|was|were) (?:now )?(?:a )?part of|"
            + "(?:is|are|became|become) (?:now )?(?:a |the )?(?:\\w+ )?member (?:hospital|institution|clinic)s? of|signed up (?:to|with))\\s+(?:the\\s+)?");

    @Override
    public List<Fact> extract(DocumentView doc) {
        Map<String, Fact> facts = new LinkedHashMap<>();
        for (int i = 0; i < doc.size(); i++) {
            String norm = doc.norm(i);
            Matcher m = (doc.english() ? JOIN_EN : JOIN).matcher(norm);
            while (m.find()) {
                DocumentView.Span alliance = allianceAfter(doc, i, m);
                if (alliance == null || !doc.english() && PLANNED.matcher(norm.substring(0, m.start())).find()) {
                    continue;
                }
                List<DocumentView.Span> members = subjects(doc, i, m.start());
                LocalDate since = doc.english() ? EnglishSanctionExtractor.writtenOut(doc, i) : doc.dateNear(i, m.start());
                for (DocumentView.Span member : members) {
                    String key = member.mention().ref() + "|" + alliance.mention().ref();
                    Fact fact = new Membership(member.mention().ref(), alliance.mention().ref(), since,
                            doc.sentence(i).evidence(), 0.9);
                    Fact old = facts.get(key);
                    if (old == null || ((Membership) old).since() == null && since != null) {
                        facts.put(key, fact);
                    }
                }
            }
            listed(doc, i, facts);
            listedInFocus(doc, i, facts);
            memberLines(doc, i, facts);
            memberNamed(doc, i, facts);
            core(doc, i, facts);
            asMember(doc, i, facts);
            leader(doc, i, facts);
        }
        return new ArrayList<>(facts.values());
    }

    /** "X由A牵头组建", "由A牵头发起的X": the leading hospital is a member of the alliance it leads. */
    private static void leader(DocumentView doc, int i, Map<String, Fact> facts) {
        String norm = doc.norm(i);
        Matcher m = LEADS.matcher(norm);
        while (m.find()) {
            List<DocumentView.Span> leaders = Chains.after(doc, i, m.end(), MEMBERS);
            DocumentView.Span alliance = doc.endingAt(i, m.start(), ALLIANCES);
            if (alliance == null && !leaders.isEmpty()) {
                int last = leaders.get(leaders.size() - 1).end();
                Matcher end = LEAD_END.matcher(norm.substring(last));
                Matcher led = end.find() ? LED_ALLIANCE.matcher(norm.substring(last + end.end())) : null;
                alliance = led != null && led.find() ? doc.startingAt(i, last + end.end() + led.end(), ALLIANCES) : null;
            }
            if (alliance == null) {
                continue;
            }
            for (DocumentView.Span member : leaders) {
                if (LEAD_END.matcher(norm.substring(member.end())).find()) {
                    joined(facts, doc, i, member, alliance, null, 0.8);
                }
            }
        }
    }

    /** "该医联体以X为核心医院": the core hospital is a member of the alliance in focus. */
    private static void core(DocumentView doc, int i, Map<String, Fact> facts) {
        Matcher m = CORE.matcher(doc.norm(i));
        while (m.find()) {
            DocumentView.Span member = doc.startingAt(i, m.end(), MEMBERS);
            if (member == null || !CORE_END.matcher(doc.norm(i).substring(member.end())).find()) {
                continue;
            }
            DocumentView.Span alliance = doc.focus(i, m.start(), ALLIANCES, 3);
            if (alliance != null) {
                joined(facts, doc, i, member, alliance, doc.dateNear(i, m.start()), 0.8);
            }
        }
    }

    /** "作为X的成员医院,A将…": the member is the subject after the comma. */
    private static void asMember(DocumentView doc, int i, Map<String, Fact> facts) {
        Matcher m = AS_MEMBER.matcher(doc.norm(i));
        while (m.find()) {
            DocumentView.Span alliance = doc.startingAt(i, m.end(), ALLIANCES);
            Matcher rest = alliance == null ? null : AS_MEMBER_END.matcher(doc.norm(i).substring(alliance.end()));
            if (rest == null || !rest.find()) {
                continue;
            }
            for (DocumentView.Span member : Chains.after(doc, i, alliance.end() + rest.end(), MEMBERS)) {
                joined(facts, doc, i, member, alliance, null, 0.8);
            }
        }
    }

    /** "成员单位中,除A外,还包括B、C": members of the alliance in focus (when no alliance is named right before). */
    private static void listedInFocus(DocumentView doc, int i, Map<String, Fact> facts) {
        String norm = doc.norm(i);
        Matcher m = LISTED_IN_FOCUS.matcher(norm);
        while (m.find()) {
            if (doc.endingAt(i, Chains.skipBack(norm, m.start()), ALLIANCES) != null || PLANNED.matcher(norm.substring(0, m.start())).find()) {
                continue; // "X的成员单位包括…" is read by listed()
            }
            DocumentView.Span alliance = doc.focus(i, m.start(), ALLIANCES, 8);
            if (alliance == null) {
                continue;
            }
            // the hospitals listed to the end of the sentence ("还包括同属X旗下的A,以及B、C等"), and the one set apart by 除…外
            int from = m.group("besides") != null ? m.start("besides") : m.end();
            Matcher besides = BESIDES_BEFORE.matcher(norm.substring(0, m.start()));
            if (besides.find() && norm.indexOf('外', besides.end()) > 0 && norm.indexOf('外', besides.end()) < m.start()) {
                from = Math.min(from, besides.end()); // 除牵头的A外,…成员单位中,B、C
            }
            int first = from;
            List<DocumentView.Span> members = doc.spans(i, HOSPITALS).stream().filter(s -> s.begin() >= first).toList();
            for (DocumentView.Span member : members) {
                joined(facts, doc, i, member, alliance, null, 0.8);
            }
        }
    }

    /**
     * "首批签约成员单位:" then one member per line (a list marker before, a note in brackets after): members of
     * the alliance in focus, until a line that is not a name.
     */
    private static void memberLines(DocumentView doc, int i, Map<String, Fact> facts) {
        String norm = doc.norm(i);
        if (!MEMBER_LIST.matcher(norm).find()) {
            return;
        }
        DocumentView.Span alliance = doc.focus(i, norm.length(), ALLIANCES, 12);
        for (int j = i + 1; alliance != null && j < doc.size(); j++) {
            DocumentView.Span member = nameLine(doc, j);
            if (member == null) {
                return;
            }
            joined(facts, doc, j, member, alliance, null, 0.8);
        }
    }

    /** The hospital or company a line names and nothing else but a list marker and a note, or null. */
    private static DocumentView.Span nameLine(DocumentView doc, int j) {
        String norm = doc.norm(j);
        Matcher mark = LIST_MARK.matcher(norm);
        int from = mark.find() ? mark.end() : 0;
        Matcher note = LINE_NOTE.matcher(norm);
        int to = note.find() && note.start() >= from ? note.start() : norm.stripTrailing().length();
        DocumentView.Span member = doc.startingAt(j, from, MEMBERS);
        return member != null && member.begin() == from && member.end() == to ? member : null;
    }

    /** "另一家成员A是…": a member of the alliance in focus. */
    private static void memberNamed(DocumentView doc, int i, Map<String, Fact> facts) {
        Matcher m = MEMBER_NAMED.matcher(doc.norm(i));
        while (m.find()) {
            DocumentView.Span member = doc.startingAt(i, m.end(), MEMBERS);
            DocumentView.Span alliance = member == null ? null : doc.focus(i, m.start(), ALLIANCES, 8);
            if (alliance != null) {
                joined(facts, doc, i, member, alliance, null, 0.7);
            }
        }
    }

    /** Records that {@code member} belongs to {@code alliance}, read in sentence i, unless already read. */
    private static void joined(Map<String, Fact> facts, DocumentView doc, int i, DocumentView.Span member, DocumentView.Span alliance,
                               LocalDate since, double confidence) {
        facts.putIfAbsent(member.mention().ref() + "|" + alliance.mention().ref(), new Membership(member.mention().ref(),
                alliance.mention().ref(), since, doc.sentence(i).evidence(), confidence));
    }

    /** "X的成员单位包括A、B和C" (or, after a clause of the alliance, "首批成员包括A、B"); "…签约加盟,包括A、B": the members listed. */
    private static void listed(DocumentView doc, int i, Map<String, Fact> facts) {
        String norm = doc.norm(i);
        Matcher m = LISTED.matcher(norm);
        while (m.find()) {
            int before = Chains.skipBack(norm, m.start());
            DocumentView.Span alliance = doc.endingAt(i, before, ALLIANCES);
            if (alliance == null && before > 0 && norm.charAt(before - 1) == ',') {
                alliance = doc.focus(i, m.start(), ALLIANCES, 0); // "X联盟…成立,首批成员包括A、B": the sentence's alliance
            }
            if (alliance == null) {
                continue;
            }
            for (DocumentView.Span member : Chains.after(doc, i, m.end(), MEMBERS)) {
                joined(facts, doc, i, member, alliance, null, 0.8);
            }
        }
        Matcher including = JOINED_INCLUDING.matcher(norm);
        while (including.find()) {
            DocumentView.Span alliance = doc.focus(i, including.start(), ALLIANCES, 2);
            for (DocumentView.Span member : alliance == null ? List.<DocumentView.Span>of() : Chains.after(doc, i, including.end(), MEMBERS)) {
                joined(facts, doc, i, member, alliance, doc.dateNear(i, including.start()), 0.8); // "…签约加盟,包括A、B及C等"
            }
        }
    }

    private static DocumentView.Span allianceAfter(DocumentView doc, int i, Matcher m) {
        String norm = doc.norm(i);
        Matcher back = ALLIANCE_WORD.matcher(norm.substring(m.end()));
        boolean pointsBack = back.find();
        boolean implicit = pointsBack || CLAUSE_END.matcher(norm.substring(m.end())).find();
        // 成为联盟成员单位, 为成员单位: a member of the alliance in focus
        boolean asMember = JOIN_AS.matcher(m.group()).matches() && (pointsBack && back.group().contains("成员")
                || BARE_MEMBER.matcher(norm.substring(m.end())).find());
        if ((implicit && JOIN_DIRECT.matcher(m.group()).matches() || asMember) && doc.startingAt(i, m.end(), ALLIANCES) == null) {
            DocumentView.Span near = doc.focus(i, m.start(), ALLIANCES, 5);
            for (int j = i - 6; near == null && j >= 0; j--) {
                List<DocumentView.Span> earlier = doc.spans(j, ALLIANCES);
                near = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
            }
            return near;
        }
        for (DocumentView.Span s : doc.spans(i, ALLIANCES)) {
            if (s.begin() < m.end()) {
                continue;
            }
            String between = norm.substring(m.end(), s.begin());
            if (between.chars().anyMatch(c -> DocumentView.clauseBreak((char) c)) || between.length() > 16) {
                return null;
            }
            boolean joinsDirectly = !JOIN_AS.matcher(m.group()).matches() || doc.english();
            return joinsDirectly || MEMBER_WORD.matcher(norm.substring(s.end())).find() ? s : null;
        }
        return null;
    }

    /**
     * The members joining at {@code pos}: the chain right before the joining word ("欢迎A和B成为"), else the
     * subject chain, the first chain of members in the sentence not followed by 的 (a possessor).
     */
    private static List<DocumentView.Span> subjects(DocumentView doc, int i, int pos) {
        String norm = doc.norm(i);
        Matcher adverbs = ADVERBS.matcher(norm.substring(0, pos));
        List<DocumentView.Span> adjacent = Chains.before(doc, i, adverbs.find() ? adverbs.start() : pos, MEMBERS);
        if (!adjacent.isEmpty()) {
            return adjacent;
        }
        int from = 0;
        while (true) {
            DocumentView.Span first = null;
            for (DocumentView.Span s : doc.spans(i, MEMBERS)) {
                if (s.begin() >= from && s.end() <= pos) {
                    first = s;
                    break;
                }
            }
            if (first == null) {
                return List.of();
            }
            List<DocumentView.Span> chain = Chains.after(doc, i, first.begin(), MEMBERS).stream()
                    .filter(s -> s.end() <= pos).toList();
            int end = chain.get(chain.size() - 1).end();
            if (!POSSESSOR.matcher(norm.substring(end)).find()) {
                return chain;
            }
            from = end;
        }
    }
}
