import XCTest
@testable import YaodianCore

final class ResponsibilityTagParserTests: XCTestCase {
    private func tag(_ text: String) -> ResponsibilityTag? {
        let s = Array(text.unicodeScalars)
        return ResponsibilityTagParser.trailingTag(in: s, range: 0..<s.count)
    }

    func testLabelledTagWithTrailingDeng() throws {
        let t = try XCTUnwrap(tag("推进家庭医生签约服务。（牵头领导：王明；责任科室：基层科、医政科等）"))
        XCTAssertEqual(t.parties.map(\.name), ["王明", "基层科", "医政科"])
        XCTAssertEqual(t.parties.map(\.kind), [.person, .unit, .unit])
        XCTAssertEqual(t.parties.map(\.role), [.lead, .responsible, .responsible])
        XCTAssertEqual(t.parties.map(\.label), ["牵头领导", "责任科室", "责任科室"])
    }

    func testSwappedLabelsHalfWidth() throws {
        let t = try XCTUnwrap(tag("完成培训任务。(责任领导:李华;牵头科室:科教科)"))
        XCTAssertEqual(t.parties.map(\.role), [.responsible, .lead])
        XCTAssertEqual(t.parties.map(\.kind), [.person, .unit])
    }

    func testUnlabelledLeadAndCooperating() throws {
        let t = try XCTUnwrap(tag("建成区域医疗中心（市卫健委牵头，市发改委、市财政局配合）"))
        XCTAssertEqual(t.parties.map(\.name), ["市卫健委", "市发改委", "市财政局"])
        XCTAssertEqual(t.parties.map(\.role), [.lead, .cooperating, .cooperating])
        XCTAssertEqual(t.parties.map(\.label), ["", "", ""])
    }

    func testDeadlineIsNotAParty() throws {
        let t = try XCTUnwrap(tag("开展专项整治。（牵头单位：县卫健局；完成时限：2022年6月底）"))
        XCTAssertEqual(t.parties.map(\.name), ["县卫健局"])
        XCTAssertEqual(t.deadline, "2022年6月底")
    }

    func testOrdinaryParenthesesAreNotTags() {
        XCTAssertNil(tag("抓好传染病院区（病区）"))
        XCTAssertNil(tag("落实行动计划（2018—2020年）"))
        XCTAssertNil(tag("市卫健委牵头起草了实施方案。"))
    }

    func testTruncatedLabelledTag() throws {
        let t = try XCTUnwrap(tag("加强院感防控。（牵头领导：赵强；责任科室：医政科、疾控"))
        XCTAssertFalse(t.closed)
        XCTAssertEqual(t.parties.map(\.name), ["赵强", "医政科", "疾控"])
    }
}

/// Tag forms of section 4 of the guide inside whole documents, as real plans write them.
final class ResponsibilityTagDocumentTests: XCTestCase {
    private func run(_ text: String) throws -> DocumentRecord {
        try DocumentPipeline().process(DocumentSource(docID: "d", sourcePath: "d.txt", bytes: Array(text.utf8)))
    }

    func testUnlabelledFormsAndGenericParties() throws {
        let record = try run("""
        2023年某某区卫生健康工作要点
        一、重点任务
        1.推进医共体建设。（区卫健局、区医保局按职责分工负责）
        2.完善急救网络。（区卫健局牵头）
        3.编制专项规划。（牵头领导：各分管领导；责任科室：有关科室）
        4.区卫健局牵头起草了医养结合实施方案，进一步完善服务体系。
        """)
        let rows = record.responsibilities.map { "\($0.clauseID ?? "")|\($0.name)|\($0.role.rawValue)|\($0.partyKind.rawValue)|\($0.label)" }
        XCTAssertEqual(rows, [
            "1.1|区卫健局|responsible|unit|", "1.1|区医保局|responsible|unit|",
            "1.2|区卫健局|lead|unit|",
            "1.3|各分管领导|lead|person|牵头领导", "1.3|有关科室|responsible|unit|责任科室",
        ])
        XCTAssertEqual(record.clauses[0].children[0].text, "推进医共体建设。")
        XCTAssertTrue(record.clauses[0].children[3].text.contains("牵头起草"), "a narrative mention stays text")
    }

    func testCompletionDeadlineInATagIsTheClauseDeadline() throws {
        let record = try run("""
        2023年某某县卫生健康工作要点
        1.新建标准化村卫生室10个。（牵头单位：县卫健局；配合单位：各乡镇；完成时限：2023年10月底）
        """)
        XCTAssertEqual(record.responsibilities.map(\.name), ["县卫健局", "各乡镇"])
        XCTAssertEqual(record.responsibilities.map(\.role), [.lead, .cooperating])
        XCTAssertEqual(record.targets.first?.deadline, "2023年10月底")
        XCTAssertEqual(record.targets.first?.value, 10)
    }

    func testTagCutByATruncatedPageStillYieldsParties() throws {
        let record = try run("""
        2023年某某县卫生健康工作要点
        一、重点任务
        1.加强院感防控。（牵头领导：赵强；责任科室：医政科、疾控
        """)
        XCTAssertEqual(record.responsibilities.map(\.name), ["赵强", "医政科", "疾控"])
        XCTAssertTrue(record.flags.contains { $0.flag == .truncated })
    }
}
