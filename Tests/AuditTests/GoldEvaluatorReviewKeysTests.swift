import Foundation
import XCTest
@testable import YaodianCore

/// The reviewer keys of a gold file: `truncated`, `targets_optional`, `not_targets`, and each
/// metadata field scored on its own (a value where the gold is empty is wrong).
final class GoldEvaluatorReviewKeysTests: XCTestCase {
    private let body = "某县2023年卫生健康工作总结\n一、主要成效\n全县孕产妇死亡率控制在10/10万以下，建成3家示范门诊，开通12345热线。"

    private func record() throws -> DocumentRecord {
        try DocumentPipeline().process(DocumentSource(docID: "d", sourcePath: "d.txt", bytes: Array(body.utf8)))
    }

    private func gold(_ extra: String) throws -> GoldAnnotation {
        let json = "{\"clauses\": [], \(extra)}"
        return try JSONDecoder().decode(GoldAnnotation.self, from: Data(json.utf8))
    }

    func testTruncationAgreesWithTheFlag() throws {
        let r = try record()
        let cut = GoldEvaluator().evaluate(gold: [("d", try gold("\"truncated\": true"))], output: ["d": r])
        let whole = GoldEvaluator().evaluate(gold: [("d", try gold("\"truncated\": false"))], output: ["d": r])
        XCTAssertFalse(r.flags.contains { $0.flag == .truncated })
        XCTAssertEqual(cut.overall["truncation"]?.f1, 0)
        XCTAssertEqual(whole.overall["truncation"]?.f1, 1)
    }

    func testOptionalQuantityIsCountedNeitherWay() throws {
        // Rows and gold written by hand: the evaluator is under test, not the extractor.
        var r = try record()
        func row(_ clause: String, _ indicator: String, _ value: Double, _ unit: String, _ raw: String) -> Target {
            Target(clauseID: clause, indicator: indicator, comparator: .eq, value: value, valueMax: nil, unit: unit,
                   deadline: "", kind: .achievement, redacted: false, raw: raw, start: 0, end: 0)
        }
        r.targets = [row("1", "建成示范门诊", 3, "家", "建成3家示范门诊"), row("1", "热线开放时长", 24, "小时", "24小时开放")]
        let targetsJSON = """
        "targets": [{"clause": "1", "indicator": "建成示范门诊", "comparator": "eq", "value": 3, "unit": "家", "kind": "achievement"}]
        """
        let plain = GoldEvaluator().evaluate(gold: [("d", try gold(targetsJSON))], output: ["d": r])
        XCTAssertEqual(plain.overall["targets"], Score(truePositives: 1, predicted: 2, expected: 1))
        let optional = GoldEvaluator().evaluate(
            gold: [("d", try gold(targetsJSON + ", \"targets_optional\": [{\"clause\": \"1\", \"value\": 24, \"unit\": \"小时\"}]"))], output: ["d": r])
        XCTAssertEqual(optional.overall["targets"], Score(truePositives: 1, predicted: 1, expected: 1))
        let otherClause = GoldEvaluator().evaluate(
            gold: [("d", try gold(targetsJSON + ", \"targets_optional\": [{\"clause\": \"2\", \"value\": 24, \"unit\": \"小时\"}]"))], output: ["d": r])
        XCTAssertEqual(otherClause.overall["targets"]?.predicted, 2, "an entry of another clause takes no row out")
    }

    func testNotTargetIsHitOnlyByARowWithin() throws {
        var r = try record()
        r.targets = [Target(clauseID: "1", indicator: "示范门诊", comparator: .eq, value: 3, valueMax: nil, unit: "家",
                            deadline: "", kind: .achievement, redacted: false, raw: "3家", start: 0, end: 0)]
        let report = GoldEvaluator().evaluate(gold: [("d", try gold("\"not_targets\": [\"12345热线\", \"我市新增3家社区医院\"]"))], output: ["d": r])
        XCTAssertEqual(report.overall["not_targets"]?.truePositives, 1)
        XCTAssertEqual(report.overall["not_targets"]?.expected, 2)
    }

    func testEachMetadataFieldOnItsOwn() throws {
        var r = try record()
        r.metadata.region = "某县"
        r.metadata.title = "某县2023年卫生健康工作总结"
        let report = GoldEvaluator().evaluate(
            gold: [("d", try gold("\"metadata\": {\"title\": \"某县2023年卫生健康工作总结\", \"region\": \"\"}"))], output: ["d": r])
        XCTAssertEqual(report.overall["meta.title"]?.f1, 1)
        XCTAssertEqual(report.overall["meta.region"]?.f1, 0, "a value where the gold is empty is wrong")
        XCTAssertNil(report.overall["meta.publisher"], "a field the gold does not name is not scored")
    }
}
