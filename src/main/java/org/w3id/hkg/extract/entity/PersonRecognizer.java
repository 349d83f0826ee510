package org.w3id.hkg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hkg.extract.EntityType;

/**
 * Chinese person names: a name HanLP's recognisers tag ({@code nr}, {@code nrf}), a name written
 * with {@code ·} (约翰·史密斯), or two or three characters starting with a common family name right
 * after a role word; each is kept only when the context confirms it: a role word right before or
 * after (董事长刘建国, 调度员X, 女生X) or a speech verb after (X表示). Pseudonyms (X某, X某某) and
 * bylines (记者 X, 编辑 X, a name alone in brackets) are rejected. Stateless.
 */
public final class PersonRecognizer {
    private static final Set<String> SPEECH = Set.of("表示", "说", "说道", "称", "指出", "认为", "介绍", "强调",
            "透露", "坦言", "回应", "告诉");
    /** A family name with a polite form or a mask is not a name: 刘女士, 王先生, 张某某. */
    private static final Pattern POLITE = Pattern.compile("某|女士|先生|小姐|阿姨|大爷|老师|师傅|医生$");
    private static final Set<String> TAKES_ROLE = Set.of("担任", "出任", "兼任", "接任", "升任", "调任", "任职", "当选");
    private static final Pattern DOTTED = Pattern.compile("\\p{IsHan}{1,6}(?:·\\p{IsHan}{1,6})+");

    private final NameData data;

    public PersonRecognizer(NameData data) {
        this.data = data;
    }

    /** Person names in {@code text} segmented as {@code tokens}. */
    public List<Candidate> find(String text, List<Token> tokens) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = DOTTED.matcher(text);
        while (m.find()) {
            int b = trimRole(text, m.start(), m.end());
            int e = m.end();
            for (String v : SPEECH) {
                if (text.substring(b, e).endsWith(v) && e - v.length() > text.lastIndexOf('·', e - 1) + 1) {
                    e -= v.length();
                    break;
                }
            }
            if (confirmed(text, tokens, b, e)) {
                out.add(person(b, e, text));
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (covered(out, t.start())) {
                continue;
            }
            int b = surnameBefore(tokens, i);
            if ((t.is("nr") || t.is("nrf")) && plausible(t.word()) && confirmed(text, tokens, b, t.end())) {
                out.add(person(b, t.end(), text));
            } else if (isRole(t.word()) || t.is("nnt")) {
                int end = nameAfterRole(text, tokens, i);
                if (end > 0 && !covered(out, t.end())) {
                    out.add(person(t.end(), end, text));
                }
            }
        }
        return out;
    }

    /** Where a name starts when the segmenter split off its family name (张/真颖): the surname's start, else the token's. */
    private int surnameBefore(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (i > 0 && t.word().length() <= 2) {
            Token prev = tokens.get(i - 1);
            if (prev.end() == t.start() && prev.word().length() == 1 && data.surnames().contains(prev.word())
                    && !prev.is("nnt") && !prev.is("p") && !prev.is("c")) {
                Token before = i > 1 ? tokens.get(i - 2) : null;
                if (before != null && (isRole(before.word()) || before.is("nnt"))) {
                    return prev.start();
                }
            }
        }
        return t.start();
    }

    private static Candidate person(int b, int e, String text) {
        return new Candidate(b, e, text.substring(b, e), EntityType.PERSON, Candidate.Kind.PERSON, null, Set.of(), 0.8);
    }

    /** A dotted name may start with the role word glued to it by the regex: 总监约翰·史密斯 → 约翰·史密斯. */
    private int trimRole(String text, int b, int e) {
        int dot = text.indexOf('·', b);
        for (int k = b; k < dot - 1; k++) {
            if (isRole(text.substring(b, k + 1)) || text.substring(b, k + 1).endsWith("总监")) {
                return k + 1;
            }
        }
        for (String r : data.roles()) {
            int at = text.substring(b, dot).indexOf(r);
            if (at >= 0) {
                return Math.max(b, b + at + r.length());
            }
        }
        return b;
    }

    private boolean plausible(String w) {
        return w.length() >= 2 && !POLITE.matcher(w).find() && w.length() <= 8 && !w.contains("某") && w.codePoints().allMatch(
                cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || cp == '·');
    }

    private int nameAfterRole(String text, List<Token> tokens, int roleIndex) {
        int j = roleIndex + 1;
        int start = j < tokens.size() ? tokens.get(j).start() : -1;
        int end = start;
        while (j < tokens.size() && end - start < 3) {
            Token t = tokens.get(j);
            if (t.is("w") || t.is("p") || t.is("v") || t.is("d") || t.is("c") || t.is("u") || t.is("nnt")
                    || SPEECH.contains(t.word()) || !t.word().codePoints().allMatch(
                            cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                break;
            }
            end = t.end();
            j++;
        }
        if (start < 0 || end - start < 2 || end - start > 3) {
            return -1;
        }
        String name = text.substring(start, end);
        if (j - roleIndex == 2 && !tokens.get(roleIndex + 1).is("nr")) {
            return -1;
        }
        if (!plausible(name)) {
            return -1;
        }
        boolean surname = data.surnames().contains(name.substring(0, 1)) || data.surnames().contains(name.substring(0, 2));
        boolean boundary = j >= tokens.size() || tokens.get(j).is("w") || tokens.get(j).is("p")
                || tokens.get(j).is("v") || tokens.get(j).is("d") || SPEECH.contains(tokens.get(j).word());
        return surname && boundary && !name.contains("某") && !data.generic().contains(name) ? end : -1;
    }

    private boolean confirmed(String text, List<Token> tokens, int b, int e) {
        Token before = previous(tokens, b);
        Token after = next(tokens, e);
        if (before != null && (isByline(before.word()) || before.word().equals("(") && after != null && after.word().equals(")"))) {
            return false;
        }
        if (before != null && (isRole(before.word()) || before.is("nnt"))) {
            return true;
        }
        return after != null && (isRole(after.word()) || after.is("nnt") || SPEECH.contains(after.word()))
                || takesRoleSoon(tokens, e);
    }

    /** X担任, X自2019年起担任, X于3月出任: a verb of taking a role within a few words after the name. */
    private static boolean takesRoleSoon(List<Token> tokens, int e) {
        int seen = 0;
        for (Token t : tokens) {
            if (t.start() < e) {
                continue;
            }
            if (TAKES_ROLE.contains(t.word())) {
                return true;
            }
            if (t.is("w") || ++seen > 5) {
                return false;
            }
        }
        return false;
    }

    private boolean isRole(String w) {
        if (data.roles().contains(w)) {
            return true;
        }
        for (String r : data.roles()) {
            if (r.length() >= 2 && w.length() > r.length() && w.endsWith(r)) {
                return true;
            }
        }
        return false;
    }

    private boolean isByline(String w) {
        return data.bylineWords().contains(w) || data.bylineWords().stream().anyMatch(w::endsWith);
    }

    private static Token previous(List<Token> tokens, int pos) {
        Token found = null;
        for (Token t : tokens) {
            if (t.end() <= pos && !t.word().isBlank()) {
                found = t;
            }
        }
        return found;
    }

    private static Token next(List<Token> tokens, int pos) {
        for (Token t : tokens) {
            if (t.start() >= pos && !t.word().isBlank()) {
                return t;
            }
        }
        return null;
    }

    private static boolean covered(List<Candidate> out, int pos) {
        return out.stream().anyMatch(c -> c.begin() <= pos && pos < c.end());
    }
}
