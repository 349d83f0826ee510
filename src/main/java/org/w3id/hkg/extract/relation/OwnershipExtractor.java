package org.w3id.hkg.extract.relation;

import java.util.ArrayList;
import java.util.EnumSet;
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
import org.w3id.hkg.extract.Ownership;

/**
 * Ownership [org, parent]: "P旗下A和B", "P下属A", "A是…P的全资子公司", "P的全资子公司A", "A由P(的)全资控股" (also
 * "A成立于2016年,由P全资持股"),
 * "P控股的A", "P(A与B的母公司)", "A的母公司(是)P", and English "P, parent company of A and B" /
 * "parent company of the two hospitals" (every hospital the document names), "A, a subsidiary of P",
 * "A is owned by P".
 */
public final class OwnershipExtractor implements FactRule {
    private static final Set<EntityType> PARENTS = EnumSet.of(EntityType.COMPANY, EntityType.HOSPITAL);
    private static final Set<EntityType> ORGS = DocumentView.ORGS;
    private static final Set<EntityType> COMPANIES = EnumSet.of(EntityType.COMPANY);
    private static final Set<EntityType> HOSPITALS = EnumSet.of(EntityType.HOSPITAL);
    /** A copula right after an ownership word: 旗下(是/为/系). */
    private static final Pattern COPULA_AFTER = Pattern.compile("^\\s*(?:是|为|系)?");
    /** A copula right before a parent word: P为(A的母公司). */
    private static final Pattern COPULA_BEFORE = Pattern.compile("(?:是|为|系|作为)\\s*$");
    private static final Pattern EN_LEAD = Pattern.compile("(?i)[,\\s]*(?:(?:is|was)\\s+)?(?:the|a)?\\s*$");
    private static final Pattern TOPIC_GAP = Pattern.compile("[^,，;；。]{1,20}[,，]\\s*");
    private static final Pattern UNDER = Pattern.compile("旗下|下属|下辖|控股的|全资的|(?:全资)?控股(?!股东|子公司|公司|集团|权|的)");
    private static final Pattern UNDER_GAP = Pattern.compile(
            "^(?:的)?(?:全资|控股)?(?:子公司|医院|公司|企业|医疗机构|机构|单位)?(?:目前|现|现已|已|共)?(?:拥有|包括|包含|有|如|为)?[::]?");
    private static final Pattern SUBSIDIARY = Pattern.compile("(?:全资|控股)?子公司");
    /** 旗下 opening a clause: after a comma, a short time phrase (收购前, 上市以来) and adverbs (目前, 现, 还 …). */
    private static final Pattern CLAUSE_OPENS = Pattern.compile(
            "[,;]\\s*(?:[^,;。]{0,4}?(?:前|后|时|以来|截至[^,;。]{0,8}))?\\s*(?:目前|现在|现|如今|同时|此外|另外|还|也|其)?\\s*$");
    /** What may come before a sentence's topic: nothing, or a lead such as 资料显示, 据了解, 公开信息显示:. */
    private static final Pattern SENTENCE_LEAD = Pattern.compile(
            "\\s*(?:(?:据了解|据悉|据介绍|另悉|[^,;:。]{0,8}?(?:显示|介绍|披露|表明))\\s*[,:]?)?\\s*");
    /** 旗下除A外,还拥有(控股子公司)B: the 除 that opens the first part, and what joins the second. */
    private static final Pattern BESIDES = Pattern.compile("^\\s*除(?:了)?\\s*");
    private static final Pattern BESIDES_END = Pattern.compile(
            "^\\s*(?:以)?外\\s*,?\\s*(?:还|也|另)?(?:拥有|有|包括)\\s*(?:的)?(?:全资|控股)?(?:子公司|医院|医疗机构)?\\s*[:]?");
    private static final Pattern COPULA = Pattern.compile("成为|是|为|系|作为|属于");
    private static final Pattern HELD = Pattern.compile("由\\s*");
    private static final Pattern HELD_END = Pattern.compile("^\\s*(?:\\([^()]{0,30}\\))?\\s*(?:股份有限公司|有限责任公司|有限公司)?(?:的)?\\s*(?:直接|间接|共同|联合|全面)?(?:全资|绝对|实际)?(?:控股|持股|持有|所有|拥有|控制|举办|投资|设立|兴建|运营|托管|经营|管理)");
    private static final Pattern PRONOUN = Pattern.compile("(?:该|本|其|这家)(?:公司|医院|院|集团|机构|诊所|门诊部|卫生院|中心)|公司|医院|其");
    private static final Pattern MOTHER = Pattern.compile("母公司|控股股东|大股东|控股方|举办方|举办单位|运营方");
    private static final Pattern ACQUIRE = Pattern.compile("(?:完成)?(?:全资)?(?:收购|并购)(?:了)?");
    /** How a buyer pays, between it and 收购: "以现金2.38亿元", "以自有资金", "通过发行股份方式". */
    private static final Pattern MEANS = Pattern.compile("(?:以|通过|使用|拟以)[^,;。]{0,20}?(?:元|资金|现金|方式|股份)\\s*$");
    private static final Pattern ACQUIRED_OBJECT = Pattern.compile("(?:完成|实施)?(?:了)?对\\s*");
    /** "P(与X区签订协议,)托管Y医院": P operates Y under a management contract. */
    private static final Pattern ENTRUSTED = Pattern.compile("(?<!由|被)托管理?(?:了)?\\s*");
    /** "P控股70%": P holds the majority of the hospital in focus. */
    private static final Pattern MAJORITY = Pattern.compile("控股\\s*\\d+(?:\\.\\d+)?\\s*%");
    /** "由P的全资子公司Q举办": the subsidiary between the group and the hospital. */
    private static final Pattern SUBSIDIARY_OF = Pattern.compile("^\\s*(?:的)?(?:全资|控股)?子公司\\s*");
    /** A sentence about "this hospital" (这家以妇产见长的专科医院…): the hospital in focus. */
    private static final Pattern THIS_ONE = Pattern.compile("^\\s*(?:这家|该)[^,;。]{0,24}?(?:医院|诊所|门诊部|中心)");
    private static final Pattern ACQUIRED_END = Pattern.compile("^[^,;。]{0,16}?的(?:收购|并购)");
    private static final Pattern THE_HOSPITAL = Pattern.compile("(?i)(?:^|[.;]\\s*)(?:the|this)\\s+(?:hospital|clinic|medical center|centre)\\s*$");
    /** 隶属(于)P: the org (or 该院 → the one in focus) belongs to P. */
    private static final Pattern BELONGS = Pattern.compile("隶属于|隶属|归属于");
    /** A relative clause before a parent's name: 在上海证券交易所上市的P, 总部位于广州的P. */
    private static final Pattern LISTED_AT = Pattern.compile("^\\s*(?:在|于)[^,;。]{2,20}?(?:上市|挂牌)的\\s*|^\\s*总部(?:位于|设在)[^,;。]{2,12}?的\\s*");
    /** A stake between the parent and 子公司: "公司持股85%的控股子公司". */
    private static final Pattern STAKE = Pattern.compile("(?:持股|持有)?\\s*[\\d.]+\\s*%\\s*(?:股权)?\\s*的?\\s*$");
    /** "P拥有控股子公司A", "P下设全资子公司A". */
    private static final Pattern HAS = Pattern.compile("(?:还|也|另|另外|同时|目前|现|现已|已|共)?(?:拥有|旗下有|下设|下辖|旗下)\\s*(?:的)?\\s*$");
    private static final Pattern GENERIC_PARENT = Pattern.compile("(?:本公司|该公司|公司|集团)\\s*$");
    private static final Pattern NOT_DONE = Pattern.compile("拟|计划|将|或|有意|意向|传|终止|放弃|未能|失败|筹划");
    private static final Pattern PARENT_EN = Pattern.compile("(?i)parent(?: company)? of\\s+(?:the\\s+)?");
    private static final Pattern GROUP_EN = Pattern.compile("(?i)^(two|both|three|four)?\\s*(?:hospitals|medical centers|clinics)");
    /** "Its main subsidiaries include A, B and C": the company in focus owns them. */
    private static final Pattern SUBSIDIARIES_EN = Pattern.compile(
            "(?i)\\b(?:its|the group's|the company's)\\s+(?:main\\s+|major\\s+|principal\\s+|key\\s+)?(?:subsidiaries|hospitals)\\s+(?:include|including|are)\\s+(?:the\\s+)?");
    /** "A is a … hospital in X, founded in 2012 by P (Co., Ltd.)": the company that founded the hospital the sentence is about. */
    private static final Pattern FOUNDED_BY_EN = Pattern.compile("(?i),\\s*(?:founded|established|set up|opened)(?:\\s+in\\s+\\d{4})?\\s+by\\s+(?:the\\s+)?");
    private static final Map<String, Integer> NUMBERS = Map.of("two", 2, "both", 2, "three", 3, "four", 4);
    private static final Pattern CHILD_EN = Pattern.compile("(?i)(?:,\\s*(?:a|an|the)?\\s*(?:wholly[- ]owned\\s+)?subsidiary of|"
            + "\\s+is\\s+(?:now\\s+)?(?:a\\s+)?(?:wholly[- ]owned\\s+)?subsidiary of|,?\\s*(?:is\\s+)?(?:wholly[- ]|majority[- ])?owned by"
            + "|,?\\s*(?:is\\s+)?(?:operated|run|managed|controlled) by|,\\s*(?:a\\s+)?(?:unit|part) of"
            + "|,\\s*(?:the|its)\\s+flagship(?:\\s+hospital)?\\s+of(?:\\s+(?!the\\b)(?-i:[a-z-]+)){0,4})\\s+(?:the\\s+)?");
    /** "P operates nine hospitals, including A and B": P owns A and B. */
    private static final Pattern OPERATES_EN = Pattern.compile(
            "(?i)\\b(?:operates|owns|runs|manages|controls)\\b[^.;]{0,80}?\\bincluding\\s+(?:the\\s+)?");

