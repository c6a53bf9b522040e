import Foundation
import XCTest
import YaodianCore

/// libxml2 parses the page; the walk keeps visible text only, with block and cell boundaries.
final class HTMLDocumentTests: XCTestCase {
    private func extract(_ html: String) throws -> HTMLText {
        try HTMLDocument.extract(html, path: "qingxi/page.html")
    }

    /// Non-empty trimmed lines of the extracted text.
    private func lines(_ html: String) throws -> [String] {
        try extract(html).text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func testTitleAndTRSMetaAreRead() throws {
        let html = """
        <html><head>
        <title>2023年青溪区卫生健康工作要点_青溪区卫生健康委员会</title>
        <meta name="ArticleTitle" content="2023年青溪区卫生健康工作要点">
        <meta name="PubDate" content="2023-02-14 09:30">
        <meta name="ContentSource" content="青溪区卫生健康委员会">
        <meta property="og:site_name" content="青溪区人民政府">
        <meta http-equiv="X-UA-Compatible" content="IE=edge">
        </head><body><p>一、总体要求</p></body></html>
        """
        let text = try extract(html)
        XCTAssertEqual(text.title, "2023年青溪区卫生健康工作要点_青溪区卫生健康委员会")
        XCTAssertEqual(text.meta["articletitle"], "2023年青溪区卫生健康工作要点")
        XCTAssertEqual(text.meta["pubdate"], "2023-02-14 09:30")
        XCTAssertEqual(text.meta["contentsource"], "青溪区卫生健康委员会")
        XCTAssertEqual(text.meta["og:site_name"], "青溪区人民政府")
        XCTAssertEqual(text.meta.count, 4, "http-equiv has no name: \(text.meta)")
        XCTAssertEqual(try lines(html), ["一、总体要求"])
    }

    func testOnlyTheFirstTitleCounts() throws {
        let text = try extract("<html><head><title>第一个标题</title></head><body><title>第二个标题</title><p>正文</p></body></html>")
        XCTAssertEqual(text.title, "第一个标题")
    }

    func testScriptStyleAndCommentsWithChineseTextAreDropped() throws {
        let html = """
        <html><head><script>var a = "头部脚本 2023";</script></head><body>
        <script type="text/javascript">document.write("统计代码：青溪区访问量 88888");</script>
        <style>.t{font-size:14px} /* 样式说明 第3版 */</style>
        <!-- 旧版正文：2022年工作要点 12项任务 -->
        <noscript>请开启脚本以浏览本站</noscript>
        <p>一、提升公共卫生服务能力</p>
        <template><p>模板文字</p></template>
        </body></html>
        """
        XCTAssertEqual(try lines(html), ["一、提升公共卫生服务能力"])
    }

    func testHiddenElementsAreDropped() throws {
        let html = """
        <body>
        <div style="display:none">澳门线上娱乐 注册送88元</div>
        <div style="DISPLAY: NONE;">大写隐藏 666</div>
        <span style="visibility:hidden">隐形链接</span>
        <div style="position:absolute;left:-9999px;top:-9999px">屏幕外的垃圾链接 买药网</div>
        <p style="text-indent:-2000px">缩进到屏幕外的文字</p>
        <div style="font-size:0">字号为零的文字</div>
        <div style="height:0;overflow:hidden">高度为零的文字</div>
        <div style="opacity:0">透明的文字</div>
        <div hidden>带hidden属性的文字</div>
        <div aria-hidden="true">读屏隐藏的文字</div>
        <p>（一）完善疾病预防控制体系。</p>
        <p style="margin-left:-20px;color:#333">略微左移的正文仍然可见。</p>
        </body>
        """
        XCTAssertEqual(try lines(html), ["（一）完善疾病预防控制体系。", "略微左移的正文仍然可见。"])
    }

    func testNavigationFooterAndWidgetElementsAreDropped() throws {
        let html = """
        <body>
        <nav><a>首页</a><a>政务公开</a></nav>
        <div class="nav-menu"><a>机构概况</a></div>
        <div id="footer">主办单位：青溪区卫生健康委员会</div>
        <footer>网站标识码：3301060012</footer>
        <div class="bdsharebuttonbox"><a>分享到微信</a></div>
        <div class="article-share">分享到微博</div>
        <div class="qrcode">扫一扫在手机打开当前页</div>
        <aside>热点新闻</aside>
        <form><select><option>青溪区政府网站</option></select><input value="搜索"><button>搜索</button></form>
        <div class="TRS_Editor"><p>二、推进优质医疗资源扩容下沉</p></div>
        <div class="footnote article-body"><p>三、加强组织保障</p></div>
        </body>
        """
        XCTAssertEqual(try lines(html), ["二、推进优质医疗资源扩容下沉", "三、加强组织保障"])
    }

    func testBreadcrumbElementsAreKeptForTheMastheadCut() throws {
        let html = "<body><div class=\"location\">当前位置：<a>首页</a> &gt; <a>政务公开</a></div><p>正文</p></body>"
        XCTAssertEqual(try lines(html), ["当前位置：首页 > 政务公开", "正文"])
    }

    func testEntitiesAreDecoded() throws {
        let html = "<p>A&amp;B&nbsp;医院&lt;三级&gt;&#x536B;&#29983;</p>"
        XCTAssertEqual(try extract(html).text.trimmingCharacters(in: .whitespacesAndNewlines), "A&B\u{A0}医院<三级>卫生")
    }

    func testBlocksAreSeparatedByBlankLinesAndBrByALineBreak() throws {
        let text = try extract("<body><p>一、总体要求</p><p>全面推进<br>健康青溪建设。</p></body>").text
        XCTAssertTrue(text.contains("一、总体要求\n\n"), text)
        XCTAssertTrue(text.contains("全面推进\n健康青溪建设。"), text)
    }

    func testInlineElementsDoNotBreakTheLine() throws {
        let html = "<p>全区<strong>健康素养水平</strong>达到<span class=\"num\">30%</span>以上。</p>"
        XCTAssertEqual(try lines(html), ["全区健康素养水平达到30%以上。"])
    }

    func testTableCellsAreSeparatedByBars() throws {
        let html = """
        <table><tr><td>索引号</td><td>11330106/2023-00021</td><td>发布机构</td><td>区卫健委</td></tr></table>
        """
        XCTAssertEqual(try lines(html), ["索引号 | 11330106/2023-00021 | 发布机构 | 区卫健委 |"])
    }

    func testBrokenMarkupIsRecovered() throws {
        let html = "<div><p>一、总体要求<p>二、重点任务<div><span>三、保障措施</div"
        XCTAssertEqual(try lines(html), ["一、总体要求", "二、重点任务", "三、保障措施"])
    }

    func testEmptySpamTagsLeaveNoText() throws {
        let html = """
        <kbd id="q7xm"></kbd><small id="q7xm"></small><strike id="q7xm"><em id="q7xm"></em></strike>
        <p id="q7xm"><td id="q7xm"></td></p><ruby id="q7xm"></ruby>
        <p>一、总体要求</p>
        """
        // A cell outside a table row is a block, so the empty one leaves nothing, not a separator.
        XCTAssertEqual(try lines(html), ["一、总体要求"])
    }

    func testTenThousandNestedDivsKeepTheirText() throws {
        let depth = 12_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth)
            + "<p>一、深处的正文仍然保留。</p>" + String(repeating: "</div>", count: depth) + "<p>二、外层正文。</p></body></html>"
        let text = try extract(html)
        XCTAssertFalse(text.depthLimited)
        XCTAssertEqual(text.text.split(separator: "\n").map(String.init).filter { !$0.isEmpty },
                       ["一、深处的正文仍然保留。", "二、外层正文。"])
    }

