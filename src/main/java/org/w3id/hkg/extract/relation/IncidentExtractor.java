package org.w3id.hkg.extract.relation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.w3id.hkg.extract.EntityRef;
import org.w3id.hkg.extract.Fact;
import org.w3id.hkg.extract.Incident;

/**
 * Incidents [org, outcome, date]: harm to a patient at or by a hospital. A sentence that names a hospital
 * (or refers to it: 我院, 该院) and states an outcome (outcomes.tsv: 流产, 去世, 抢救无效, 受伤 …) in an
 * incident context (延误, 救治, 事件, 患者 …) is an incident of that hospital, dated by the date nearest the
 * harm in the sentence; a specific outcome (death) wins over "other" (医疗事故) in the same sentence. A sentence that names a hospital failing a patient (延误, 拒绝派车, 拒诊) with the
 * outcome told in a neighbouring sentence is one too, dated by the failing sentence (else the outcome's). An
 * "other" harm of an org that also has a specific one (医疗事故 … 致残) is the same event and is dropped.
 */
public final class IncidentExtractor implements FactRule {
    /** Words that put an outcome word in a patient-harm context. */
    private static final Pattern CONTEXT = Pattern.compile(
            "延误|耽误|拒绝|拒诊|拒收|推诿|误诊|漏诊|救治|抢救|治疗|手术|就诊|接诊|事件|事故|医疗|患者|病人|孕妇|产妇|孕产妇|婴儿|新生儿|而|导致|致"
            + "|诊断|出现|术后|拔|输液|注射|患儿|医生|医师|护士|检查|产检|孕"
            + "|(?i)\\b(?:delay|delayed|denied|refused|turned away|treatment|patient|surgery|pregnant|after)\\b");
    /** Words that say the hospital failed a patient, whose outcome may come in a later sentence. */
    private static final Pattern FAILURE = Pattern.compile(
            "(?<!杜绝|防止|避免|不得|严禁|禁止)(?:延误|耽误|拒绝派|拒绝接诊|拒诊|拒收|推诿|未及时)(?![^,;。]{0,4}事件)");
    /** The hospital speaking of itself in a letter. */
    private static final Pattern FIRST_PERSON = Pattern.compile("我院|本院");
    /** Sentences about what could happen (advice, risks) or what a hospital is good at, not about what happened. */
    private static final Pattern HYPOTHETICAL = Pattern.compile("可能|可导致|可引起|容易|若|如果|一旦|提醒|建议|科普|风险"
            + "|擅长|专长|积累了|(?:方面|领域)(?:积累|的经验|经验|优势|特色)|(?i)\\b(?:could|may|might|risk)\\b");
    /** Words pointing back to the hospital named before. */
    private static final Pattern ANAPHOR = Pattern.compile("该院|该医院|院方|涉事医院|这家医院");
    /** A sentence going on about the patient of the sentence before ("患者经抢救无效死亡", "次日凌晨发生流产"). */
    private static final Pattern CONTINUED = Pattern.compile("^[^,;。]{0,6}(?:患者|病人|患儿|孕妇|产妇|其|次日|当晚|当天|随后|此后|后经|经)");
    /** A sentence naming the hospital of the harm told just before. */
    private static final Pattern NAMED_AFTER = Pattern.compile("涉事医院|涉事机构|事发医院|事发地|发生在|就诊于|所在医院");
    /** The day after the date of the sentence before. */
    private static final Pattern NEXT_DAY = Pattern.compile("次日|第二天|翌日");
    /** How many sentences after a failure its outcome may be told. */
    private static final int LATER = 6;
    /** Outcome words that are not about a patient event (statistics, figures of speech). */
    private static final Pattern NOT_EVENT = Pattern.compile(
            "^(?:率|人数|病例|数|人员|患者|病人|伤员|者|科|中心|病房|微创|康复|专科|病毒|新冠|防控|手术(?![台中室后时])|术(?![后中])|门诊|服务|治疗|修复|筛查|防治|预防|救治|专家|研究|病区)");
    /** Outcome words that name a service, not a harm (人工流产, 药物流产). */
    private static final Pattern SERVICE = Pattern.compile("(?:人工|药物|无痛|计划生育)$");
    /** Words before an outcome that deny or prevent it (无一死亡, 避免致残). */
    private static final Pattern DENIED = Pattern.compile("(?:无|未|没有|避免|防止|预防|降低|减少|无一|零|杜绝|不会)[^,;。]{0,4}$");

    private final WordTable outcomes;

