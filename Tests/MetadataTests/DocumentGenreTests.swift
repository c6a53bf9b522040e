import XCTest
@testable import YaodianCore

/// Plan or report: the title decides when it names one; a neutral title leaves it to the body.
final class DocumentGenreTests: XCTestCase {
    private let resultBody = Array("全市共有医疗卫生机构1520个，比上年增加12个。年末实有床位2.1万张，比上年增长3.2%。截至年底累计建成社区医院8家。".unicodeScalars)
    private let goalBody = Array("到2025年，力争建成社区医院10家，确保孕产妇死亡率控制在10/10万以下。".unicodeScalars)

    func testTitleDecidesWhenItNamesAGenre() {
        XCTAssertEqual(DocumentGenre.of(title: "某某县2023年卫生健康工作总结", body: goalBody), .report)
        XCTAssertEqual(DocumentGenre.of(title: "某某县2024年卫生健康工作要点", body: resultBody), .plan)
        XCTAssertEqual(DocumentGenre.of(title: "某某市“十四五”卫生健康发展规划", body: resultBody), .plan)
    }

    func testNeutralTitleLeavesItToTheBody() {
        XCTAssertEqual(DocumentGenre.of(title: "数据发布", body: resultBody), .report)
        XCTAssertEqual(DocumentGenre.of(title: "某某市卫生健康委员会", body: goalBody), .plan)
        XCTAssertEqual(DocumentGenre.of(title: "", body: []), .plan, "no evidence either way: a plan, as before")
    }

    func testTraditionalTitleIsReadInSimplified() {
        XCTAssertEqual(DocumentGenre.of(title: "某縣衛生服務調研報告", alternateTitle: "某县卫生服务调研报告"), .report)
    }

    func testPipelineReadsABulletinUnderANeutralTitleAsResults() throws {
        let text = "数据发布\n一、卫生资源\n年末全市医疗卫生机构床位2.1万张，比上年增长3.2%。\n二、医疗服务\n全年总诊疗人次比上年增长5.1%，共计1.2亿人次。"
        let record = try DocumentPipeline().process(DocumentSource(docID: "d", sourcePath: "d.txt", bytes: Array(text.utf8)))
        XCTAssertFalse(record.targets.isEmpty)
        XCTAssertFalse(record.targets.contains { $0.kind == .target }, "\(record.targets.map { "\($0.raw) \($0.kind)" })")
    }
}
