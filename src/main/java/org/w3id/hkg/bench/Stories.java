package org.w3id.hkg.bench;

import static org.w3id.hkg.bench.EntityPool.any;

import java.util.List;
import java.util.Random;

/** The kinds of news a generated document tells, each a few template sentences about pool entities. */
final class Stories {
    private Stories() {
    }

    /** Writes one story of a random kind into {@code d}. */
    static void tell(DocDraft d, EntityPool pool) {
        Random r = d.rnd;
        switch (r.nextInt(10)) {
            case 0, 1 -> apology(d, pool);
            case 2, 3, 4 -> penalty(d, pool);
            case 5, 6 -> alliance(d, pool);
            case 7, 8 -> personnel(d, pool);
            default -> company(d, pool);
        }
    }

    private static GenEntity orgOfTarget(EntityPool pool, Random r) {
        return pool.pick(r.nextInt(4) == 0 ? "company" : "hospital", r);
    }

    /** A letter of apology after a patient was harmed, with what followed. */
    static void apology(DocDraft d, EntityPool pool) {
        GenEntity h = pool.pick("hospital", d.rnd);
        d.title(any(List.of("{h}发布致歉信", "关于患者救治情况的致歉信", "{h}就医疗事件致歉"), d.rnd), "h", h);
        if (d.rnd.nextBoolean()) {
            Templates.letterIncident(d, h);
        } else {
            Templates.incident(d, h);
        }
        d.say("我们向患者家属致以最诚挚的歉意。");
        if (d.rnd.nextBoolean()) {
            d.paragraph();
            Templates.ownership(d, h, pool.pick("company", d.rnd));
        }
        if (d.rnd.nextBoolean()) {
            d.paragraph();
            Templates.penalty(d, pool.pick("regulator", d.rnd), h);
        }
        d.paragraph();
        d.say("{h}", "h", h);
        d.paragraph();
        d.say(d.dateText(d.published));
    }

    /** A regulator's penalty notice against one to three organisations. */
    static void penalty(DocDraft d, EntityPool pool) {
        GenEntity issuer = pool.pick("regulator", d.rnd);
        d.title(any(List.of("{i}公布一批行政处罚案件", "{i}通报医疗机构违法违规典型案例", "多家医疗机构被处罚"), d.rnd),
                "i", issuer);
        int n = 1 + d.rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            d.paragraph();
            Templates.penalty(d, issuer, orgOfTarget(pool, d.rnd));
            if (d.rnd.nextInt(3) == 0) {
                Templates.filler(d);
            }
        }
        d.paragraph();
        Templates.mention(d, issuer);
    }

    /** Hospitals joining an alliance; some named heads. */
    static void alliance(DocDraft d, EntityPool pool) {
        GenEntity a = pool.pick("alliance", d.rnd);
        d.title(any(List.of("{a}新增成员单位", "又有医院加入{a}", "{a}年度工作会议召开"), d.rnd), "a", a);
        GenEntity first = pool.pick("hospital", d.rnd);
        Templates.membership(d, first, a);
        if (d.rnd.nextBoolean()) {
            Templates.membership(d, pool.pickOther("hospital", first, d.rnd), a);
        }
        if (d.rnd.nextBoolean()) {
            d.paragraph();
            Templates.role(d, pool.pick("person", d.rnd), first, any(Vocab.HOSPITAL_ROLES, d.rnd));
        }
        Templates.filler(d);
    }

    /** Personnel decisions after an incident: disciplinary measures and roles. */
    static void personnel(DocDraft d, EntityPool pool) {
        GenEntity h = pool.pick("hospital", d.rnd);
        GenEntity issuer = pool.pick("regulator", d.rnd);
        d.title(any(List.of("{h}多名责任人被处理", "{i}通报{h}相关责任人处理结果", "医院负责人被问责"), d.rnd),
                "h", h, "i", issuer);
        if (d.rnd.nextBoolean()) {
            Templates.incident(d, h);
        }
        int n = 1 + d.rnd.nextInt(2);
        GenEntity last = null;
        for (int i = 0; i < n; i++) {
            d.paragraph();
            last = pool.pickOther("person", last, d.rnd);
            Templates.discipline(d, issuer, last, h, any(Vocab.HOSPITAL_ROLES, d.rnd));
        }
        if (d.rnd.nextBoolean()) {
            Templates.filler(d);
        }
    }

    /** A listed company's announcement about its hospitals and management. */
    static void company(DocDraft d, EntityPool pool) {
        GenEntity c = pool.pickListed(d.rnd);
        d.title(any(List.of("{c}发布公告", "{c}回应旗下医院事件", "{c}董事会换届"), d.rnd), "c", c);
        if (c.ticker() != null) {
            Templates.listing(d, c);
        }
        GenEntity h = pool.pick("hospital", d.rnd);
        Templates.ownership(d, h, c);
        if (d.rnd.nextBoolean()) {
            Templates.ownership(d, pool.pickOther("hospital", h, d.rnd), c);
        }
        d.paragraph();
        Templates.role(d, pool.pick("person", d.rnd), c, any(Vocab.COMPANY_ROLES, d.rnd));
        if (d.rnd.nextBoolean()) {
            Templates.mention(d, pool.pick("regulator", d.rnd));
        }
    }
}
