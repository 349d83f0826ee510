package org.w3id.hkg.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.hkg.ingest.Fixtures.PARAGRAPH_HANS;
import static org.w3id.hkg.ingest.Fixtures.READER;
import static org.w3id.hkg.ingest.Fixtures.write;

/** The three formats, told apart by content only. */
class FormatTest {
    @TempDir
    Path dir;

    @Test
    void markdownWithFrontMatter() throws Exception {
        String md = """
                ---
                layout: post
                title: "青禾医院被责令停业整顿"
                date: 2022-03-05 23:40:00 +0800
                source: 东岚财经
                author: 林一
                url: https://news.example.org/2022/0305/1.html
                ---

                # 青禾医院被责令停业整顿

                %s
                第二段提到了[卫健委通报](https://example.org/a)和 **处罚决定**，并附上图片 ![现场照片](https://example.org/p.jpg) 说明。
                """.formatted(PARAGRAPH_HANS);
        SourceDocument d = READER.read(write(dir, "a.html", md));
        assertEquals("markdown", d.format());
        assertEquals("UTF-8", d.charset());
        DocumentMeta m = d.meta();
        assertEquals("青禾医院被责令停业整顿", m.title());
        assertEquals(LocalDate.of(2022, 3, 5), m.published(), "date as written, no shift to UTC");
        assertEquals("东岚财经", m.publisher());
        assertEquals("林一", m.author());
        assertEquals("https://news.example.org/2022/0305/1.html", m.url());
        assertEquals("zh-Hans", m.lang());
        assertEquals("青禾医院被责令停业整顿\n" + PARAGRAPH_HANS + "\n"
                + "第二段提到了卫健委通报和 处罚决定，并附上图片 现场照片 说明。", d.text());
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
    }

    @Test
    void frontMatterWithHtmlBodyAndTrailingMarkdownLinks() throws Exception {
        String md = """
                ---
                title: "致歉信"
                date: 2022-02-01
                categories: qinghe
                tags: 青禾晚报新闻
                ---
                <!-- chart --><p><a href="https://quote.example.org/1"><img src="https://example.org/k.png" alt="K"/></a></p><p>青禾医院：</p>
                 <p>%s</p>
                 <p style="text-align:right;">青禾医院&nbsp;&amp;&nbsp;分院</p>
                 <p class="media">（文章来源：青禾晚报）</p>

                <https://share.example.org/news?id=7>

                [返回青禾新闻](//example.org/c.html)｜[返回首页](//example.org/)
                """.formatted(PARAGRAPH_HANS);
        SourceDocument d = READER.read(write(dir, "b.txt", md));
        assertEquals("markdown", d.format());
        assertEquals("青禾医院：\n" + PARAGRAPH_HANS + "\n青禾医院 & 分院", d.text());
        assertEquals("青禾晚报", d.meta().publisher());
        assertEquals("https://share.example.org/news?id=7", d.meta().url());
        assertEquals(LocalDate.of(2022, 2, 1), d.meta().published());
    }

    @Test
    void tagsNameTheOutletWhenNothingElseDoes() throws Exception {
        String md = """
                ---
                title: 标题
                tags: 东岚日报新闻
                ---
                %s
                """.formatted(PARAGRAPH_HANS);
        assertEquals("东岚日报", READER.read(write(dir, "t.md", md)).meta().publisher());
    }

