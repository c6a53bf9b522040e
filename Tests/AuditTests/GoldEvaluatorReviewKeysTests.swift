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
        let r = try record()
        let rows = r.targets.map { "\(DecimalText.format($0.value))\($0.unit)" }
        XCTAssertTrue(rows.contains("3家"), "\(rows)")
        let targets = r.targets.filter { $0.unit != "家" }.map { t in
            "{\"clause\": \"\(t.clauseID ?? "")\", \"indicator\": \"\(t.indicator)\", \"comparator\": \"\(t.comparator.rawValue)\", \"value\": \(DecimalText.format(t.value)), \"unit\": \"\(t.unit)\", \"kind\": \"\(t.kind.rawValue)\", \"deadline\": \"\(t.deadline)\"}"
        }.joined(separator: ",")
        let plain = GoldEvaluator().evaluate(gold: [("d", try gold("\"targets\": [\(targets)]"))], output: ["d": r])
        XCTAssertLessThan(try XCTUnwrap(plain.overall["targets"]).precision, 1)
        let optional = try gold("\"targets\": [\(targets)], \"targets_optional\": [{\"value\": 3, \"unit\": \"家\"}]")
        let scored = GoldEvaluator().evaluate(gold: [("d", optional)], output: ["d": r])
        XCTAssertEqual(scored.overall["targets"]?.f1, 1)
    }

    func testNotTargetIsHitOnlyByARowWithin() throws {
        let r = try record()
        let hit = r.targets.first { $0.unit == "家" }?.raw ?? "?"
        let report = GoldEvaluator().evaluate(gold: [("d", try gold("\"not_targets\": [\"12345热线\", \"X\(hit)X\"]"))], output: ["d": r])
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
