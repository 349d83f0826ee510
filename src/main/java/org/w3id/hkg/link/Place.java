package org.w3id.hkg.link;

import java.util.List;

/**
 * One row of the gazetteer {@code data/places.tsv}.
 *
 * @param slug      pinyin slug, the last segment of {@code {base}id/place/{slug}}
 * @param name      full name, e.g. 广东省
 * @param shortForms other names that may start an organisation's name, e.g. 广东
 * @param level     {@code province}, {@code city} or {@code district}
 * @param parent    slug of the containing place, or empty
 * @param wikidata  Wikidata IRI when it is certain, or empty
 * @param except    name beginnings that do not refer to this place (e.g. a university named after a person)
 */
public record Place(String slug, String name, List<String> shortForms, String level, String parent,
                    String wikidata, List<String> except) {
    public Place {
        shortForms = List.copyOf(shortForms);
        except = List.copyOf(except);
    }

    /** All names, full name first. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), shortForms.stream()).toList();
    }

    /** True for provincial-level places. */
    public boolean isProvince() {
        return "province".equals(level);
    }
}
