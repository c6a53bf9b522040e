import Foundation
import XCTest
@testable import YaodianCore

/// `yaodian eval` must score perfect output as perfect and show damage in the family it hit.
final class GoldEvaluatorTests: XCTestCase {
    private let body = "2022年某县卫生健康工作要点\n一、总体要求\n1.完善疾控体系。年内建成3家示范门诊。（牵头科室：疾控科）\n2.提升服务能力。"

    private func record() throws -> DocumentRecord {
        let source = DocumentSource(docID: "d", sourcePath: "d.txt", bytes: Array(body.utf8))
        return try DocumentPipeline().process(source)
    }

    private func gold() throws -> GoldAnnotation {
        let json = """
        {"metadata": {"title": "2022年某县卫生健康工作要点", "plan_year": "2022", "region": ""},
         "noise": ["浏览次数"], "anchors": ["年内建成3家示范门诊。"],
         "clauses": [{"style": "cn_dun", "ordinal": 1, "marker": "一、", "heading": "总体要求", "children": [
            {"style": "arabic", "ordinal": 1, "marker": "1.", "heading": "完善疾控体系", "text": "完善疾控体系。年内建成3家示范门诊。"},
            {"style": "arabic", "ordinal": 2, "marker": "2.", "heading": "提升服务能力"}]}],
         "responsibilities": [{"clause": "1.1", "party_kind": "unit", "role": "lead", "name": "疾控科", "label": "牵头科室"}],
         "flags": []}
        """
        return try JSONDecoder().decode(GoldAnnotation.self, from: Data(json.utf8))
    }

    func testPerfectOutputScoresOne() throws {
        let report = GoldEvaluator().evaluate(gold: [("d", try gold())], output: ["d": try record()])
        for family in ["clauses", "headings", "clause_text", "metadata", "noise", "anchors", "responsibilities", "flags"] {
            XCTAssertEqual(report.overall[family]?.f1, 1, family)
        }
    }

    func testDamageShowsInItsFamily() throws {
        var damaged = try record()
        damaged.clauses[0].children[1].heading = "别的标题"
        damaged.metadata.title = "错误标题"
        damaged.responsibilities.removeAll()
        damaged.body += "\n浏览次数：12"
        let report = GoldEvaluator().evaluate(gold: [("d", try gold())], output: ["d": damaged])
        XCTAssertEqual(try XCTUnwrap(report.overall["clauses"]).truePositives, 2, "a clause is matched with its heading")
        XCTAssertEqual(try XCTUnwrap(report.overall["headings"]).truePositives, 2)
        XCTAssertLessThan(try XCTUnwrap(report.overall["headings"]).f1, 1)
        XCTAssertLessThan(try XCTUnwrap(report.overall["metadata"]).f1, 1)
        XCTAssertEqual(report.overall["responsibilities"]?.recall, 0)
        XCTAssertEqual(report.overall["noise"]?.truePositives, 0)
        XCTAssertEqual(report.overall["anchors"]?.f1, 1)
    }

    func testMissingDocumentScoresZero() throws {
        let report = GoldEvaluator().evaluate(gold: [("d", try gold())], output: [:])
        XCTAssertEqual(report.overall["clauses"]?.recall, 0)
        XCTAssertTrue(report.documents[0].missing)
    }

    func testScoreArithmetic() {
        let s = Score.compare(predicted: ["a", "b", "b", "c"], expected: ["a", "b", "d"])
        XCTAssertEqual(s.truePositives, 2)
        XCTAssertEqual(s.precision, 0.5)
        XCTAssertEqual(s.recall, 2.0 / 3.0, accuracy: 1e-9)
    }
}