    @Test
    void htmlPageWithChrome() throws Exception {
        String html = """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                <meta charset="utf-8">
                <title>青禾医院被罚二十万元_东岚网</title>
                <meta property="article:published_time" content="2021-11-02T08:30:00+08:00">
                <meta property="og:url" content="https://og.example.org/x">
                <link rel="canonical" href="https://www.example.org/news/1.html">
                <meta name="author" content="王晓">
                <style>p { color: red }</style>
                <script>var x = "<p>不是正文</p>";</script>
                </head>
                <body>
                <header><a href="/">首页</a> 导航栏文字</header>
                <nav><ul><li><a href="/a">新闻</a></li><li><a href="/b">财经</a></li></ul></nav>
                <article>
                <h1>青禾医院被罚二十万元</h1>
                <p>%s</p>
                <p>罚款决定由青禾市市场监督管理局作出。<br>该院表示接受处罚。</p>
                <p><a href="/next">下一条新闻的标题</a> | <a href="/prev">上一条</a></p>
                <div class="share-bar">分享到 微信 微博</div>
                <div id="comments">网友评论：说得好</div>
                </article>
                <aside>热门排行</aside>
                <form><input name="q"> 搜索</form>
                <footer>版权所有 东岚网</footer>
                </body>
                </html>
                """.formatted(PARAGRAPH_HANS);
        SourceDocument d = READER.read(write(dir, "page.md", html));
        assertEquals("html", d.format());
        assertEquals("青禾医院被罚二十万元\n" + PARAGRAPH_HANS + "\n罚款决定由青禾市市场监督管理局作出。\n该院表示接受处罚。",
                d.text());
        DocumentMeta m = d.meta();
        assertEquals("青禾医院被罚二十万元", m.title());
        assertEquals(LocalDate.of(2021, 11, 2), m.published());
        assertEquals("https://www.example.org/news/1.html", m.url(), "canonical link before og:url");
        assertEquals("王晓", m.author());
        assertEquals("zh-Hans", m.lang());
    }

    @Test
    void htmlDateFromTimeElementAndPubdateMeta() throws Exception {
        String html = "<html><head><title>T</title><meta name=\"pubdate\" content=\"2020/7/9\"></head><body><p>"
                + PARAGRAPH_HANS + "</p><time datetime=\"2019-01-01\">x</time></body></html>";
        assertEquals(LocalDate.of(2020, 7, 9), READER.read(write(dir, "p.txt", html)).meta().published());
        String timed = "<html><body><time datetime=\"2019-01-02T10:00\">一月二日</time><p>" + PARAGRAPH_HANS
                + "</p></body></html>";
        assertEquals(LocalDate.of(2019, 1, 2), READER.read(write(dir, "q.txt", timed)).meta().published());
    }

    @Test
    void plainTextPageDump() throws Exception {
        String text = """
                青禾日报新媒体
                通版阅读请点击:
                展开通版
                当前版:03版:要闻
                发布日期:2021年11月20日
                青禾医院加入区域医疗联盟
                ——两家医院成为联盟成员单位

                %s

                联盟成立于2020年，目前已有十二家成员医院。。该院院长表示将认真落实合作协议。(林一)

                分享到 微信 微博 QQ好友

                联系我们

                  • 青禾市人民路一号
                  • 新闻热线:0000-1234567

                  青ICP备00000000号-1    增值电信业务经营许可证:青B2-00000000
                  Copyright ©2012-2024 青禾新闻网版权所有
                """.formatted(PARAGRAPH_HANS);
        SourceDocument d = READER.read(write(dir, "c.html", text));
        assertEquals("text", d.format());
        assertEquals("青禾医院加入区域医疗联盟\n——两家医院成为联盟成员单位\n" + PARAGRAPH_HANS
                + "\n联盟成立于2020年，目前已有十二家成员医院。。该院院长表示将认真落实合作协议。(林一)", d.text());
        DocumentMeta m = d.meta();
        assertEquals("青禾医院加入区域医疗联盟", m.title());
        assertEquals(LocalDate.of(2021, 11, 20), m.published());
        assertEquals("青禾日报", m.publisher());
        assertEquals("林一", m.author());
        assertNull(m.url());
    }

    @Test
    void pipeSeparatedMetaLineInTraditionalScript() throws Exception {
        String text = """
                青禾醫院加入醫療聯盟
                編輯: 陳明 | 時間: 2016-03-04 10:20:30 | 來源: 東嵐新聞網 |
                %s
                """.formatted(Fixtures.PARAGRAPH_HANT);
        SourceDocument d = READER.read(write(dir, "d.txt", text));
        DocumentMeta m = d.meta();
        assertEquals("陳明", m.author());
        assertEquals(LocalDate.of(2016, 3, 4), m.published());
        assertEquals("東嵐新聞網", m.publisher());
        assertEquals("zh-Hant", m.lang());
        assertEquals("青禾醫院加入醫療聯盟\n" + Fixtures.PARAGRAPH_HANT, d.text());
    }

