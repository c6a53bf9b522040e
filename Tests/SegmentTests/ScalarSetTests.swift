import XCTest
@testable import YaodianCore

/// `ScalarSet.contains` answers as a `Set<Unicode.Scalar>` of the same scalars: for small sets
/// (searched, with a bit per low six bits of the value to reject most scalars), large ones
/// (a bitmap), sets spanning more than a bitmap holds, and the empty set, on every scalar of
/// the ranges a body uses and on random ones.
final class ScalarSetTests: XCTestCase {
    private func assertSameAsSet(_ members: [Unicode.Scalar], probes: [Unicode.Scalar], file: StaticString = #filePath, line: UInt = #line) {
        let set = ScalarSet(members)
        let reference = Set(members)
        var mismatches = 0
        for p in probes where set.contains(p) != reference.contains(p) { mismatches += 1 }
        XCTAssertEqual(mismatches, 0, "\(members.count) members", file: file, line: line)
        for m in members { XCTAssertTrue(set.contains(m), "U+\(String(m.value, radix: 16))", file: file, line: line) }
    }

    func testAgreesWithASet() {
        var generator = SystemRandomNumberGenerator()
        var probes: [Unicode.Scalar] = (0..<0x3000).compactMap(Unicode.Scalar.init)
        probes += (0x3000..<0xA000).compactMap(Unicode.Scalar.init)
        probes += (0xFF00..<0x10000).compactMap(Unicode.Scalar.init)
        for _ in 0..<20_000 { if let s = Unicode.Scalar(UInt32.random(in: 0...0x10FFFF, using: &generator)) { probes.append(s) } }
        let cases: [[Unicode.Scalar]] = [
            [], ["*", "＊", "×", "✕"], ["。", "；", "！", "？"], ["\u{80}"], ["\u{10FFFF}", "a"],
            Array("衛醫療與區縣務體發會員號實點這資機構戰應當進達億內單責權經濟開關業產總計劃畫".unicodeScalars),
            Array("万亿元%‰人个所家次张床".unicodeScalars),
            ["\u{3000}", "\u{1F600}", "\u{20000}"],   // wider than one bitmap: searched
        ]
        for members in cases { assertSameAsSet(members, probes: probes) }
        for size in [1, 3, 8, 16, 17, 40, 300] {
            for _ in 0..<5 {
                let members = (0..<size).compactMap { _ in Unicode.Scalar(UInt32.random(in: 0x80...0x9FFF, using: &generator)) }
                assertSameAsSet(members, probes: probes + members.compactMap { Unicode.Scalar($0.value + 64) })
            }
        }
    }
}

/// `isWhiteSpace` is Unicode's White_Space property, on every scalar.
final class WhiteSpaceTests: XCTestCase {
    func testEveryScalarAsTheProperty() {
        var mismatches: [UInt32] = []
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            if s.isWhiteSpace != s.properties.isWhitespace { mismatches.append(v) }
        }
        XCTAssertEqual(mismatches, [])
    }
}

/// `containsText` answers as Foundation's `contains`, on plain texts (searched as bytes) and on
/// texts with combining marks, compatibility ideographs and the empty word (Foundation's path).
final class ContainsTextTests: XCTestCase {
    func testAsFoundation() {
        let texts = ["", "全县卫生健康工作要点", "2022年全市卫生健康工作总结", "某某县卫健局关于印发的通知", "全县", "县全", "全县全",
                     "e\u{301}全县", "全\u{301}县", "全县\u{301}", "\u{F900}全县", "ABC全省abc", "全 县", "＊全旗＊", "要点要点"]
        let words = ["", "全县", "县", "要点", "总结", "情况", "全县\u{301}", "e", "é", "\u{F900}", "\u{8C48}", "全省", "要点要", "全县卫生健康工作要点x"]
        for t in texts {
            for w in words {
                XCTAssertEqual(t.containsText(w), t.contains(w), "\(t.debugDescription) ∋ \(w.debugDescription)")
            }
        }
    }
}
