import XCTest
@testable import YaodianCore

/// `heading` is the clause text up to its first 。 or line end; `text` is the whole clause without
/// its children and without its responsibility tag; `start`/`end` cover the clause's own segment
/// (marker, text and tag) in body scalars (extraction guide, section 2; `Clause`).
final class ClauseTextTests: XCTestCase {
    let body = """
    某某区卫生健康局2022年工作要点
    一、加强公共卫生体系建设
    （一）完善疾病预防控制体系。推进区疾控中心标准化建设，提升检验检测能力。
    1.加强传染病监测预警。落实发热门诊哨点监测制度。（牵头领导：周某；责任科室：疾控科）
    2.做好免疫规划工作
    二、提升医疗服务能力
    """

    func testHeadingStopsAtTheFirstFullStop() {
        let flat = ClauseOutline.segment(body).clauses.flattened
        XCTAssertEqual(flat[1].heading, "完善疾病预防控制体系")
        XCTAssertEqual(flat[2].heading, "加强传染病监测预警")
    }

    func testHeadingStopsAtTheLineEndWhenThereIsNoFullStop() {
        let flat = ClauseOutline.segment(body).clauses.flattened
        XCTAssertEqual(flat[0].heading, "加强公共卫生体系建设")
        XCTAssertEqual(flat[3].heading, "做好免疫规划工作")
    }

    func testHeadingOfAMultiLineClauseIsItsFirstLine() {
        let doc = ClauseOutline.segment("一、持续深化医改\n推进公立医院综合改革\n完善薪酬制度。")
        XCTAssertEqual(doc.clauses[0].heading, "持续深化医改")
        XCTAssertEqual(doc.clauses[0].text, "持续深化医改\n推进公立医院综合改革\n完善薪酬制度。")
    }

    func testHeadingDropsTheSemicolonBeforeAnInlineSibling() {
        let doc = ClauseOutline.segment("（一）强化监测。①完善监测预警机制；②健全报告制度。")
        XCTAssertEqual(ClauseOutline.lines(of: doc.clauses), [
            "1 cn_paren 1 强化监测",
            "1.1 circled 1 完善监测预警机制",
            "1.2 circled 2 健全报告制度",
        ])
        XCTAssertEqual(doc.clauses[0].children[0].text, "完善监测预警机制；")
    }

    func testTextExcludesTheChildren() {
        let flat = ClauseOutline.segment(body).clauses.flattened
        XCTAssertEqual(flat[0].text, "加强公共卫生体系建设")
        XCTAssertEqual(flat[1].text, "完善疾病预防控制体系。推进区疾控中心标准化建设，提升检验检测能力。")
    }

    func testTextExcludesTheMarkerAndTheTrailingTag() {
        let doc = ClauseOutline.segment(body)
        let item = doc.clauses.flattened[2]
        XCTAssertEqual(item.marker, "1.")
        XCTAssertEqual(item.text, "加强传染病监测预警。落实发热门诊哨点监测制度。")
        XCTAssertEqual(ClauseOutline.tagText(doc, item.id, in: body), "（牵头领导：周某；责任科室：疾控科）")
    }

    func testTheTagFollowedByAFullStopIsStillRemoved() {
        let doc = ClauseOutline.segment("1.做好基本公共卫生服务（责任科室：基层科）。")
        XCTAssertEqual(doc.clauses[0].text, "做好基本公共卫生服务")
        XCTAssertNotNil(doc.tags["1"])
    }

    func testParenthesesThatAreNotATagStayInTheText() {
        let doc = ClauseOutline.segment("1.推进乡镇（街道）卫生院提档升级（含村卫生室）。")
        XCTAssertEqual(doc.clauses[0].text, "推进乡镇（街道）卫生院提档升级（含村卫生室）。")
        XCTAssertTrue(doc.tags.isEmpty)
    }

    func testSpansCoverMarkerTextAndTagButNotChildren() {
        let doc = ClauseOutline.segment(body)
        let flat = doc.clauses.flattened
        XCTAssertEqual(ClauseOutline.span(flat[0], in: body), "一、加强公共卫生体系建设")
        XCTAssertEqual(ClauseOutline.span(flat[1], in: body), "（一）完善疾病预防控制体系。推进区疾控中心标准化建设，提升检验检测能力。")
        XCTAssertEqual(ClauseOutline.span(flat[2], in: body),
                       "1.加强传染病监测预警。落实发热门诊哨点监测制度。（牵头领导：周某；责任科室：疾控科）")
        XCTAssertEqual(ClauseOutline.span(flat[4], in: body), "二、提升医疗服务能力")
        XCTAssertEqual(flat[4].end, body.unicodeScalars.count)
    }

    func testSpansAreScalarOffsetsIntoTheBody() {
        let doc = ClauseOutline.segment(body)
        let first = doc.clauses[0]
        let titleLength = "某某区卫生健康局2022年工作要点\n".unicodeScalars.count
        XCTAssertEqual(first.start, titleLength)
        XCTAssertEqual(ClauseOutline.tagText(doc, "1.1.1", in: body), "（牵头领导：周某；责任科室：疾控科）")
    }

    func testInlineClauseSpansSplitTheLine() {
        let line = "（一）强化基层。一是培养全科医生；二是改善村卫生室条件。"
        let flat = ClauseOutline.segment(line).clauses.flattened
        XCTAssertEqual(flat.map { ClauseOutline.span($0, in: line) },
                       ["（一）强化基层。", "一是培养全科医生；", "二是改善村卫生室条件。"])
        XCTAssertEqual(flat.map(\.text), ["强化基层。", "培养全科医生；", "改善村卫生室条件。"])
    }

    func testClauseIDsAreStablePathsOfSiblingPositions() {
        let flat = ClauseOutline.segment(body).clauses.flattened
        XCTAssertEqual(flat.map(\.id), ["1", "1.1", "1.1.1", "1.1.2", "2"])
        XCTAssertEqual(flat.map(\.id), ClauseOutline.segment(body).clauses.flattened.map(\.id))
    }
}
