import Foundation
import XCTest
@testable import YaodianCore

/// The Clean stage end to end: invented pages of a district health commission, with the chrome
/// real pages carry, reduced to the document's own text and the metadata the chrome showed.
final class DocumentCleanerTests: XCTestCase {
    private func pairs(_ clean: CleanDocument) -> [String] {
        clean.chromeFields.map { "\($0.label)=\($0.value)" }
    }

    // MARK: A whole web page

    private let webPage = """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <title>2023年青溪区卫生健康工作要点_青溪区卫生健康委员会</title>
    <meta name="ArticleTitle" content="2023年青溪区卫生健康工作要点">
    <meta name="PubDate" content="2023-02-14 09:30">
    <meta name="ContentSource" content="青溪区卫生健康委员会">
    <style>.hide{color:red} /* 样式表里的中文 2023 */</style>
    <script>var tongji = "统计代码 12345"; document.write("不应出现的脚本文字");</script>
    </head>
    <body>
    <div class="top-links"><a href="#">适老版</a> | <a href="#">无障碍</a> | <a href="#">English</a></div>
    <div class="header"><h1>青溪区卫生健康委员会</h1><p>青溪区人民政府门户网站</p></div>
    <nav><ul><li>首页</li><li>机构概况</li><li>政务公开</li><li>办事服务</li></ul></nav>
    <div class="location">您现在所在的位置：<a href="/">首页</a> &gt; <a href="#">政务公开</a> &gt; 计划总结</div>
    <div style="display:none">隐藏的博彩广告 澳门线上娱乐 8888</div>
    <div style="position:absolute;left:-9999px;top:0">屏幕外的垃圾链接 买药网 1. 2. 3.</div>
    <!-- 注释里的中文：第二稿 2022年12月 一、旧的标题 -->
    <div class="article">
    <table class="meta-table">
    <tr><td>索 引 号：</td><td>11330106MB1234567X/2023-00021</td><td>文 号：</td><td></td></tr>
    <tr><td>发布机构：</td><td>青溪区卫生健康委员会</td><td>成文日期：</td><td>2023-02-10</td></tr>
    </table>
    <h2 class="title">2023年青溪区卫生健康工作要点</h2>
    <div class="info">发布日期：2023-02-14　来源：区卫生健康委　浏览次数：1024</div>
    <div class="font">【字号：<a>大</a> <a>中</a> <a>小</a>】 <a>打印本页</a> <a>关闭窗口</a></div>
    <div class="content">
    <p>2023年全区卫生健康工作以人民健康为中心，持续深化医药卫生体制改革。</p>
    <p>一、提升公共卫生服务能力</p>
    <p>（一）完善疾病预防控制体系。推进区疾控中心标准化建设。</p>
    <p>1.加强传染病监测预警，实现哨点医院全覆盖。</p>
    <p>2.做好适龄儿童免疫规划疫苗接种，接种率保持在95%以上。</p>
    <p>二、推进优质医疗资源扩容下沉</p>
    <p>（一）深化紧密型医共体建设，提升基层诊疗量占比。</p>
    <p style="text-align:right">青溪区卫生健康委员会</p>
    <p style="text-align:right">2023年2月10日</p>
    </div>
    <div class="share">分享到：微信 微博 QQ空间</div>
    <p>扫一扫在手机打开当前页</p>
    <div class="list"><h3>相关链接</h3><ul><li>国家卫生健康委员会</li><li>省卫生健康委员会</li></ul></div>
    </div>
    <div class="bottom">
    <p>主办单位：青溪区卫生健康委员会　承办单位：青溪区大数据发展中心</p>
    <p>网站标识码：3301060012　浙ICP备12345678号-2　浙公网安备 33010602001234号</p>
    <p>Copyright © 2023 青溪区卫生健康委员会 版权所有</p>
    <p>联系电话：0571-87654321</p>
    </div>
    <footer><p>网站地图 | 联系我们</p></footer>
    </body>
    </html>
    """

    func testWebPageBodyIsTheDocumentOnly() throws {
        let clean = try PageFixture.clean(webPage)
        XCTAssertEqual(PageFixture.lines(clean), [
            "2023年青溪区卫生健康工作要点",
            "2023年全区卫生健康工作以人民健康为中心，持续深化医药卫生体制改革。",
            "一、提升公共卫生服务能力",
            "（一）完善疾病预防控制体系。推进区疾控中心标准化建设。",
            "1.加强传染病监测预警，实现哨点医院全覆盖。",
            "2.做好适龄儿童免疫规划疫苗接种，接种率保持在95%以上。",
            "二、推进优质医疗资源扩容下沉",
            "（一）深化紧密型医共体建设，提升基层诊疗量占比。",
            "青溪区卫生健康委员会",
            "2023年2月10日",
        ])
    }