    public IncidentExtractor(WordTable outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public List<Fact> extract(DocumentView doc) {
        Map<String, Incident> facts = new LinkedHashMap<>();
        for (int i = 0; i < doc.size(); i++) {
            String norm = doc.norm(i);
            List<WordTable.Hit> hits = outcomes(norm);
            if (HYPOTHETICAL.matcher(norm).find()) {
                continue;
            }
            if (!hits.isEmpty() && CONTEXT.matcher(norm).find()) {
                WordTable.Hit hit = hits.stream().filter(h -> !"other".equals(h.code())).findFirst().orElse(hits.get(0));
                EntityRef org = org(doc, i, hit.begin());
                LocalDate date = doc.dateNear(i, hit.begin());
                if (org == null && i > 0 && doc.paragraph(i - 1) == doc.paragraph(i) && CONTINUED.matcher(norm).find()
                        && doc.spans(i - 1, DocumentView.ORGS).size() == 1) {
                    org = doc.spans(i - 1, DocumentView.ORGS).get(0).mention().ref();
                    LocalDate before = doc.dateNear(i - 1, doc.norm(i - 1).length());
                    date = date != null ? date : before == null ? null : NEXT_DAY.matcher(norm).find() ? before.plusDays(1) : before;
                }
                if (org == null && i + 1 < doc.size() && doc.paragraph(i + 1) == doc.paragraph(i)
                        && NAMED_AFTER.matcher(doc.norm(i + 1)).find() && doc.spans(i + 1, DocumentView.ORGS).size() == 1) {
                    org = doc.spans(i + 1, DocumentView.ORGS).get(0).mention().ref(); // "…抢救无效死亡。涉事医院为X。"
                }
                if (org != null) {
                    put(facts, new Incident(org, hit.code(), date, doc.sentence(i).evidence(),
                            doc.spans(i, DocumentView.ORGS).isEmpty() ? 0.6 : 0.9));
                }
            } else if (hits.isEmpty() && FAILURE.matcher(norm).find() && !doc.spans(i, DocumentView.ORGS).isEmpty()) {
                EntityRef org = doc.spans(i, DocumentView.ORGS).get(0).mention().ref();
                int j = toldNear(doc, i, org);
                if (j >= 0) {
                    WordTable.Hit told = outcomes(doc.norm(j)).get(0);
                    LocalDate date = doc.dateNear(i, 0) != null ? doc.dateNear(i, 0) : doc.dateNear(j, told.begin());
                    put(facts, new Incident(org, told.code(), date, doc.sentence(i).evidence(), 0.6));
                }
            }
        }
        Set<EntityRef> specific = new HashSet<>();
        facts.values().stream().filter(x -> !"other".equals(x.outcome())).forEach(x -> specific.add(x.org()));
        return facts.values().stream().filter(x -> !"other".equals(x.outcome()) || !specific.contains(x.org()))
                .map(Fact.class::cast).toList();
    }

    /** The hospital of the harm: the one named before the outcome, else the first named, else the letter's writer. */
    private static EntityRef org(DocumentView doc, int i, int pos) {
        DocumentView.Span org = doc.focus(i, pos, DocumentView.ORGS, 0);
        if (org == null && !doc.spans(i, DocumentView.ORGS).isEmpty()) {
            org = doc.spans(i, DocumentView.ORGS).get(0);
        }
        if (org != null) {
            return org.mention().ref();
        }
        if (FIRST_PERSON.matcher(doc.norm(i)).find()) {
            return doc.writer(i, pos);
        }
        DocumentView.Span focus = ANAPHOR.matcher(doc.norm(i)).find() ? doc.focus(i, pos, DocumentView.ORGS, 3) : null;
        return focus == null ? null : focus.mention().ref();
    }

    private List<WordTable.Hit> outcomes(String norm) {
        return outcomes.find(norm).stream().filter(h -> !NOT_EVENT.matcher(norm.substring(h.end())).find()
                && !SERVICE.matcher(norm.substring(Math.max(0, h.begin() - 4), h.begin())).find()
                && !DENIED.matcher(norm.substring(Math.max(0, h.begin() - 8), h.begin())).find()).toList();
    }

    /**
     * The sentence that tells the outcome of the failure in sentence i: one of the next few sentences, or of
     * the two before, up to one that names another organisation; -1 if none.
     */
    private int toldNear(DocumentView doc, int i, EntityRef org) {
        for (int j = i + 1; j < doc.size() && j <= i + LATER; j++) {
            if (namesOther(doc, j, org)) {
                break;
            }
            if (told(doc, j)) {
                return j;
            }
        }
        for (int j = i - 1; j >= 0 && j >= i - 2 && !namesOther(doc, j, org); j--) {
            if (told(doc, j)) {
                return j;
            }
        }
        return -1;
    }

    private boolean told(DocumentView doc, int j) {
        return !outcomes(doc.norm(j)).isEmpty() && !HYPOTHETICAL.matcher(doc.norm(j)).find();
    }

    private static boolean namesOther(DocumentView doc, int j, EntityRef org) {
        return doc.spans(j, DocumentView.ORGS).stream().anyMatch(s -> !s.mention().ref().equals(org));
    }

    /** Keeps one incident per (org, outcome): the dated one, and of two dated ones the earlier (the harm precedes its reports). */
    private static void put(Map<String, Incident> facts, Incident incident) {
        String key = incident.org() + "|" + incident.outcome();
        Incident old = facts.get(key);
        if (old == null || old.date() == null && incident.date() != null
                || old.date() != null && incident.date() != null && incident.date().isBefore(old.date())) {
            facts.put(key, incident);
        }
    }
}
