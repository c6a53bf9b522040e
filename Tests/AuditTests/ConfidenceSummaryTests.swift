import XCTest
@testable import YaodianCore

/// The per-document confidence summary: clause coverage and numbers nobody explained.
final class ConfidenceSummaryTests: XCTestCase {
    private func run(_ text: String) throws -> DocumentRecord {
        try DocumentPipeline().process(DocumentSource(docID: "d", sourcePath: "d.txt", bytes: Array(text.utf8)))
    }

    func testCoverageCountsTextInsideClauses() throws {
        let record = try run("""
        2022年某县卫生健康工作要点
        一、总体要求
        1.完善疾控体系。
        """)
        let body = Array(record.body.unicodeScalars).filter { !$0.properties.isWhitespace }
        let outside = Array("2022年某县卫生健康工作要点".unicodeScalars).count
        XCTAssertEqual(record.confidence.clauseCoverage, (Double(body.count - outside) / Double(body.count) * 1000).rounded() / 1000)
    }

    func testUnnumberedPageHasZeroCoverage() throws {
        let record = try run("某县召开卫生健康工作会议。会议强调要做好疫情防控。")
        XCTAssertEqual(record.confidence.clauseCoverage, 0)
    }

    func testBareNumberWithoutUnitOrVerbIsUnexplained() throws {
        let record = try run("""
        2022年某县卫生健康工作要点
        1.全县共有医疗机构312，床位数达到2500张。（2022年3月1日起施行）
        """)
        let body = Array(record.body.unicodeScalars)
        let spans = record.confidence.unexplained.map { String(String.UnicodeScalarView(body[$0[0]..<$0[1]])) }
        XCTAssertEqual(spans, ["312"], "dates and the target 2500张 are explained")
        XCTAssertEqual(record.confidence.unexplainedNumbers, 1)
        XCTAssertGreaterThanOrEqual(record.confidence.numbers, 3)
    }
}