    func testWebPageChromeMetadataGoesToFields() throws {
        let clean = try PageFixture.clean(webPage)
        let fields = pairs(clean)
        for expected in ["索引号=11330106MB1234567X/2023-00021", "文号=", "发布机构=青溪区卫生健康委员会",
                         "成文日期=2023-02-10", "发布日期=2023-02-14", "来源=区卫生健康委", "浏览次数=1024"] {
            XCTAssertTrue(fields.contains(expected), "\(expected) not in \(fields)")
        }
        XCTAssertEqual(clean.chromeFields.first { $0.label == "索引号" }?.field, .indexNumber)
        XCTAssertEqual(clean.chromeFields.first { $0.label == "成文日期" }?.field, .writtenDate)
    }

    func testWebPageMastheadTitleAndMeta() throws {
        let clean = try PageFixture.clean(webPage)
        XCTAssertEqual(clean.siteHeader, ["青溪区卫生健康委员会", "青溪区人民政府门户网站"])
        XCTAssertEqual(clean.htmlTitle, "2023年青溪区卫生健康工作要点_青溪区卫生健康委员会")
        XCTAssertEqual(clean.htmlMeta["articletitle"], "2023年青溪区卫生健康工作要点")
        XCTAssertEqual(clean.htmlMeta["pubdate"], "2023-02-14 09:30")
        XCTAssertEqual(clean.htmlMeta["contentsource"], "青溪区卫生健康委员会")
        XCTAssertEqual(clean.truncations, [])
        XCTAssertNil(clean.tableOfContents)
        XCTAssertFalse(clean.depthLimited)
    }

    func testNoChromeWordReachesTheBody() throws {
        let body = try PageFixture.clean(webPage).body
        for noise in ["统计代码", "不应出现", "样式表", "注释里", "博彩", "买药网", "适老版", "无障碍", "English", "机构概况",
                      "当前位置", "所在的位置", "浏览次数", "字号", "打印", "关闭", "分享", "扫一扫", "相关链接",
                      "国家卫生健康委员会", "主办单位", "网站标识码", "ICP备", "公网安备", "Copyright", "联系电话", "网站地图"] {
            XCTAssertFalse(body.contains(noise), noise)
        }
    }

    // MARK: Text copied out of a page

    private let copiedPage = """
    长辈版 | 无障碍 | English
    青溪区卫生健康委员会
    青溪区人民政府门户网站
    您现在所在的位置：首页 > 信息公开 > 计划总结
    索 引 号： | 11330106MB1234567X/2023-00021 | 文 号： | 发布机构： | 青溪区卫生健康委员会 |
    成文日期： | 2023-02-10 | 主题分类： | 卫生、体育 |
    2023年青溪区卫生健康工作要点
    发布时间：2023-02-14 10:02　来源：区卫健委　点击次数：
    【字号：大 中 小】【打印本页】【关闭窗口】
    2023年，全区卫生健康工作以人民健康为中心，坚持预防为主，深化医药卫生体制改革，
    努力为群众提供全方位全周期健康服务。
    一、提升公共卫生服务能力
    （一）完善疾病预防控制体系。
    1.加强传染病监测预警，实现哨点医院全覆盖。
    2.适龄儿童免疫规划疫苗接种率保持在95%以上。
    二、推进优质医疗资源扩容下沉
    （一）深化紧密型医共体建设。
    3.基层就诊率达到65%以上。
    青溪区卫生健康委员会
    2023年2月10日
    扫一扫在手机打开当前页
    相关链接
    区人民政府
    区发展和改革局
    主办单位：青溪区卫生健康委员会　承办单位：青溪区大数据发展中心
    网站标识码：3301060012　浙ICP备12345678号-2　浙公网安备 33010602001234号
    Copyright © 2023 青溪区卫生健康委员会 版权所有
    联系电话：0571-87654321
    """

