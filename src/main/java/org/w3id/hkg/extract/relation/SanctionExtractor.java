package org.w3id.hkg.extract.relation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.w3id.hkg.extract.EntityRef;
import org.w3id.hkg.extract.EntityType;
import org.w3id.hkg.extract.Fact;
import org.w3id.hkg.extract.Sanction;

/**
 * Sanctions [target, measure, issuer, date]. Measures come from measures.tsv (longest match); the target
 * is read from the sentence ({@link SanctionTargets}), else from an enumerated decision
 * ({@link DecisionList}), else, in a letter of the sanctioned hospital ("我们接受Y的处理意见,即日起停业整顿"),
 * the hospital in focus. Measures whose slot names no entity (相关责任人被免职, 给予赵某罚款), personnel
 * measures against organisations, and measures in quoted law names are dropped. The issuer is the body
 * in a deciding slot (被Y处罚, Y对X…, Y责令, 接受Y的处理意见, 经Y研究, 据Y…消息 for a decision list).
 * The date is the sentence's (即日起 in a signed letter: the letter's date), else the decision list's, else
 * the date of the last dated sanction of the same issuer within four sentences, else the paragraph's
 * reporting date (or, two sentences back, that of a sentence reporting the issuer's decision: 通报, 公告,
 * 收到…), else the dateline's. 同日/当日 is the day stated last before ({@link DocumentView}). A target list
 * may name people by their titles ("对X、董事长兼法定代表人Y、财务总监Z分别…"; {@link SanctionTargets}).
 */
public final class SanctionExtractor implements FactRule {
    private static final Set<EntityType> REGULATORS = EnumSet.of(EntityType.REGULATOR);
    private static final Set<EntityType> PERSONS = EnumSet.of(EntityType.PERSON);
    private static final Pattern DUI = Pattern.compile("对");
    private static final Pattern LETTER = Pattern.compile("我们|我院|本院|我公司|本公司|我单位|本单位");
    private static final Pattern GENERIC = Pattern.compile("将由|应当|可以|可处|由县级以上|[的之》]规定[,:]|规定[:]|不得");
    /** A measure proposed, not decided: 拟决定, 拟对X给予, 拟作出. */
    private static final Pattern PROPOSED = Pattern.compile("拟(?:决定|对|给予|作出|处以|采取|责令)");
    /** A line introducing proposed measures, one per item: "江苏证监局拟决定:". */
    private static final Pattern PROPOSAL_INTRO = Pattern.compile("拟(?:决定|作出|给予|采取)[^。]{0,20}:\\s*$");
    private static final Pattern NEGATED = Pattern.compile("(?:不|未|无|没有|免于|拒不|不予)\\s*$");
    private static final Pattern ISSUER_AFTER = Pattern.compile("^\\s*(?:(?:依法|依规|依纪|经研究|研究|已|日前|近日|分别|同时|还|也|随后|当晚|当天|当日|"
            + "于?(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日|经(?:调查|研究|核查|核实|查实)[^,;。]{0,6}?,"
            + "|(?:依据|根据|依照|按照)[^;。]{0,30}?(?:规定|条例|办法|法)(?:第[^,;。]{0,12}条)?(?:的规定|之规定)?\\s*,?)\\s*)*(?:对|责令|给予|作出|做出|处以|吊销|没收|决定|罚|通报批评|约谈|开除|免去|撤销|依法|解除|暂停|追回)");
    /** An announcement by a deciding body ("市卫健委通报,…") names the issuer; a press office's does not. */
    private static final Pattern ANNOUNCES = Pattern.compile("^\\s*(?:(?:\\d{1,2}月)?\\d{1,2}日)?\\s*(?:通报|发布通报|发布通告|宣布|公布|认定|查明|认为)");
    private static final Pattern PRESS_OFFICE = Pattern.compile("宣传部|新闻办|网信办|新闻中心|融媒体");
    private static final Pattern ISSUER_BEFORE = Pattern.compile("(?:接受|经|据|根据)\\s*$");
    private static final Pattern ISSUER_BEFORE_END = Pattern.compile("^\\s*(?:的)?\\s*(?:处理|处罚|决定|研究|调查|通报|网站|官网|官方|消息|发布|公告|要求)");
    private static final Pattern REPORT = Pattern.compile("通报|决定|处罚|处理|调查|宣布|发布|消息|通知|问责|公告|收到");
    /** A line that names a case: it ends in 案 or 案件 (…发布虚假医疗广告案), not in 方案, 预案 and the like. */
    private static final Pattern CASE_END = Pattern.compile("[^,;。:]{2,40}?(?<![方预草提议档备答图])案件?\\s*$");
    /** How many sentences back a case heading names the party of a decision. */
    private static final int CASE_REACH = 6;
    private static final Pattern TOPIC_LEAD = Pattern.compile("^\\s*(?:[一二三四五六七八九十]{1,3}\\s*[、.]|\\d{1,2}\\s*[.、)]|\\(\\s*[一二三四五六七八九十\\d]{1,3}\\s*\\))?\\s*");
    /** Labelled fields of a table row or a notice line (处罚机关:Y, 处罚日期:D): the issuer and the day of its measures. */
    private static final Pattern ISSUER_LABEL = Pattern.compile("(?<!被)(?:处罚|决定|执法|实施|处理|作出处罚决定的)(?:机关|部门|单位)\\s*[:：]\\s*");
    private static final Pattern DATE_LABEL = Pattern.compile("(?:处罚|决定|作出|处理|处罚决定)(?:日期|时间)\\s*[:：]\\s*");
    private static final Pattern PARTY = Pattern.compile("(?:当事人|被处罚人|被处罚单位|单位名称)(?:名称)?\\s*[::]\\s*");
    /** A sentence that goes on with a decision just listed ("同时,责成…"): it keeps the list's issuer and date. */
    private static final Pattern TAIL = Pattern.compile("^\\s*同时");
    /** How many sentences before a closing "以上处理…" it covers when no numbered list precedes it. */
    private static final int ABOVE = 4;
    private static final Pattern CLOSING = Pattern.compile("^\\s*(?:以上|上述|该|此)(?:处理|处罚|行政处罚|决定|处分|问责)");
    private static final Pattern PASSIVE = Pattern.compile("被|受到|遭到");
    /** Words of what happened to a patient or was reported by the public (not of the decision). */
    private static final Pattern EVENT = Pattern.compile("发生|死亡|去世|身亡|流产|就诊|入院|住院|产检|送医|分娩|求助|投诉|举报|曝光|报道");
    /** Words of a body deciding or reporting. */
    private static final Pattern DECIDING = Pattern.compile("通报|决定|作出|做出|责令|给予|处罚|处理|约谈|宣布|发布|印发|消息|获悉|网站|官网|微博|公众号");
    /** Words saying the day is not told. */
    private static final Pattern VAGUE = Pattern.compile("近日|日前|近期|前不久|此前|最近");
    private static final Pattern TODAY = Pattern.compile("即日|今天|今日");
    /** How many sentences a decision date carries to the sanctions (of the same issuer) that follow undated. */
    private static final int CARRY = 4;

