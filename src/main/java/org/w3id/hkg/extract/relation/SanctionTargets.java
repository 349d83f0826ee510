package org.w3id.hkg.extract.relation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hkg.extract.EntityRef;
import org.w3id.hkg.extract.EntityType;

/**
 * Reads the target slot of a sanction measure in its sentence: the passive subject ("X被开除", ",被开除"
 * → the clause subject), "对X作出…" / "对其", "给予X警告", "责令X改正", "约谈X", "免去X…职务", and a
 * person right before the measure ("X停职"). Pronouns (其, 该院, 该公司) resolve to the organisation in
 * focus. Pure.
 */
final class SanctionTargets {
    static final Set<EntityType> TARGETS = EnumSet.of(EntityType.HOSPITAL, EntityType.COMPANY, EntityType.PERSON);
    private static final Set<EntityType> PERSON = EnumSet.of(EntityType.PERSON);
    private static final Pattern PRONOUN = Pattern.compile("^(?:该|涉事|这家|此|本)(?:医院|院|公司|机构|集团|企业|诊所|门诊部|中心)|^其");
    /** The organisations a regulator acts on, and hospitals alone. */
    static final Set<EntityType> ORGANISATIONS = EnumSet.of(EntityType.HOSPITAL, EntityType.COMPANY);
    private static final Set<EntityType> HOSPITALS = EnumSet.of(EntityType.HOSPITAL);
    /** "被通报批评的还有X": the targets follow the measure. */
    private static final Pattern ALSO_TARGETED = Pattern.compile("^\\s*(?:处分|处理|处罚)?的\\s*(?:还有|还包括|包括|是|有)\\s*");
    /** A department of a hospital written between it and a measure (X妇产科, X急诊部). */
    private static final Pattern DEPARTMENT = Pattern.compile("\\p{IsHan}{1,5}(?:科|部|室|病区)");
    private static final Pattern ADVERBS = Pattern.compile("(?:已|均|也|又|则|并|分别|同时|先后|曾|再次|日前|近日|依法|正式|立即|暂时|全面|仍|仍然|依然|目前|一直"
            + "|[自从]?即日起|[自从]?今日起|于(?:今年|去年|同年|当年)?[^,;。被]{0,10}?(?:日|月)(?:上旬|中旬|下旬|底|初)?|\\s)+$");
    private static final Pattern CUE = Pattern.compile("被|受到|遭到|对|给予|予以");
    /** A clause that opens with 处 (X违反…,处10万元罚款; 并处以罚款): the penalty falls on the clause subject. */
    private static final Pattern IMPOSED = Pattern.compile("(?:^|[,;])\\s*(?:并|另|依法)?(处)(?:以)?(?![理分置于在决]|罚(?!款|金))");
    /** A reason clause between the subject and 被: "X因管理混乱被约谈". */
    private static final Pattern REASON = Pattern.compile("(?:因|由于|因为)[^,;。,;]{1,30}$");
    /** Gapped measures whose gap holds their object: 责令X改正, 免去X职务, 吊销X的许可证, 暂停X的服务, 解除与X的协议. */
    private static final Pattern OBJECT_VERB = Pattern.compile("^(?:责令|免去|吊销|暂停|撤销|解除)");
    /** Words of scope between 予以 and the measure (予以全县通报批评): no object. */
    private static final Pattern SCOPE = Pattern.compile("\\s*(?:全[县市省区国院]|全系统|全行业|行政|严肃|一次性|书面)?\\s*");
    /** "对公司及时任董事会秘书X": the org and, joined to it, a titled person. */
    private static final Pattern AND = Pattern.compile("^\\s*(?:及|和|以及|与|、)");
    private static final Pattern LEADING_ADVERB = Pattern.compile("^(?:立即|立刻|马上|尽快|限期|依法|与|\\s)+");
    private static final Pattern NOT_CUE = Pattern.compile("对于|对外|针对|面对|对照|绝对|相对|对接|对待|对象|对比|对应");
    private static final Pattern UNNAMED_ROLE = Pattern.compile("^(?:的)?(?:主要|相关|直接)?(?:负责人|责任人|领导|人员|工作人员|医生|医务人员|法人)");
    private static final Pattern OBJECT_MARK = Pattern.compile("(?:对|向|给|与|和|据|经|接受|跟)\\s*$");

