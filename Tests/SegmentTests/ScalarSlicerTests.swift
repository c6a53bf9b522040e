import Foundation
import XCTest
@testable import YaodianCore

/// Clause strings are cut from the body's own String; they must be what encoding the scalars gives.
final class ScalarSlicerTests: XCTestCase {
    func testSlicesMatchTheScalarsInAnyOrder() {
        let text = "一、总体要求\n（一）ａ😀e\u{301} 2025年\r\n完成95%。"
        let scalars = Array(text.unicodeScalars)
        var slicer = ScalarSlicer(text: text, scalars: scalars)
        let ranges = [2..<6, 0..<1, 7..<scalars.count, 10..<12, 3..<3, 0..<scalars.count, 11..<12, 12..<13, 5..<9]
        for range in ranges + ranges.reversed() {
            XCTAssertEqual(slicer.string(range), String(scalars: scalars[range]), "\(range)")
        }
        XCTAssertEqual(slicer.string(-3..<2), "一、")
        XCTAssertEqual(slicer.string(scalars.count - 1..<scalars.count + 5), "。")
        XCTAssertEqual(slicer.string(9..<9), "")
    }

    func testClausesCutFromTheBodyEqualClausesEncodedFromItsScalars() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../corpus")
        var bodies = ["一、总体要求\n（一）  完善  机制；  ①建立制度。②健全网络。\n二、任务\n1.推进改革 。（牵头单位：县卫健局）"]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".txt") {
            bodies.append(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
        var total = 0
        for body in bodies {
            let scalars = Array(body.unicodeScalars)
            let cut = ClauseOutline.segmenter.segment(scalars: scalars, text: body).clauses.flattened
            let encoded = ClauseOutline.segmenter.segment(scalars: scalars).clauses.flattened
            XCTAssertEqual(cut, encoded)
            total += cut.count
        }
        XCTAssertGreaterThan(total, 100)
    }
}
