import XCTest
@testable import YaodianCore

/// Lines a scraper broke in the middle of a sentence are joined back; titles, headings, finished
/// sentences and lines before a clause marker are not.
final class LineJoinerTests: XCTestCase {
    /// A long line (over `LineJoiner.minimumLength` characters) that stops mid-sentence.
    private let broken = "深入推进紧密型县域医共体建设，统筹县域医疗卫生资源，推动县级医院与乡镇卫生院之间人员、技术、"

    private func join(_ texts: [String], hardBreaks: Set<Int> = [0]) -> [String] {
        LineJoiner.join(PageFixture.textLines(texts, hardBreaks: hardBreaks)).map(\.text)
    }

    func testTheFixtureIsLongEnough() {
        XCTAssertGreaterThanOrEqual(broken.count, LineJoiner.minimumLength)
    }

    func testLongLineWithoutFinalPunctuationIsJoinedToTheNext() {
        XCTAssertEqual(join([broken, "设备、信息等资源共享。"]), [broken + "设备、信息等资源共享。"])
    }

    func testJoiningContinuesOverSeveralBrokenLines() {
        XCTAssertEqual(join([broken, broken, "设备共享。", "二、重点任务"]),
                       [broken + broken + "设备共享。", "二、重点任务"])
    }

    func testShortTitlesAndHeadingsAreNotJoined() {
        let lines = ["2023年青溪区卫生健康工作要点", "全区卫生健康工作的总体要求是", "坚持以人民健康为中心"]
        XCTAssertEqual(join(lines), lines)
    }

    func testLinesEndingWithSentencePunctuationAreNotJoined() {
        for end in ["。", "；", "！", "？", "：", "”", "）", "…", ";", ":", "?", "!", ")", "】", "》", "」", "』", "’", "\""] {
            let line = String(broken.dropLast()) + end
            XCTAssertEqual(join([line, "设备、信息等资源共享。"]).count, 2, end)
        }
    }

    func testLineBeforeAClauseMarkerIsNotJoined() {
        for next in ["二、推进优质医疗资源扩容下沉", "（三）加强人才队伍建设", "4.推进胸痛中心建设", "(2)开展义诊活动", "③完善考核机制", "二是强化督导"] {
            XCTAssertEqual(join([broken, next]), [broken, next], next)
        }
    }

    func testLineEndingWithAnOpeningQuoteIsJoinedEvenWhenShort() {
        XCTAssertEqual(join(["持续开展“", "健康青溪”建设。"]), ["持续开展“健康青溪”建设。"])
        XCTAssertEqual(join(["学习贯彻《", "基本医疗卫生与健康促进法》。"]), ["学习贯彻《基本医疗卫生与健康促进法》。"])
        XCTAssertEqual(join(["推进重点项目（", "二期）建设。"]), ["推进重点项目（二期）建设。"])
    }

    func testHardBreakIsNeverJoined() {
        XCTAssertEqual(join([broken, "设备、信息等资源共享。"], hardBreaks: [0, 1]), [broken, "设备、信息等资源共享。"])
    }

    func testLineWithACutAfterItIsNotJoined() {
        var lines = PageFixture.textLines([broken, "设备、信息等资源共享。"])
        lines[0].cutAfter = "banner removed"
        XCTAssertEqual(LineJoiner.join(lines).map(\.text), [broken, "设备、信息等资源共享。"])
    }

    func testJoinedLineTakesTheCutOfItsLastPart() {
        var lines = PageFixture.textLines([broken, "设备、信息等资源"])
        lines[1].cutAfter = "banner removed"
        let joined = LineJoiner.join(lines)
        XCTAssertEqual(joined.count, 1)
        XCTAssertEqual(joined[0].cutAfter, "banner removed")
    }

    func testASCIIWordsAcrossTheBreakKeepASpace() {
        let line = "依托区域全民健康信息平台和互联网医院，推进检查检验结果互认共享，上线Health"
        XCTAssertGreaterThanOrEqual(line.count, LineJoiner.minimumLength)
        XCTAssertEqual(join([line, "Code服务。"]), [line + " Code服务。"])
        let cjk = "依托区域全民健康信息平台和互联网医院，推进检查检验结果互认共享，全面加快开展PCR"
        XCTAssertGreaterThanOrEqual(cjk.count, LineJoiner.minimumLength)
        XCTAssertEqual(join([cjk, "实验室建设。"]), [cjk + "实验室建设。"])
    }

    func testScraperBreaksAreJoinedInACleanedDocument() throws {
        let page = """
        2023年青溪区卫生健康工作要点
        一、推进优质医疗资源扩容下沉
        \(broken)
        设备、信息等资源共享。
        （一）提升基层服务能力
        """
        let clean = try PageFixture.clean(page, path: "plan.txt")
        XCTAssertEqual(PageFixture.lines(clean), [
            "2023年青溪区卫生健康工作要点",
            "一、推进优质医疗资源扩容下沉",
            broken + "设备、信息等资源共享。",
            "（一）提升基层服务能力",
        ])
    }

    func testParagraphsOfAnHTMLPageAreNeverJoined() throws {
        let html = "<html><body><p>\(broken)</p><p>设备、信息等资源共享。</p></body></html>"
        XCTAssertEqual(PageFixture.lines(try PageFixture.clean(html)), [broken, "设备、信息等资源共享。"])
    }

    func testSoftBreakInsideAnHTMLParagraphIsJoined() throws {
        let html = "<html><body><p>\(broken)\n设备、信息等资源共享。</p></body></html>"
        XCTAssertEqual(PageFixture.lines(try PageFixture.clean(html)), [broken + "设备、信息等资源共享。"])
    }
}

/// A joined line keeps its scalars and plainness in step with its text (they are appended, not
/// recomputed).
final class TextLineAppendTests: XCTestCase {
    func testAppendedScalarsAndPlainnessAreThoseOfTheJoinedText() {
        let pieces = ["推进医共体建设，", "e\u{301}", "统筹资源", "Word", "42", "", "㊀", "设备、信息"]
        for a in pieces {
            for b in pieces {
                for space in [false, true] {
                    var line = TextLine(text: a, hardBreakBefore: true)
                    line.append(TextLine(text: b, hardBreakBefore: false), space: space)
                    let expected = TextLine(text: a + (space ? " " : "") + b, hardBreakBefore: true)
                    XCTAssertEqual(line.text, expected.text)
                    XCTAssertEqual(line.scalars, expected.scalars)
                    XCTAssertEqual(line.plain, expected.plain, "\(a) + \(b)")
                    XCTAssertEqual(line.characterCount, expected.characterCount)
                }
            }
        }
    }
}
