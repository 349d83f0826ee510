package org.w3id.hkg.extract.relation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hkg.extract.DocumentContext;
import org.w3id.hkg.extract.EntityRef;
import org.w3id.hkg.extract.EntityType;
import org.w3id.hkg.extract.Mention;
import org.w3id.hkg.extract.Sentence;

/**
 * A document as the relation extractors read it: its sentences with their mentions (offsets relative
 * to the sentence), the paragraph each sentence is in, and the dates each sentence states (同日 and 当日
 * are the day stated last before). Mentions of pseudonymised people (赵某, 彭某君) are dropped: they name
 * nobody. Immutable.
 */
public final class DocumentView {
    /** Words for the day just stated. */
    private static final Pattern SAME_DAY = Pattern.compile("同日|同一天|当日|当天");
    /** A mention placed in its sentence: [begin, end) relative to the sentence start. */
    public record Span(Mention mention, int begin, int end) {
        public EntityType type() {
            return mention.ref().type();
        }
    }

    /** Hospitals and companies: what owns, is owned, joins, harms or is sanctioned as an organisation. */
    public static final Set<EntityType> ORGS = EnumSet.of(EntityType.HOSPITAL, EntityType.COMPANY);

    private final DocumentContext context;
    private final List<List<Span>> spans = new ArrayList<>();
    private final int[] paragraph;
    private final List<List<DateResolver.DateHit>> dates = new ArrayList<>();