    /** A majority stake held: "P持有Q70%股权", "X通过全资子公司P持有Q70%股权". */
    private static final Pattern HOLDS = Pattern.compile("(?:直接|间接|合计)?持有|取得|获得|受让");
    /** What may stand between a holder and 持有/取得: an adverb, the means (以增资扩股方式), a clause of its own (出资2.4亿元,). */
    private static final Pattern HOLDER_GAP = Pattern.compile("(?:又|还|再|已|共|也|另)?(?:(?:以|通过)[^,;。]{0,16}?方式|出资[^,;。]{0,12}?,)?\\s*$");
    /** The verbs of running an organisation after 由P: what follows them is run by P (由P全面托管A和B). */
    private static final Pattern RUNS = Pattern.compile("(?:托管|运营|经营|管理)(?:了)?\\s*$");
    private static final Pattern HELD_STAKE = Pattern.compile("^\\s*(?:有限公司)?\\s*(\\d{1,3}(?:\\.\\d+)?)\\s*%\\s*的?股[权份]");
    /** "X通过(全资)子公司": the owner of the subsidiary that holds. */
    private static final Pattern THROUGH_SUBSIDIARY = Pattern.compile("通过(?:其)?(?:全资|控股)?子公司\\s*$");
    /** A row of a table of holdings: "医院名称:A,持股方式:直接持有,持股比例:80%". */
    private static final Pattern HOLDING_ROW = Pattern.compile("持股比例\\s*:|持股方式\\s*:|持股\\s*:");
    /** A stake given in a row: 持股比例:25%. */
    private static final Pattern SHARE = Pattern.compile("持股比例\\s*:\\s*(\\d{1,3}(?:\\.\\d+)?)\\s*%");

