package org.w3id.hkg.extract.entity;

import java.util.ArrayList;
import java.util.Arrays;
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
    private static final String NOT_NAME_CHARS = "被在是的和与等说称也都就还又已将于对向从因为把让给及或并而了着过";
    /** Words before a person in a decision: 免去X职务, 给予X警告, 对X作出处理. */
    private static final Set<String> SANCTION_CONTEXT = Set.of("免去", "给予", "对", "撤销", "任命", "开除", "吊销");
    private static final Set<String> COPULA = Set.of("为", "是", "系");
    private static final Set<String> TAKES_ROLE = Set.of("担任", "出任", "兼任", "接任", "升任", "调任", "任职", "当选");
    /** An appointment's object: 聘任Y为, 任命Y同志为, 免去Y的…职务. */
    private static final Pattern APPOINTED = Pattern.compile(
            "(?:聘任|任命|提名|聘请|委任|推选|选举|免去)(\\p{IsHan}{2,4}?)(?:同志)?(?:为|担任|的|同志)");
    /** An appointment's subject after a clause boundary: ,Y被聘任为, ;Y被任命为, Y被免去. */
    private static final Pattern APPOINTED_SUBJECT = Pattern.compile(
            "(?:^|[,;。:、\\s])(\\p{IsHan}{2,4}?)(?:同志)?被(?:聘任|任命|提名|选举|推选|委任|免去|聘为|选为|免职|撤职)");
    /** A name after its label: 姓名:Y (a table row of people, a fact sheet). */
    private static final Pattern NAME_LABEL = Pattern.compile("(?:^|[,;\\s])(?:姓名|名字)\\s*:\\s*(\\p{IsHan}{2,4}?)(?=[,;。\\s]|$)");
    /** A label of people then their names, 、-separated, to the end of the clause. */
    private static final Pattern PEOPLE_LIST = Pattern.compile(
            "(?:专家|成员|委员|评委|人员)(?:名单)?\\s*:\\s*(\\p{IsHan}{2,3}(?:、\\p{IsHan}{2,3})+)(?=[。;,\\s]|$)");
    private static final Pattern DOTTED = Pattern.compile("\\p{IsHan}{1,6}(?:·\\p{IsHan}{1,6})+");

    private final NameData data;

    public PersonRecognizer(NameData data) {
        this.data = data;
    }

    /** Person names in {@code text} segmented as {@code tokens}. */
    public List<Candidate> find(String text, List<Token> tokens) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = DOTTED.matcher(text);
        boolean dotted = text.indexOf('·') >= 0;
        while (dotted && m.find()) {
            int b = dottedStart(tokens, trimRole(text, m.start(), m.end()), text.indexOf('·', m.start()));
            int e = dottedEnd(text, m.end());
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
            int compound = compoundSurnameName(tokens, i);
            if (compound > 0 && plausible(text.substring(t.start(), compound))
                    && (confirmed(text, tokens, t.start(), compound) || roleWritten(text, t.start()))) {
                out.add(person(t.start(), compound, text));
                continue;
            }
            int pair = singleCharacterPair(tokens, i);
            if (pair > 0 && plausible(text.substring(t.start(), pair)) && confirmed(text, tokens, t.start(), pair)) {
                out.add(person(t.start(), pair, text)); // 刘/nz 珊/ng 不再担任…
                continue;
            }
            int b = surnameBefore(tokens, i);
            int e = fourCharacterName(tokens, i, givenNameCompleted(tokens, i, speechTrimmed(text, t)));
            e = speechSplit(text, tokens, i, e);
            int untitled = titleEnd(text, t, b, e);
            if (untitled > b) {
                out.add(person(untitled, e, text)); // 董事/长田振/国: 长 ends the title 董事长, the name is 田振国
                continue;
            }
            boolean named = (t.is("nr") || t.is("nrf")) && (plausible(text.substring(b, e)) || titledName(text, tokens, i, b, e))
                    && !department(text, tokens, e);
            if (named && confirmed(text, tokens, b, e)) {
                out.add(person(b, e, text));
            } else if ((isRole(t.word()) || t.is("nnt")) && !isByline(t.word())) {
                int end = nameAfterRole(text, tokens, i);
                int start = i + 1 < tokens.size() && (tokens.get(i + 1).word().equals(":") || tokens.get(i + 1).word().isBlank())
                        ? tokens.get(i + 1).end() : t.end();
                if (end > 0 && i + 1 < tokens.size() && tokens.get(i + 1).start() == start && tokens.get(i + 1).end() == end) {
                    end = fourCharacterName(tokens, i + 1, end); // 副院长卓玛/央/金出任
                }
                if (end > 0 && !covered(out, start)) {
                    out.add(person(start, end, text));
                }
            }
        }
        framed(text, APPOINTED, out);
        framed(text, APPOINTED_SUBJECT, out);
        framed(text, NAME_LABEL, out);
        listed(text, out);
        return out;
    }

    /**
     * Names listed after a label of people (评审专家名单:A、B、C; 小组成员:A、B): each item of two or three
     * characters that starts with a family name, when every item of the list does.
     */
    private void listed(String text, List<Candidate> out) {
        Matcher m = PEOPLE_LIST.matcher(text);
        while (m.find()) {
            String[] items = m.group(1).split("、");
            if (!Arrays.stream(items).allMatch(w -> plausible(w) && data.surnames().contains(w.substring(0, 1)))) {
                continue;
            }
            int at = m.start(1);
            for (String w : items) {
                int b = at;
                int e = at + w.length();
                out.removeIf(c -> c.begin() < e && b < c.end());
                out.add(person(b, e, text));
                at = e + 1;
            }
        }
    }

    /**
     * Names an appointment frames (聘任蒲/怀瑾为, 覃/思源被聘任为, 免去欧阳牧之的…职务) or a label names (姓名:Y), whatever
     * the segmenter made of them: they replace the shorter names found inside.
     */
    private void framed(String text, Pattern frame, List<Candidate> out) {
        Matcher m = frame.matcher(text);
        while (m.find()) {
            int b = m.start(1);
            int e = m.end(1);
            String name = m.group(1);
            boolean compound = name.length() < 4 || data.surnames().contains(name.substring(0, 2));
            if (!compound || !plausible(name) || NOT_NAME_CHARS.indexOf(name.charAt(name.length() - 1)) >= 0
                    || out.stream().anyMatch(c -> c.begin() == b && c.end() == e)) {
                continue;
            }
            out.removeIf(c -> c.begin() < e && b < c.end());
            out.add(person(b, e, text));
        }
    }

    /**
     * Where a name with a two-character family name ends when the segmenter cut its given name off
     * (欧阳/建国, 上官/秀英, 司马明/辉, 欧阳牧/之): the family name alone then a one- or two-character word, or the
     * family name and one character then a lone character before a boundary (punctuation, a verb, a
     * role word, a speech verb). -1 when token i starts no such name.
     */
    private int compoundSurnameName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.word();
        if (w.length() < 2 || w.length() > 3 || !data.surnames().contains(w.substring(0, 2)) || i + 1 >= tokens.size()) {
            return -1;
        }
        Token next = tokens.get(i + 1);
        Token after = i + 2 < tokens.size() ? tokens.get(i + 2) : null;
        boolean given = next.start() == t.end() && next.word().length() <= (w.length() == 2 ? 2 : 1)
                && next.word().codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                && !(next.word().length() == 1 && NOT_NAME_CHARS.indexOf(next.word().charAt(0)) >= 0)
                && !next.is("w") && !next.is("p") && !next.is("c") && !next.is("cc") && !(next.is("u") && !next.word().equals("之"))
                && !next.is("nnt")
                && !isRole(next.word()) && !SPEECH.contains(next.word()) && !TAKES_ROLE.contains(next.word());
        boolean boundary = after == null || after.is("w") || after.is("p") || after.is("c") || after.is("cc")
                || after.is("v") || after.is("vn") || after.is("d") || after.is("nnt") || isRole(after.word())
                || SPEECH.contains(after.word()) || TAKES_ROLE.contains(after.word()) || after.word().length() >= 2;
        return given && boundary ? next.end() : -1;
    }

    /**
     * A three-character name the segmenter tags as one, without a common family name (as Mongolian and
     * Tibetan names often are), between a title the segmenter tags as one (nnt: 副主任, 院长, not 患者) and a
     * verb or an adverb: 副主任萨仁娜表示, 董事长那日苏最后拍板.
     */
    private boolean titledName(String text, List<Token> tokens, int i, int b, int e) {
        Token before = previous(tokens, b);
        Token after = next(tokens, e);
        String w = text.substring(b, e);
        return w.length() == 3 && !surnameFirst(w) && !POLITE.matcher(w).find() && b == tokens.get(i).start()
                && before != null && before.is("nnt") && after != null
                && (after.isAny("v", "d", "f") || SPEECH.contains(after.word()))
                && w.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                && NOT_NAME_CHARS.indexOf(w.charAt(0)) < 0 && !data.generic().contains(w);
    }

    /**
     * Where a name starts when the segmenter glued the last character of a title to it (董事/长田振/国, 院/长王/力):
     * after that character, when the title is written whole and the rest is a plausible name; else {@code b}.
     */
    private int titleEnd(String text, Token t, int b, int e) {
        if (b != t.start() || !(t.is("nr") || t.is("nrf")) || e - b < 3 || !roleWritten(text, b + 1)) {
            return b;
        }
        String rest = text.substring(b + 1, e);
        return rest.length() <= 3 && plausible(rest) && data.surnames().contains(rest.substring(0, 1)) ? b + 1 : b;
    }

    /** Whether the text right before {@code at} ends with a role word the segmenter split (法定/代表/人). */
    private boolean roleWritten(String text, int at) {
        for (int k = Math.max(0, at - 6); k < at - 1; k++) {
            if (data.roles().contains(text.substring(k, at))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a two-character name ends that the segmenter cut into two single characters, a family name and a
     * given name (刘/nz 珊/ng): -1 when token i starts no such pair.
     */
    private int singleCharacterPair(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.word().length() != 1 || !data.surnames().contains(t.word()) || t.is("nr") || i + 1 >= tokens.size()
                || t.isAny("p", "c", "u", "w", "d", "v", "m", "q")) {
            return -1;
        }
        Token given = tokens.get(i + 1);
        boolean han = given.word().length() == 1 && Character.UnicodeScript.of(given.word().charAt(0)) == Character.UnicodeScript.HAN;
        return given.start() == t.end() && han && NOT_NAME_CHARS.indexOf(given.word().charAt(0)) < 0
                && !given.isAny("v", "p", "c", "u", "d", "w", "f", "m", "q") ? given.end() : -1;
    }

    /** A "name" ending with a department character its role word repeats (医管科/科长): a department, no person. */
    private static boolean department(String text, List<Token> tokens, int e) {
        Token after = next(tokens, e);
        return e > 0 && after != null && after.start() == e && "科处部室".indexOf(text.charAt(e - 1)) >= 0
                && after.word().charAt(0) == text.charAt(e - 1);
    }

    /** A two-character name token followed by a lone character that is no function word (钱志/刚/记过) ends after it. */
    private static int givenNameCompleted(List<Token> tokens, int i, int end) {
        Token t = tokens.get(i);
        if (t.word().length() != 2 || end != t.end() || i + 1 >= tokens.size()) {
            return end;
        }
        Token next = tokens.get(i + 1);
        boolean lone = next.start() == t.end() && next.word().length() == 1
                && Character.UnicodeScript.of(next.word().charAt(0)) == Character.UnicodeScript.HAN
                && NOT_NAME_CHARS.indexOf(next.word().charAt(0)) < 0 && !next.is("w") && !next.is("p") && !next.is("u")
                && !next.is("v");
        boolean wordAfter = i + 2 >= tokens.size() || tokens.get(i + 2).word().length() >= 2 || tokens.get(i + 2).is("w");
        return lone && wordAfter ? next.end() : end;
    }

    /**
     * A four-character name without a middle dot (Mongolian, Tibetan, Uyghur names in Chinese) that
     * the segmenter split into two name halves (2+2) or a name and a lone character (3+1): one name
     * when a role word, a speech verb or another verb follows.
     */
    private int fourCharacterName(List<Token> tokens, int i, int end) {
        Token t = tokens.get(i);
        if (end != t.end() || i + 2 >= tokens.size() || !(t.is("nr") || t.is("nrf"))) {
            return end;
        }
        Token next = tokens.get(i + 1);
        Token after = tokens.get(i + 2);
        boolean halves = t.word().length() == 2 && next.word().length() == 2 && (next.is("nr") || next.is("nrf"));
        boolean lone = t.word().length() == 3 && next.word().length() == 1 && Character.UnicodeScript.of(next.word().charAt(0))
                == Character.UnicodeScript.HAN && NOT_NAME_CHARS.indexOf(next.word().charAt(0)) < 0;
        boolean roleAfter = isRole(after.word()) || after.is("nnt") || SPEECH.contains(after.word());
        if (t.word().length() == 2 && next.start() == t.end() && single(next) && after.start() == next.end() && single(after)
                && i + 3 < tokens.size() && (TAKES_ROLE.contains(tokens.get(i + 3).word()) || SPEECH.contains(tokens.get(i + 3).word()))) {
            return after.end(); // 卓玛/央/金 出任: two lone characters end the name before a verb of taking a role
        }
        return next.start() == t.end() && (halves && (roleAfter || after.is("v")) || lone && roleAfter) ? next.end() : end;
    }

    /** A lone Han character that may be part of a name: no function character, punctuation or particle. */
    private static boolean single(Token t) {
        return t.word().length() == 1 && Character.UnicodeScript.of(t.word().charAt(0)) == Character.UnicodeScript.HAN
                && NOT_NAME_CHARS.indexOf(t.word().charAt(0)) < 0 && !t.isAny("w", "p", "u", "c", "cc");
    }

    /**
     * Where a two-character name ends whose last character the segmenter joined to the first of a speech verb
     * (孔令/华表/示): after that character; else {@code end}.
     */
    private static int speechSplit(String text, List<Token> tokens, int i, int end) {
        Token t = tokens.get(i);
        if (t.word().length() != 2 || end != t.end() || i + 1 >= tokens.size()) {
            return end;
        }
        Token n = tokens.get(i + 1);
        boolean split = n.start() == t.end() && n.word().length() == 2
                && SPEECH.stream().anyMatch(v -> v.length() == 2 && text.startsWith(v, n.start() + 1));
        return split ? n.start() + 1 : end;
    }

    /** A name token that swallowed the first character of a speech verb (张华表|示) ends before it. */
    private static int speechTrimmed(String text, Token t) {
        if (verbTail(t.word())) {
            return t.end() - 1;
        }
        if (t.word().length() == 3) {
            for (String v : SPEECH) {
                if (v.length() == 2 && text.startsWith(v, t.end() - 1)) {
                    return t.end() - 1;
                }
            }
        }
        return t.end();
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

    /** Function characters that end the last part of a dotted name the pattern ran on (买买提的红山, 吐尔逊被停职). */
    private static final String AFTER_DOTTED = "的被在是为和与及因对将已向于了等并称";

    /**
     * Where a dotted name starts: after the whole verbs of two characters or more, adverbs and function words the
     * pattern ran on (已/免去/艾山江·…); a one-character "verb" may be the name's first character (思/迪丝·瑞扎).
     */
    private static int dottedStart(List<Token> tokens, int b, int dot) {
        for (Token t : tokens) {
            if (t.start() == b && t.end() < dot && (t.is("v") && t.word().length() >= 2 || t.isAny("d", "p", "c", "u", "w"))) {
                b = t.end();
            }
        }
        return b;
    }

    /** Where a dotted name ends: before a function character in its last part (never its first character). */
    private static int dottedEnd(String text, int end) {
        int dot = text.lastIndexOf('·', end - 1);
        for (int k = dot + 2; k < end; k++) {
            if (AFTER_DOTTED.indexOf(text.charAt(k)) >= 0) {
                return k;
            }
        }
        return end;
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
        return w.length() >= 2 && surnameFirst(w) && "及与和并或".indexOf(w.charAt(w.length() - 1)) < 0 && !POLITE.matcher(w).find() && "市县区省镇乡村".indexOf(w.charAt(w.length() - 1)) < 0
                && !verbTail(w) && !(w.length() == 3 && !data.surnames().contains(w.substring(0, 1))
                && Lexicon.isVerb(w.substring(1))) && w.length() <= 8 && !w.contains("某") && w.codePoints().allMatch(
                cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || cp == '·');
    }

    /** A name of two or three characters starts with a family name (a verb phrase does not); longer and dotted names need not. */
    private boolean surnameFirst(String w) {
        return w.length() > 3 || w.contains("·") || data.surnames().contains(w.substring(0, 1))
                || data.surnames().contains(w.substring(0, 2));
    }

    /** A three-character "name" whose last character starts a verb in the text (钱立负|责): 负 is no name character. */
    private static boolean verbTail(String w) {
        return w.length() == 3 && "负表指称说介透坦告送经".indexOf(w.charAt(2)) >= 0;
    }

    private int nameAfterRole(String text, List<Token> tokens, int roleIndex) {
        if (roleIndex + 2 < tokens.size() && tokens.get(roleIndex + 1).word().equals(":")
                && tokens.get(roleIndex + 1).start() == tokens.get(roleIndex).end()) {
            roleIndex++; // a label line: 总经理:Y
        }
        int j = roleIndex + 1;
        if (j + 1 < tokens.size() && tokens.get(j).word().isBlank()) {
            j++; // a heading or table cell: 党委书记　杨春梅
        }
        int first = j;
        int start = j < tokens.size() ? tokens.get(j).start() : -1;
        int end = start;
        while (j < tokens.size() && end - start < 3) {
            Token t = tokens.get(j);
            if (j == first && surnameAsWord(tokens, j)) {
                end = t.end();
                j++;
                continue;
            }
            if (t.is("w") || t.is("p") || t.is("v") || t.is("d") || t.is("c") || t.is("u") || t.is("nnt") || t.is("f")
                    || SPEECH.contains(t.word()) || !t.word().codePoints().allMatch(
                            cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                break;
            }
            end = t.end();
            j++;
        }
        final int last = end - 1;
        if (end - start == 3 && SPEECH.stream().anyMatch(v -> v.length() == 2 && text.startsWith(v, last))) {
            return nameEnd(text, start, last);
        }
        if (start < 0 || end - start < 2 || end - start > 3) {
            return -1;
        }
        String name = text.substring(start, end);
        if (j - first == 1 && !tokens.get(first).is("nr")) {
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

    /**
     * A one-character family name the segmenter took for a verb or an adverb (许/v 丽娟/nz, 向/p 红梅/nr is
     * not: a preposition stays one), followed by a one- or two-character word that is no verb or function
     * word: the start of a name after a title.
     */
    private boolean surnameAsWord(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        if (t.word().length() != 1 || !data.surnames().contains(t.word()) || !(t.is("v") || t.is("d")) || j + 1 >= tokens.size()) {
            return false;
        }
        Token given = tokens.get(j + 1);
        return given.start() == t.end() && given.word().length() <= 2 && given.isAny("nz", "n", "nr", "ng") && given.word().codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /** {@code end} when the two or three characters from {@code start} look like a name, else -1. */
    private int nameEnd(String text, int start, int end) {
        String name = text.substring(start, end);
        return data.surnames().contains(name.substring(0, 1)) && plausible(name) ? end : -1;
    }

    private boolean confirmed(String text, List<Token> tokens, int b, int e) {
        Token before = previous(tokens, b);
        Token after = next(tokens, e);
        if (after != null && after.start() < e) {
            return SPEECH.stream().anyMatch(v -> text.startsWith(v, e));
        }
        if (before != null && (isByline(before.word()) || before.word().equals("(") && after != null && after.word().equals(")"))) {
            return false;
        }
        if (before != null && (isRole(before.word()) || before.is("nnt"))) {
            return true;
        }
        if (before != null && SANCTION_CONTEXT.contains(before.word()) || after != null && departmentRole(tokens, after)) {
            return true;
        }
        if (before != null && (COPULA.contains(before.word()) || before.word().equals(":"))) {
            Token role = previous(tokens, before.start());
            if (role != null && (isRole(role.word()) || role.is("nnt")) || roleWritten(text, before.start())) {
                return true; // 院长为Y, 法定代表人为Y (法定/代表/人), a label line 法定代表人:Y
            }
        }
        return after != null && (isRole(after.word()) || after.is("nnt") || SPEECH.contains(after.word()))
                || takesRoleSoon(tokens, e) || SPEECH.stream().anyMatch(v -> v.length() == 2 && text.startsWith(v, e));
    }

    /** A department then a role after the name: X/科室/职务. */
    private boolean departmentRole(List<Token> tokens, Token after) {
        String w = after.word();
        boolean department = after.is("nit") || w.length() >= 2 && "科部室处".indexOf(w.charAt(w.length() - 1)) >= 0
                && w.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        Token role = next(tokens, after.end());
        return department && role != null && (isRole(role.word()) || role.is("nnt"));
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

    /** A role word, or a word ending with a role word of two characters or more (副院长, 党委书记). */
    private boolean isRole(String w) {
        if (data.roles().contains(w)) {
            return true;
        }
        for (int from = 1; from <= w.length() - 2; from++) {
            if (data.roles().contains(w.substring(from))) {
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
