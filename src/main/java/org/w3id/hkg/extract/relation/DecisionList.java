package org.w3id.hkg.extract.relation;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.w3id.hkg.extract.EntityRef;

/**
 * An enumerated decision: "对A、B作出如下处理意见:" then sections "一、A处理意见" and items "1.停业整顿…".
 * The section header names the target of its items (before any header, the intro's targets); the issuer
 * and date are those of the intro.
 *
 * @param targets   who the current items are against
 * @param issuer    the deciding body, or null
 * @param date      the decision date, or null
 * @param paragraph the paragraph of the last intro, header or item line
 */
record DecisionList(List<EntityRef> targets, EntityRef issuer, LocalDate date, int paragraph) {
    static final Pattern INTRO = Pattern.compile("如下处理|处理意见如下|处理如下|决定如下|以下处理|如下处罚|处罚如下|以下处罚|如下决定|典型案例|案例如下|通报如下|名单如下"
            + "|(?:问责|处理|处罚|处分|处理意见|处理决定|处理结果|通报|决定|通告)\\s*[::]\\s*$");
    /** Whether {@code norm} holds what every {@link #INTRO} has: 如下, 以下, 典型案例 or a colon. */
    static boolean mayIntroduce(String norm) {
        return norm.indexOf(':') >= 0 || norm.contains("如下") || norm.contains("以下") || norm.contains("典型案例");
    }

    static final Pattern HEADER = Pattern.compile("^\\s*[一二三四五六七八九十]{1,3}\\s*[、.]");
    static final Pattern ITEM = Pattern.compile("^\\s*(?:\\d{1,2}\\s*[.、)]|\\(\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*\\))");

    DecisionList {
        targets = List.copyOf(targets);
    }

    DecisionList section(List<EntityRef> header, int at) {
        return new DecisionList(header, issuer, date, at);
    }

    DecisionList at(int at) {
        return new DecisionList(targets, issuer, date, at);
    }
}
