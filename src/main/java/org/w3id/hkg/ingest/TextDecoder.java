package org.w3id.hkg.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset of a text file and decodes it. In order: a byte-order mark, a charset declared by
 * an HTML meta tag or XML declaration, strict UTF-8, then ICU's detector among UTF-8, GB18030 (a superset
 * of GBK and GB2312) and Big5 (with Big5-HKSCS as fallback). Every decoding is strict: a charset is only
 * taken when it decodes every byte.
 */
final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");
    private static final int DECLARATION_WINDOW = 2048;
    /** How much larger a share of frequent characters must be to overrule ICU's ranking. */
    private static final double CLEARLY_MORE = 0.1;
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]{0,300}?charset\\s*=\\s*[\"']?([a-z0-9_.:-]{2,40})");
    private static final Pattern XML_ENCODING =
            Pattern.compile("(?i)<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([a-z0-9_.:-]{2,40})");

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes) throws IngestException {
        Bom bom = Bom.of(bytes);
        ByteCheck.requireText(bytes, bom == null ? 0 : bom.length, bom != null && bom.wide);
        if (bom != null) {
            return decodeWithBom(bytes, bom);
        }
        Charset declared = declaredCharset(bytes);
        if (declared != null) {
            Decoded d = tryFamily(bytes, declared);
            if (d != null) {
                return d;
            }
        }
        Utf8Check utf8 = Utf8Check.of(bytes);
        if (utf8.valid()) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), "UTF-8");
        }
        if (utf8.truncated()) {
            throw new IngestException("truncated: the file ends inside a UTF-8 character");
        }
        if (utf8.mostlyUtf8()) {
            throw new IngestException("corrupt UTF-8: " + utf8.invalidBytes() + " invalid byte(s), first at offset "
                    + utf8.firstInvalid());
        }
        return detect(bytes);
    }

    private static Decoded decodeWithBom(byte[] bytes, Bom bom) throws IngestException {
        Strict s = Strict.decode(bytes, bom.length, bom.charset);
        if (s.text() == null) {
            throw new IngestException("bytes are not valid " + bom.charset.name() + " despite the byte-order mark");
        }
        return new Decoded(s.text(), bom.charset.name());
    }

    /**
     * ICU ranks the candidates; among those that decode every byte, the one whose text has the clearly larger
     * share of frequent Chinese characters wins, ICU's rank deciding otherwise.
     */
    private static Decoded detect(byte[] bytes) throws IngestException {
        List<Charset> ranked = rankedCandidates(bytes);
        Decoded best = null;
        double bestShare = -1;
        for (int i = 0; i < ranked.size(); i++) {
            Charset cs = ranked.get(i);
            Strict s = Strict.decode(bytes, 0, cs);
            if (i == 0 && s.truncated()) {
                throw new IngestException("truncated: the file ends inside a " + cs.name() + " character");
            }
            Decoded d = s.text() != null ? new Decoded(s.text(), cs.name())
                    : cs.equals(BIG5) ? tryFamily(bytes, BIG5_HKSCS) : null;
            if (d != null) {
                double share = CommonHan.share(d.text());
                if (share > bestShare + CLEARLY_MORE) {
                    best = d;
                    bestShare = share;
                }
            }
        }
        if (best == null) {
            throw new IngestException("undecodable: the bytes are not valid UTF-8, GB18030 or Big5");
        }
        return best;
    }

    private static List<Charset> rankedCandidates(byte[] bytes) {
        List<Charset> ranked = new ArrayList<>(3);
        CharsetDetector detector = new CharsetDetector();
        for (String name : CharsetDetector.getAllDetectableCharsets()) {
            if (candidate(name) == null) {
                detector.setDetectableCharset(name, false); // its matches would be dropped below anyway
            }
        }
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        if (matches != null) {
            for (CharsetMatch m : matches) {
                Charset cs = candidate(m.getName());
                if (cs != null && !ranked.contains(cs)) {
                    ranked.add(cs);
                }
            }
        }
        for (Charset cs : List.of(GB18030, BIG5)) {
            if (!ranked.contains(cs)) {
                ranked.add(cs);
            }
        }
        ranked.remove(StandardCharsets.UTF_8);
        return ranked;
    }

    /** Maps a charset label (from a declaration or ICU) to one of the supported families, or null. */
    static Charset candidate(String label) {
        String l = label.toLowerCase(Locale.ROOT).replace("_", "-");
        return switch (l) {
            case "utf-8", "utf8" -> StandardCharsets.UTF_8;
            case "gb18030", "gbk", "gb2312", "x-gbk", "cp936", "euc-cn", "hz-gb-2312" -> GB18030;
            case "big5", "x-big5", "big5-hkscs", "cp950", "x-windows-950" -> BIG5;
            default -> null;
        };
    }

    private static Decoded tryFamily(byte[] bytes, Charset cs) {
        Strict s = Strict.decode(bytes, 0, cs);
        if (s.text() != null) {
            return new Decoded(s.text(), cs.name());
        }
        if (cs.equals(BIG5) || cs.equals(BIG5_HKSCS)) {
            Strict hk = Strict.decode(bytes, 0, BIG5_HKSCS);
            if (hk.text() != null) {
                return new Decoded(hk.text(), BIG5_HKSCS.name());
            }
        }
        return null;
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        if (head.indexOf('<') < 0) {
            return null;
        }
        for (Pattern p : List.of(XML_ENCODING, META_CHARSET)) {
            Matcher m = p.matcher(head);
            if (m.find()) {
                return candidate(m.group(1));
            }
        }
        return null;
    }

    /** A byte-order mark and the charset it announces. */
    private record BomMark(byte[] signature, Charset charset, boolean wide) {
    }

    private static final class Bom {
        private static final List<BomMark> MARKS = List.of(
                new BomMark(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8, false),
                new BomMark(new byte[]{0, 0, (byte) 0xFE, (byte) 0xFF}, Charset.forName("UTF-32BE"), true),
                new BomMark(new byte[]{(byte) 0xFF, (byte) 0xFE, 0, 0}, Charset.forName("UTF-32LE"), true),
                new BomMark(new byte[]{(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE, true),
                new BomMark(new byte[]{(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE, true),
                new BomMark(new byte[]{(byte) 0x84, 0x31, (byte) 0x95, 0x33}, GB18030, false));
        final int length;
        final Charset charset;
        final boolean wide;

        private Bom(BomMark m) {
            this.length = m.signature().length;
            this.charset = m.charset();
            this.wide = m.wide();
        }

        static Bom of(byte[] bytes) {
            for (BomMark m : MARKS) {
                if (startsWith(bytes, m.signature())) {
                    return new Bom(m);
                }
            }
            return null;
        }

        private static boolean startsWith(byte[] bytes, byte[] prefix) {
            if (bytes.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if (bytes[i] != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Result of a strict decoding: the text, or null and whether the only error was an incomplete last character. */
    private record Strict(String text, boolean truncated) {
        static Strict decode(byte[] bytes, int offset, Charset cs) {
            CharsetDecoder decoder = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
            CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 4);
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                boolean atEnd = r.isMalformed() && in.remaining() == r.length() && r.length() < 4;
                return new Strict(null, atEnd);
            }
            r = decoder.flush(out);
            if (r.isError()) {
                return new Strict(null, true);
            }
            out.flip();
            return new Strict(out.toString(), false);
        }
    }
}
