package org.w3id.hkg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP content negotiation: picks, among the server's offers (in its order of preference), the one the
 * {@code Accept} header rates highest, honouring q-values and the most specific matching range
 * ({@code text/turtle} over {@code text/*} over {@code *}{@code /*}).
 */
final class Conneg {
    private Conneg() {
    }

    /** A media range of an Accept header. */
    private record Range(String type, String subtype, double q) {
        /** 3 for an exact match, 2 for type/*, 1 for *}{@code /*, 0 for no match. */
        int specificity(String offer) {
            String[] ts = offer.split("/", 2);
            if (type.equals("*") && subtype.equals("*")) {
                return 1;
            }
            if (!type.equals(ts[0])) {
                return 0;
            }
            if (subtype.equals("*")) {
                return 2;
            }
            return subtype.equals(ts[1]) ? 3 : 0;
        }
    }

    /** The best offer for {@code accept}; the first offer when the header is missing or blank. */
    static Optional<String> choose(String accept, List<String> offers) {
        if (accept == null || accept.isBlank()) {
            return offers.stream().findFirst();
        }
        List<Range> ranges = parse(accept);
        String best = null;
        double bestQ = 0;
        for (String offer : offers) {
            double q = quality(ranges, offer);
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(List<Range> ranges, String offer) {
        int spec = 0;
        double q = 0;
        for (Range r : ranges) {
            int s = r.specificity(offer);
            if (s > spec) {
                spec = s;
                q = r.q();
            }
        }
        return q;
    }

    private static List<Range> parse(String accept) {
        List<Range> out = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] bits = part.trim().split(";");
            String mt = bits[0].trim().toLowerCase(Locale.ROOT);
            if (mt.equals("*")) {
                mt = "*/*";
            }
            int slash = mt.indexOf('/');
            if (slash <= 0 || slash == mt.length() - 1) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < bits.length; i++) {
                String p = bits[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Math.max(0, Math.min(1, Double.parseDouble(p.substring(2).trim())));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            out.add(new Range(mt.substring(0, slash), mt.substring(slash + 1), q));
        }
        return out;
    }
}
