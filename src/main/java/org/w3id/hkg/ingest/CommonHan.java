package org.w3id.hkg.ingest;

import java.util.BitSet;

/**
 * The frequent Chinese characters of {@code /data/ingest/common-han.txt} in both scripts, to tell text decoded
 * in the right charset (mostly frequent characters) from text decoded in a wrong one (rare characters).
 */
final class CommonHan {
    private static final BitSet COMMON = load();

    private CommonHan() {
    }

    /** Share of the Han characters of the text that are frequent ones (0 if there are none). */
    static double share(String text) {
        int han = 0;
        int common = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Script.isHan(c)) {
                han++;
                if (COMMON.get(c)) {
                    common++;
                }
            }
        }
        return han == 0 ? 0 : common / (double) han;
    }

    private static BitSet load() {
        BitSet set = new BitSet(0x10000);
        for (String line : RuleFile.lines("/data/ingest/common-han.txt")) {
            line.chars().filter(Script::isHan).forEach(set::set);
        }
        return set;
    }
}
