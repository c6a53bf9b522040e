import XCTest
@testable import YaodianCore

/// Hostile and odd input: no crash, and every row's raw text is the body between its offsets.
final class TargetRobustnessTests: XCTestCase {
    func testRandomFragmentsNeverCrashAndRawMatchesOffsets() {
        let pieces = ["达到", "分别", "、", "和", "以上", "以内", "%", "个", "万", "元", "岁", "-", "—", "至", "1", "2.5", "３",
                      "**", "××", "，", "。", "\n", "“", "”", "《", "》", "（", "）", "率", "新增", "控制在", "由", "的", "较",
                      "2021年", "年内", "到", "十四五", "第", "两", "家", " ", "1.", "(1)", "降低", "个百分点", "余", "/10万"]
        var seed: UInt64 = 0x9E3779B97F4A7C15
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<40 {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int((seed >> 33) % UInt64(pieces.count))]
            }
            let body = Array(text.unicodeScalars)
            for t in extractTargets(text) {
                XCTAssertTrue(0 <= t.start && t.start <= t.end && t.end <= body.count)
                XCTAssertEqual(slice(text, t), t.raw)
            }
        }
    }

    func testLongBodyWithoutPunctuation() {
        let text = String(repeating: "新增托位5个达到30%以上", count: 2000)
        let rows = extractTargets(text)
        XCTAssertEqual(rows.count, 4000)
    }
}