    private final WordTable measures;
    private final SanctionTargets targets;

    public SanctionExtractor(WordTable measures, WordTable roles) {
        this.measures = measures;
        this.targets = new SanctionTargets(roles);
    }

    @Override
    public List<Fact> extract(DocumentView doc) {
        Map<String, Sanction> facts = new LinkedHashMap<>();
        DecisionList list = null;
        List<Integer> listed = new ArrayList<>();
        List<EntityRef> lastTargets = new ArrayList<>();
        int lastTargetsAt = -1;
        Map<EntityRef, LocalDate> datedBy = new HashMap<>();
        Map<EntityRef, Integer> datedAt = new HashMap<>();
        EntityRef carriedIssuer = null;
        int carriedAt = Integer.MIN_VALUE / 2;
        boolean proposed = false;
        for (int i = 0; i < doc.size(); i++) {
            String norm = doc.norm(i);
            // a proposal (行政处罚事先告知书: "Y拟决定:" then items) is no decision, nor are its items
            proposed = PROPOSAL_INTRO.matcher(norm).find() || proposed && DecisionList.ITEM.matcher(norm).find();
            if (proposed) {
                continue;
            }
            if (list != null) {
                listed.add(i);
            }
            list = listState(doc, i, list);
            if (CLOSING.matcher(norm).find()) {
                // the decisions listed before, else those of the sentences just before ("以上" = all above it)
                close(doc, i, facts, !listed.isEmpty() ? listed
                        : IntStream.range(Math.max(0, i - ABOVE), i).boxed().toList());
                listed.clear();
            } else if (list == null && !listed.isEmpty() && i - listed.get(listed.size() - 1) > 2) {
                listed.clear();
            }
            List<WordTable.Hit> hits = hits(norm);
            int from = 0;
            TargetSlot previous = null;
            for (WordTable.Hit hit : hits) {
                if (PROPOSED.matcher(norm.substring(0, hit.begin())).find()) {
                    continue; // "Y拟对X给予警告": proposed, not decided
                }
                TargetSlot slot = targets.read(doc, i, hit, from);
                if (!slot.explicit() && previous != null) {
                    slot = previous.owner() != null && !"person".equals(hit.entry().attribute())
                            ? TargetSlot.of(previous.owner(), 0.6) : previous;
                }
                if (GENERIC.matcher(norm).find() && slot.confidence() < 0.9) {
                    slot = TargetSlot.UNNAMED;
                }
                previous = slot.explicit() ? slot : previous;
                from = hit.end();
                TargetSlot who = slot.explicit() ? slot : fromContext(doc, i, hit, list);
                if (!who.explicit() && !lastTargets.isEmpty() && (carriedAt == i - 1 || carriedAt == i)
                        && doc.paragraph(carriedAt) == doc.paragraph(i)
                        && !GENERIC.matcher(norm).find()) {
                    who = TargetSlot.of(lastTargets, 0.6);
                }
                EntityRef issuer = labelledIssuer(doc, i);
                issuer = issuer != null ? issuer : issuer(doc, i, hit.begin());
                if (issuer == null && list != null) {
                    issuer = list.issuer();
                } else if (issuer == null && (carriedAt == i - 1 || carriedAt == i) && carriedIssuer != null
                        && doc.paragraph(carriedAt) == doc.paragraph(i)) {
                    issuer = carriedIssuer;
                }
                // a row's own date field (a day, or only a month) is the date; else the sentence's, the list's, or carried
                DateResolver.DateHit labelled = labelledDate(doc, i);
                LocalDate date = labelled != null ? labelled.date() : ownDate(doc, i, hit.begin());
                if (labelled == null && date == null && list != null) {
                    date = list.date();
                } else if (labelled == null && date == null && !VAGUE.matcher(norm.substring(0, hit.begin())).find()
                        && doc.dates(i).stream().noneMatch(h -> h.date() == null && !h.dateline() && h.end() <= hit.begin())) {
                    // a day not fixed by the sentence itself ("今年3月") is not filled from elsewhere
                    Integer at = datedAt.get(issuer);
                    date = at != null && i - at <= CARRY ? datedBy.get(issuer) : fallbackDate(doc, i, issuer);
                }
                EntityRef employer = issuer == null || doc.spans(i, REGULATORS).isEmpty() ? employer(doc, i, hit.begin()) : null;
                for (EntityRef target : who.refs()) {
                    EntityRef by = target.type() == EntityType.PERSON && LETTER.matcher(norm.substring(0, hit.begin())).find()
                            ? doc.writer(i, hit.begin()) : target.type() == EntityType.PERSON && employer != null ? employer : issuer;
                    if (fits(hit, target) && !target.equals(by)) {
                        put(facts, new Sanction(target, hit.code(), by, date, doc.sentence(i).evidence(), who.confidence()));
                        carriedIssuer = issuer;
                        carriedAt = i;
                        if (carriedAt != lastTargetsAt) {
                            lastTargets.clear();
                            lastTargetsAt = i;
                        }
                        if (!lastTargets.contains(target)) {
                            lastTargets.add(target);
                        }
                        if (date != null) {
                            datedBy.put(issuer, date);
                            datedAt.put(issuer, i);
                        }
                    }
                }
            }
            respectively(doc, i, hits, facts);
        }
        return new ArrayList<>(facts.values());
    }

