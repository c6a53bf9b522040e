import XCTest
@testable import YaodianCore

/// An unnumbered paragraph that carries its own responsibility tag, or stands beside numbered
/// siblings closed by one, is a `paragraph` clause with marker "" and ordinal nil (extraction
/// guide, section 2; seed 004 after item 28). Untagged continuation paragraphs stay in the text.
final class ParagraphClauseTests: XCTestCase {
    func testATaggedUnnumberedParagraphAfterATaggedItemIsASibling() {
        let body = """
        一、加强行业管理
        1.开展医疗机构依法执业检查。（牵头领导：孙某；责任科室：监督所）
        做好安全生产和消防安全工作，开展隐患排查整治。（牵头领导：孙某；责任科室：办公室）
        """
        let flat = ClauseOutline.segment(body).clauses.flattened
        XCTAssertEqual(ClauseOutline.lines(body), [
            "1 cn_dun 1 加强行业管理",
            "1.1 arabic 1 开展医疗机构依法执业检查",
            "1.2 paragraph - 做好安全生产和消防安全工作，开展隐患排查整治",
        ])
        XCTAssertEqual(flat[2].marker, "")
        XCTAssertNil(flat[2].ordinal)
        XCTAssertEqual(flat[2].parentID, "1")
        XCTAssertEqual(flat[2].text, "做好安全生产和消防安全工作，开展隐患排查整治。")
    }

    func testTheParagraphClauseHasItsOwnTag() {
        let body = """
        一、加强行业管理
        1.开展医疗机构依法执业检查。（责任科室：监督所）
        做好信访维稳工作。（责任科室：办公室、医政科等）
        """
        let doc = ClauseOutline.segment(body)
        XCTAssertEqual(doc.tags.keys.sorted(), ["1.1", "1.2"])
        XCTAssertEqual(ClauseOutline.tagText(doc, "1.2", in: body), "（责任科室：办公室、医政科等）")
    }

    func testSeveralTaggedParagraphsInARowAreSiblings() {
        let body = """
        二、加强党的建设
        落实全面从严治党主体责任。（责任科室：党办）
        加强意识形态工作。（责任科室：宣传科）
        推进清廉医院建设。（责任科室：纪检室）
        三、保障措施
        """
        XCTAssertEqual(ClauseOutline.lines(body), [
            "1 cn_dun 2 加强党的建设",
            "1.1 paragraph - 落实全面从严治党主体责任",
            "1.2 paragraph - 加强意识形态工作",
            "1.3 paragraph - 推进清廉医院建设",
            "2 cn_dun 3 保障措施",
        ])
    }

    func testAnUntaggedContinuationParagraphStaysInTheClausesText() {
        let body = """
        一、推进健康某某县建设
        1.深入开展爱国卫生运动。巩固国家卫生县城成果。
        同时，持续推进城乡环境卫生整洁行动。
        2.开展健康促进县建设。
        """
        let flat = ClauseOutline.segment(body).clauses.flattened
        XCTAssertEqual(flat.map(\.markerStyle), [.cnDun, .arabic, .arabic])
        XCTAssertEqual(flat[1].text, "深入开展爱国卫生运动。巩固国家卫生县城成果。\n同时，持续推进城乡环境卫生整洁行动。")
        XCTAssertEqual(flat[1].heading, "深入开展爱国卫生运动")
    }

    func testAnUntaggedParagraphAfterATaggedItemIsAWorkItemToo() {
        // It stands beside numbered siblings that close with a tag (seed 004 after item 28).
        let body = """
        一、其他工作
        1.做好统计工作。（责任科室：规划科）
        完成上级交办的其他工作任务。
        """
        let flat = ClauseOutline.segment(body).clauses.flattened
        XCTAssertEqual(flat.map(\.markerStyle), [.cnDun, .arabic, .paragraph])
        XCTAssertEqual(flat[2].text, "完成上级交办的其他工作任务。")
        XCTAssertEqual(flat[1].text, "做好统计工作。")
    }

    func testAParagraphBeforeAnyMarkerIsPreambleNotAClause() {
        let body = """
        全县卫生健康工作要以人民健康为中心。（县卫健局）
        一、加强公共卫生体系建设
        """
        XCTAssertEqual(ClauseOutline.lines(body), ["1 cn_dun 1 加强公共卫生体系建设"])
    }

    func testTaggedParagraphsUnderAnUntaggedHeadingAreItsChildren() {
        // Seed 004 from (二十) on: the numbered heading, then unnumbered tagged work items.
        let body = """
        （一）加快发展“互联网+医疗健康”。
        推进县人民医院互联网医院建设。（牵头领导：李某；责任科室：规信科）
        全面推广电子健康卡应用。（责任科室：规信科、医政科）
        （二）促进人口与家庭发展。
        落实计划生育奖励扶助制度。（责任科室：人口家庭科）
        """
        XCTAssertEqual(ClauseOutline.lines(body), [
            "1 cn_paren 1 加快发展“互联网+医疗健康”",
            "1.1 paragraph - 推进县人民医院互联网医院建设",
            "1.2 paragraph - 全面推广电子健康卡应用",
            "2 cn_paren 2 促进人口与家庭发展",
            "2.1 paragraph - 落实计划生育奖励扶助制度",
        ])
        let doc = ClauseOutline.segment(body)
        XCTAssertEqual(doc.clauses[0].text, "加快发展“互联网+医疗健康”。")
        XCTAssertNil(doc.tags["1"])
        XCTAssertEqual(ClauseOutline.tagText(doc, "1.1", in: body), "（牵头领导：李某；责任科室：规信科）")
    }

    func testALineThatIsOnlyATagClosesTheClauseAboveAndIsNoParagraph() {
        let body = """
        一、重点工作
        1.做好医疗质量控制工作。
        （牵头领导：王某；责任科室：医政科）
        2.做好卫生健康统计工作。
        """
        let doc = ClauseOutline.segment(body)
        XCTAssertEqual(ClauseOutline.lines(of: doc.clauses), [
            "1 cn_dun 1 重点工作",
            "1.1 arabic 1 做好医疗质量控制工作",
            "1.2 arabic 2 做好卫生健康统计工作",
        ])
        XCTAssertEqual(doc.clauses[0].children[0].text, "做好医疗质量控制工作。")
        XCTAssertEqual(ClauseOutline.tagText(doc, "1.1", in: body), "（牵头领导：王某；责任科室：医政科）")
    }
}