    private final WordTable roles;

    SanctionTargets(WordTable roles) {
        this.roles = roles;
    }

    /**
     * The slot of measure {@code hit} of sentence i, looking for cues in [from, hit.begin) and inside the
     * measure words themselves (责令X改正, 免去X职务).
     */
    TargetSlot read(DocumentView doc, int i, WordTable.Hit hit, int from) {
        String norm = doc.norm(i);
        TargetSlot inside = inside(doc, i, hit);
        if (inside.explicit()) {
            return inside;
        }
        Matcher also = ALSO_TARGETED.matcher(norm.substring(hit.end()));
        if (also.find() && CUE.matcher(norm.substring(Math.max(0, hit.begin() - 12), hit.begin())).find()) {
            // 同样被通报批评的还有X(、Y): those named after
            List<EntityRef> named = Chains.after(doc, i, hit.end() + also.end(), TARGETS).stream().map(x -> x.mention().ref()).toList();
            if (!named.isEmpty()) {
                return TargetSlot.of(named, 0.8);
            }
        }
        List<int[]> cues = new ArrayList<>();
        Matcher m = CUE.matcher(norm);
        m.region(from, hit.begin());
        while (m.find()) {
            String context = norm.substring(Math.max(0, m.start() - 1), Math.min(norm.length(), m.end() + 1));
            int at = m.start();
            boolean inName = doc.spans(i).stream().anyMatch(x -> x.begin() <= at && at < x.end());
            if (!NOT_CUE.matcher(context).find() && !inName) {
                cues.add(new int[] {m.start(), m.end()});
            }
        }
        Matcher imposed = IMPOSED.matcher(norm);
        imposed.region(from, hit.begin());
        while (imposed.find()) {
            cues.add(new int[] {imposed.start(1), imposed.end(1)});
        }
        cues.sort(java.util.Comparator.comparingInt(c -> c[0]));
        for (int k = cues.size() - 1; k >= 0; k--) {
            int cue = cues.get(k)[0];
            int after = cues.get(k)[1];
            String word = norm.substring(cue, after);
            TargetSlot slot = switch (word) {
                case "处" -> passive(doc, i, cue, hit);
                case "被", "受到", "遭到" -> passiveBreak(norm, after, hit.begin()) ? TargetSlot.NONE : passive(doc, i, cue, hit);
                case "对" -> object(doc, i, after, cue, false, hit);
                default -> DocumentView.filler(norm, after, hit.begin()) || SCOPE.matcher(norm.substring(after, hit.begin())).matches()
                        ? TargetSlot.NONE : object(doc, i, after, cue, true, hit);
            };
            if (slot.explicit()) {
                return slot;
            }
        }
        DocumentView.Span before = doc.endingAt(i, skipAdverbs(norm, hit.begin()), TARGETS);
        int skipped = skipAdverbs(norm, hit.begin());
        if (before == null) {
            // 责令X妇产科自即日起暂停诊疗活动: a measure on a department of X is one on X
            for (DocumentView.Span h : doc.spans(i, HOSPITALS)) {
                if (h.end() < skipped && DEPARTMENT.matcher(norm.substring(h.end(), skipped)).matches()) {
                    before = h;
                }
            }
        }
        if (before != null) {
            return TargetSlot.of(before.mention().ref(), 0.9);
        }
        if (roleBefore(norm, hit.begin())) {
            return TargetSlot.UNNAMED;
        }
        DocumentView.Span after = doc.startingAt(i, hit.end(), TARGETS);
        if (after != null) {
            return TargetSlot.of(after.mention().ref(), 0.8);
        }
        DocumentView.Span subject = personnel(hit) ? subject(doc, i, hit.begin(), hit) : null;
        return subject != null && subject.type() == EntityType.PERSON ? TargetSlot.of(subject.mention().ref(), 0.7) : TargetSlot.NONE;
    }