    /**
     * "A,副院长B分别被给予记过、警告处分", "对X医院、院长A、副院长B分别给予通报批评、党内严重警告、党内警告处分": as many
     * targets before 分别 (people, or organisations and people) as measures after it pair up in order; the
     * issuer and date stay those read for the sentence.
     */
    private static void respectively(DocumentView doc, int i, List<WordTable.Hit> hits, Map<String, Sanction> facts) {
        int at = doc.norm(i).indexOf("分别");
        if (at < 0) {
            return;
        }
        int begin = doc.sentence(i).evidence().begin();
        Set<EntityRef> targeted = new HashSet<>();
        facts.values().stream().filter(x -> x.evidence().begin() == begin).forEach(x -> targeted.add(x.target()));
        List<EntityRef> people = doc.spans(i, PERSONS).stream().filter(s -> s.end() <= at).map(s -> s.mention().ref())
                .distinct().toList();
        List<EntityRef> listed = doc.spans(i, SanctionTargets.TARGETS).stream().filter(s -> s.end() <= at)
                .map(s -> s.mention().ref()).distinct().filter(targeted::contains).toList();
        String norm = doc.norm(i);
        int clauseEnd = at;
        while (clauseEnd < norm.length() && !DocumentView.clauseBreak(norm.charAt(clauseEnd))) {
            clauseEnd++;
        }
        int end = clauseEnd;
        List<WordTable.Hit> after = hits.stream().filter(h -> h.begin() > at && h.end() <= end).toList();
        if (people.size() != after.size() && listed.size() == after.size()) {
            people = listed;
        }
        if (people.size() < 2 || after.size() != people.size()) {
            return;
        }
        List<EntityRef> paired = people;
        List<Sanction> read = facts.values().stream()
                .filter(x -> x.evidence().begin() == begin && paired.contains(x.target())).toList();
        if (read.isEmpty()) {
            return;
        }
        facts.values().removeAll(read);
        for (int k = 0; k < people.size(); k++) {
            put(facts, new Sanction(people.get(k), after.get(k).code(), read.get(0).issuer(), read.get(0).date(),
                    doc.sentence(i).evidence(), 0.8));
        }
    }