    @Test
    void englishTextWithDatePrefix() throws Exception {
        String text = " date 2020-05-06 Two clinics in Qinghe joined a regional care network on Tuesday.\n\n"
                + "The network was   created in 2011 and has\tforty members.\n";
        SourceDocument d = READER.read(write(dir, "e.txt", text));
        assertEquals("text", d.format());
        assertEquals(LocalDate.of(2020, 5, 6), d.meta().published());
        assertEquals("en", d.meta().lang());
        assertEquals("Two clinics in Qinghe joined a regional care network on Tuesday.\n"
                + "The network was created in 2011 and has forty members.", d.text());
    }

    @Test
    void aDateLineWithTheOutletAfterASeparatorInEnglishOrInFigures() throws Exception {
        String english = "Qinghe clinic joins a care network\nMarch 2, 2023 | Qinghe Health Weekly\n\n"
                + "Qinghe Clinic has joined the Eastern Care Network, the clinic said on Monday.\n";
        SourceDocument d = READER.read(write(dir, "en.txt", english));
        assertEquals(LocalDate.of(2023, 3, 2), d.meta().published());
        assertEquals("Qinghe Health Weekly", d.meta().publisher());
        assertEquals("Qinghe clinic joins a care network\nQinghe Clinic has joined the Eastern Care Network, the clinic said on Monday.",
                d.text(), "the date line leaves the text");
        String dayFirst = "Qinghe clinic joins a care network\n2 Sept. 2023\n\nQinghe Clinic has joined the network.\n";
        assertEquals(LocalDate.of(2023, 9, 2), READER.read(write(dir, "en2.txt", dayFirst)).meta().published());
        String figures = "青禾医院加入区域医疗联盟\n2021-11-20 09:30 | 青禾日报\n\n" + PARAGRAPH_HANS + "\n";
        DocumentMeta m = READER.read(write(dir, "zh.txt", figures)).meta();
        assertEquals(LocalDate.of(2021, 11, 20), m.published());
        assertEquals("青禾日报", m.publisher());
        String sentence = "青禾医院加入区域医疗联盟\nMarch 2, 2023 was the day Qinghe Clinic joined the network.\n";
        assertNull(READER.read(write(dir, "en3.txt", sentence)).meta().published(), "a sentence that starts with a date");
    }

    @Test
    void markdownWithoutFrontMatterStartsWithAHeading() throws Exception {
        String md = "# 青禾医院新闻\n\n> " + PARAGRAPH_HANS + "\n\n- 第一条：责令改正\n- 第二条：罚款\n";
        SourceDocument d = READER.read(write(dir, "f", md));
        assertEquals("markdown", d.format());
        assertEquals("青禾医院新闻\n" + PARAGRAPH_HANS + "\n第一条：责令改正\n第二条：罚款", d.text());
        assertEquals("青禾医院新闻", d.meta().title());
    }

    @Test
    void datelineGivesOutletAndReporter() throws Exception {
        String md = """
                ---
                title: 标题
                date: 2022-01-06
                ---
                东岚财经1月6日电(记者 林一)%s
                """.formatted(PARAGRAPH_HANS);
        DocumentMeta m = READER.read(write(dir, "g.md", md)).meta();
        assertEquals("东岚财经", m.publisher());
        assertEquals("林一", m.author());
    }

    @Test
    void datelineDateNeedsAYear() throws Exception {
        String withYear = "东岚社青禾2021年3月8日电 " + PARAGRAPH_HANS;
        DocumentMeta m = READER.read(write(dir, "h.txt", withYear)).meta();
        assertEquals(LocalDate.of(2021, 3, 8), m.published());
        assertEquals("东岚社", m.publisher());
        String noYear = "东岚社青禾3月8日电 " + PARAGRAPH_HANS;
        assertNull(READER.read(write(dir, "i.txt", noYear)).meta().published());
        String urlYear = "---\ntitle: t\nurl: https://example.org/2019/0308/5.html\n---\n" + noYear;
        assertEquals(LocalDate.of(2019, 3, 8), READER.read(write(dir, "j.md", urlYear)).meta().published());
    }

    @Test
    void sourceLineThatNamesNoOutletIsIgnored() throws Exception {
        String text = PARAGRAPH_HANS + "\n来源：网络\n";
        SourceDocument d = READER.read(write(dir, "k.txt", text));
        assertNull(d.meta().publisher());
        assertFalse(d.text().contains("来源"));
    }

