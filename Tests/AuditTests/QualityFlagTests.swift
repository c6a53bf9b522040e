import XCTest
@testable import YaodianCore

/// The flags of section 6 of the guide, each raised where it belongs and nowhere else.
final class QualityFlagTests: XCTestCase {
    private func flags(_ text: String) throws -> [QualityFlag] {
        try DocumentPipeline().process(DocumentSource(docID: "d", sourcePath: "d.txt", bytes: Array(text.utf8))).flags
    }

    private func kinds(_ text: String) throws -> Set<QualityFlag.Kind> {
        Set(try flags(text).map(\.flag))
    }

    func testCleanPlanHasNoFlags() throws {
        XCTAssertEqual(try kinds("""
        2023年某某县卫生健康工作要点
        一、加强疾病预防控制
        1.完善监测预警体系。
        2.提升应急处置能力。
        二、提升医疗服务能力
        1.推进医共体建设。
        2.加强基层能力建设。
        """), [])
    }

    func testGapAndDuplicateWithinASequence() throws {
        let found = try flags("""
        2023年某某县卫生健康工作要点
        一、加强疾病预防控制
        1.完善监测预警体系。
        3.提升应急处置能力。
        3.强化院感防控。
        """)
        let gap = try XCTUnwrap(found.first { $0.flag == .numberingGap })
        XCTAssertTrue(gap.detail.contains("3."))
        XCTAssertEqual(found.filter { $0.flag == .numberingDuplicate }.count, 1)
    }

    func testNumberingThatRunsOnAcrossParentsIsNoGap() throws {
        XCTAssertEqual(try kinds("""
        2023年某某县卫生健康工作要点
        一、加强疾病预防控制
        （一）完善体系。
        1.完善监测预警体系。
        2.提升应急处置能力。
        （二）强化救治。
        3.强化院感防控。
        4.建设发热门诊。
        """), [])
    }

    func testNoClauses() throws {
        XCTAssertTrue(try kinds("某县召开卫生健康工作会议，会议强调要做好疫情防控。").contains(.noClauses))
    }

    func testUnattributedClausesInATaggedDocument() throws {
        let found = try flags("""
        2023年某某县卫生健康工作要点
        1.完善监测预警体系。（牵头科室：疾控科）
        2.提升应急处置能力。（牵头科室：应急办）
        3.强化院感防控。（牵头科室：医政科）
        4.推进信息化建设。
        """)
        let flagged = found.filter { $0.flag == .unattributedClauses }
        XCTAssertEqual(flagged.count, 1)
        XCTAssertTrue(flagged[0].detail.contains("推进信息化建设"))
    }

    func testRedactedValuesAreFlaggedWhereTheyStand() throws {
        let text = "2023年某某县卫生健康工作总结\n一、工作成效\n1.投入***万元改造实验室，建成**家预防接种门诊。"
        let found = try flags(text).filter { $0.flag == .redactedValues }
        XCTAssertEqual(found.count, 2)
        let body = Array(text.unicodeScalars)
        XCTAssertEqual(String(String.UnicodeScalarView(body[found[0].start..<found[0].end])), "***")
    }

    func testTextThatStopsMidSentenceIsTruncated() throws {
        let found = try flags("2023年某某县卫生健康工作要点\n一、加强疾病预防控制\n1.完善监测预警体系，建立健全")
        let truncated = try XCTUnwrap(found.first { $0.flag == .truncated })
        XCTAssertEqual(truncated.detail, "text stops mid-sentence")
    }

    func testPaywallBannerIsTruncatedAndTableOfContentsRemoved() throws {
        let text = """
        目录：
        一、工作成效
        二、下一步打算
        ……
        某某县卫生健康工作调研报告
        一、工作成效
        全年完成家庭医生签约12万人……(某某文秘网省略800字，正式会员可完整阅读)……
        二、下一步打算
        继续推进医共体建设。
        """
        let found = try kinds(text)
        XCTAssertTrue(found.contains(.truncated))
        XCTAssertTrue(found.contains(.tocRemoved))
        XCTAssertFalse(found.contains(.numberingGap))
    }

    func testTraditionalChinese() throws {
        XCTAssertTrue(try kinds("2023年某某縣衛生健康工作要點\n一、加強疾病預防控制\n1.全縣傳染病發病率控制在120/10萬以內。").contains(.traditionalChinese))
    }

    func testReplacementCharactersAreMojibake() throws {
        let found = try flags("2023年某某县卫生健康工作要点\n一、加强疾病预防\u{FFFD}\u{FFFD}控制")
        XCTAssertTrue(found.contains { $0.flag == .mojibake })
    }
}