    /**
     * The target when the sentence does not say: the topic of a "X:…" line (this sentence's or an earlier
     * one's of the same paragraph, so an item "1. X:…" names its own target), the decision list's, or the
     * writer of a letter in the first person ("我们接受…处理意见,即日起停业整顿").
     */
    private static TargetSlot fromContext(DocumentView doc, int i, WordTable.Hit hit, DecisionList list) {
        EntityRef topic = topic(doc, i);
        for (int j = i - 1; topic == null && j >= 0 && doc.paragraph(j) == doc.paragraph(i); j--) {
            topic = topic(doc, j); // "1. X:记8分。…。给予通报批评": the item's topic holds for its paragraph
        }
        if (topic != null) {
            return TargetSlot.of(topic, 0.8);
        }
        for (int j = i - 1; j >= 0 && j >= i - CASE_REACH; j--) {
            EntityRef party = caseHeading(doc, j);
            if (party != null) {
                return TargetSlot.of(party, 0.7); // "二、X发布虚假广告案" heads the case: its 当事人 is X
            }
        }
        if (list != null) {
            return TargetSlot.of(list.targets(), 0.8);
        }
        Matcher party = PARTY.matcher(doc.norm(i));
        DocumentView.Span labelled = party.find() ? doc.startingAt(i, party.end(), SanctionTargets.TARGETS) : null;
        if (labelled != null) {
            return TargetSlot.of(labelled.mention().ref(), 0.8); // a table row: 被处罚单位:X,处罚内容:…
        }
        String norm = doc.norm(i);
        if (LETTER.matcher(norm).find() && !GENERIC.matcher(norm).find()) {
            EntityRef writer = doc.writer(i, hit.begin());
            return writer == null ? TargetSlot.NONE : TargetSlot.of(writer, 0.6);
        }
        int pronoun = norm.lastIndexOf('其', hit.begin());
        if (pronoun >= 0 && !"person".equals(hit.entry().attribute()) && !doc.spans(i, REGULATORS).isEmpty()
                && doc.spans(i, SanctionTargets.TARGETS).stream().allMatch(s -> s.type() == EntityType.REGULATOR)) {
            // "Y认定,其行为违法,…责令改正,并处罚款": 其 is the hospital or company the text is about
            DocumentView.Span focus = doc.focus(i, 0, SanctionTargets.ORGANISATIONS, 3);
            return focus == null ? TargetSlot.NONE : TargetSlot.of(focus.mention().ref(), 0.6);
        }
        return TargetSlot.NONE;
    }