    /** "通过P间接持有": the holding company between the owner and the hospital. */
    private static final Pattern THROUGH = Pattern.compile("通过\\s*");

    @Override
    public List<Fact> extract(DocumentView doc) {
        Map<String, Fact> facts = new LinkedHashMap<>();
        for (int i = 0; i < doc.size(); i++) {
            String norm = doc.norm(i);
            under(doc, i, norm, facts);
            belongs(doc, i, norm, facts);
            acquired(doc, i, norm, facts);
            subsidiary(doc, i, norm, facts);
            held(doc, i, norm, facts);
            mother(doc, i, norm, facts);
            english(doc, i, norm, facts);
            holdingRow(doc, i, norm, facts);
            operated(doc, i, norm, facts);
            holds(doc, i, norm, facts);
        }
        return new ArrayList<>(facts.values());
    }

    /**
     * P旗下A和B, P下属A, P控股的A; "P主营…,(目前)旗下(已)拥有A、B等5家医院" (P the topic of the sentence);
     * "旗下除A外,还拥有(控股子公司)B".
     */
    private void under(DocumentView doc, int i, String norm, Map<String, Fact> facts) {
        Matcher m = UNDER.matcher(norm);
        while (m.find()) {
            DocumentView.Span parent = doc.endingAt(i, Chains.skipBack(norm, m.start()), PARENTS);
            boolean topical = parent == null && m.group().equals("旗下");
            if (topical) {
                parent = clauseTopic(doc, i, norm, m.start());
            }
            double confidence = topical ? 0.8 : 0.9;
            if (parent == null) {
                continue;
            }
            Matcher gap = UNDER_GAP.matcher(norm.substring(m.end()));
            int from = m.end() + (gap.find() ? gap.end() : 0);
            Matcher besides = BESIDES.matcher(norm.substring(from));
            if (besides.find()) {
                // 除A外,还拥有B: A and B
                List<DocumentView.Span> also = Chains.after(doc, i, from + besides.end(), ORGS);
                int rest = also.isEmpty() ? -1 : also.get(also.size() - 1).end();
                Matcher more = rest < 0 ? null : BESIDES_END.matcher(norm.substring(rest));
                if (more != null && more.find()) {
                    also = new ArrayList<>(also);
                    also.addAll(Chains.after(doc, i, rest + more.end(), ORGS));
                }
                for (DocumentView.Span child : also) {
                    add(facts, doc, i, child.mention().ref(), parent.mention().ref(), confidence);
                }
                continue;
            }
            List<DocumentView.Span> children = Chains.after(doc, i, from, ORGS);
            DocumentView.Span loose = children.isEmpty() ? doc.placePrefixed(i, from, ORGS) : null;
            children = loose == null ? children : Chains.after(doc, i, loose.begin(), ORGS);
            for (DocumentView.Span child : children) {
                add(facts, doc, i, child.mention().ref(), parent.mention().ref(), confidence);
            }
            EntityRef subject = children.isEmpty() && !topical ? subjectBefore(doc, i, norm, parent.begin()) : null;
            if (subject != null) {
                add(facts, doc, i, subject, parent.mention().ref(), 0.8);
            }
        }
    }

