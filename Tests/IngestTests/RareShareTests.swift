import XCTest
@testable import YaodianCore

/// `TextDecoder.rareShare` counts the first 100,000 scalars as `CommonHanzi.rareCount` does on
/// an array of them.
final class RareShareTests: XCTestCase {
    private func reference(_ text: String) -> Double {
        let (judged, rare) = CommonHanzi.shared.rareCount(in: Array(text.unicodeScalars.prefix(100_000)))
        return judged < TextDecoder.minimumJudged ? 0 : Double(rare) / Double(judged)
    }

    func testTheShareIsThatOfTheFirstHundredThousandScalars() {
        let pieces = ["卫生健康", "锟斤拷", "烫烫烫", "嫐嬲", "\u{E000}", "𠀀", "a", " ", "\n", "﨎", "é", "一二三"]
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var texts = ["", "abc", String(repeating: "健", count: 7), String(repeating: "嫐", count: 100_000) + String(repeating: "健", count: 500),
                     String(repeating: "a", count: 99_999) + "嫐嬲嫐嬲嫐嬲嫐嬲嫐嬲"]
        for _ in 0..<300 { texts.append((0..<next(60)).map { _ in pieces[next(pieces.count)] }.joined()) }
        for text in texts {
            XCTAssertEqual(TextDecoder.rareShare(text), reference(text), String(text.prefix(40)))
        }
    }
}
