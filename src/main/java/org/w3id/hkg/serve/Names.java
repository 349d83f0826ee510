package org.w3id.hkg.serve;

import java.util.Map;
import org.w3id.hkg.vocab.HKG;

/** Bilingual (Chinese / English) names of the classes and properties shown on the pages. */
final class Names {
    private static final Map<String, String[]> TERMS = Map.ofEntries(
            e("Hospital", "医院", "Hospital"), e("Company", "公司", "Company"),
            e("Regulator", "监管机构", "Regulator"), e("Alliance", "医院联盟", "Alliance"),
            e("Person", "人物", "Person"), e("NewsArticle", "新闻报道", "News article"),
            e("Ownership", "控股关系", "Ownership"), e("Membership", "联盟成员", "Membership"),
            e("Incident", "医疗事件", "Incident"), e("Sanction", "处罚", "Sanction"),
            e("Listing", "上市", "Listing"), e("Post", "任职", "Post"), e("Fact", "事实", "Fact"),
            e("subsidiary", "子公司", "subsidiary"), e("parent", "母公司", "parent"),
            e("parentOrganization", "上级机构", "parent organization"),
            e("member", "成员", "member"), e("alliance", "联盟", "alliance"), e("since", "加入时间", "since"),
            e("memberOf", "所属联盟", "member of"),
            e("organization", "涉事机构", "organization"), e("outcome", "后果", "outcome"),
            e("date", "日期", "date"), e("target", "处罚对象", "target"), e("measure", "处罚措施", "measure"),
            e("issuer", "处罚机关", "issuer"), e("company", "公司", "company"), e("ticker", "股票代码", "ticker"),
            e("exchange", "交易所", "exchange"), e("heldBy", "任职者", "held by"), e("postIn", "任职机构", "post in"),
            e("roleLabel", "职务", "role"), e("holds", "担任", "holds"), e("pinyin", "拼音", "pinyin"),
            e("mentionedIn", "见于", "mentioned in"), e("source", "来源", "source"),
            e("evidence", "证据句", "evidence"), e("confidence", "置信度", "confidence"));

    /** Terms of other vocabularies, by full IRI. */
    private static final Map<String, String[]> OTHER = Map.of(
            "http://purl.org/dc/terms/title", new String[] {"标题", "title"},
            "http://purl.org/dc/terms/issued", new String[] {"发布日期", "issued"},
            "http://purl.org/dc/terms/language", new String[] {"语言", "language"},
            "https://schema.org/author", new String[] {"作者", "author"},
            "https://schema.org/publisher", new String[] {"发布者", "publisher"},
            "https://schema.org/url", new String[] {"原文链接", "original URL"},
            "https://schema.org/NewsArticle", new String[] {"schema:NewsArticle", ""},
            "http://www.w3.org/2004/02/skos/core#notation", new String[] {"代码", "code"},
            "http://www.w3.org/2004/02/skos/core#inScheme", new String[] {"代码表", "scheme"});

    private Names() {
    }

    private static Map.Entry<String, String[]> e(String local, String zh, String en) {
        return Map.entry(local, new String[] {zh, en});
    }

    /** "中文 English" for an hkg term, else the local name of the IRI. */
    static String of(String iri) {
        String[] other = OTHER.get(iri);
        if (other != null) {
            return (other[0] + " " + other[1]).strip();
        }
        String local = localName(iri);
        if (iri.startsWith(HKG.NS)) {
            String[] t = TERMS.get(local);
            if (t != null) {
                return t[0] + " " + t[1];
            }
        }
        return local;
    }

    /** Chinese name of an hkg term, else its local name. */
    static String zh(String iri) {
        String[] t = iri.startsWith(HKG.NS) ? TERMS.get(localName(iri)) : OTHER.get(iri);
        return t == null ? localName(iri) : t[0];
    }

    static String localName(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return i >= 0 && i < iri.length() - 1 ? iri.substring(i + 1) : iri;
    }
}