    /** True for measures only a person can receive (停职, 撤职, 党内警告 …). */
    private static boolean personnel(WordTable.Hit hit) {
        return "person".equals(hit.entry().attribute());
    }

    /**
     * A named person right after a title at {@code at}: "对新生儿科主任X", "给予该院分管副院长X", "约谈了公司董事长X"
     * (within twelve characters, same clause, a role word right before the name).
     */
    private DocumentView.Span titledPerson(DocumentView doc, int i, int at) {
        String norm = doc.norm(i);
        for (DocumentView.Span p : doc.spans(i, PERSON)) {
            if (p.begin() > at && p.begin() - at <= 12 && !clauseBetween(norm, at, p.begin())
                    && roles.endingAt(norm, p.begin()) != null) {
                return p;
            }
        }
        return null;
    }

    /**
     * 责令X改正, 免去X…职务, 吊销X的执业许可证, 约谈X: a named object inside or right after the measure
     * words; anything else (相关科室, 《医疗机构执业许可证》, nothing) leaves the slot to the context.
     */
    private TargetSlot inside(DocumentView doc, int i, WordTable.Hit hit) {
        String norm = doc.norm(i);
        String w = hit.entry().word();
        int gap = w.indexOf('…');
        TargetSlot slot = TargetSlot.NONE;
        if (gap > 0) {
            int at = hit.begin() + gap;
            Matcher adverb = LEADING_ADVERB.matcher(norm.substring(at, hit.end()));
            at += adverb.find() ? adverb.end() : 0;
            if (norm.startsWith("其", at)) {
                DocumentView.Span subject = subject(doc, i, at, hit);
                if (subject == null || personnel(hit) && subject.type() != EntityType.PERSON) {
                    subject = doc.focus(i, hit.begin(), personnel(hit) ? PERSON : DocumentView.ORGS, 2);
                }
                if (subject != null && subject.type() == EntityType.REGULATOR && !personnel(hit)) {
                    // "Y认定…,责令其改正": 其 is the one Y acts on, named before, not Y
                    subject = doc.focus(i, subject.begin(), ORGANISATIONS, 3);
                }
                return subject == null ? TargetSlot.NONE : TargetSlot.of(subject.mention().ref(), 0.6);
            }
            if (OBJECT_VERB.matcher(w).find()) {
                slot = object(doc, i, at, hit.begin(), false, hit);
            }
        } else if (w.equals("约谈")) {
            slot = object(doc, i, hit.end(), hit.begin(), false, hit);
        }
        return slot;
    }

