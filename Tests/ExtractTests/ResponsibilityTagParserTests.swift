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
