import XCTest
@testable import YaodianCore

/// Raw text to trimmed lines; blank lines become hard breaks.
final class LineSplitterTests: XCTestCase {
    private func texts(_ raw: String) -> [String] {
        LineSplitter.split(raw).map(\.text)
    }

    func testAllLineEndsSplit() {
        XCTAssertEqual(texts("一、总体要求\r\n二、重点任务\r三、保障措施\n四、附则\u{2028}五、其他"),
                       ["一、总体要求", "二、重点任务", "三、保障措施", "四、附则", "五、其他"])
    }

    func testBlankLinesBecomeHardBreaks() {
        let lines = LineSplitter.split("标题\n第一行\n\n  \n第二段\n第二段续")
        XCTAssertEqual(lines.map(\.text), ["标题", "第一行", "第二段", "第二段续"])
        XCTAssertEqual(lines.map(\.hardBreakBefore), [true, false, true, false])
    }

    func testCRLFIsOneLineEnd() {
        let lines = LineSplitter.split("第一行\r\n第二行")
        XCTAssertEqual(lines.map(\.hardBreakBefore), [true, false])
    }

    func testSpacesOfEveryWidthAreTrimmedAndZeroWidthRemoved() {
        XCTAssertEqual(texts("\u{3000}\u{3000}全面推进\u{200B}健康\u{FEFF}青溪\u{AD}建设。\u{A0} \t"), ["全面推进健康青溪建设。"])
    }

    func testRunsOfSpacesInsideALineCollapse() {
        XCTAssertEqual(texts("发布时间: 2023-02-14\u{A0}\u{A0} \t 来源: 区卫健委"), ["发布时间: 2023-02-14 来源: 区卫健委"])
    }

    func testIdeographicSpacesInsideALineAreKept() {
        XCTAssertEqual(texts("发布日期：2023-02-14\u{3000}来源：区卫健委"), ["发布日期：2023-02-14\u{3000}来源：区卫健委"])
    }
}