    @Test
    void dateFollowedBySourceOnOneLine() throws Exception {
        String text = "青禾医院被罚\n2022-04-01 09:30 来源：东岚网 作者：林一\n" + PARAGRAPH_HANS + "\n";
        SourceDocument d = READER.read(write(dir, "l.txt", text));
        assertEquals(LocalDate.of(2022, 4, 1), d.meta().published());
        assertEquals("东岚网", d.meta().publisher());
        assertEquals("林一", d.meta().author());
        assertEquals("青禾医院被罚\n" + PARAGRAPH_HANS, d.text());
    }

    @Test
    void letterDateInTheBodyStays() throws Exception {
        String md = "---\ndate: 2022-01-14\n---\n青禾医院：\n" + PARAGRAPH_HANS + "\n2022年1月13日\n";
        SourceDocument d = READER.read(write(dir, "m.md", md));
        assertEquals(LocalDate.of(2022, 1, 14), d.meta().published());
        assertTrue(d.text().endsWith("\n2022年1月13日"));
    }

    @Test
    void englishByline() throws Exception {
        String text = "Clinic fined\nBy Ann Lee\nA clinic in Qinghe was fined on Monday for overcharging patients.\n";
        SourceDocument d = READER.read(write(dir, "n.txt", text));
        assertEquals("Ann Lee", d.meta().author());
        assertEquals("Clinic fined", d.meta().title());
        assertEquals("en", d.meta().lang());
        assertEquals("Clinic fined\nA clinic in Qinghe was fined on Monday for overcharging patients.", d.text());
    }

    @Test
    void htmlCommentsInMarkdownAreDropped() throws Exception {
        String md = "---\ntitle: t\n---\n<!-- ad slot -->\n" + PARAGRAPH_HANS + "\n\n第二段。\n";
        assertEquals(PARAGRAPH_HANS + "\n第二段。", READER.read(write(dir, "o.md", md)).text());
    }

    @Test
    void sentencesThatLookLikeBylinesOrDatelinesStay() throws Exception {
        String text = "医院回应记者提问\n患者家属1月6日电话求救，医院称已安排救治。\n" + PARAGRAPH_HANS;
        String url = "---\nurl: https://example.org/2022/0106/1.html\n---\n" + text;
        SourceDocument d = READER.read(write(dir, "p.md", url));
        assertEquals(text, d.text());
        assertNull(d.meta().author());
        assertNull(d.meta().publisher());
        assertNull(d.meta().published());
    }

    @Test
    void chineseBylineLineIsTakenOut() throws Exception {
        SourceDocument d = READER.read(write(dir, "q.txt", "东岚编辑 林一\n" + PARAGRAPH_HANS));
        assertEquals("林一", d.meta().author());
        assertEquals(PARAGRAPH_HANS, d.text());
    }

    @Test
    void htmlAfterLeadingCommentAndLongWhiteSpace() throws Exception {
        String html = "<!-- saved page -->\n" + " ".repeat(5000) + "<div><p>" + PARAGRAPH_HANS + "</p></div>\n"
                + "<p>" + "<b>".repeat(2000) + "粗体</p>";
        SourceDocument d = READER.read(write(dir, "r.txt", html));
        assertEquals("html", d.format());
        assertEquals(PARAGRAPH_HANS + "\n粗体", d.text());
    }

    @Test
    void textThatMentionsTagsIsNotHtml() throws Exception {
        String text = "<<青禾医院管理条例>>今天发布。\n" + PARAGRAPH_HANS;
        SourceDocument d = READER.read(write(dir, "s.txt", text));
        assertEquals("text", d.format());
        assertEquals(text, d.text());
    }

    @Test
    void htmlSiteNameAndDeclaredLanguage() throws Exception {
        String html = "<html lang=\"zh-TW\"><head><meta property=\"og:site_name\" content=\"東嵐網\"></head>"
                + "<body><p>2022 · 05 · 06</p></body></html>";
        SourceDocument d = READER.read(write(dir, "t.html", html));
        assertEquals("東嵐網", d.meta().publisher());
        assertEquals("zh-Hant", d.meta().lang(), "no letters in the text: the page's lang attribute decides");
        assertEquals("2022 · 05 · 06", d.text());
    }

