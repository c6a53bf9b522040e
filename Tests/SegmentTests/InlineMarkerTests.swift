import XCTest
@testable import YaodianCore

/// A marker inside a line starts a clause only right after a sentence end (。；;！？) and only when
/// it opens a new sequence (1, 一) under the current clause or continues the one in progress
/// (extraction guide, section 2; seed 002: `…管理水平。16.打造…`).
final class InlineMarkerTests: XCTestCase {
    func testAnArabicMarkerAfterAFullStopContinuesTheSequence() {
        let body = """
        一、提升医疗服务能力
        14.推进胸痛中心建设。
        15.加强临床专科建设，提高县级医院诊疗水平。16.打造智慧医院，推广预约诊疗服务。
        17.改善护理服务。
        """
        XCTAssertEqual(ClauseOutline.lines(body), [
            "1 cn_dun 1 提升医疗服务能力",
            "1.1 arabic 14 推进胸痛中心建设",
            "1.2 arabic 15 加强临床专科建设，提高县级医院诊疗水平",
            "1.3 arabic 16 打造智慧医院，推广预约诊疗服务",
            "1.4 arabic 17 改善护理服务",
        ])
        let flat = ClauseOutline.segment(body).clauses.flattened
        XCTAssertEqual(flat[2].text, "加强临床专科建设，提高县级医院诊疗水平。")
        XCTAssertEqual(flat[3].marker, "16.")
    }

    func testCnShiInlineAfterAFullStopOrASemicolon() {
        let body = """
        （一）加强基层卫生队伍建设。一是实施订单定向培养；二是开展全科医生转岗培训；三是落实乡村医生待遇。
        （二）推进家庭医生签约服务。
        """
        XCTAssertEqual(ClauseOutline.lines(body), [
            "1 cn_paren 1 加强基层卫生队伍建设",
            "1.1 cn_shi 1 实施订单定向培养",
            "1.2 cn_shi 2 开展全科医生转岗培训",
            "1.3 cn_shi 3 落实乡村医生待遇",
            "2 cn_paren 2 推进家庭医生签约服务",
        ])
    }

    func testInlineMarkersAfterExclamationAndQuestionMarks() {
        let body = "一、问题与对策\n基层怎么办？一是补齐设备短板！二是补齐人员短板。"
        XCTAssertEqual(ClauseOutline.lines(body), [
            "1 cn_dun 1 问题与对策",
            "1.1 cn_shi 1 补齐设备短板！",
            "1.2 cn_shi 2 补齐人员短板",
        ])
    }

    func testInlineMarkerAfterAClosingQuote() {
        let body = "一、重点工作\n开展“健康进万家”活动。”一是进社区。二是进学校。"
        XCTAssertEqual(ClauseOutline.lines(body).dropFirst(), [
            "1.1 cn_shi 1 进社区",
            "1.2 cn_shi 2 进学校",
        ])
    }

    func testAMarkerAfterACommaIsNotAClause() {
        let body = "一、强化健康管理\n做好重点人群服务，一是老年人，二是孕产妇。"
        XCTAssertEqual(ClauseOutline.lines(body), ["1 cn_dun 1 强化健康管理"])
    }

    func testAMarkerMidSentenceIsNotAClause() {
        let body = """
        一、推进项目建设
        1.谋划重点项目17个，总投资2.5亿元，其中1.2亿元用于县人民医院新院区建设。
        2.完成县妇幼保健院迁建。
        """
        XCTAssertEqual(ClauseOutline.lines(body), [
            "1 cn_dun 1 推进项目建设",
            "1.1 arabic 1 谋划重点项目17个，总投资2.5亿元，其中1.2亿元用于县人民医院新院区建设",
            "1.2 arabic 2 完成县妇幼保健院迁建",
        ])
    }

    func testAnInlineOrdinalThatNeitherOpensNorContinuesIsNotAClause() {
        // After 3., an inline 5. skips a number; an inline 2. goes back: neither is a clause.
        let body = """
        一、加强传染病防控
        3.做好艾滋病防治。5.结核病患者规范治疗率保持在较高水平。2.其他工作按计划推进。
        """
        XCTAssertEqual(ClauseOutline.lines(body), [
            "1 cn_dun 1 加强传染病防控",
            "1.1 arabic 3 做好艾滋病防治",
        ])
        XCTAssertEqual(ClauseOutline.segment(body).clauses[0].children[0].text,
                       "做好艾滋病防治。5.结核病患者规范治疗率保持在较高水平。2.其他工作按计划推进。")
    }

    func testAnInlineMarkerOfANewStyleMustOpenWithOne() {
        let body = "一、重点任务\n推进医防融合。三是加强慢病管理。"
        XCTAssertEqual(ClauseOutline.lines(body), ["1 cn_dun 1 重点任务"])
    }

    func testAnInlineSequenceOpensUnderTheCurrentClause() {
        let body = """
        一、加强卫生应急体系建设
        1.完善应急预案。①修订突发公共卫生事件应急预案；②组织开展应急演练。
        2.加强应急物资储备。
        """
        XCTAssertEqual(ClauseOutline.lines(body), [
            "1 cn_dun 1 加强卫生应急体系建设",
            "1.1 arabic 1 完善应急预案",
            "1.1.1 circled 1 修订突发公共卫生事件应急预案",
            "1.1.2 circled 2 组织开展应急演练",
            "1.2 arabic 2 加强应急物资储备",
        ])
    }

    func testAfterATruncationTheSequenceMayResumeAtALaterOrdinal() {
        // The page was cut after 二是; 五是 then resumes the enumeration.
        let first = "一、工作成效\n一是抓实疫情防控。二是抓实医改。"
        let rest = "……省略……人次。五是落实协同发展。"
        let body = first + rest
        let cutEnd = first.unicodeScalars.count + 6
        let mark = CleanDocument.Mark(start: first.unicodeScalars.count, end: cutEnd, detail: "paywall")
        XCTAssertEqual(ClauseOutline.lines(body, truncations: [mark]).map { $0 }, [
            "1 cn_dun 1 工作成效",
            "1.1 cn_shi 1 抓实疫情防控",
            "1.2 cn_shi 2 抓实医改",
            "1.3 cn_shi 5 落实协同发展",
        ])
        XCTAssertEqual(ClauseOutline.lines(body).count, 3, "without a cut, 五是 after 二是 is a gap, not a clause")
    }
}
