package org.w3id.hkg.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The small pure rules behind the reader. */
class LineRulesTest {
    @Test
    void markdownReduction() {
        assertEquals("见通报和附件", MarkdownLine.reduce("见[通报](http://a.example/x \"t\")和[附件](/f.pdf)"));
        assertEquals("标题", MarkdownLine.reduce("## 标题 ##"));
        assertEquals("引用 加粗", MarkdownLine.reduce("> 引用 **加粗**"));
        assertEquals("", MarkdownLine.reduce("![](https://a.example/p.png)"));
        assertEquals("A & B", MarkdownLine.reduce("A &amp; B"));
        assertEquals("", MarkdownLine.reduce("* * *"));
    }

    @Test
    void linkOnlyLines() {
        assertTrue(MarkdownLine.linkOnly("[返回](//a.example/) ｜ [首页](//a.example/)"));
        assertTrue(MarkdownLine.linkOnly("<https://a.example/x>"));
        assertFalse(MarkdownLine.linkOnly("据[通报](//a.example/)，医院停业。"));
        assertFalse(MarkdownLine.linkOnly("没有链接"));
        assertEquals("https://a.example/x?y=1", MarkdownLine.bareUrl("<https://a.example/x?y=1>"));
        assertNull(MarkdownLine.bareUrl("见 https://a.example/x"));
    }

    @Test
    void metaLines() {
        MetaLine m = MetaLine.parse("编辑: 张三 | 时间: 2015-01-27 15:39:33 | 来源: 东岚网 |");
        assertEquals(new MetaLine("张三", "2015-01-27 15:39:33", "东岚网"), m);
        assertEquals("2021年12月10日", MetaLine.parse("发布日期:2021年12月10日").date());
        assertNull(MetaLine.parse("医院称时间:不详"), "a label must open the line");
        assertNull(MetaLine.parse("普通的一句话。"));
    }

    @Test
    void dates() {
        assertEquals(LocalDate.of(2022, 1, 13), DateText.find("2022-01-13 22:50:47 +0800").date());
        assertEquals(LocalDate.of(2021, 12, 10), DateText.find("2021年12月10日").date());
        assertEquals(LocalDate.of(2020, 7, 9), DateText.find("2020/7/9").date());
        assertEquals(LocalDate.of(2020, 7, 9), DateText.find("2020.07.09T10:00").date());
        assertNull(DateText.find("2022-02-30").date());
        assertEquals("impossible date '2022-02-30': publication date left empty", DateText.find("2022-02-30").problem());
        assertFalse(DateText.find("no date here").found());
    }

    @Test
    void utf8Check() {
        assertTrue(Utf8Check.of("abc医院".getBytes(StandardCharsets.UTF_8)).valid());
        byte[] cut = {'a', (byte) 0xE5, (byte) 0x8C};
        assertTrue(Utf8Check.of(cut).truncated());
        byte[] overlong = {(byte) 0xC0, (byte) 0x80};
        assertEquals(2, Utf8Check.of(overlong).invalidBytes());
        byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        assertFalse(Utf8Check.of(surrogate).valid());
    }

    @Test
    void whitespace() {
        assertEquals("a b c", Whitespace.collapse("\u3000a\u00A0\u00A0b\t\u200Bc  "));
    }

    @Test
    void rubyResidue() {
        assertEquals("醫院集團", RubyResidue.strip("醫(yī)院集團(tuán)"));
        assertEquals("医院(普通合伙)", RubyResidue.strip("医院(普通合伙)"));
        assertEquals("Mayo (clinic)", RubyResidue.strip("Mayo (clinic)"));
    }

    @Test
    void script() {
        assertEquals("en", Script.lang("Two clinics joined the network.", null));
        assertEquals("zh-Hans", Script.lang(Fixtures.PARAGRAPH_HANS, null));
        assertEquals("zh-Hant", Script.lang(Fixtures.PARAGRAPH_HANT, null));
        assertEquals("zh-Hans", Script.lang(Fixtures.PARAGRAPH_HANS + " Mayo Clinic", null));
        assertEquals("zh-Hant", Script.lang("123 456", "zh-Hant"));
    }

    @Test
    void outlets() {
        Outlets o = Outlets.load();
        assertEquals("东岚日报", o.masthead("东岚日报新媒体"));
        assertEquals("东岚晚报", o.masthead("东岚晚报"));
        assertNull(o.masthead("医院新闻"), "a headline ending in 新闻 is no masthead");
        assertNull(o.masthead("东岚日报记者发现医院违规收费"));
        assertEquals("东岚社", o.outletPrefix("东岚社青禾"));
        assertEquals("中东岚网", o.outletPrefix("中东岚网北京"));
        assertFalse(o.namesOutlet("网络"));
    }

    @Test
    void boilerplateFooterOnlyWhenNoArticleFollows() {
        Boilerplate b = Boilerplate.load();
        String longParagraph = "文".repeat(120);
        assertEquals(List.of("正文"), b.strip(List.of("正文", "联系我们", "地址：某路一号")));
        assertEquals(List.of(longParagraph), b.strip(List.of("联系我们", longParagraph)));
        assertEquals(List.of("医院被吊销执业许可证。"), b.strip(List.of("医院被吊销执业许可证。", "分享到 微信")));
        String sentence = "患者家属表示，关于我们提出的赔偿要求，医院至今没有答复，也没有公布举报电话。";
        assertEquals(List.of(sentence), b.strip(List.of(sentence)), "common words in a sentence stay");
        assertEquals(List.of("正文"), b.strip(List.of("正文", "新闻热线:0000-1234567")));
    }
}