    @Test
    void dataTablesBecomeLabelledRowsAndLayoutTablesStayText() throws Exception {
        String html = "<html><body><p>处罚信息公示如下：</p><table><tr><th>被处罚单位</th><th>处罚内容</th><th>处罚机关</th></tr>"
                + "<tr><td>南湖医院</td><td>警告；罚款3000元</td><td>江城市卫生健康委员会</td></tr>"
                + "<tr><td>北山诊所</td><td>罚款5000元</td><td></td></tr></table>"
                + "<table><tr><td><table><tr><td>青禾医院今日开业。</td></tr></table></td></tr></table></body></html>";
        assertEquals("处罚信息公示如下：\n被处罚单位:南湖医院,处罚内容:警告,罚款3000元,处罚机关:江城市卫生健康委员会。\n"
                + "被处罚单位:北山诊所,处罚内容:罚款5000元。\n青禾医院今日开业。", READER.read(write(dir, "t.html", html)).text());
        String md = "---\ntitle: 公示\ndate: 2024-01-02\n---\n\n| Hospital | Measure | Issuer |\n| --- | :---: | --- |\n| North Clinic | fined; warned | Qinghe Health Commission |\n\n"
                + "| 一列 |\n| --- |\n| 值 |\n";
        assertEquals("Hospital: North Clinic, Measure: fined, warned, Issuer: Qinghe Health Commission.\n| 一列 |\n| --- |\n| 值 |",
                READER.read(write(dir, "t.md", md)).text());
    }

    @Test
    void aPipeTableWithoutItsRuleInPlainTextIsReadByRow() throws Exception {
        String text = "南湖医疗年度报告摘录\n2024-04-26 南湖医疗\n\n董事和高级管理人员情况\n| 姓名 | 职务 | 性别 |\n| 钱晓东 | 董事长 | 男 |\n"
                + "| 孙立 | 财务总监 | 女 |\n\n本报告经董事会审议通过。| 这一行 | 不是表格 |\n";
        assertEquals("南湖医疗年度报告摘录\n董事和高级管理人员情况\n姓名:钱晓东,职务:董事长,性别:男。\n姓名:孙立,职务:财务总监,性别:女。\n"
                + "本报告经董事会审议通过。| 这一行 | 不是表格 |", READER.read(write(dir, "pipes.txt", text)).text());
    }

    @Test
    void aTableOfTwoColumnsIsOneOfItemsAndValues() throws Exception {
        String html = "<html><body><p>公司简介</p><table><tr><th>项目</th><th>内容</th></tr><tr><td>股票简称</td><td>南湖医疗</td></tr>"
                + "<tr><td>董事长</td><td>钱晓东</td></tr></table></body></html>";
        assertEquals("公司简介\n股票简称:南湖医疗。\n董事长:钱晓东。", READER.read(write(dir, "kv.html", html)).text());
        String noted = "<html><body><table><tr><th>名称</th><th>法定代表人(负责人)</th><th>罚款（元）</th></tr>"
                + "<tr><td>南湖诊所</td><td>钱晓东</td><td>3000</td></tr></table></body></html>";
        assertEquals("名称:南湖诊所,法定代表人:钱晓东,罚款:3000。", READER.read(write(dir, "noted.html", noted)).text(),
                "a header's note in brackets is left out of its label");
    }

    @Test
    void aDateAndAnOutletSeparatedBySpaceOnly() throws Exception {
        String text = "青禾医院产妇术后死亡\n2025-02-18 东岚新闻社\n\n" + PARAGRAPH_HANS + "\n";
        DocumentMeta m = READER.read(write(dir, "sp.txt", text)).meta();
        assertEquals(LocalDate.of(2025, 2, 18), m.published());
        assertEquals("东岚新闻社", m.publisher());
    }

    @Test
    void aDateLineWithSeveralBarredFields() throws Exception {
        String text = "Qinghe clinic joins a network\n2024-10-16 | Source: Qinghe Network press release | QINGHE\n\n"
                + "Qinghe Clinic has joined the Eastern Care Network.\n";
        DocumentMeta m = READER.read(write(dir, "bars.txt", text)).meta();
        assertEquals(LocalDate.of(2024, 10, 16), m.published());
        assertEquals("Qinghe Network press release", m.publisher());
    }
}