    /**
     * The parent of a clause that opens with 旗下 after a comma ("P主营…业务,(目前)旗下…"): the one company or
     * hospital named before it in the sentence, at its start (or after a lead such as 资料显示,); null if the
     * clause before names another one, or 旗下 does not open a clause.
     */
    private static DocumentView.Span clauseTopic(DocumentView doc, int i, String norm, int at) {
        if (!CLAUSE_OPENS.matcher(norm.substring(0, at)).find()) {
            return null;
        }
        List<DocumentView.Span> before = doc.spans(i, PARENTS).stream().filter(s -> s.end() <= at).toList();
        if (before.isEmpty() || before.stream().map(s -> s.mention().ref()).distinct().count() != 1) {
            return null;
        }
        DocumentView.Span topic = before.get(0);
        return SENTENCE_LEAD.matcher(norm.substring(0, topic.begin())).matches() ? topic : null;
    }

    /** X隶属(于)P, 该院隶属P. */
    private void belongs(DocumentView doc, int i, String norm, Map<String, Fact> facts) {
        Matcher m = BELONGS.matcher(norm);
        while (m.find()) {
            Matcher listed = LISTED_AT.matcher(norm.substring(m.end()));
            DocumentView.Span parent = doc.startingAt(i, m.end() + (listed.find() ? listed.end() : 0), PARENTS);
            if (parent == null) {
                continue;
            }
            DocumentView.Span child = doc.endingAt(i, SanctionTargets.skipAdverbs(norm, m.start()), ORGS);
            if (child == null && PRONOUN.matcher(norm.substring(0, m.start())).find()) {
                child = doc.focus(i, m.start(), ORGS, 3);
            }
            if (child != null) {
                add(facts, doc, i, child.mention().ref(), parent.mention().ref(), child.end() == m.start() ? 0.9 : 0.6);
            }
        }
    }

    /** P(…)托管X: P operates X; "P控股70%": P holds the hospital in focus. */
    private void operated(DocumentView doc, int i, String norm, Map<String, Fact> facts) {
        Matcher t = ENTRUSTED.matcher(norm);
        while (norm.contains("托管") && t.find()) {
            DocumentView.Span parent = lastBefore(doc, i, t.start());
            if (parent != null && !NOT_DONE.matcher(norm.substring(parent.end(), t.start())).find()) {
                for (DocumentView.Span c : Chains.after(doc, i, t.end(), HOSPITALS)) {
                    add(facts, doc, i, c.mention().ref(), parent.mention().ref(), 0.7);
                }
            }
        }
        Matcher majority = MAJORITY.matcher(norm);
        while (majority.find()) {
            DocumentView.Span parent = doc.endingAt(i, majority.start(), COMPANIES);
            DocumentView.Span child = parent == null ? null : doc.focus(i, parent.begin(), HOSPITALS, 2);
            if (child != null && !NOT_DONE.matcher(norm.substring(0, majority.start())).find()) {
                add(facts, doc, i, child.mention().ref(), parent.mention().ref(), 0.6);
            }
        }
    }

    /** The last company of sentence i that ends before {@code pos}: who runs what 托管 names (由P的全资子公司Q全面托管X: Q). */
    private static DocumentView.Span lastBefore(DocumentView doc, int i, int pos) {
        DocumentView.Span last = null;
        for (DocumentView.Span c : doc.spans(i, COMPANIES)) {
            if (c.end() <= pos) {
                last = c;
            }
        }
        return last;
    }

