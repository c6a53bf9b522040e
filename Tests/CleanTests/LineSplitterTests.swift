import Foundation
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

/// `LineSplitter` (a byte-level pass) against a plain scalar-by-scalar statement of its rules, on
/// thousands of random lines made of the scalars those rules act on and of ordinary text.
final class LineSplitterReferenceTests: XCTestCase {
    /// The rules of `LineSplitter`'s documentation, one scalar at a time.
    private func reference(_ raw: String) -> [(text: String, hard: Bool)] {
        var lines: [[Unicode.Scalar]] = [[]]
        var previousCR = false
        for s in raw.unicodeScalars {
            switch s {
            case "\r":
                lines.append([])
                previousCR = true
                continue
            case "\n": if !previousCR { lines.append([]) }
            case "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": lines.append([])
            case "\t", "\u{A0}", "\u{2002}", "\u{2003}", "\u{2009}": lines[lines.count - 1].append(" ")
            case "\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}", "\u{AD}": break
            default: lines[lines.count - 1].append(s)
            }
            previousCR = false
        }
        var out: [(String, Bool)] = []
        var pendingHard = true
        for line in lines {
            var collapsed: [Unicode.Scalar] = []
            for s in line where !(s == " " && collapsed.last == " ") { collapsed.append(s) }
            let trimmable: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\u{3000}" || $0.properties.isWhitespace }
            guard let first = collapsed.firstIndex(where: { !trimmable($0) }),
                  let last = collapsed.lastIndex(where: { !trimmable($0) }) else {
                pendingHard = true
                continue
            }
            out.append((String(String.UnicodeScalarView(collapsed[first...last])), pendingHard))
            pendingHard = false
        }
        return out
    }

    func testRandomLinesFollowTheRules() {
        let pieces = ["a", "Z", "1", "一", "。", " ", "  ", "\t", "\r", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}",
                      "\u{AD}", "\u{2002}", "\u{2003}", "\u{2009}", "\u{200A}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2028}",
                      "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{FEFF}", "\u{7F}", "\u{1F}", "\u{0}", "é", "\u{C2}",
                      "\u{80}", "\u{2010}", "\u{2080}", "\u{FEFE}", "\u{EFBB}", "😀", "\u{E000}", "ｆ", "e\u{301}"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<5000 {
            let raw = (0..<next(24)).map { _ in pieces[next(pieces.count)] }.joined()
            let lines = LineSplitter.split(raw)
            let expected = reference(raw)
            XCTAssertEqual(lines.map(\.text), expected.map(\.text), raw.debugDescription)
            XCTAssertEqual(lines.map(\.hardBreakBefore), expected.map(\.hard), raw.debugDescription)
            for line in lines {
                XCTAssertEqual(line.scalars, Array(line.text.unicodeScalars), raw.debugDescription)
                XCTAssertEqual(line.plain, PlainText.isPlain(line.scalars), raw.debugDescription)
            }
        }
    }

    func testBytesThatAreNotUTF8GiveRepairedLinesWhoseScalarsAreTheirText() {
        // Never produced by a String or by libxml2's text nodes, but the byte entry point must
        // still give valid lines: each is repaired as String(decoding:) repairs it.
        let inputs: [[UInt8]] = [
            Array("一、总体".utf8) + [0xFF, 0xFE] + Array("要求\n二、".utf8) + [0xE4, 0xB8] + Array(" 重点".utf8),
            [0xC2, 0x20, 0x41, 0x0A, 0xE2, 0x80, 0x0A, 0xF0, 0x9F, 0x98, 0x41],
            [0x80, 0x80, 0x0A, 0x0A, 0xED, 0xA0, 0x80, 0x20, 0x20, 0x42],
        ]
        for bytes in inputs {
            let lines = bytes.withUnsafeBufferPointer { LineSplitter.split(bytes: $0) }
            XCTAssertFalse(lines.isEmpty)
            for line in lines {
                XCTAssertEqual(line.scalars, Array(line.text.unicodeScalars), "\(bytes)")
                XCTAssertEqual(line.plain, PlainText.isPlain(line.scalars), "\(bytes)")
                XCTAssertEqual(line.text, line.text.trimmingCharacters(in: .whitespaces), "\(bytes)")
            }
            XCTAssertTrue(lines.contains { $0.text.contains("\u{FFFD}") }, "\(bytes)")
        }
    }

    func testAPagesBytesSplitAsItsTextDoes() throws {
        // HTML bodies reach the splitter as libxml2's bytes; copied text as a String. The hostile
        // pages (invalid bytes, NULs, entities, misnesting, UTF-16, declared-wrong charsets) and
        // an invented one.
        let hostile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/hostile")
        var pages: [(String, String)] = [("invented", "<html><body><p>一、总体要求\u{3000}</p>\r\n<div>全面推进\u{A0}健康<br>建设。\u{2028}二是</div>"
            + "<table><tr><td>索引号：</td><td>11-2024</td></tr></table>&#xFFFD;&#x1F600;\u{200B}</body></html>")]
        for url in try FileManager.default.contentsOfDirectory(at: hostile, includingPropertiesForKeys: nil).sorted(by: { $0.path < $1.path })
        where url.pathExtension == "html" {
            guard let page = try? TextDecoder().decode(try InputLocation(docID: "d", fileURL: url, sourcePath: url.path).load()) else { continue }
            pages.append((url.lastPathComponent, page.text))
        }
        var compared = 0
        for (name, text) in pages {
            guard let html = try? HTMLDocument.extract(text, path: name) else { continue }
            compared += 1
            let fromBytes = html.bytes.withUnsafeBufferPointer { LineSplitter.split(bytes: $0) }
            let fromText = LineSplitter.split(html.text)
            XCTAssertEqual(fromBytes.map(\.text), fromText.map(\.text), name)
            XCTAssertEqual(fromBytes.map(\.scalars), fromText.map(\.scalars), name)
            XCTAssertEqual(fromBytes.map(\.plain), fromText.map(\.plain), name)
            XCTAssertEqual(fromBytes.map(\.hardBreakBefore), fromText.map(\.hardBreakBefore), name)
            XCTAssertEqual(String(validating: html.bytes, as: UTF8.self), html.text, "libxml2's text of \(name) is UTF-8")
        }
        XCTAssertGreaterThanOrEqual(compared, 10, "pages parsed and compared")
    }
}