    /** Measure hits of a sentence, without those inside 《…》 or negated (未被处罚, 不予警告). */
    private List<WordTable.Hit> hits(String norm) {
        List<WordTable.Hit> kept = new ArrayList<>();
        for (WordTable.Hit h : measures.find(norm)) {
            if (h.entry().word().startsWith("@en ")) {
                continue;
            }
            String before = norm.substring(0, h.begin());
            long open = before.chars().filter(c -> c == '《').count() - before.chars().filter(c -> c == '》').count();
            if (open <= 0 && !NEGATED.matcher(before.length() > 4 ? before.substring(before.length() - 4) : before).find()) {
                kept.add(h);
            }
        }
        return kept;
    }

    /** The party of a case heading "(一、)X…案" (a line naming a case after its party), or null. */
    private static EntityRef caseHeading(DocumentView doc, int i) {
        String norm = doc.norm(i);
        if (!CASE_END.matcher(norm).find()) {
            return null;
        }
        DocumentView.Span x = opening(doc, i, SanctionTargets.ORGANISATIONS);
        return x == null ? null : x.mention().ref();
    }

    /** The name of one of {@code types} that opens line i, after an item number ("二、X…", "(1) X…"), or null. */
    private static DocumentView.Span opening(DocumentView doc, int i, Set<EntityType> types) {
        String norm = doc.norm(i);
        Matcher lead = TOPIC_LEAD.matcher(norm);
        DocumentView.Span x = doc.startingAt(i, lead.find() ? lead.end() : 0, types);
        return x == null || !DocumentView.filler(norm, lead.end(), x.begin()) ? null : x;
    }

    /** The topic of a line "(一、)X:…" that opens with a target and a colon, or null. */
    private static EntityRef topic(DocumentView doc, int i) {
        String norm = doc.norm(i);
        DocumentView.Span x = opening(doc, i, SanctionTargets.TARGETS);
        if (x == null) {
            return null;
        }
        int colon = x.end();
        while (colon < norm.length() && DocumentView.isFiller(norm.charAt(colon))) {
            colon++;
        }
        return colon < norm.length() && norm.charAt(colon) == ':' ? x.mention().ref() : null;
    }

    /** Person-only measures need a person; organisation-only measures an organisation. */
    private static boolean fits(WordTable.Hit hit, EntityRef target) {
        boolean person = target.type() == EntityType.PERSON;
        return switch (hit.entry().attribute()) {
            case "person" -> person;
            case "org" -> !person;
            default -> true;
        };
    }

    /** Updates the enumerated-decision state with sentence i: intro, section header, item or the end of the list. */
    private DecisionList listState(DocumentView doc, int i, DecisionList list) {
        String norm = doc.norm(i);
        int paragraph = doc.paragraph(i);
        Matcher intro = DecisionList.INTRO.matcher(norm);
        if (DecisionList.mayIntroduce(norm) && intro.find()) {
            List<EntityRef> refs = List.of();
            Matcher dui = DUI.matcher(norm.substring(0, intro.start()));
            while (dui.find()) {
                List<EntityRef> chain = Chains.after(doc, i, dui.end(), SanctionTargets.TARGETS).stream()
                        .map(s -> s.mention().ref()).toList();
                if (!chain.isEmpty()) {
                    refs = chain;
                }
            }
            if (refs.isEmpty()) {
                refs = party(doc, i);
            }
            EntityRef issuer = issuer(doc, i, intro.start());
            LocalDate date = ownDate(doc, i, intro.start());
            for (int j = i - 1; j >= Math.max(0, i - 5) && (issuer == null || date == null); j--) {
                issuer = issuer != null ? issuer : reportingIssuer(doc, j);
                date = date != null || !REPORT.matcher(doc.norm(j)).find() ? date : ownDate(doc, j, doc.norm(j).length());
            }
            return new DecisionList(refs, issuer, date, paragraph);
        }
        if (list == null) {
            return null;
        }
        if (DecisionList.HEADER.matcher(norm).find()) {
            List<DocumentView.Span> spans = doc.spans(i, SanctionTargets.TARGETS);
            return spans.isEmpty() ? list.at(paragraph)
                    : list.section(Chains.after(doc, i, spans.get(0).begin(), SanctionTargets.TARGETS).stream()
                            .map(s -> s.mention().ref()).toList(), paragraph);
        }
        if (DecisionList.ITEM.matcher(norm).find() || paragraph == list.paragraph()) {
            return list.at(paragraph);
        }
        if (TAIL.matcher(norm).find() && !list.targets().isEmpty()) {
            return new DecisionList(List.of(), list.issuer(), list.date(), paragraph);
        }
        return null;
    }