    /** P收购(了)X, P完成(了)对X的收购, X被P收购; not planned or failed deals (拟收购, 终止收购). */
    private void acquired(DocumentView doc, int i, String norm, Map<String, Fact> facts) {
        if (norm.indexOf('购') < 0) {
            return; // both readings need 收购 or 并购
        }
        Matcher m = ACQUIRE.matcher(norm);
        while (m.find()) {
            if (NOT_DONE.matcher(norm.substring(Math.max(0, m.start() - 6), m.start())).find()) {
                continue;
            }
            Matcher means = MEANS.matcher(norm.substring(0, m.start()));
            int verb = means.find() ? means.start() : m.start();
            DocumentView.Span parent = doc.endingAt(i, SanctionTargets.skipAdverbs(norm, verb), PARENTS);
            if (parent == null) {
                continue;
            }
            List<DocumentView.Span> children = Chains.after(doc, i, m.end(), ORGS);
            int bei = parent.begin();
            if (bei > 0 && norm.charAt(bei - 1) == '被') {
                DocumentView.Span child = doc.endingAt(i, bei - 1, ORGS);
                children = child == null ? List.of() : List.of(child);
            }
            for (DocumentView.Span c : children) {
                add(facts, doc, i, c.mention().ref(), parent.mention().ref(), 0.7);
            }
        }
        Matcher o = ACQUIRED_OBJECT.matcher(norm);
        while (o.find()) {
            DocumentView.Span child = doc.startingAt(i, o.end(), ORGS);
            DocumentView.Span parent = doc.endingAt(i, SanctionTargets.skipAdverbs(norm, o.start()), PARENTS);
            if (child != null && parent != null && ACQUIRED_END.matcher(norm.substring(child.end())).find()
                    && !NOT_DONE.matcher(norm.substring(Math.max(0, o.start() - 6), o.start())).find()) {
                add(facts, doc, i, child.mention().ref(), parent.mention().ref(), 0.7);
            }
        }
    }

    /** A是…P的全资子公司; P的全资子公司A. */
    private void subsidiary(DocumentView doc, int i, String norm, Map<String, Fact> facts) {
        Matcher m = SUBSIDIARY.matcher(norm);
        while (m.find()) {
            int back = Chains.skipBack(norm, m.start());
            Matcher stake = STAKE.matcher(norm.substring(0, back));
            back = stake.find() ? stake.start() : back;
            Matcher has = HAS.matcher(norm.substring(0, back));
            back = has.find() ? has.start() : back;
            DocumentView.Span direct = doc.endingAt(i, back, PARENTS);
            int parentAt = direct != null ? direct.begin() : back;
            DocumentView.Span stated = direct != null || !GENERIC_PARENT.matcher(norm.substring(0, back)).find() ? direct
                    : doc.focus(i, back, COMPANIES, 5);
            List<DocumentView.Span> after = Chains.after(doc, i, m.end(), ORGS);
            DocumentView.Span parent = stated == null && !after.isEmpty() ? clauseSubject(doc, i, norm, back) : stated;
            if (parent == null) {
                continue;
            }
            if (!after.isEmpty()) {
                double confidence = stated == null ? 0.7 : 0.9;
                after.forEach(c -> add(facts, doc, i, c.mention().ref(), parent.mention().ref(), confidence));
                continue;
            }
            EntityRef child = subjectBefore(doc, i, norm, parentAt);
            if (child != null) {
                add(facts, doc, i, child, parent.mention().ref(), 0.8);
            }
        }
    }

