import XCTest
@testable import YaodianCore

/// A 目录/提纲 outline whose headings repeat in the text is removed, with a zero-width mark where it stood.
final class TableOfContentsTests: XCTestCase {
    private func find(_ texts: [String]) -> Range<Int>? {
        TableOfContentsDetector.find(PageFixture.textLines(texts))
    }

    func testOutlineEndsWhereItsFirstEntryRepeats() {
        let lines = [
            "2023年青溪区卫生健康工作要点",
            "目　录",
            "一、总体要求",
            "二、重点任务",
            "（一）提升公共卫生服务能力",
            "（二）推进优质医疗资源扩容下沉",
            "三、保障措施",
            "一、总体要求",
            "以人民健康为中心，全面推进健康青溪建设。",
        ]
        XCTAssertEqual(find(lines), 1..<7)
    }

    func testOutlineClosedByADotLeaderLine() {
        let lines = [
            "提纲：……",
            "一、2022年工作成效",
            "（一）疫情防控有力有序",
            "一是完善监测预警",
            "二是提升救治能力",
            "二、2023年工作思路",
            "……",
            "青溪区卫生健康事业发展情况调研报告",
            "一、2022年工作成效",
        ]
        XCTAssertEqual(find(lines), 0..<7)
    }

    func testOutlineWithLeadersAndPageNumbers() {
        let lines = [
            "目录",
            "一、总体要求……………………1",
            "………… 2",
            "二、重点任务……………………3",
            "三、保障措施……………………9",
            "一、总体要求",
        ]
        XCTAssertEqual(find(lines), 0..<5)
    }

    func testRealHeadingAfterAnOutlineWithPageNumbersIsKept() throws {
        let page = """
        2023年青溪区卫生健康工作要点
        目录
        一、总体要求……………………1
        二、重点任务……………………3
        三、保障措施……………………9
        一、总体要求
        以人民健康为中心，全面推进健康青溪建设。
        二、重点任务
        """
        let clean = try PageFixture.clean(page, path: "plan.txt")
        XCTAssertEqual(PageFixture.lines(clean), [
            "2023年青溪区卫生健康工作要点",
            "一、总体要求",
            "以人民健康为中心，全面推进健康青溪建设。",
            "二、重点任务",
        ])
    }

    func testOneEntryIsNotAnOutline() {
        XCTAssertNil(find(["目录", "一、总体要求", "以人民健康为中心，全面推进健康青溪建设。"]))
    }

    func testNoLabelNoOutline() {
        XCTAssertNil(find(["一、总体要求", "二、重点任务", "三、保障措施", "一、总体要求"]))
    }

    func testALongLineStartingWithTheLabelIsNotALabel() {
        let long = "目录" + String(repeating: "管理", count: 15)
        XCTAssertNil(find([long, "一、总体要求", "二、重点任务"]))
    }

    func testABodySentenceStartingWithTheWordIsNotALabel() {
        // 目录内药品 is body text, not the label of an outline.
        XCTAssertNil(find([
            "一、加强药品供应保障",
            "目录内药品配备使用情况纳入考核",
            "1.二级以上医院基本药物配备品种数占比不低于60%",
            "2.基层医疗卫生机构基本药物配备品种数占比不低于90%",
            "二、促进合理用药",
        ]))
    }

    func testOutlineFarIntoALongDocumentIsNotSearched() {
        let filler = (1...60).map { "第\($0)段正文内容。" }
        XCTAssertNil(find(filler + ["目录", "一、总体要求", "二、重点任务", "一、总体要求"]))
    }

    func testCleanerRemovesTheOutlineAndMarksWhereItStood() throws {
        let page = """
        青溪区卫生健康事业发展情况调研报告
        目　录
        一、2022年工作成效
        （一）疫情防控有力有序
        （二）医疗服务能力持续提升
        二、存在的问题
        三、下一步工作思路
        一、2022年工作成效
        （一）疫情防控有力有序。全年完成核酸检测120万人次。
        """
        let clean = try PageFixture.clean(page, path: "report.txt")
        XCTAssertEqual(PageFixture.lines(clean), [
            "青溪区卫生健康事业发展情况调研报告",
            "一、2022年工作成效",
            "（一）疫情防控有力有序。全年完成核酸检测120万人次。",
        ])
        // The zero-width mark sits at the end of the line the outline followed.
        let toc = try XCTUnwrap(clean.tableOfContents)
        let offset = "青溪区卫生健康事业发展情况调研报告".unicodeScalars.count
        XCTAssertEqual(toc.start, offset)
        XCTAssertEqual(toc.end, offset)
        XCTAssertTrue(toc.detail.contains("6 lines"), toc.detail)
        XCTAssertTrue(toc.detail.contains("一、2022年工作成效"), toc.detail)
    }

    func testOutlineAtTheStartOfTheDocumentMarksOffsetZero() throws {
        let page = """
        目录/提纲：……
        一、工作成效
        二、存在问题
        ……
        青溪区2022年卫生健康工作总结
        一、工作成效
        """
        let clean = try PageFixture.clean(page, path: "summary.txt")
        XCTAssertEqual(PageFixture.lines(clean), ["青溪区2022年卫生健康工作总结", "一、工作成效"])
        XCTAssertEqual(clean.tableOfContents?.start, 0)
        XCTAssertEqual(clean.tableOfContents?.end, 0)
    }

    func testLinesAroundTheOutlineAreNotJoinedAcrossIt() throws {
        let before = "本报告由青溪区卫生健康委员会组织编写，系统梳理全区卫生健康事业发展情况，并提出下一步"
        XCTAssertGreaterThanOrEqual(before.count, LineJoiner.minimumLength)
        let page = before + "\n目录\n一、工作成效\n二、存在问题\n工作思路和建议。\n"
        let clean = try PageFixture.clean(page, path: "report.txt")
        XCTAssertEqual(PageFixture.lines(clean), [before, "工作思路和建议。"])
        XCTAssertEqual(clean.tableOfContents?.start, before.unicodeScalars.count)
    }

    func testDocumentWithoutOutlineHasNoMark() throws {
        let clean = try PageFixture.clean("一、总体要求\n二、重点任务\n", path: "plan.txt")
        XCTAssertNil(clean.tableOfContents)
    }
}
