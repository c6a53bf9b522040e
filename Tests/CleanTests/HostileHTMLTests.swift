import Foundation
import XCTest
@testable import YaodianCore

/// Broken and hostile pages: none crashes, and nothing from a script, a style sheet, a comment,
/// a CDATA section, a DTD or a hidden element reaches the body.
final class HostileHTMLTests: XCTestCase {
    private let plan = "<p>一、提升公共卫生服务能力</p><p>（一）完善疾病预防控制体系。全区建成标准化预防接种门诊12家。</p>"
    private let planLines = ["一、提升公共卫生服务能力", "（一）完善疾病预防控制体系。全区建成标准化预防接种门诊12家。"]

    private func lines(_ html: String) throws -> [String] {
        try HTMLDocument.extract(html, path: "hostile.html").text.split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private func body(_ bytes: [UInt8]) throws -> String {
        let decoded = try TextDecoder().decode(DocumentSource(docID: "h", sourcePath: "hostile.html", bytes: bytes))
        return try DocumentCleaner().clean(decoded).body
    }

    // MARK: Broken markup

    func testCellInsideAParagraphIsABlockNotATableCell() throws {
        XCTAssertEqual(try lines("<p>一、总体要求<td>二、重点任务</td>三、保障措施</p>"), ["一、总体要求", "二、重点任务", "三、保障措施"])
    }

    func testUnclosedAndMisnestedTagsKeepAllText() throws {
        let html = "<div><b><i>一、总体要求</b></i><table><p>二、重点任务<tr><td>三、保障措施</div></span></table></html></html><p>四、附则"
        XCTAssertEqual(try lines(html).joined(separator: "\n").replacingOccurrences(of: " |", with: ""),
                       "一、总体要求\n二、重点任务\n三、保障措施\n四、附则")
    }

    func testAnUnclosedCommentHidesTheRestAsABrowserDoes() throws {
        XCTAssertEqual(try lines(plan + "<!-- 旧版正文 三、不应出现 12家 <p>四、也不应出现</p>"), planLines)
    }

    func testDeepUnclosedInlineNestingIsCutAtTheDepthLimitAndFlagged() throws {
        let depth = HTMLDocument.maxDepth
        let html = "<html><body>" + plan + String(repeating: "<span>", count: depth) + "深处的文字"
        let text = try HTMLDocument.extract(html, path: "deep.html")
        XCTAssertTrue(text.depthLimited)
        XCTAssertTrue(text.text.contains("一、提升公共卫生服务能力"))
        XCTAssertFalse(text.text.contains("深处的文字"))
    }

    // MARK: Scripts, styles, comments, CDATA

    func testCDATASectionsAndOtherBogusCommentsAreDropped() throws {
        let html = "<body><![CDATA[ 九、CDATA里的文字 66项 ]]>" + plan + "<![if !IE]><p>二、给非IE浏览器的正文</p><![endif]><!ELEMENT x ANY></body>"
        XCTAssertEqual(try lines(html), planLines + ["二、给非IE浏览器的正文"])
    }

    func testScriptsWithMarkupAndChineseInsideDoNotLeak() throws {
        let html = """
        <html><head><script>var s = "<p>澳门娱乐城 注册送88元</p><!--"; if (a<b && c>d) {}</script></head><body>
        <script type="text/javascript">document.write('<div>统计代码：访问量 88888 次</div>');</script>
        <style>p::before { content: "三、样式里的条款 50%"; }</style>
        \(plan)
        <script>/* <![CDATA[ */ var t = '四、脚本里的条款 12家'; /* ]]> */</script>
        </body></html>
        """
        XCTAssertEqual(try lines(html), planLines)
    }

    // MARK: Entities

    func testEntitiesAndNumericReferencesIncludingInvalidOnes() throws {
        let html = "<p>一、提升&nbsp;公共&amp;卫生&#x670D;&#21153;能力&#0;&#xD800;&#x110000;&#99999999999;&#;&#x;</p>"
        let text = try lines(html).joined()
        XCTAssertTrue(text.hasPrefix("一、提升\u{A0}公共&卫生服务能力"), text)
        XCTAssertFalse(text.unicodeScalars.contains("\u{0}"))
    }

    // MARK: Hidden spam

    func testSpamHiddenByTheDocumentsOwnStyleSheetIsDropped() throws {
        let html = """
        <html><head><style>
        /* 隐藏 */ .hd{display:none} #off { position:absolute; left:-9999px } div.z, .q{width:0;height:0;overflow:hidden}
        @media print { .noprint { display:none } }
        .tip:hover { display:none } a[href] { display:none }
        </style></head><body>
        <div class="hd">五、澳门线上娱乐 注册送88元</div><div id="off">六、买药网 99%有效</div>
        <div class="z">七、零尺寸的垃圾 12家</div><p class="x q">八、零尺寸段落 30%</p>
        <p class="noprint">一、提升公共卫生服务能力</p><p class="tip">（一）完善疾病预防控制体系。全区建成标准化预防接种门诊12家。</p>
        </body></html>
        """
        XCTAssertEqual(try lines(html), planLines)
    }

    func testHiddenStyleRulesReadClassesAndIdsOfTheLastCompound() {
        let rules = HiddenStyleRules(styleSheets: [".a{display:none}", "#main .b, span#c{visibility:hidden}", ".d .e{color:red}",
                                                   "div.f.g{display:none}", "@media screen{.h{display:none}}"])
        XCTAssertEqual(rules.classes, ["a", "b"])
        XCTAssertEqual(rules.ids, ["c"])
        XCTAssertTrue(rules.hides(classAttribute: "x a", id: nil))
        XCTAssertTrue(rules.hides(classAttribute: nil, id: "c"))
        XCTAssertFalse(rules.hides(classAttribute: "ab", id: "cc"))
        _ = HiddenStyleRules(styleSheets: ["}}{{ .x{display:none", "{", "}", ".y{", "@media{{{"])  // broken CSS does not trap
        let tabs = HiddenStyleRules(styleSheets: [".tab-pane{display:none} .tab-pane.active{display:block} .ad{display:none}"])
        XCTAssertEqual(tabs.classes, ["ad"], "a class that another rule shows is not hidden")
    }

    // MARK: External entities

    func testAnExternalEntityIsNeitherFetchedNorExpanded() throws {
        let secretFile = FileManager.default.temporaryDirectory.appendingPathComponent("yaodian-secret-\(UUID().uuidString).txt")
        let secret = "SECRET-\(UUID().uuidString)"
        try Data(secret.utf8).write(to: secretFile)
        defer { try? FileManager.default.removeItem(at: secretFile) }
        let html = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html [
          <!ENTITY xxe SYSTEM "file://\(secretFile.path)">
          <!ENTITY % dtd SYSTEM "file://\(secretFile.path)">
          %dtd;
        ]>
        <html><head><title>工作要点</title></head><body><p>&xxe;</p>\(plan)<p>&xxe;</p></body></html>
        """
        let text = try body(Array(html.utf8))
        XCTAssertFalse(text.contains(secret), text)
        XCTAssertFalse(text.contains("ENTITY"), text)
        XCTAssertFalse(text.contains("%dtd"), text)
        XCTAssertTrue(text.contains("一、提升公共卫生服务能力"), text)
    }

    func testPreparserLeavesCommentsScriptsAndOrdinaryPagesAlone() {
        let page = Array("<html><!-- <![CDATA[ x ]]> --><script>a='<!x>'</script><p>正文</p></html>".utf8)
        XCTAssertEqual(HTMLPreparser.run(page).bytes, page)
        let bogus = HTMLPreparser.run(Array("<p>甲<![CDATA[乙]]>丙</p>".utf8))
        XCTAssertEqual(String(decoding: bogus.bytes, as: UTF8.self), "<p>甲丙</p>")
        let sheets = HTMLPreparser.run(Array("<STYLE type=\"text/css\">.a{}</STYLE><!-- <style>.b{}</style> -->".utf8)).styleSheets
        XCTAssertEqual(sheets, [".a{}"])
        // Unterminated constructs run to the end without trapping.
        for broken in ["<!", "<!--", "<!DOCTYPE html [", "<script>", "<style", "<![CDATA[ 文字"] {
            _ = HTMLPreparser.run(Array(broken.utf8))
        }
    }

    // MARK: NUL bytes and invalid bytes

    func testNULAndInvalidBytesInAPageNeitherCrashNorReachTheBody() throws {
        // A NUL before every tag (over 1% of the bytes), and two invalid bytes in the middle.
        var bytes = Array(("<html><body>" + String(repeating: plan, count: 20) + "</body></html>").utf8)
            .flatMap { $0 == UInt8(ascii: "<") ? [0, $0] : [$0] }
        bytes.insert(contentsOf: [0xFF, 0xC3], at: bytes.count / 2)
        let text = try body(bytes)
        XCTAssertFalse(text.unicodeScalars.contains("\u{0}"))
        XCTAssertTrue(text.contains("公共卫生"))
    }
}
