package org.w3id.hkg.link;

import com.hankcs.hanlp.HanLP;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The forms a name is sent to an endpoint in: as written, and in simplified and traditional characters
 * (Wikidata often has the simplified name under {@code zh}/{@code zh-hans} and the traditional one under
 * {@code zh-hant}). HanLP's conversion tables load on first use (seconds), so only network lookups use this.
 */
final class Variants {
    private Variants() {
    }

    /** The cleaned name and its simplified and traditional forms (distinct, name first). */
    static Set<String> of(String name) {
        String clean = Names.clean(name);
        Set<String> out = new LinkedHashSet<>();
        out.add(clean);
        if (clean.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            out.add(HanLP.convertToSimplifiedChinese(clean));
            out.add(HanLP.convertToTraditionalChinese(clean));
        }
        return out;
    }
}