    /** A由P(的)全资控股; 该公司由P控股. */
    private void held(DocumentView doc, int i, String norm, Map<String, Fact> facts) {
        Matcher m = HELD.matcher(norm);
        while (m.find()) {
            DocumentView.Span parent = doc.startingAt(i, m.end(), PARENTS);
            parent = parent != null ? parent : doc.placePrefixed(i, m.end(), PARENTS);
            Matcher sub = parent == null ? null : SUBSIDIARY_OF.matcher(norm.substring(parent.end()));
            DocumentView.Span subsidiary = sub != null && sub.find() ? doc.startingAt(i, parent.end() + sub.end(), PARENTS) : null;
            parent = subsidiary != null ? subsidiary : parent; // 由P的全资子公司Q举办: Q runs it
            Matcher end = parent == null ? null : HELD_END.matcher(norm.substring(parent.end()));
            if (end == null || !end.find()) {
                continue;
            }
            if (RUNS.matcher(norm.substring(0, parent.end() + end.end())).find()) {
                EntityRef runner = parent.mention().ref();
                List<DocumentView.Span> run = Chains.after(doc, i, parent.end() + end.end(), HOSPITALS);
                run.forEach(c -> add(facts, doc, i, c.mention().ref(), runner, 0.8));
                if (!run.isEmpty()) {
                    continue; // 由P全面托管A和B: P runs A and B
                }
            }
            DocumentView.Span child = doc.endingAt(i, SanctionTargets.skipAdverbs(norm, m.start()), ORGS);
            if (child != null) {
                add(facts, doc, i, child.mention().ref(), parent.mention().ref(), 0.9);
                continue;
            }
            DocumentView.Span subject = clauseOpening(doc, i, norm, m.start());
            if (subject != null && !subject.mention().ref().equals(parent.mention().ref())) {
                add(facts, doc, i, subject.mention().ref(), parent.mention().ref(), 0.8);
                continue;
            }
            Matcher p = PRONOUN.matcher(norm.substring(0, m.start()));
            boolean pronoun = false;
            while (p.find()) {
                pronoun = p.end() == m.start() || DocumentView.filler(norm, p.end(), m.start());
            }
            pronoun |= THIS_ONE.matcher(norm).find() && doc.spans(i, ORGS).stream().noneMatch(x -> x.end() <= m.start());
            DocumentView.Span focus = doc.focus(i, m.start(), ORGS, 3);
            if (pronoun && focus != null && !focus.mention().ref().equals(parent.mention().ref())) {
                add(facts, doc, i, focus.mention().ref(), parent.mention().ref(), 0.6);
            }
        }
    }

    /**
     * The organisation a sentence opens with when {@code pos} starts a later clause of it: "A成立于2016年,由P全资持股".
     * Null when another organisation is named between them.
     */
    private static DocumentView.Span clauseOpening(DocumentView doc, int i, String norm, int pos) {
        if (pos == 0 || !DocumentView.clauseBreak(norm.charAt(pos - 1))) {
            return null;
        }
        List<DocumentView.Span> orgs = doc.spans(i, ORGS).stream().filter(s -> s.end() <= pos).toList();
        DocumentView.Span first = orgs.isEmpty() ? null : orgs.get(0);
        return first != null && orgs.size() == 1 && SENTENCE_LEAD.matcher(norm.substring(0, first.begin())).matches() ? first : null;
    }

    /**
     * A row of a table of holdings: its hospital is held by the company named in "通过P间接持有", else by the company
     * of the sentence that introduces the table ("公司旗下医院情况如下").
     */
    private static void holdingRow(DocumentView doc, int i, String norm, Map<String, Fact> facts) {
        if (!HOLDING_ROW.matcher(norm).find() || minority(norm)) {
            return;
        }
        List<DocumentView.Span> hospitals = doc.spans(i, HOSPITALS);
        if (hospitals.isEmpty()) {
            return;
        }
        Matcher through = THROUGH.matcher(norm);
        DocumentView.Span parent = through.find() ? doc.startingAt(i, through.end(), COMPANIES) : null;
        int intro = i - 1;
        while (parent == null && intro >= 0 && HOLDING_ROW.matcher(doc.norm(intro)).find()) {
            intro--;
        }
        if (parent == null && intro >= 0) {
            parent = doc.focus(intro, doc.norm(intro).length(), COMPANIES, 3);
        }
        if (parent != null) {
            add(facts, doc, i, hospitals.get(0).mention().ref(), parent.mention().ref(), 0.7);
        }
    }

    /** A row of a minority stake (参股公司, 持股比例:25%): no control, so no ownership. */
    private static boolean minority(String norm) {
        Matcher share = SHARE.matcher(norm);
        return norm.contains("参股") || share.find() && Double.parseDouble(share.group(1)) < 50;
    }

    /**
     * "P持有Q70%股权": Q is owned by P when the stake is a majority; "X通过全资子公司P持有Q…": P is X's as well.
     */
    private static void holds(DocumentView doc, int i, String norm, Map<String, Fact> facts) {
        Matcher m = HOLDS.matcher(norm);
        while (m.find()) {
            DocumentView.Span held = doc.startingAt(i, m.end(), ORGS);
            Matcher gap = HOLDER_GAP.matcher(norm.substring(0, m.start()));
            int before = gap.find() ? gap.start() : m.start();
            DocumentView.Span holder = doc.endingAt(i, Chains.skipBack(norm, before), PARENTS);
            Matcher stake = held == null ? null : HELD_STAKE.matcher(norm.substring(held.end()));
            if (holder == null || stake == null || !stake.find() || Double.parseDouble(stake.group(1)) <= 50) {
                continue;
            }
            add(facts, doc, i, held.mention().ref(), holder.mention().ref(), 0.8);
            Matcher through = THROUGH_SUBSIDIARY.matcher(norm.substring(0, holder.begin()));
            if (through.find()) {
                DocumentView.Span owner = doc.endingAt(i, Chains.skipBack(norm, through.start()), PARENTS);
                if (owner != null) {
                    add(facts, doc, i, holder.mention().ref(), owner.mention().ref(), 0.8);
                }
            }
        }
    }

