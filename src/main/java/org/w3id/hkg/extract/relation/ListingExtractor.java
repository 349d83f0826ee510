package org.w3id.hkg.extract.relation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hkg.extract.EntityType;
import org.w3id.hkg.extract.Fact;
import org.w3id.hkg.extract.Listing;

/**
 * Listings: a company named right before its stock code — 公司名(000516), 公司名(300015.SZ),
 * 公司名(股票代码:600000), 公司名(00700.HK), 公司名(HK:0700), labelled codes (股票代码:300957, "shares trade under
 * the code 301293", "(SZSE: 301293)": the company named just before). A code with no company named next to it
 * (quote widgets, K-line images) is not a listing. The exchange comes from the code form.
 */
public final class ListingExtractor implements FactRule {
    private static final Set<EntityType> LISTED = EnumSet.of(EntityType.COMPANY, EntityType.HOSPITAL);
    private static final Pattern SPACE = Pattern.compile("\\s");
    private static final Pattern CODE = Pattern.compile(
            "[(\\[]\\s*(?:(?:A股|港股|美股)?(?:股票|证券)?代码\\s*[::]?\\s*)?"
            + "(?:(?<pre>SZ|SH|BJ|HK|sz|sh|bj|hk)\\s*[.:]?\\s*)?(?<code>\\d{6}|\\d{4,5}(?=\\s*\\.?\\s*(?:HK|hk)))"
            + "(?:\\s*\\.\\s*(?<suf>SZ|SH|SS|BJ|HK|sz|sh|ss|bj|hk))?\\s*[)\\]]"
            + "|[(\\[]\\s*(?:港股|H股)(?:股票)?代码\\s*[::]?\\s*(?<hk>\\d{4,5})\\s*[)\\]]"
            + "|[,\\s]\\s*(?:股票|证券)代码\\s*[::]?\\s*(?<code2>\\d{6})(?!\\d)"
            + "|(?<![\\d.])(?<code3>\\d{6}|\\d{4,5}(?=\\.(?:HK|hk)))\\.(?<suf3>SZ|SH|SS|BJ|HK|sz|sh|ss|bj|hk)(?![A-Za-z])");

    /** A labelled code anywhere: "股票代码:300957", "股份代號:03928.HK" (company: the one named just before). */
    private static final Pattern LABEL = Pattern.compile("(?:(?i:ticker|stock code|stock symbol|(?:under|with) the (?:stock |share )?"
            + "(?:code|ticker|symbol)|(?:SZSE|SSE|SHSE|HKEX|SEHK|BSE)\\s*:)\\s*(?:symbol)?|(?:股票|证券|股份)代[码号])\\s*[::]?\\s*(\\d{6}|\\d{4,5}(?:\\s*\\.\\s*HK)?)(?![\\d])");
    private static final Pattern HEADER_REST = Pattern.compile("^\\s*[,;]?\\s*(?:证券|股票)简称");
    /** An announcement header: "证券代码:000787 证券简称:X". */
    private static final Pattern HEADER = Pattern.compile("(?:证券|股票)代码\\s*[::]\\s*(\\d{6})\\s*[,;]?\\s*(?:证券|股票)简称\\s*[::]\\s*");

    private final WordTable exchanges;

    public ListingExtractor(WordTable exchanges) {
        this.exchanges = exchanges;
    }

    /** Whether {@code norm} has a run of {@code n} ASCII digits. */
    static boolean hasDigits(String norm, int n) {
        int run = 0;
        for (int k = 0; k < norm.length() && run < n; k++) {
            run = norm.charAt(k) >= '0' && norm.charAt(k) <= '9' ? run + 1 : 0;
        }
        return run >= n;
    }

    @Override
    public List<Fact> extract(DocumentView doc) {
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < doc.size(); i++) {
            if (!hasDigits(doc.norm(i), 4)) {
                continue; // every ticker has four digits or more
            }
            Matcher h = HEADER.matcher(doc.norm(i));
            while (h.find()) {
                DocumentView.Span company = doc.startingAt(i, h.end(), LISTED);
                if (company != null) {
                    facts.add(new Listing(company.mention().ref(), h.group(1), exchange(h.group(1), null),
                            doc.sentence(i).evidence(), 0.9));
                }
            }
            Matcher label = LABEL.matcher(doc.norm(i));
            while (label.find()) {
                if (HEADER_REST.matcher(doc.norm(i).substring(label.end())).find() || inParentheses(doc.norm(i), label.start())) {
                    continue;
                }
                DocumentView.Span company = nearestBefore(doc, i, label.start());
                String code = SPACE.matcher(label.group(1)).replaceAll("");
                if (company != null) {
                    facts.add(new Listing(company.mention().ref(), ticker(code, code.endsWith(".HK") ? "HK" : null),
                            exchange(code.replace(".HK", ""), code.endsWith(".HK") ? "HK" : null), doc.sentence(i).evidence(), 0.8));
                }
            }
            Matcher m = CODE.matcher(doc.norm(i));
            while (m.find()) {
                DocumentView.Span company = doc.endingAt(i, m.start(), LISTED);
                if (company == null && m.group().charAt(0) != '(' && m.group().charAt(0) != '[') {
                    company = doc.endingAt(i, m.start() + 1, LISTED);
                }
                if (company == null) {
                    continue;
                }
                String code = first(m.group("code"), m.group("code2"), m.group("code3"), m.group("hk"));
                String form = m.group("hk") != null ? "HK" : first(m.group("suf"), m.group("suf3"), m.group("pre"));
                facts.add(new Listing(company.mention().ref(), ticker(code, first(m.group("suf"), m.group("suf3"))),
                        exchange(code, form), doc.sentence(i).evidence(), 0.9));
            }
        }
        return facts;
    }

    /** The ticker as written: bare for mainland codes (300015 of 300015.SZ), "2178.HK" where the text says so. */
    private static String ticker(String code, String suffix) {
        return suffix != null && suffix.equalsIgnoreCase("HK") ? code.replace(".HK", "") + ".HK" : code;
    }

    /** True when the label at {@code pos} is inside a bracket the code pattern reads whole: "X(股票代码:600000)". */
    private static boolean inParentheses(String norm, int pos) {
        int open = norm.lastIndexOf('(', pos);
        if (open < 0 || norm.lastIndexOf(')', pos) > open) {
            return false;
        }
        Matcher c = CODE.matcher(norm);
        c.region(open, norm.length());
        return c.lookingAt();
    }

    /** The company named last before {@code pos} in sentence i, within 40 characters (90 in English). */
    private static DocumentView.Span nearestBefore(DocumentView doc, int i, int pos) {
        DocumentView.Span best = null;
        for (DocumentView.Span s : doc.spans(i, LISTED)) {
            if (s.end() <= pos && pos - s.end() <= (doc.english() ? 90 : 40)) {
                best = s;
            }
        }
        return best;
    }

    /** The exchange code of a ticker: from its suffix or prefix (.SZ, HK:) else from its first digit. */
    String exchange(String code, String form) {
        List<String> keys = new ArrayList<>();
        if (form != null) {
            String f = form.toUpperCase(Locale.ROOT);
            keys.add("." + f);
            keys.add(f);
        }
        if (code.length() < 6) {
            keys.add(".HK");
        }
        keys.add(code.substring(0, 1));
        for (String key : keys) {
            for (WordTable.Entry e : exchanges.entries()) {
                if (e.word().equals(key)) {
                    return e.code();
                }
            }
        }
        return null;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
