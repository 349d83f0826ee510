package org.w3id.hkg.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    private static final LocalDate PUB = LocalDate.of(2023, 4, 18);

    private static LocalDate r(String s) {
        return DateResolver.resolve(s, PUB);
    }

    @Test
    void theSameDayIsTheDayStatedLastBeforeIt() {
        LocalDate before = LocalDate.of(2023, 4, 10);
        String norm = "同日,江城市卫健委发布通报;4月12日当天下午又作出决定。";
        List<LocalDate> days = DocumentView.withSameDay(DateResolver.find(norm, PUB), norm, before).stream()
                .map(DateResolver.DateHit::date).toList();
        assertEquals(List.of(before, LocalDate.of(2023, 4, 12), LocalDate.of(2023, 4, 12)), days);
        assertEquals(List.of(), DocumentView.withSameDay(DateResolver.find("同日发布通报。", PUB), "同日发布通报。", null),
                "no day stated before: no date");
    }

    @Test
    void absoluteDates() {
        assertEquals(LocalDate.of(2021, 3, 5), r("2021年3月5日"));
        assertEquals(LocalDate.of(2021, 3, 5), r("2021-03-05"));
        assertEquals(LocalDate.of(2021, 3, 5), r("2021.3.5"));
        assertEquals(LocalDate.of(2021, 3, 5), r("on March 5, 2021"));
        assertEquals(LocalDate.of(2021, 3, 5), DateResolver.resolve("2021年3月5日", null));
        assertEquals(LocalDate.of(2023, 12, 31), r("二〇二三年十二月三十一日"));
        assertEquals(LocalDate.of(2022, 1, 13), r("二零二二年一月十三日"));
        assertNull(r("二〇二三年二月三十日"));
    }

    @Test
    void monthDayTakesThePublicationYearUnlessThatIsWellAfterPublication() {
        assertEquals(LocalDate.of(2023, 4, 2), r("4月2日"));
        assertEquals(LocalDate.of(2022, 12, 20), r("12月20日"));
        assertEquals(LocalDate.of(2023, 4, 25), r("4月25日"));
        assertEquals(LocalDate.of(2022, 12, 20), DateResolver.resolve("12月20日", LocalDate.of(2023, 1, 10)));
        assertEquals(LocalDate.of(2022, 4, 2), r("去年4月2日"));
        assertEquals(LocalDate.of(2023, 3, 1), r("今年3月1日"));
        assertEquals(LocalDate.of(2023, 4, 2), r("on April 2, when"));
        assertEquals(LocalDate.of(2022, 12, 20), r("on Dec. 20"));
    }

    @Test
    void dayAndWordsRelativeToPublication() {
        assertEquals(PUB, r("今天(18日)"));
        assertEquals(LocalDate.of(2023, 4, 16), r("16日"));
        assertEquals(PUB, r("即日起"));
        assertEquals(PUB, r("今日"));
        assertEquals(LocalDate.of(2023, 4, 17), r("昨天"));
        assertEquals(LocalDate.of(2023, 4, 17), r("昨日"));
        assertEquals(LocalDate.of(2023, 3, 20), r("上月20日"));
        assertEquals(LocalDate.of(2023, 4, 3), r("本月3日"));
    }

    @Test
    void vagueOrImpossibleDatesAreNull() {
        assertNull(r("本月"));
        assertNull(r("2023年5月"));
        assertNull(r("2月30日"));
        assertNull(r("2023年2月29日"));
        assertNull(r("4月31日"));
        assertNull(DateResolver.resolve("5月3日", null));
        assertNull(DateResolver.resolve("今天", null));
        assertNull(r("停业整顿3个月"));
    }

    @Test
    void nearestPicksTheClosestResolvedDate() {
        String s = "2023年1月5日,患者入院,2月28日去世";
        var hits = DateResolver.find(s, PUB);
        assertEquals(2, hits.size());
        assertEquals(LocalDate.of(2023, 2, 28), DateResolver.nearest(hits, s.indexOf("去世")));
        assertEquals(LocalDate.of(2023, 1, 5), DateResolver.nearest(hits, s.indexOf("入院")));
    }
}