    /** The party of a decision notice: "当事人:X" in this or an earlier sentence (the nearest), else none. */
    private static List<EntityRef> party(DocumentView doc, int i) {
        for (int j = i; j >= 0; j--) {
            Matcher m = PARTY.matcher(doc.norm(j));
            if (m.find()) {
                DocumentView.Span x = doc.startingAt(j, m.end(), SanctionTargets.TARGETS);
                return x == null ? List.of() : List.of(x.mention().ref());
            }
        }
        return List.of();
    }

    /** The regulator of a labelled issuer field in sentence i (处罚机关:Y), or null. */
    private static EntityRef labelledIssuer(DocumentView doc, int i) {
        Matcher m = ISSUER_LABEL.matcher(doc.norm(i));
        DocumentView.Span y = m.find() ? doc.startingAt(i, m.end(), REGULATORS) : null;
        return y == null ? null : y.mention().ref();
    }

    /** The date written in a labelled date field of sentence i (处罚日期:D), or null when there is no such field. */
    private static DateResolver.DateHit labelledDate(DocumentView doc, int i) {
        Matcher m = DATE_LABEL.matcher(doc.norm(i));
        if (!m.find()) {
            return null;
        }
        for (DateResolver.DateHit h : doc.dates(i)) {
            if (h.begin() == m.end()) {
                return h;
            }
        }
        return null;
    }

    /** The issuer in a deciding slot before {@code pos} of sentence i, or null. */
    /**
     * A hospital or company deciding about its own staff ("X医院对涉事医生Y作出停职处理"): the org right before a
     * deciding word, before {@code pos}, in a sentence that names no regulator. Null if none.
     */
    private static EntityRef employer(DocumentView doc, int i, int pos) {
        String norm = doc.norm(i);
        EntityRef found = null;
        for (DocumentView.Span o : doc.spans(i, DocumentView.ORGS)) {
            if (o.end() <= pos && (o.begin() == 0 || norm.charAt(o.begin() - 1) != '对' && norm.charAt(o.begin() - 1) != '被')
                    && ISSUER_AFTER.matcher(norm.substring(o.end())).find()) {
                found = o.mention().ref();
            }
        }
        return found;
    }

    private static EntityRef issuer(DocumentView doc, int i, int pos) {
        String norm = doc.norm(i);
        Matcher passive = PASSIVE.matcher(norm.substring(0, Math.min(pos, norm.length())));
        int bei = -1;
        while (passive.find()) {
            bei = passive.end();
        }
        if (bei >= 0) {
            DocumentView.Span y = doc.startingAt(i, bei, REGULATORS);
            if (y != null && y.begin() < pos && y.begin() - bei <= 2) {
                return y.mention().ref();
            }
        }
        EntityRef found = null;
        for (DocumentView.Span r : doc.spans(i, REGULATORS)) {
            if (r.end() > pos) {
                break;
            }
            boolean decides = !PRESS_OFFICE.matcher(r.mention().ref().name()).find();
            if (ISSUER_AFTER.matcher(norm.substring(r.end())).find()
                    || decides && ANNOUNCES.matcher(norm.substring(r.end())).find()
                    || decides && ISSUER_BEFORE.matcher(norm.substring(0, r.begin())).find()
                    && ISSUER_BEFORE_END.matcher(norm.substring(r.end())).find()) {
                found = r.mention().ref();
            }
        }
        return found;
    }

    /** A body the sentence reports a decision from: 据Y…消息, Y通报/发布, or any issuer slot. */
    private static EntityRef reportingIssuer(DocumentView doc, int j) {
        return issuer(doc, j, doc.norm(j).length());
    }

    /** The date the sentence itself gives near {@code at}; 即日起/今天 in a signed letter is the letter's date. */
    private static LocalDate ownDate(DocumentView doc, int i, int at) {
        DateResolver.DateHit best = null;
        for (DateResolver.DateHit h : doc.dates(i)) {
            if (h.date() != null && !h.dateline() && !incidentDate(doc.norm(i), h, at) && (best == null || DateResolver.distance(h, at) < DateResolver.distance(best, at))) {
                best = h;
            }
        }
        if (best == null) {
            return null;
        }
        if (TODAY.matcher(doc.norm(i).substring(best.begin(), best.end())).find()) {
            LocalDate signed = signature(doc, i);
            return signed != null ? signed : best.date();
        }
        return best.date();
    }

