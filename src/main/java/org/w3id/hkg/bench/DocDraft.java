package org.w3id.hkg.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A generated document before it is rendered: title and paragraphs as segments (literal text and
 * filled slots, so a script conversion can treat each name on its own), the entities it names and
 * the gold facts it states.
 */
final class DocDraft {
    /** The fact lists of a gold document, in README order. */
    static final List<String> KINDS = List.of("ownership", "membership", "incidents", "sanctions", "listings", "roles");

    final Random rnd;
    final LocalDate published;
    private final boolean relativeDates;
    private List<String> title = List.of();
    private final List<List<String>> paragraphs = new ArrayList<>();
    private final Set<GenEntity> mentions = new LinkedHashSet<>();
    private final Map<String, List<List<String>>> facts = new LinkedHashMap<>();

    DocDraft(Random rnd, LocalDate published, boolean relativeDates) {
        this.rnd = rnd;
        this.published = published;
        this.relativeDates = relativeDates;
        KINDS.forEach(k -> facts.put(k, new ArrayList<>()));
    }

    /** The name to write for {@code e}: canonical on first mention, sometimes a short form later. */
    String name(GenEntity e) {
        boolean again = !mentions.add(e);
        return again && !e.shorts().isEmpty() && rnd.nextBoolean() ? EntityPool.any(e.shorts(), rnd) : e.name();
    }

    /** Records that the document names {@code e} in a form written by the caller. */
    void named(GenEntity e) {
        mentions.add(e);
    }

    /** A day up to {@code maxDays} before publication. */
    LocalDate daysBefore(int maxDays) {
        return published.minusDays(rnd.nextInt(maxDays + 1));
    }

    /** "2023年3月5日", or "3月5日" (same year as publication) in some documents. */
    String dateText(LocalDate d) {
        String md = d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
        return relativeDates && d.getYear() == published.getYear() && rnd.nextInt(3) == 0 ? md : d.getYear() + "年" + md;
    }

    /** Fills {@code {slot}}s from name/value pairs; entities become their names, each a segment. */
    List<String> fill(String template, Object... slots) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < slots.length; i += 2) {
            values.put((String) slots[i], slots[i + 1]);
        }
        List<String> out = new ArrayList<>();
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                out.add(template.substring(at));
                break;
            }
            int close = template.indexOf('}', open);
            if (open > at) {
                out.add(template.substring(at, open));
            }
            Object v = values.get(template.substring(open + 1, close));
            if (v == null) {
                throw new IllegalArgumentException("no value for " + template.substring(open, close + 1));
            }
            out.add(v instanceof GenEntity e ? name(e) : v.toString());
            at = close + 1;
        }
        return out;
    }

    void title(String template, Object... slots) {
        title = fill(template, slots);
    }

    /** Adds a sentence to the current paragraph (opening one if needed). */
    void say(String template, Object... slots) {
        if (paragraphs.isEmpty()) {
            paragraph();
        }
        paragraphs.get(paragraphs.size() - 1).addAll(fill(template, slots));
    }

    void paragraph() {
        paragraphs.add(new ArrayList<>());
    }

    /** Records a gold fact of {@code kind}; values are ids, codes, dates or null. */
    void fact(String kind, String... values) {
        facts.get(kind).add(Collections.unmodifiableList(Arrays.asList(values)));
    }

    List<String> titleSegments() {
        return title;
    }

    List<List<String>> paragraphs() {
        return paragraphs.stream().filter(p -> !p.isEmpty()).toList();
    }

    Set<GenEntity> mentions() {
        return Collections.unmodifiableSet(mentions);
    }

    Map<String, List<List<String>>> facts() {
        return Collections.unmodifiableMap(facts);
    }
}
