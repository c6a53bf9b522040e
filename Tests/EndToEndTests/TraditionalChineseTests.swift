import XCTest
@testable import YaodianCore

/// A page mirrored in Traditional characters extracts the same rows as its Simplified twin, while
/// every emitted `raw`, `name` and `indicator` keeps the source's characters.
final class TraditionalChineseTests: XCTestCase {
    let simplified = """
    2022年某某县卫生健康工作要点
    一、加强疾病预防控制
    1.全县甲乙类法定报告传染病发病率控制在120/10万以内，居民健康素养水平达到30%以上。（牵头领导：陈明；责任单位：疾控科、医政科等）
    2.新增护理院2家，投入资金1.1亿元。（责任领导：李华；牵头科室：医政科）
    二、推进医疗服务能力建设
    （一）年内建成3家示范发热门诊。（县卫健局牵头，县财政局、县发改委配合）
    """
    let traditional = """
    2022年某某縣衛生健康工作要點
    一、加強疾病預防控制
    1.全縣甲乙類法定報告傳染病發病率控制在120/10萬以內，居民健康素養水平達到30%以上。（牽頭領導：陳明；責任單位：疾控科、醫政科等）
    2.新增護理院2家，投入資金1.1億元。（責任領導：李華；牽頭科室：醫政科）
    二、推進醫療服務能力建設
    （一）年內建成3家示範發熱門診。（縣衛健局牽頭，縣財政局、縣發改委配合）
    """

    private func run(_ text: String) throws -> DocumentRecord {
        try DocumentPipeline().process(DocumentSource(docID: "d", sourcePath: "d.txt", bytes: Array(text.utf8)))
    }

    func testSameRowsAsTheSimplifiedTwin() throws {
        guard ScriptNormalizer.shared.isAvailable else { throw XCTSkip("OpenCC dictionaries not installed") }
        let s = try run(simplified)
        let t = try run(traditional)
        XCTAssertEqual(t.clauses.flattened.map(\.id), s.clauses.flattened.map(\.id))
        XCTAssertEqual(t.clauses.flattened.map(\.markerStyle), s.clauses.flattened.map(\.markerStyle))
        XCTAssertEqual(t.targets.map { "\($0.comparator)|\(CSVTables.number($0.value))|\($0.unit)|\($0.deadline.count)" },
                       s.targets.map { "\($0.comparator)|\(CSVTables.number($0.value))|\($0.unit)|\($0.deadline.count)" })
        XCTAssertEqual(t.responsibilities.map { "\($0.clauseID ?? "")|\($0.role)|\($0.partyKind)" },
                       s.responsibilities.map { "\($0.clauseID ?? "")|\($0.role)|\($0.partyKind)" })
        XCTAssertFalse(t.targets.isEmpty)
        XCTAssertTrue(t.flags.contains { $0.flag == .traditionalChinese })
        XCTAssertFalse(s.flags.contains { $0.flag == .traditionalChinese })
    }

    func testEmittedStringsKeepTheSourceCharacters() throws {
        guard ScriptNormalizer.shared.isAvailable else { throw XCTSkip("OpenCC dictionaries not installed") }
        let t = try run(traditional)
        let body = Array(t.body.unicodeScalars)
        for row in t.targets {
            XCTAssertEqual(row.raw, String(String.UnicodeScalarView(body[row.start..<row.end])))
        }
        XCTAssertTrue(t.targets.contains { $0.indicator == "居民健康素養水平" && $0.comparator == .ge })
        XCTAssertTrue(t.targets.contains { $0.raw.contains("以內") && $0.comparator == .le && $0.unit == "/10万" })
        XCTAssertTrue(t.targets.contains { $0.raw.contains("億元") && $0.unit == "亿元" })
        XCTAssertEqual(t.responsibilities.map(\.name), ["陳明", "疾控科", "醫政科", "李華", "醫政科", "縣衛健局", "縣財政局", "縣發改委"])
        XCTAssertEqual(t.responsibilities.first?.label, "牽頭領導")
        XCTAssertEqual(t.clauses.first?.heading, "加強疾病預防控制")
    }
}