    /** P(A与B的母公司); A的母公司(是)P. */
    private void mother(DocumentView doc, int i, String norm, Map<String, Fact> facts) {
        Matcher m = MOTHER.matcher(norm);
        while (m.find()) {
            boolean of = m.start() > 0 && norm.charAt(m.start() - 1) == '的';
            if (m.start() == 0 || !of && doc.endingAt(i, m.start(), ORGS) == null) {
                continue; // "A的母公司" or, in traditional texts, "A母公司P"
            }
            List<DocumentView.Span> children = Chains.before(doc, i, of ? m.start() - 1 : m.start(), ORGS);
            if (children.isEmpty()) {
                continue;
            }
            int open = children.get(0).begin();
            while (open > 0 && DocumentView.isFiller(norm.charAt(open - 1))) {
                open--;
            }
            DocumentView.Span parent = null;
            if (open > 0 && norm.charAt(open - 1) == '(') {
                parent = doc.endingAt(i, open - 1, PARENTS);
            }
            if (parent == null) {
                Matcher cop = COPULA_AFTER.matcher(norm.substring(m.end()));
                parent = doc.startingAt(i, m.end() + (cop.find() ? cop.end() : 0), PARENTS);
            }
            if (parent == null && of) {
                // "P为A的母公司": the subject before the copula
                Matcher cop = COPULA_BEFORE.matcher(norm.substring(0, open));
                parent = cop.find() ? doc.endingAt(i, SanctionTargets.skipAdverbs(norm, cop.start()), PARENTS) : null;
            }
            if (parent != null) {
                for (DocumentView.Span c : children) {
                    add(facts, doc, i, c.mention().ref(), parent.mention().ref(), 0.9);
                }
            }
        }
    }

    /**
     * P, parent company of A and B / of the two hospitals; A, a subsidiary of P; A is owned by P; A, the
     * flagship of (hospital operator) P; P (the sentence's first company) operates … hospitals, including A and B.
     */
    private void english(DocumentView doc, int i, String norm, Map<String, Fact> facts) {
        if (norm.chars().noneMatch(ch -> ch < 128 && Character.isLetter(ch))) {
            return;
        }
        Matcher m = PARENT_EN.matcher(norm);
        while (m.find()) {
            int back = EN_LEAD.matcher(norm.substring(0, m.start())).replaceAll("").length();
            DocumentView.Span parent = doc.endingAt(i, back, PARENTS);
            if (parent == null) {
                continue;
            }
            List<EntityRef> children = Chains.after(doc, i, m.end(), ORGS).stream().map(s -> s.mention().ref()).toList();
            Matcher group = GROUP_EN.matcher(norm.substring(m.end()));
            if (children.isEmpty() && group.find()) {
                children = hospitalGroup(doc, group.group(1) == null ? 2 : NUMBERS.getOrDefault(group.group(1).toLowerCase(Locale.ROOT), 2));
            }
            for (EntityRef c : children) {
                if (!c.equals(parent.mention().ref())) {
                    add(facts, doc, i, c, parent.mention().ref(), children.size() > 1 ? 0.8 : 0.9);
                }
            }
        }
        Matcher op = OPERATES_EN.matcher(norm);
        while (op.find()) {
            DocumentView.Span parent = null;
            for (DocumentView.Span p : doc.spans(i, COMPANIES)) {
                parent = parent == null && p.end() <= op.start() ? p : parent;
            }
            for (DocumentView.Span child : parent == null ? List.<DocumentView.Span>of() : Chains.after(doc, i, op.end(), ORGS)) {
                if (child.type() == EntityType.HOSPITAL) {
                    add(facts, doc, i, child.mention().ref(), parent.mention().ref(), 0.8);
                }
            }
        }
        Matcher its = SUBSIDIARIES_EN.matcher(norm);
        while (its.find()) {
            DocumentView.Span parent = doc.focus(i, its.start(), COMPANIES, 3);
            for (DocumentView.Span child : parent == null ? List.<DocumentView.Span>of() : Chains.after(doc, i, its.end(), ORGS)) {
                if (!child.mention().ref().equals(parent.mention().ref())) {
                    add(facts, doc, i, child.mention().ref(), parent.mention().ref(), 0.7);
                }
            }
        }
        Matcher founded = FOUNDED_BY_EN.matcher(norm);
        while (founded.find()) {
            DocumentView.Span parent = doc.startingAt(i, founded.end(), COMPANIES);
            List<DocumentView.Span> orgs = doc.spans(i, HOSPITALS);
            DocumentView.Span subject = orgs.isEmpty() || orgs.get(0).begin() > 4 ? null : orgs.get(0);
            if (parent != null && subject != null && subject.end() <= founded.start()) {
                add(facts, doc, i, subject.mention().ref(), parent.mention().ref(), 0.7);
            }
        }
        Matcher c = CHILD_EN.matcher(norm);
        while (c.find()) {
            DocumentView.Span child = doc.endingAt(i, c.start(), ORGS);
            if (child == null && THE_HOSPITAL.matcher(norm.substring(0, c.start())).find()) {
                child = doc.focus(i, c.start(), HOSPITALS, 4);
            }
            DocumentView.Span parent = doc.startingAt(i, c.end(), PARENTS);
            if (child != null && parent != null) {
                add(facts, doc, i, child.mention().ref(), parent.mention().ref(), 0.9);
            }
        }
    }