    func testCopiedTextBodyIsTheDocumentOnly() throws {
        let clean = try PageFixture.clean(copiedPage, path: "qingxi/plan.txt")
        XCTAssertEqual(PageFixture.lines(clean), [
            "2023年青溪区卫生健康工作要点",
            "2023年，全区卫生健康工作以人民健康为中心，坚持预防为主，深化医药卫生体制改革，努力为群众提供全方位全周期健康服务。",
            "一、提升公共卫生服务能力",
            "（一）完善疾病预防控制体系。",
            "1.加强传染病监测预警，实现哨点医院全覆盖。",
            "2.适龄儿童免疫规划疫苗接种率保持在95%以上。",
            "二、推进优质医疗资源扩容下沉",
            "（一）深化紧密型医共体建设。",
            "3.基层就诊率达到65%以上。",
            "青溪区卫生健康委员会",
            "2023年2月10日",
        ])
        XCTAssertNil(clean.htmlTitle)
        XCTAssertEqual(clean.htmlMeta, [:])
    }

    func testCopiedTextMetadataLinesBecomeFields() throws {
        let clean = try PageFixture.clean(copiedPage, path: "qingxi/plan.txt")
        XCTAssertEqual(Array(pairs(clean).prefix(8)), [
            "索引号=11330106MB1234567X/2023-00021", "文号=", "发布机构=青溪区卫生健康委员会",
            "成文日期=2023-02-10", "主题分类=卫生、体育",
            "发布时间=2023-02-14 10:02", "来源=区卫健委", "点击次数=",
        ])
    }

    func testCopiedTextMastheadAboveTheBreadcrumb() throws {
        let clean = try PageFixture.clean(copiedPage, path: "qingxi/plan.txt")
        XCTAssertEqual(clean.siteHeader, ["青溪区卫生健康委员会", "青溪区人民政府门户网站"])
    }

    func testWindowsLineEndingsAreLineEnds() throws {
        let crlf = copiedPage.replacingOccurrences(of: "\n", with: "\r\n")
        let clean = try PageFixture.clean(crlf, path: "qingxi/plan.txt")
        XCTAssertEqual(clean.body, try PageFixture.clean(copiedPage, path: "qingxi/plan.txt").body)
    }

    // MARK: Masthead and footer

    func testBreadcrumbFarDownIsNotAMasthead() throws {
        let body = (1...30).map { "\($0).推进第\($0)项重点工作落实。" }
        let page = body.joined(separator: "\n") + "\n当前位置：首页 > 政务公开\n31.持续改进。"
        let clean = try PageFixture.clean(page, path: "plan.txt")
        XCTAssertEqual(clean.siteHeader, [])
        XCTAssertEqual(PageFixture.lines(clean), body + ["31.持续改进。"])
    }

    func testFooterDropsTheShortLinesAfterIt() throws {
        let clauses = (1...6).map { "\($0).推进第\($0)项重点工作落实。" }
        let longAfterFooter = String(repeating: "本网站所载内容仅供参考，", count: 12)
        XCTAssertGreaterThanOrEqual(longAfterFooter.count, 120)
        let page = (clauses + ["主办单位：青溪区卫生健康委员会", "地址：青溪区人民路1号", "邮编：310000", "联系我们", longAfterFooter])
            .joined(separator: "\n")
        let clean = try PageFixture.clean(page, path: "plan.txt")
        XCTAssertEqual(PageFixture.lines(clean), clauses + [longAfterFooter])
    }

    func testFooterWordInTheFirstHalfDropsOnlyItsLine() throws {
        let page = "网站标识码：3301060012\n2023年青溪区卫生健康工作要点\n一、总体要求\n二、重点任务\n三、保障措施\n"
        let clean = try PageFixture.clean(page, path: "plan.txt")
        XCTAssertEqual(PageFixture.lines(clean), ["2023年青溪区卫生健康工作要点", "一、总体要求", "二、重点任务", "三、保障措施"])
    }

    func testSentencesWithChromeWordsInTheSecondHalfAreKept() throws {
        let page = """
        2023年青溪区卫生健康工作要点
        一、提升公共卫生服务能力
        1.完善疾病预防控制体系，推进区疾控中心标准化建设。
        2.强化基层医疗机构能力建设。
        二、推进优质医疗资源扩容下沉
        3.深化与省级医院合作，由省级专家团队提供技术支持。
        4.健康科普文章阅读量达到50万人次。
        5.推进胸痛中心建设。
        三、加强组织保障
        6.落实工作责任。
        """
        let clean = try PageFixture.clean(page, path: "plan.txt")
        XCTAssertEqual(clean.body, page)
    }

