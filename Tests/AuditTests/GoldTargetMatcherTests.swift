import Foundation
import XCTest
@testable import YaodianCore

/// A target row counts for `eval` only where it states the gold's quantity: in the gold's clause,
/// with its value, unit, comparator and masking, and an indicator that is not a fragment.
final class GoldTargetMatcherTests: XCTestCase {
    private let body = "2022年某县卫生健康工作要点\n一、重点工作\n1.居民健康素养水平提高到30%以上。\n2.新建示范门诊3家。"

    private func record() throws -> DocumentRecord {
        try DocumentPipeline().process(DocumentSource(docID: "d", sourcePath: "d.txt", bytes: Array(body.utf8)))
    }

    private func gold(_ targets: String) throws -> GoldAnnotation {
        let json = """
        {"clauses": [{"style": "cn_dun", "ordinal": 1, "marker": "一、", "heading": "重点工作", "children": [
            {"style": "arabic", "ordinal": 1, "marker": "1.", "heading": "居民健康素养水平提高到30%以上"},
            {"style": "arabic", "ordinal": 2, "marker": "2.", "heading": "新建示范门诊3家"}]}],
         "targets": [\(targets)]}
        """
        return try JSONDecoder().decode(GoldAnnotation.self, from: Data(json.utf8))
    }

    private let right = """
    {"clause": "1.1", "indicator": "居民健康素养水平", "comparator": "ge", "value": 30, "unit": "%", "deadline": "", "kind": "target"},
    {"clause": "1.2", "indicator": "示范门诊", "comparator": "eq", "value": 3, "unit": "家", "deadline": "", "kind": "target"}
    """

    private func scores(_ targets: String, _ edit: (inout DocumentRecord) -> Void = { _ in }) throws -> [String: Score] {
        var r = try record()
        edit(&r)
        return GoldEvaluator().evaluate(gold: [("d", try gold(targets))], output: ["d": r]).overall
    }

    func testTheRightRowsArePairs() throws {
        let s = try scores(right)
        for family in ["targets", "comparators", "kinds", "deadlines"] { XCTAssertEqual(s[family]?.f1, 1, family) }
    }

    func testARowInAnotherClauseIsNoPair() throws {
        let s = try scores(right) { $0.targets[1].clauseID = "1.1" }
        XCTAssertEqual(s["targets"]?.truePositives, 1)
        XCTAssertEqual(s["comparators"]?.truePositives, 2, "comparators are scored wherever the row sits")
    }

    func testAnotherComparatorIsNoPair() throws {
        let s = try scores(right) { $0.targets[0].comparator = .eq }
        XCTAssertEqual(s["targets"]?.truePositives, 1)
        XCTAssertEqual(s["comparators"]?.truePositives, 1)
    }

    func testAFragmentOfTheIndicatorIsNoPairButALongerNameIs() throws {
        XCTAssertEqual(try scores(right) { $0.targets[0].indicator = "水平" }["targets"]?.truePositives, 1)
        XCTAssertEqual(try scores(right) { $0.targets[0].indicator = "城乡居民健康素养水平" }["targets"]?.truePositives, 2)
        XCTAssertEqual(GoldTargetMatcher.indicatorOverlap("水平", gold: "居民健康素养水平"), 0.25)
        XCTAssertEqual(GoldTargetMatcher.indicatorOverlap("健康素养水平", gold: "居民健康素养水平"), 0.75)
        XCTAssertEqual(GoldTargetMatcher.indicatorOverlap("乡镇卫生院", gold: "乡镇（卫生院）"), 1, "brackets are ignored")
    }

    func testKindsAndDeadlinesAreJudgedOnPairs() throws {
        let s = try scores(right) {
            $0.targets[0].kind = .achievement
            $0.targets[1].deadline = "年内"
        }
        XCTAssertEqual(s["targets"]?.truePositives, 2)
        XCTAssertEqual(s["kinds"]?.truePositives, 1)
        XCTAssertEqual(s["deadlines"]?.truePositives, 1)
    }

    func testEachRowPairsOnce() throws {
        let twice = right + ", " + #"{"clause": "1.2", "indicator": "示范门诊", "comparator": "eq", "value": 3, "unit": "家"}"#
        let s = try scores(twice)
        XCTAssertEqual(s["targets"]?.truePositives, 2)
        XCTAssertEqual(s["targets"]?.expected, 3)
    }
}
