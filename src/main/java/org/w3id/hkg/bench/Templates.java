package org.w3id.hkg.bench;

import static org.w3id.hkg.bench.EntityPool.any;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Sentence templates, several per fact kind, each recording the gold fact it states. */
final class Templates {
    private Templates() {
    }

    private static final Map<String, List<String>> OUTCOMES = Map.of(
            "death", List.of("抢救无效死亡", "不幸去世", "经抢救无效身亡"),
            "miscarriage", List.of("不幸流产", "出现流产"),
            "injury", List.of("落下残疾", "受伤致残", "出现严重烧伤"),
            "other", List.of("出现严重不良反应", "病情被延误"));
    private static final List<String> OUTCOME_CODES = List.of("death", "miscarriage", "injury", "other");
    private static final List<String> VIOLATIONS = List.of("使用过期医疗器械", "超范围执业", "违规收取费用",
            "未按规定落实院感防控", "发布虚假医疗广告", "聘用非卫生技术人员从事诊疗活动");

    static void ownership(DocDraft d, GenEntity org, GenEntity parent) {
        switch (d.rnd.nextInt(4)) {
            case 0 -> d.say("{org}是{parent}旗下的一家民营医院。", "org", org, "parent", parent);
            case 1 -> d.say("据了解,{org}系{parent}的全资子公司。", "org", org, "parent", parent);
            case 2 -> d.say("公开资料显示,{parent}控股{org}。", "org", org, "parent", parent);
            default -> d.say("{parent}下属的{org}近年来规模不断扩大。", "org", org, "parent", parent);
        }
        d.fact("ownership", org.id(), parent.id());
    }

    static void listing(DocDraft d, GenEntity company) {
        String short_ = company.shorts().isEmpty() ? company.name() : company.shorts().get(0);
        String exchange = company.ticker().startsWith("6") ? "SH" : "SZ";
        switch (d.rnd.nextInt(3)) {
            case 0 -> d.say("{c}(股票代码:{t})当日发布公告。", "c", company, "t", company.ticker());
            case 1 -> {
                d.named(company);
                d.say("证券代码:{t}  证券简称:{s}  公告编号:{y}-0{n}。", "t", company.ticker(), "s", short_,
                        "y", d.published.getYear(), "n", 10 + d.rnd.nextInt(80));
            }
            default -> d.say("{c}({t}.{x})股价当天下跌{p}%。", "c", company, "t", company.ticker(), "x", exchange,
                    "p", 1 + d.rnd.nextInt(9));
        }
        d.fact("listings", company.id(), company.ticker());
    }

    static void incident(DocDraft d, GenEntity org) {
        String code = any(OUTCOME_CODES, d.rnd);
        String what = any(OUTCOMES.get(code), d.rnd);
        LocalDate day = d.daysBefore(20);
        String date = day.toString();
        switch (d.rnd.nextInt(4)) {
            case 0 -> d.say("{d},{pt}在{org}就诊期间{w}。", "d", d.dateText(day), "pt", patient(d), "org", org, "w", what);
            case 1 -> d.say("据家属反映,{pt}于{d}在{org}接受手术后{w}。", "pt", patient(d), "d", d.dateText(day),
                    "org", org, "w", what);
            case 2 -> d.say("{org}的一名孕产妇于{d}{w},引发社会关注。", "org", org, "d", d.dateText(day), "w", what);
            default -> {
                d.say("近日,{org}发生一起医疗事件,{pt}{w}。", "org", org, "pt", patient(d), "w", what);
                date = null;
            }
        }
        d.fact("incidents", org.id(), code, date);
    }

    /** The incident as the hospital's own letter tells it ("我院"); the letter is signed with its name. */
    static void letterIncident(DocDraft d, GenEntity org) {
        String code = any(OUTCOME_CODES, d.rnd);
        LocalDate day = d.daysBefore(20);
        d.say("{d},我院在接诊过程中处置不当,致使{pt}{w},我们深感痛心。", "d", d.dateText(day), "pt", patient(d),
                "w", any(OUTCOMES.get(code), d.rnd));
        d.fact("incidents", org.id(), code, day.toString());
    }

    /** "一名患者", or a pseudonym such as 李某 or 王某某 (not a named person: no gold entity). */
    private static String patient(DocDraft d) {
        return switch (d.rnd.nextInt(3)) {
            case 0 -> "一名患者";
            case 1 -> "患者" + any(Vocab.SURNAMES, d.rnd) + "某";
            default -> "患者" + any(Vocab.SURNAMES, d.rnd) + "某某";
        };
    }

