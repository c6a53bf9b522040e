import XCTest
@testable import YaodianCore

/// A marker alone on its line takes its heading from the next line (extraction guide, section 2).
final class MarkerAloneOnLineTests: XCTestCase {
    func testCnDunAloneOnItsLine() {
        let body = """
        一、
        加强基层医疗卫生服务体系建设
        1.推进乡镇卫生院标准化建设。
        二、
        深化医改
        """
        XCTAssertEqual(ClauseOutline.lines(body), [
            "1 cn_dun 1 加强基层医疗卫生服务体系建设",
            "1.1 arabic 1 推进乡镇卫生院标准化建设",
            "2 cn_dun 2 深化医改",
        ])
    }

    func testArabicMarkerAloneWithTrailingSpaces() {
        let body = "一、疾病预防控制\n1.  \n完善慢性病综合防控示范区建设。持续开展筛查。\n2.落实免疫规划。"
        let flat = ClauseOutline.segment(body).clauses.flattened
        XCTAssertEqual(flat.map(\.heading), ["疾病预防控制", "完善慢性病综合防控示范区建设", "落实免疫规划"])
        XCTAssertEqual(flat[1].marker, "1.")
        XCTAssertEqual(flat[1].text, "完善慢性病综合防控示范区建设。持续开展筛查。")
    }

    func testParenMarkerAloneOnItsLine() {
        let body = "（一）\n全面提升医疗质量\n（二）\n改善就医体验"
        XCTAssertEqual(ClauseOutline.lines(body), [
            "1 cn_paren 1 全面提升医疗质量",
            "2 cn_paren 2 改善就医体验",
        ])
    }

    func testTheNextLineIsNotAParagraphClauseOfItsOwn() {
        let body = "一、\n加强卫生健康人才队伍建设（责任科室：人事科）\n二、\n推进卫生健康信息化"
        let flat = ClauseOutline.segment(body).clauses.flattened
        XCTAssertEqual(flat.map(\.markerStyle), [.cnDun, .cnDun])
        XCTAssertEqual(flat[0].heading, "加强卫生健康人才队伍建设")
    }
}