    /** The date line that signs the letter sentence i is in: the next sentence that is only a date. */
    private static LocalDate signature(DocumentView doc, int i) {
        for (int j = i + 1; j < doc.size() && j <= i + 12; j++) {
            String norm = doc.norm(j).strip();
            List<DateResolver.DateHit> dates = doc.dates(j);
            if (dates.size() == 1 && dates.get(0).date() != null && !dates.get(0).relative()
                    && norm.replace(doc.norm(j).substring(dates.get(0).begin(), dates.get(0).end()), "").isBlank()) {
                return dates.get(0).date();
            }
        }
        return null;
    }

    /**
     * The date of the paragraph: the last date of an earlier sentence of the paragraph that reports a
     * decision (通报, 决定, 处罚 …), else the dateline date (X月X日电) of the paragraph, else null.
     */
    /**
     * True when a date before the measure at {@code at} dates what happened (a patient's death, a visit, a
     * complaint) rather than the decision: its clause tells an event before any word of deciding or reporting.
     */
    private static boolean incidentDate(String norm, DateResolver.DateHit h, int at) {
        if (h.end() > at) {
            return false;
        }
        Matcher event = EVENT.matcher(norm.substring(h.end(), at));
        return event.find() && !DECIDING.matcher(norm.substring(h.end(), h.end() + event.start())).find();
    }

    private static LocalDate fallbackDate(DocumentView doc, int i, EntityRef issuer) {
        Matcher vague = VAGUE.matcher(doc.norm(i));
        if (vague.find() && doc.dates(i).stream().noneMatch(h -> h.date() != null && !h.dateline())) {
            return null; // "近日…": the text does not fix the day, the dateline is only the publication's
        }
        for (int j = i - 1; j >= 0 && doc.paragraph(j) == doc.paragraph(i); j--) {
            LocalDate d = doc.dateNear(j, doc.norm(j).length());
            if (d != null && REPORT.matcher(doc.norm(j)).find()) {
                return d;
            }
        }
        for (int j = i - 1; issuer != null && j >= 0 && j >= i - 2; j--) {
            // "7月25日,Y公布的行政处罚决定书显示…" then, in the next paragraph, "Y对该院作出…": the same body's report date
            if (!REPORT.matcher(doc.norm(j)).find()) {
                continue;
            }
            for (DocumentView.Span r : doc.spans(j, REGULATORS)) {
                LocalDate d = r.mention().ref().equals(issuer) ? ownDate(doc, j, r.end()) : null;
                if (d != null) {
                    return d;
                }
            }
        }
        for (int j = 0; j <= i; j++) {
            for (DateResolver.DateHit h : doc.dates(j)) {
                if (h.dateline() && doc.paragraph(j) == doc.paragraph(i)) {
                    return h.date();
                }
            }
        }
        return null;
    }

    /** "以上处理由Y于9月19日作出": the issuer and date of the decisions listed in the sentences just before. */
    private static void close(DocumentView doc, int i, Map<String, Sanction> facts, List<Integer> sentences) {
        EntityRef issuer = doc.spans(i, REGULATORS).stream().map(r -> r.mention().ref()).findFirst().orElse(null);
        LocalDate date = ownDate(doc, i, doc.norm(i).length());
        Set<Integer> begins = new HashSet<>();
        sentences.forEach(j -> begins.add(doc.sentence(j).begin()));
        for (Map.Entry<String, Sanction> e : facts.entrySet()) {
            Sanction s = e.getValue();
            if (begins.contains(s.evidence().begin())) {
                e.setValue(new Sanction(s.target(), s.measure(), issuer != null ? issuer : s.issuer(),
                        date != null ? date : s.date(), s.evidence(), s.confidence()));
            }
        }
    }

    /** One sanction per (target, measure): the one with most of issuer and date, then the most confident. */
    private static void put(Map<String, Sanction> facts, Sanction s) {
        String key = s.target() + "|" + s.measure();
        Sanction old = facts.get(key);
        if (old == null || score(s) > score(old)) {
            facts.put(key, s);
        }
    }

    private static double score(Sanction s) {
        return (s.issuer() != null ? 1 : 0) + (s.date() != null ? 1 : 0) + s.confidence();
    }
}