    /** A passive cue reaches its measure within the clause (a colon may introduce the measures). */
    private static boolean passiveBreak(String norm, int from, int to) {
        for (int k = from; k < to; k++) {
            if (",;。，；".indexOf(norm.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "X被…": X right before 被, else (after a clause break) the clause subject; other text is unnamed. */
    private TargetSlot passive(DocumentView doc, int i, int bei, WordTable.Hit hit) {
        String norm = doc.norm(i);
        int end = skipAdverbs(norm, bei);
        Matcher reason = REASON.matcher(norm.substring(0, end));
        if (reason.find() && doc.endingAt(i, end, TARGETS) == null) {
            end = skipAdverbs(norm, reason.start());
        }
        DocumentView.Span x = doc.endingAt(i, end, TARGETS);
        if (x != null) {
            return TargetSlot.of(x.mention().ref(), 0.9);
        }
        TargetSlot pronoun = pronounEndingAt(doc, i, end);
        if (pronoun != null) {
            return pronoun;
        }
        if (end == 0 || DocumentView.clauseBreak(norm.charAt(end - 1)) || norm.charAt(end - 1) == ')') {
            DocumentView.Span subject = subject(doc, i, bei, hit);
            return subject == null ? TargetSlot.NONE : TargetSlot.of(subject.mention().ref(), 0.8);
        }
        return TargetSlot.UNNAMED;
    }

    /** The object at {@code at}: a named target (not followed by a role word), a pronoun, or unnamed text. */
    private TargetSlot object(DocumentView doc, int i, int at, int cue, boolean strict, WordTable.Hit hit) {
        String norm = doc.norm(i);
        List<DocumentView.Span> chain = Chains.after(doc, i, at, TARGETS);
        DocumentView.Span titled = chain.isEmpty() ? titledPerson(doc, i, at) : null;
        if (titled != null) {
            return TargetSlot.of(titled.mention().ref(), 0.9);
        }
        if (chain.isEmpty()) {
            DocumentView.Span loose = PRONOUN.matcher(norm.substring(at)).find() ? null : doc.placePrefixed(i, at, DocumentView.ORGS);
            chain = loose == null ? chain : Chains.after(doc, i, loose.begin(), TARGETS);
        }
        if (!chain.isEmpty()) {
            DocumentView.Span last = chain.get(chain.size() - 1);
            DocumentView.Span holder = holder(doc, i, last);
            if (holder != null && AND.matcher(norm.substring(last.end())).find()) {
                List<EntityRef> both = new ArrayList<>(chain.stream().map(x -> x.mention().ref()).toList());
                both.add(holder.mention().ref());
                both.addAll(titledAfter(doc, i, holder.end()));
                return TargetSlot.of(both.stream().distinct().toList(), 0.9);
            }
            if (holder != null) {
                List<EntityRef> people = new ArrayList<>(List.of(holder.mention().ref()));
                people.addAll(titledAfter(doc, i, holder.end()));
                return TargetSlot.of(people.stream().distinct().toList(), 0.9);
            }
            String rest = norm.substring(last.end());
            if (last.type() != EntityType.PERSON && (UNNAMED_ROLE.matcher(rest).find() || startsWithRole(rest))) {
                return TargetSlot.staffOf(last.mention().ref());
            }
            List<EntityRef> named = new ArrayList<>(chain.stream().map(x -> x.mention().ref()).toList());
            named.addAll(titledAfter(doc, i, last.end()));
            return TargetSlot.of(named.stream().distinct().toList(), 0.9);
        }
        Matcher p = PRONOUN.matcher(norm.substring(at));
        if (p.find()) {
            String rest = norm.substring(at + p.end());
            if (UNNAMED_ROLE.matcher(rest).find() || startsWithRole(rest)) {
                DocumentView.Span org = p.group().equals("其") ? null : doc.focus(i, cue, DocumentView.ORGS, 3);
                return org == null ? TargetSlot.UNNAMED : TargetSlot.staffOf(org.mention().ref());
            }
            if (p.group().equals("其") && personnel(hit)) {
                DocumentView.Span person = subject(doc, i, cue, hit);
                person = person != null && person.type() == EntityType.PERSON ? person : doc.focus(i, cue, PERSON, 2);
                return person == null ? TargetSlot.UNNAMED : TargetSlot.of(person.mention().ref(), 0.7);
            }
            DocumentView.Span focus = p.group().equals("其") ? firstOrg(doc, i, cue) : null;
            if (focus == null) {
                focus = doc.focus(i, cue, DocumentView.ORGS, 3);
            }
            return focus == null ? TargetSlot.UNNAMED : TargetSlot.of(focus.mention().ref(), 0.6);
        }
        return strict ? TargetSlot.UNNAMED : TargetSlot.NONE;
    }

    private TargetSlot pronounEndingAt(DocumentView doc, int i, int end) {
        String norm = doc.norm(i);
        for (int b = Math.max(0, end - 4); b < end; b++) {
            Matcher p = PRONOUN.matcher(norm.substring(b, end));
            if (p.matches()) {
                DocumentView.Span focus = doc.focus(i, b, DocumentView.ORGS, 3);
                return focus == null ? TargetSlot.UNNAMED : TargetSlot.of(focus.mention().ref(), 0.6);
            }
        }
        return null;
    }

    /**
     * The clause subject before {@code pos}: the first target in the sentence that is not an object (对X,
     * 与X) and not the org of a person's role (X中心调度员Y: Y is the head). A personnel measure prefers
     * a person.
     */
    private DocumentView.Span subject(DocumentView doc, int i, int pos, WordTable.Hit hit) {
        String norm = doc.norm(i);
        boolean personnel = "person".equals(hit.entry().attribute());
        for (DocumentView.Span s : doc.spans(i, TARGETS)) {
            if (s.end() > pos || OBJECT_MARK.matcher(norm.substring(0, s.begin())).find() || ownsRole(doc, i, s)) {
                continue;
            }
            if (!personnel || s.type() == EntityType.PERSON) {
                return s;
            }
        }
        return null;
    }

    /** True when span s is an org whose role holder (a person) follows within the same clause. */
    private static boolean ownsRole(DocumentView doc, int i, DocumentView.Span s) {
        return holder(doc, i, s) != null;
    }

    /** The person holding a role at org s: "X医院医务部主任Y" → Y (within 12 characters, same clause), or null. */
    private static DocumentView.Span holder(DocumentView doc, int i, DocumentView.Span s) {
        if (s.type() == EntityType.PERSON) {
            return null;
        }
        String norm = doc.norm(i);
        for (DocumentView.Span p : doc.spans(i, PERSON)) {
            if (p.begin() >= s.end() && p.begin() - s.end() <= 12 && !clauseBetween(norm, s.end(), p.begin())
                    && doc.spans(i, TARGETS).stream().noneMatch(x -> x.begin() >= s.end() && x.end() <= p.begin())) {
                return p;
            }
        }
        return null;
    }

    /**
     * People joined after {@code pos}, each behind its title: "、财务总监C", "及时任董事会秘书D", "、董事长兼法定代表人E"
     * (a connector, role words, a name). Stops at the first connector not followed by a titled person.
     */
    private List<EntityRef> titledAfter(DocumentView doc, int i, int pos) {
        List<EntityRef> people = new ArrayList<>();
        String norm = doc.norm(i);
        for (int at = pos; ; ) {
            Matcher and = AND.matcher(norm.substring(at));
            if (!and.find()) {
                return people;
            }
            int name = afterTitle(norm, at + and.end());
            DocumentView.Span person = name < 0 ? null : doc.startingAt(i, name, PERSON);
            if (person == null) {
                return people;
            }
            people.add(person.mention().ref());
            at = person.end();
        }
    }

    /**
     * Where the name after a title starting at {@code at} begins: past the longest role phrase within ten
     * characters of the same clause (a unit or 时任 may come before the role word), and past each 兼 and the
     * role after it ("董事长兼法定代表人"); -1 when no role word ends there.
     */
    private int afterTitle(String norm, int at) {
        int end = -1;
        for (int from = at; from < norm.length(); ) {
            int found = -1;
            for (int k = Math.min(norm.length(), from + 10); k > from && found < 0; k--) {
                if (!clauseBetween(norm, from, k) && roles.endingAt(norm, k) != null) {
                    found = k;
                }
            }
            if (found < 0) {
                return end;
            }
            end = found;
            from = found < norm.length() && norm.charAt(found) == '兼' ? found + 1 : norm.length();
        }
        return end;
    }

    private DocumentView.Span firstOrg(DocumentView doc, int i, int pos) {
        for (DocumentView.Span s : doc.spans(i, DocumentView.ORGS)) {
            if (s.end() <= pos) {
                return s;
            }
        }
        return null;
    }

    private boolean roleBefore(String norm, int pos) {
        return roles.endingAt(norm, skipAdverbs(norm, pos)) != null;
    }

    private boolean startsWithRole(String rest) {
        for (int k = 1; k <= Math.min(8, rest.length()); k++) {
            if (roles.endingAt(rest, k) != null && roles.endingAt(rest, k).word().length() == k) {
                return true;
            }
        }
        return false;
    }

    static int skipAdverbs(String norm, int pos) {
        Matcher m = ADVERBS.matcher(norm.substring(0, pos));
        return m.find() ? m.start() : pos;
    }

    static boolean clauseBetween(String norm, int from, int to) {
        for (int k = from; k < to; k++) {
            if (DocumentView.clauseBreak(norm.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
