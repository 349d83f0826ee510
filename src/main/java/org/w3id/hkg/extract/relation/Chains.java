package org.w3id.hkg.extract.relation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hkg.extract.EntityType;

/**
 * Coordinated mentions: "A和B", "A、B及C", "A与B", "A, B and C". "与" after "和"/"、" ends a chain (in
 * "A和B与C签署" C is the partner, not a third subject). Pure functions over a {@link DocumentView}.
 */
final class Chains {
    private static final Pattern AFTER = Pattern.compile("^\\s*(?:以及|及|和|与|同|跟|、|&|,?\\s*and\\s+|,\\s*)\\s*");
    private static final Pattern BEFORE = Pattern.compile("\\s*(?:以及|及|和|与|跟|、|&|,?\\s+and|,)\\s*$");

    /** "A与B签署协议": after 与 (同, 跟) and before a verb of cooperation, B is a partner, not one of the chain. */
    private static final Pattern PARTNER = Pattern.compile("与|同|跟");
    private static final Pattern COOPERATE = Pattern.compile("^\\s*(?:正式|共同|联合|已|将)?\\s*(?:签署|签订|签约|合作|达成|携手|共建|开展|建立|举行|进行|合办)");

    private Chains() {
    }

    /** The chain of spans of {@code types} starting at {@code pos} (after filler), empty if none starts there. */
    static List<DocumentView.Span> after(DocumentView doc, int i, int pos, Set<EntityType> types) {
        List<DocumentView.Span> chain = new ArrayList<>();
        String norm = doc.norm(i);
        DocumentView.Span s = doc.startingAt(i, pos, types);
        boolean listed = false;
        String last = "";
        while (s != null) {
            chain.add(s);
            int end = bracketedSame(doc, i, s, types);
            Matcher m = AFTER.matcher(norm.substring(end));
            if (!m.find() || (listed && m.group().trim().equals("与")) || (!doc.english() && m.group().trim().equals(","))) {
                break;
            }
            last = m.group().trim();
            listed |= !last.equals("与");
            s = doc.startingAt(i, end + m.end(), types);
        }
        if (chain.size() > 1 && PARTNER.matcher(last).matches()
                && COOPERATE.matcher(norm.substring(chain.get(chain.size() - 1).end())).find()) {
            chain.remove(chain.size() - 1);
        }
        return chain;
    }

    /** Where span s ends, with the same entity's other name in brackets after it (A Hospital (A医院)). */
    private static int bracketedSame(DocumentView doc, int i, DocumentView.Span s, Set<EntityType> types) {
        String norm = doc.norm(i);
        int open = s.end();
        while (open < norm.length() && norm.charAt(open) == ' ') {
            open++;
        }
        if (open >= norm.length() || norm.charAt(open) != '(') {
            return s.end();
        }
        DocumentView.Span inner = doc.startingAt(i, open + 1, types);
        boolean same = inner != null && inner.mention().ref().equals(s.mention().ref())
                && inner.end() < norm.length() && norm.charAt(inner.end()) == ')';
        return same ? inner.end() + 1 : s.end();
    }

    /** The chain of spans of {@code types} ending at {@code pos} (before filler), in text order. */
    static List<DocumentView.Span> before(DocumentView doc, int i, int pos, Set<EntityType> types) {
        List<DocumentView.Span> chain = new ArrayList<>();
        String norm = doc.norm(i);
        DocumentView.Span s = doc.endingAt(i, pos, types);
        while (s != null) {
            chain.add(s);
            Matcher m = BEFORE.matcher(norm.substring(0, s.begin()));
            boolean found = m.find();
            // a place character the recogniser left out of the name ("、" + P + "XY医院" where PX is the place): skip up to two after 、
            for (int k = 1; !found && !doc.english() && k <= 2 && s.begin() - k > 0
                    && Character.isIdeographic(norm.charAt(s.begin() - k)); k++) {
                m = BEFORE.matcher(norm.substring(0, s.begin() - k));
                found = m.find() && "、".equals(m.group().trim());
            }
            if (!found || (!doc.english() && m.group().trim().equals(","))) {
                break;
            }
            s = doc.endingAt(i, m.start(), types);
        }
        Collections.reverse(chain);
        return chain;
    }

    /** Position before a "(...)" group and a "的" that end at {@code pos}: "P(…)的" → the end of P. */
    static int skipBack(String norm, int pos) {
        int p = pos;
        while (p > 0 && DocumentView.isFiller(norm.charAt(p - 1))) {
            p--;
        }
        if (p > 0 && norm.charAt(p - 1) == '的') {
            p--;
        }
        if (p > 0 && norm.charAt(p - 1) == ')') {
            int open = norm.lastIndexOf('(', p - 1);
            if (open >= 0) {
                p = open;
            }
        }
        return p;
    }
}
