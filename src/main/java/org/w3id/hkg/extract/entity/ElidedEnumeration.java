package org.w3id.hkg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3id.hkg.extract.EntityType;

/**
 * Enumerated places sharing one name head (甲区、乙区人民医院; 甲旗、乙旗X医院): the name written in
 * full starts with a place ending in 区/县/旗/市; each bare place of the same kind listed before it
 * with 、 names the organisation formed by that place and the shared rest. The mention is the bare
 * place; its name is the full name. Stateless.
 */
final class ElidedEnumeration {
    private static final String ADMIN = "区县旗市";
    private static final Set<String> BOUNDARY_TAGS = Set.of("w", "p", "c", "u", "v", "d", "cc", "pbei");

    /** The elided names before the candidates of {@code found}, none overlapping them. */
    List<Candidate> expand(String text, List<Token> tokens, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : found) {
            if (c.kind() != Candidate.Kind.NAME || c.type() == EntityType.PERSON || !text.startsWith(c.name(), c.begin())) {
                continue;
            }
            int head = headPlaceEnd(c.name());
            if (head < 0) {
                continue;
            }
            char admin = c.name().charAt(head - 1);
            String rest = c.name().substring(head);
            int at = c.begin();
            while (at > 0 && text.charAt(at - 1) == '、') {
                int qStart = placeBefore(text, tokens, at - 1, admin);
                if (qStart < 0 || overlaps(found, qStart, at - 1) || overlaps(out, qStart, at - 1)) {
                    break;
                }
                String place = text.substring(qStart, at - 1);
                out.add(new Candidate(qStart, at - 1, place + rest, c.type(), Candidate.Kind.NAME, null, Set.of(), 0.8));
                at = qStart;
            }
        }
        return out;
    }

    /** The end of the leading place of a name: its first 区/县/旗/市 within six characters, after two or more. */
    private static int headPlaceEnd(String name) {
        for (int i = 2; i < Math.min(name.length() - 2, 7); i++) {
            if (ADMIN.indexOf(name.charAt(i - 1)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The start of a bare place of the same kind ending at {@code end}: token-aligned, 2-6 Han characters, bounded on the left. */
    private static int placeBefore(String text, List<Token> tokens, int end, char admin) {
        if (end < 2 || text.charAt(end - 1) != admin) {
            return -1;
        }
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.end() > end || t.start() < end - 6) {
                continue;
            }
            String q = text.substring(t.start(), end);
            if (q.length() < 2 || !q.chars().allMatch(ch -> OrgGrammar.isHan((char) ch))) {
                continue;
            }
            boolean single = t.end() == end && (t.is("ns") || Lexicon.isPlace(t.word()));
            boolean bounded = i == 0 || BOUNDARY_TAGS.contains(tokens.get(i - 1).nature())
                    || !OrgGrammar.isHan(text.charAt(t.start() - 1));
            if (single && bounded || bounded && q.length() >= 3) {
                return t.start();
            }
        }
        return -1;
    }

    private static boolean overlaps(List<Candidate> cs, int b, int e) {
        return cs.stream().anyMatch(c -> c.begin() < e && b < c.end());
    }
}