    func testClauseMentioningTheHomePageIsNotABreadcrumb() throws {
        let page = """
        2023年青溪区卫生健康工作要点
        一、提升健康教育水平
        1.办好健康讲座。
        2.在区政府网站首页开设《健康青溪》专栏
        3.推进健康促进医院建设。
        """
        let clean = try PageFixture.clean(page, path: "plan.txt")
        XCTAssertEqual(clean.siteHeader, [])
        XCTAssertEqual(clean.body, page)
    }

    func testHeadingThatStartsLikeARelatedLinksListIsKept() throws {
        let page = """
        2023年青溪区卫生健康工作要点
        一、推进数字健康建设
        1.推进区域全民健康信息平台建设。
        相关信息系统整合
        2.推进电子健康档案开放。
        3.推进互联网医院建设。
        """
        XCTAssertEqual(try PageFixture.clean(page, path: "plan.txt").body, page)
    }

    // MARK: Numbered junk left by spam tags

    func testBareMarkersBetweenSpamTagsAreDropped() throws {
        let html = """
        <kbd id="q7xm"></kbd><small id="q7xm"></small>
        <strike id="q7xm"><em id="q7xm"></em></strike>
        1. <cite id="q7xm"><tt id="q7xm"></tt></cite>
        2. <ruby id="q7xm"></ruby>
        3. <var id="q7xm"></var>
        <p id="q7xm"><td id="q7xm"></td></p><track id="q7xm"></track>
        <p>青溪区2022年卫生健康工作总结</p>
        <p>一、主要工作成效</p>
        <p>全年完成核酸检测120万人次。</p>
        """
        let clean = try PageFixture.clean(html, path: "summary.txt")
        XCTAssertEqual(PageFixture.lines(clean), ["青溪区2022年卫生健康工作总结", "一、主要工作成效", "全年完成核酸检测120万人次。"])
    }

    func testBareMarkersAboveTheBreadcrumbDoNotReachTheBody() throws {
        let html = """
        <kbd id="q7xm"></kbd>
          • <input id="q7xm"><dfn id="q7xm"></dfn>
            1. <cite id="q7xm"></cite>
            2. <ruby id="q7xm"></ruby>
            3. <var id="q7xm"></var>
            当前位置:
            青溪区2022年卫生健康工作总结
            发布日期:2023-01-09 浏览次数:
            一、主要工作成效
        """
        let clean = try PageFixture.clean(html, path: "summary.txt")
        XCTAssertEqual(PageFixture.lines(clean), ["青溪区2022年卫生健康工作总结", "一、主要工作成效"])
        XCTAssertEqual(pairs(clean), ["发布日期=2023-01-09", "浏览次数="])
    }

    func testSingleBareMarkerFollowedByItsHeadingIsKept() throws {
        let page = """
        一、主要工作成效
        1.
        疫情防控有力有序
        全年完成核酸检测120万人次。
        2.
        医疗服务能力持续提升
        """
        let clean = try PageFixture.clean(page, path: "summary.txt")
        XCTAssertEqual(PageFixture.lines(clean), [
            "一、主要工作成效", "1.", "疫情防控有力有序", "全年完成核酸检测120万人次。", "2.", "医疗服务能力持续提升",
        ])
    }

    func testBareMarkerWithNothingAfterItIsDropped() throws {
        let clean = try PageFixture.clean("一、主要工作成效\n全年完成核酸检测120万人次。\n（二）\n", path: "summary.txt")
        XCTAssertEqual(PageFixture.lines(clean), ["一、主要工作成效", "全年完成核酸检测120万人次。"])
    }

    func testRunOfBareMarkersInTheMiddleIsDropped() throws {
        let page = "一、主要工作成效\n1.\n2.\n3.\n4.\n全年完成核酸检测120万人次。\n"
        let clean = try PageFixture.clean(page, path: "summary.txt")
        XCTAssertEqual(PageFixture.lines(clean), ["一、主要工作成效", "全年完成核酸检测120万人次。"])
    }

    // MARK: Robustness

