package org.w3id.hkg.extract.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.hkg.extract.Entity;
import org.w3id.hkg.extract.EntityRef;
import org.w3id.hkg.extract.Extraction;
import org.w3id.hkg.extract.Fact;
import org.w3id.hkg.extract.Incident;
import org.w3id.hkg.extract.Listing;
import org.w3id.hkg.extract.Membership;
import org.w3id.hkg.extract.Ownership;
import org.w3id.hkg.extract.Role;
import org.w3id.hkg.extract.Sanction;

/**
 * Rewrites the entity references of an extraction (entities and facts) through a rename map, and
 * merges the entities that now share a reference (aliases united, first evidence, highest
 * confidence). Pure functions.
 */
public final class RefRewriter {
    private RefRewriter() {
    }

    /** The references a fact makes. */
    public static List<EntityRef> refs(Fact f) {
        List<EntityRef> out = new ArrayList<>();
        if (f instanceof Ownership o) {
            out.add(o.org());
            out.add(o.parent());
        } else if (f instanceof Membership m) {
            out.add(m.member());
            out.add(m.alliance());
        } else if (f instanceof Incident i) {
            out.add(i.org());
        } else if (f instanceof Sanction s) {
            out.add(s.target());
            if (s.issuer() != null) {
                out.add(s.issuer());
            }
        } else if (f instanceof Listing l) {
            out.add(l.company());
        } else if (f instanceof Role r) {
            out.add(r.person());
            out.add(r.org());
        }
        return out;
    }

    /**
     * The extraction with every reference renamed.
     *
     * @param renames      old ref → new ref (refs not in the map stay)
     * @param clusterNames new ref → all names of the entities merged into it (become aliases)
     */
    public static Extraction rewrite(Extraction x, Map<EntityRef, EntityRef> renames, Map<EntityRef, Set<String>> clusterNames) {
        Map<EntityRef, Entity> merged = new LinkedHashMap<>();
        for (Entity e : x.entities()) {
            EntityRef r = renames.getOrDefault(e.ref(), e.ref());
            Set<String> aliases = new LinkedHashSet<>(e.aliases());
            if (!e.ref().name().equals(r.name())) {
                aliases.add(e.ref().name());
            }
            aliases.addAll(clusterNames.getOrDefault(r, Set.of()));
            Entity prev = merged.get(r);
            if (prev != null) {
                aliases.addAll(prev.aliases());
            }
            aliases.remove(r.name());
            String english = prev != null && prev.english() != null ? prev.english() : e.english();
            if (english == null && EntityCollector.isLatin(r.name())) {
                english = r.name();
            }
            merged.put(r, new Entity(r, aliases, english, prev != null ? prev.evidence() : e.evidence(),
                    Math.max(e.confidence(), prev == null ? 0 : prev.confidence())));
        }
        List<Fact> facts = new ArrayList<>();
        for (Fact f : x.facts()) {
            facts.add(rewrite(f, renames));
        }
        return new Extraction(x.documentId(), new ArrayList<>(merged.values()), facts);
    }

    private static EntityRef r(EntityRef ref, Map<EntityRef, EntityRef> renames) {
        return ref == null ? null : renames.getOrDefault(ref, ref);
    }

    static Fact rewrite(Fact f, Map<EntityRef, EntityRef> m) {
        if (f instanceof Ownership o) {
            return new Ownership(r(o.org(), m), r(o.parent(), m), o.evidence(), o.confidence());
        } else if (f instanceof Membership x) {
            return new Membership(r(x.member(), m), r(x.alliance(), m), x.since(), x.evidence(), x.confidence());
        } else if (f instanceof Incident i) {
            return new Incident(r(i.org(), m), i.outcome(), i.date(), i.evidence(), i.confidence());
        } else if (f instanceof Sanction s) {
            return new Sanction(r(s.target(), m), s.measure(), r(s.issuer(), m), s.date(), s.evidence(), s.confidence());
        } else if (f instanceof Listing l) {
            return new Listing(r(l.company(), m), l.ticker(), l.exchange(), l.evidence(), l.confidence());
        } else if (f instanceof Role ro) {
            return new Role(r(ro.person(), m), r(ro.org(), m), ro.role(), ro.evidence(), ro.confidence());
        }
        return f;
    }
}