    public DocumentView(DocumentContext context, List<Mention> mentions) {
        this.context = context;
        List<Sentence> sentences = context.sentences();
        this.paragraph = new int[sentences.size()];
        String text = context.document() == null ? null : context.document().text();
        int p = 0;
        LocalDate lastDay = null; // the last day stated so far (datelines aside), for 同日
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (i > 0 && breaksParagraph(text, sentences.get(i - 1), s)) {
                p++;
            }
            paragraph[i] = p;
            List<Span> in = new ArrayList<>();
            for (Mention m : mentions) {
                if (m.begin() >= s.begin() && m.end() <= s.end() && !pseudonym(m)) {
                    in.add(new Span(m, m.begin() - s.begin(), m.end() - s.begin()));
                }
            }
            in.sort(Comparator.comparingInt(Span::begin).thenComparing(Comparator.comparingInt(Span::end).reversed()));
            spans.add(joined(in, s.norm()));
            List<DateResolver.DateHit> stated = withSameDay(DateResolver.find(s.norm(), context.published()), s.norm(), lastDay);
            dates.add(stated);
            for (DateResolver.DateHit h : stated) {
                lastDay = h.date() != null && !h.dateline() ? h.date() : lastDay;
            }
        }
    }

    /**
     * {@code hits} with "同日", "同一天", "当日" and "当天" read as the day stated last before them (in this sentence
     * or an earlier one); left out when no day was stated before.
     */
    static List<DateResolver.DateHit> withSameDay(List<DateResolver.DateHit> hits, String norm, LocalDate before) {
        Matcher m = SAME_DAY.matcher(norm);
        if (!m.find()) {
            return hits;
        }
        List<DateResolver.DateHit> out = new ArrayList<>(hits);
        do {
            int at = m.start();
            LocalDate day = before;
            for (DateResolver.DateHit h : hits) {
                if (h.end() <= at && h.date() != null && !h.dateline()) {
                    day = h.date();
                }
            }
            if (day != null) {
                out.add(new DateResolver.DateHit(m.start(), m.end(), day, true, false));
            }
        } while (m.find());
        out.sort(Comparator.comparingInt(DateResolver.DateHit::begin));
        return out;
    }

    /** Adjacent spans of one entity ("成渝" + "心血管医疗联盟", both the alliance) read as one span. */
    private static List<Span> joined(List<Span> sorted, String norm) {
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.mention().ref().equals(s.mention().ref()) && s.begin() >= last.end()
                    && filler(norm, last.end(), s.begin())) {
                Mention m = last.mention();
                out.set(out.size() - 1, new Span(new Mention(m.begin(), s.mention().end(), m.surface() + norm.substring(last.end(), s.begin())
                        + s.mention().surface(), m.ref(), Math.min(m.confidence(), s.mention().confidence())), last.begin(), s.end()));
            } else {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    private static boolean breaksParagraph(String text, Sentence previous, Sentence next) {
        if (text == null || previous.end() > next.begin() || next.begin() > text.length()) {
            return true;
        }
        return text.substring(previous.end(), next.begin()).indexOf('\n') >= 0
                || previous.text().endsWith("\n") || next.text().startsWith("\n");
    }

    /** True for a person named only by surname plus 某 (a pseudonym, not a named person). */
    static boolean pseudonym(Mention m) {
        return m.ref().type() == EntityType.PERSON && (m.ref().name().contains("某") || m.surface().contains("某"));
    }

    public boolean english() {
        return "en".equals(context.lang());
    }

    public int size() {
        return spans.size();
    }

    public Sentence sentence(int i) {
        return context.sentences().get(i);
    }

    public String norm(int i) {
        return sentence(i).norm();
    }

    public List<Span> spans(int i) {
        return spans.get(i);
    }

    public List<Span> spans(int i, Set<EntityType> types) {
        return spans.get(i).stream().filter(s -> types.contains(s.type())).toList();
    }

    public int paragraph(int i) {
        return paragraph[i];
    }

    public List<DateResolver.DateHit> dates(int i) {
        return dates.get(i);
    }

    /** The resolved date of sentence i nearest to position {@code at}, or null. */
    public LocalDate dateNear(int i, int at) {
        return DateResolver.nearest(dates.get(i), at);
    }

    /** The span of {@code types} that ends at {@code pos}, allowing only filler (spaces, quotes) between. */
    public Span endingAt(int i, int pos, Set<EntityType> types) {
        String norm = norm(i);
        Span best = null;
        for (Span s : spans(i, types)) {
            if (s.end() <= pos && filler(norm, s.end(), pos) && (best == null || s.end() > best.end()
                    || s.end() == best.end() && s.begin() < best.begin())) {
                best = s;
            }
        }
        return best;
    }

    /** The span of {@code types} that starts at {@code pos}, allowing only filler between. */
    public Span startingAt(int i, int pos, Set<EntityType> types) {
        String norm = norm(i);
        Span best = null;
        for (Span s : spans(i, types)) {
            if (s.begin() >= pos && filler(norm, pos, s.begin()) && (best == null || s.begin() < best.begin()
                    || s.begin() == best.begin() && s.end() > best.end())) {
                best = s;
            }
        }
        return best;
    }

    /**
     * A span of {@code types} starting one to three ideographs after {@code at}: a place name the
     * recogniser left out of the name ("开封" + "福康眼科医院"). Null if none.
     */
    public Span placePrefixed(int i, int at, Set<EntityType> types) {
        String norm = norm(i);
        for (Span s : spans(i, types)) {
            if (s.begin() > at && s.begin() - at <= 3 && norm.substring(at, s.begin()).codePoints().allMatch(Character::isIdeographic)) {
                return s;
            }
        }
        return null;
    }

    /**
     * The organisation in focus before position {@code pos} of sentence i: the nearest preceding span of
     * {@code types} in the sentence, else the last one in the earlier sentences of the paragraph, else in
     * the sentences of the previous paragraphs (at most {@code reach} sentences back). Null if none.
     */
    public Span focus(int i, int pos, Set<EntityType> types, int reach) {
        Span best = null;
        for (Span s : spans(i, types)) {
            if (s.end() <= pos) {
                best = s;
            }
        }
        if (best != null) {
            return best;
        }
        for (int j = i - 1; j >= 0 && j >= i - reach; j--) {
            List<Span> earlier = spans(j, types);
            if (!earlier.isEmpty()) {
                return earlier.get(earlier.size() - 1);
            }
        }
        return null;
    }

    /**
     * The organisation writing in the first person (我院, 我们) at position {@code pos} of sentence i: the
     * nearest organisation before it (within six sentences), else the letter's signature, a line naming only
     * an organisation, within the next twelve sentences, else the first organisation named in those.
     */
    public EntityRef writer(int i, int pos) {
        Span before = focus(i, pos, ORGS, 6);
        if (before != null) {
            return before.mention().ref();
        }
        Span later = null;
        for (int j = i + 1; j < size() && j <= i + 12; j++) {
            List<Span> orgs = spans(j, ORGS);
            if (orgs.size() == 1 && norm(j).strip().equals(norm(j).substring(orgs.get(0).begin(), orgs.get(0).end()).strip())) {
                return orgs.get(0).mention().ref();
            }
            later = later == null && !orgs.isEmpty() ? orgs.get(0) : later;
        }
        return later == null ? null : later.mention().ref();
    }

    /** True when norm[from, to) holds only white space and quotation marks. */
    public static boolean filler(String norm, int from, int to) {
        if (from > to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!isFiller(norm.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    static boolean isFiller(char c) {
        return Character.isWhitespace(c) || "“”\"'‘’「」『』《》".indexOf(c) >= 0 || c == '\u3000';
    }

    /** True for characters that end a clause: a target or issuer does not reach across them. */
    public static boolean clauseBreak(char c) {
        return ",;。:!?，；：！？\n".indexOf(c) >= 0;
    }
}