    func testTreesDeeperThanTheLimitAreCutAndFlagged() throws {
        let depth = HTMLDocument.maxDepth + 10
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>最深处</p>"
            + String(repeating: "</div>", count: depth) + "<p>外层正文。</p></body></html>"
        let text = try extract(html)
        XCTAssertTrue(text.depthLimited)
        XCTAssertFalse(text.text.contains("最深处"))
        XCTAssertTrue(text.text.contains("外层正文。"))
    }

    func testEmptyAndTextOnlyInputs() throws {
        XCTAssertEqual(try extract("").text.trimmingCharacters(in: .whitespacesAndNewlines), "")
        XCTAssertNil(try extract("").title)
        XCTAssertEqual(try lines("没有任何标签的一行文字"), ["没有任何标签的一行文字"])
    }

    func testCarriageReturnsInTextBecomeLineFeeds() throws {
        let text = try extract("<pre>一、总体要求\r\n二、重点任务\r三、保障措施</pre>").text
        XCTAssertFalse(text.contains("\r"))
        XCTAssertTrue(text.contains("一、总体要求\n二、重点任务\n三、保障措施"), text)
    }
}

/// The walk tests visibility on the attribute bytes libxml2 holds when every value is one ASCII
/// text, and with Strings otherwise (an empty value, a non-ASCII one): both give the same answer.
final class AttributeVisibilityTests: XCTestCase {
    private func keeps(_ element: String) throws -> Bool {
        let html = "<html><head><style>.off{display:none} #gone{visibility:hidden}</style></head><body>"
            + "<p>正文一</p>\(element)<p>正文二</p></body></html>"
        return try HTMLDocument.extract(html, path: "a.html").text.contains("隐藏")
    }

    func testHiddenAttributesWhateverTheirCaseOrScript() throws {
        let hidden = [
            #"<div style="DISPLAY : None">隐藏</div>"#, #"<div style="color:red;&#10;display:none">隐藏</div>"#,
            #"<div style="font-family:宋体;display:none">隐藏</div>"#, #"<div aria-hidden="TRUE">隐藏</div>"#,
            #"<div hidden>隐藏</div>"#, #"<div class="x" hidden="">隐藏</div>"#, #"<div class="Share-Bar">隐藏</div>"#,
            #"<div class="正文 footer">隐藏</div>"#, #"<div id="NavBar">隐藏</div>"#, #"<div class="a off">隐藏</div>"#,
            #"<div id="gone">隐藏</div>"#, #"<div class="off" style="">隐藏</div>"#,
        ]
        for element in hidden { XCTAssertFalse(try keeps(element), element) }
    }

    func testVisibleAttributesWhateverTheirCaseOrScript() throws {
        let visible = [
            #"<div style="display:block">隐藏</div>"#, #"<div style="font-family:宋体">隐藏</div>"#,
            #"<div aria-hidden="false">隐藏</div>"#, #"<div class="">隐藏</div>"#, #"<div class="navigator content">隐藏</div>"#,
            #"<div class="正文">隐藏</div>"#, #"<div id="OFF">隐藏</div>"#, #"<div class="offline">隐藏</div>"#,
            #"<div title="display:none">隐藏</div>"#, #"<div class="main" class="nav">隐藏</div>"#,
        ]
        for element in visible { XCTAssertTrue(try keeps(element), element) }
    }
}