    /** One or two measures of an administrative penalty against an organisation. */
    static void penalty(DocDraft d, GenEntity issuer, GenEntity target) {
        LocalDate day = d.daysBefore(15);
        String violation = any(VIOLATIONS, d.rnd);
        int amount = 1 + d.rnd.nextInt(50);
        switch (d.rnd.nextInt(5)) {
            case 0 -> {
                d.say("{d},{i}对{t}作出行政处罚决定,给予警告并处罚款{a}万元。", "d", d.dateText(day), "i", issuer,
                        "t", target, "a", amount);
                sanction(d, target, "warning", issuer, day);
                sanction(d, target, "fine", issuer, day);
            }
            case 1 -> {
                d.say("{i}于{d}责令{t}停业整顿。", "i", issuer, "d", d.dateText(day), "t", target);
                sanction(d, target, "suspension", issuer, day);
            }
            case 2 -> {
                d.say("{t}因{v},被{i}通报批评。", "t", target, "v", violation, "i", issuer);
                sanction(d, target, "public-criticism", issuer, null);
            }
            case 3 -> {
                d.say("经查,{t}存在{v}等问题。{d},{i}决定没收其违法所得{a}元,并责令限期改正。", "t", target,
                        "v", violation, "d", d.dateText(day), "i", issuer, "a", amount * 1000);
                sanction(d, target, "confiscation", issuer, day);
                sanction(d, target, "rectification-order", issuer, day);
            }
            default -> {
                d.say("{d},{i}约谈了{t}主要负责人,要求立即整改。", "d", d.dateText(day), "i", issuer, "t", target);
                sanction(d, target, "admonishment", issuer, day);
            }
        }
    }

    /** A disciplinary measure against a person, which also states the person's role. */
    static void discipline(DocDraft d, GenEntity issuer, GenEntity person, GenEntity org, String role) {
        LocalDate day = d.daysBefore(10);
        switch (d.rnd.nextInt(4)) {
            case 0 -> {
                d.say("{d},{i}决定免去{p}{o}{r}职务。", "d", d.dateText(day), "i", issuer, "p", person, "o", org, "r", role);
                sanction(d, person, "dismissal", issuer, day);
            }
            case 1 -> {
                d.say("{o}{r}{p}被停职接受调查。", "o", org, "r", role, "p", person);
                sanction(d, person, "duty-suspension", null, null);
            }
            case 2 -> {
                d.say("{i}给予{o}{r}{p}党内警告处分。", "i", issuer, "o", org, "r", role, "p", person);
                sanction(d, person, "party-discipline", issuer, null);
            }
            default -> {
                d.say("经研究决定,{i}于{d}给予{o}{r}{p}记过处分。", "i", issuer, "d", d.dateText(day), "o", org,
                        "r", role, "p", person);
                sanction(d, person, "demerit", issuer, day);
            }
        }
        d.fact("roles", person.id(), org.id(), role);
    }

    private static void sanction(DocDraft d, GenEntity target, String measure, GenEntity issuer, LocalDate day) {
        d.fact("sanctions", target.id(), measure, issuer == null ? null : issuer.id(), day == null ? null : day.toString());
    }

    static void membership(DocDraft d, GenEntity member, GenEntity alliance) {
        LocalDate day = d.daysBefore(30);
        switch (d.rnd.nextInt(3)) {
            case 0 -> d.say("{d},{m}正式加入{a}。", "d", d.dateText(day), "m", member, "a", alliance);
            case 1 -> d.say("{m}于{d}成为{a}成员单位。", "m", member, "d", d.dateText(day), "a", alliance);
            default -> {
                d.say("作为{a}的成员医院,{m}将共享远程会诊资源。", "a", alliance, "m", member);
                day = null;
            }
        }
        d.fact("membership", member.id(), alliance.id(), day == null ? null : day.toString());
    }

    static void role(DocDraft d, GenEntity person, GenEntity org, String role) {
        switch (d.rnd.nextInt(3)) {
            case 0 -> d.say("{o}{r}{p}表示,将全力配合调查。", "o", org, "r", role, "p", person);
            case 1 -> d.say("{p}现任{o}{r}。", "p", person, "o", org, "r", role);
            default -> d.say("据介绍,{p}自{y}年起担任{o}{r}。", "p", person, "y", d.published.getYear() - 1 - d.rnd.nextInt(5),
                    "o", org, "r", role);
        }
        d.fact("roles", person.id(), org.id(), role);
    }

    /** A sentence that names an entity without stating a fact. */
    static void mention(DocDraft d, GenEntity e) {
        switch (d.rnd.nextInt(3)) {
            case 0 -> d.say("{e}表示,将进一步加强对辖区医疗机构的监督管理。", "e", e);
            case 1 -> d.say("记者就此事联系了{e},对方称正在核实情况。", "e", e);
            default -> d.say("{e}相关负责人在接受采访时未作更多回应。", "e", e);
        }
    }

    private static final List<String> FILLERS = List.of("该事件在网络上引发广泛讨论。",
            "业内人士指出,医疗机构应当把患者安全放在首位。", "目前,相关调查仍在进行中。",
            "多位网友在社交平台上表达了关切。", "专家建议,患者就医时应保留好相关票据和病历资料。",
            "此前,当地已开展多轮医疗质量专项检查。");

    static void filler(DocDraft d) {
        d.say(any(FILLERS, d.rnd));
    }
}