    func testTenThousandNestedDivsDoNotCrashAndKeepTheText() throws {
        let depth = 12_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth)
            + "<p>2023年青溪区卫生健康工作要点</p><p>一、深层嵌套的正文仍然保留。</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let clean = try PageFixture.clean(html)
        XCTAssertEqual(PageFixture.lines(clean), ["2023年青溪区卫生健康工作要点", "一、深层嵌套的正文仍然保留。"])
        XCTAssertFalse(clean.depthLimited)
    }

    func testPageDeclaringGB2312ButWrittenInUTF8() throws {
        let html = """
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
        <title>青溪区工作要点</title></head>
        <body><p>一、𠀀村卫生室标准化建设</p><p>二、深化医共体建设。</p></body></html>
        """
        let clean = try PageFixture.clean(html)
        XCTAssertEqual(PageFixture.lines(clean), ["一、𠀀村卫生室标准化建设", "二、深化医共体建设。"])
        XCTAssertEqual(clean.htmlTitle, "青溪区工作要点")
    }

    func testPageOfOnlyChromeHasAnEmptyBody() throws {
        let html = "<html><body><nav>首页</nav><p>当前位置：首页 > 政务公开</p><p>浏览次数：12</p><footer>版权所有</footer></body></html>"
        let clean = try PageFixture.clean(html)
        XCTAssertEqual(clean.body, "")
        XCTAssertEqual(clean.truncations, [])
    }

    func testWhitespaceOnlyTextHasAnEmptyBody() throws {
        XCTAssertEqual(try PageFixture.clean(" \n\u{3000}\n\t\n", format: .text).body, "")
        XCTAssertEqual(try PageFixture.clean("", format: .html).body, "")
    }

    func testBodyHasOneParagraphPerLineAndNoBlankLines() throws {
        let html = "<body><p>一、总体要求</p>\n\n\n<p>　　全面推进健康青溪建设。　</p><br><br><div>二、重点任务</div></body>"
        XCTAssertEqual(try PageFixture.clean(html).body, "一、总体要求\n全面推进健康青溪建设。\n二、重点任务")
    }
}

/// A page that prints its article title above the breadcrumb keeps the title in the body.
final class TitleAboveBreadcrumbTests: XCTestCase {
    func testTitleAboveTheBreadcrumbStaysInTheBody() throws {
        let html = """
        <html><head><title>关于印发某某县2023年卫生健康工作要点的通知_某某县人民政府</title></head><body>
        <div class="logo">某某县人民政府</div>
        <h1>关于印发某某县2023年卫生健康工作要点的通知</h1>
        <div class="pos">当前位置：首页 &gt; 政策文件</div>
        <p>各乡镇卫生院：</p><p>一、总体要求</p><p>坚持人民至上。</p>
        </body></html>
        """
        let source = DocumentSource(docID: "d", sourcePath: "d.html", bytes: Array(html.utf8))
        let clean = try DocumentCleaner().clean(try TextDecoder().decode(source))
        XCTAssertEqual(clean.body, "关于印发某某县2023年卫生健康工作要点的通知\n各乡镇卫生院：\n一、总体要求\n坚持人民至上。")
        XCTAssertEqual(clean.siteHeader, ["某某县人民政府"])
    }
}

/// `CleanDocument.bodyLines` is kept from the line pass instead of splitting the body again;
/// it must be exactly `body.nonEmptyLines` on every kind of page, banners and tables of contents
/// included, and follow the body when a caller replaces it.
final class BodyLinesTests: XCTestCase {
    func testBodyLinesAreTheBodySplitIntoLines() throws {
        var pages: [(String, DecodedDocument.Format)] = [
            ("<body><p>一、总体要求</p>\n\n<p>　　全面推进。　</p><br><br><div>二、重点任务</div></body>", .html),
            ("目录\n一、总体要求\n二、重点任务\n一、总体要求\n坚持人民至上。\n二、重点任务\n1.推进改革。", .text),
            ("一、总体要求\n完成目标（未完，请登录后查看全文）继续推进\n二、任务\r\n三、保障\r最后一行", .text),
            ("  \n\u{3000}\n", .text),
            ("第一章 总则\n\u{2028}第一条 为了规范。\u{85}第二条 适用。", .text),
        ]
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../corpus")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".txt") {
            pages.append((try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8), .text))
        }
        for (text, format) in pages {
            let clean = try PageFixture.clean(text, format: format)
            XCTAssertEqual(clean.bodyLines, clean.body.nonEmptyLines, String(text.prefix(40)))
        }
        var clean = try PageFixture.clean("一、总体要求\n坚持。", format: .text)
        clean.body = "甲\n\n乙"
        XCTAssertEqual(clean.bodyLines, ["甲", "乙"])
    }
}