    /** The subject of a copula sentence "A是…": the nearest org before a 是/为/系 that precedes {@code pos}. */
    private static EntityRef subjectBefore(DocumentView doc, int i, String norm, int pos) {
        Matcher cop = COPULA.matcher(norm.substring(0, pos));
        int at = -1;
        while (cop.find()) {
            at = cop.start();
        }
        if (at < 0 || SanctionTargets.clauseBetween(norm, at, pos)) {
            return null;
        }
        DocumentView.Span child = doc.endingAt(i, SanctionTargets.skipAdverbs(norm, at), ORGS);
        if (child != null) {
            return child.mention().ref();
        }
        DocumentView.Span topic = topicBefore(doc, i, norm, at);
        if (topic != null) {
            return topic.mention().ref();
        }
        Matcher p = PRONOUN.matcher(norm.substring(0, at));
        while (p.find()) {
            if (DocumentView.filler(norm, p.end(), at)) {
                DocumentView.Span focus = doc.focus(i, p.start(), ORGS, 3);
                return focus == null ? null : focus.mention().ref();
            }
        }
        return null;
    }

    /**
     * The company that is the subject of the clause before "…子公司A": "P未及时披露控股子公司A" — the nearest
     * company in the same clause, at most a short verb phrase before.
     */
    private static DocumentView.Span clauseSubject(DocumentView doc, int i, String norm, int back) {
        DocumentView.Span nearest = null;
        for (DocumentView.Span s : doc.spans(i, COMPANIES)) {
            if (s.end() <= back) {
                nearest = s;
            }
        }
        if (nearest == null) {
            return null;
        }
        String between = norm.substring(nearest.end(), back);
        return between.length() <= 12 && between.chars().noneMatch(c -> DocumentView.clauseBreak((char) c)) ? nearest : null;
    }

    /**
     * The topic of "A成立于2016年,系P的全资子公司": the only organisation named in the sentence before the
     * copula, separated from it by a predicate clause and a comma (no other organisation in between).
     */
    private static DocumentView.Span topicBefore(DocumentView doc, int i, String norm, int at) {
        List<DocumentView.Span> before = doc.spans(i, ORGS).stream().filter(s -> s.end() <= at).toList();
        if (before.size() != 1) {
            return null;
        }
        String between = norm.substring(before.get(0).end(), at);
        return TOPIC_GAP.matcher(between).matches() ? before.get(0) : null;
    }

    /** "the two hospitals": the first coordination of exactly {@code n} distinct hospitals in the document. */
    private static List<EntityRef> hospitalGroup(DocumentView doc, int n) {
        Set<EntityType> hospitals = HOSPITALS;
        for (int j = 0; j < doc.size(); j++) {
            for (DocumentView.Span s : doc.spans(j, hospitals)) {
                List<EntityRef> refs = Chains.after(doc, j, s.begin(), hospitals).stream()
                        .map(c -> c.mention().ref()).distinct().toList();
                if (refs.size() == n) {
                    return refs;
                }
            }
        }
        return List.of();
    }

    private static void add(Map<String, Fact> facts, DocumentView doc, int i, EntityRef org, EntityRef parent, double confidence) {
        if (!org.equals(parent)) {
            facts.putIfAbsent(org + "|" + parent, new Ownership(org, parent, doc.sentence(i).evidence(), confidence));
        }
    }
}
