import XCTest
@testable import YaodianCore

/// The signature and date after the last clause are body text but belong to no clause.
final class ClosingBlockTests: XCTestCase {
    func testSignatureAndDateAreNotInTheLastClause() {
        let body = """
        一、加强党风廉政建设
        1.落实全面从严治党主体责任。
        2.持续整治医药领域腐败问题。
        某某县卫生健康局
        2022年3月15日
        """
        let doc = ClauseOutline.segment(body)
        let last = doc.clauses[0].children[1]
        XCTAssertEqual(last.text, "持续整治医药领域腐败问题。")
        XCTAssertEqual(ClauseOutline.span(last, in: body), "2.持续整治医药领域腐败问题。")
    }

    func testChineseNumeralDateAndPublicityNote() {
        let lines = ["1.做好年度考核。", "某某区卫生健康委员会", "二〇二二年三月五日", "（此件公开发布）"]
        XCTAssertEqual(ClosingBlock.start(of: lines), 1)
        let doc = ClauseOutline.segment(lines.joined(separator: "\n"))
        XCTAssertEqual(doc.clauses[0].text, "做好年度考核。")
    }

    func testCopyToAndPrintedLinesBelongToTheClosingBlock() {
        let lines = [
            "3.完成上级交办的其他工作。",
            "某某县卫生健康局",
            "2021年1月20日",
            "抄送：县委办、县政府办。",
            "某某县卫生健康局办公室2021年1月20日印发",
        ]
        XCTAssertEqual(ClosingBlock.start(of: lines), 1)
    }

    func testADateWithoutSignatureIsStillClosing() {
        XCTAssertEqual(ClosingBlock.start(of: ["1.开展健康教育。", "2023-01-05"]), 1)
    }

    func testALoneOrganisationNameWithoutADateIsNotASignature() {
        let lines = ["一、保障措施", "1.加强组织领导，成立工作领导小组"]
        XCTAssertEqual(ClosingBlock.start(of: lines), lines.count)
        XCTAssertEqual(ClosingBlock.start(of: ["1.做好统计工作。", "某某县卫生健康局"]), 2)
    }

    func testNoClosingBlock() {
        XCTAssertEqual(ClosingBlock.start(of: ["一、总体要求", "1.坚持人民至上。"]), 2)
        XCTAssertEqual(ClosingBlock.start(of: []), 0)
    }

    func testANumberedLineIsNeverTakenForASignature() {
        XCTAssertFalse(ClosingBlock.isSignature("3.成立工作领导小组"))
        XCTAssertTrue(ClosingBlock.isSignature("某某市卫生健康委员会"))
        XCTAssertFalse(ClosingBlock.isSignature("市卫健委牵头负责。"))
    }

    func testSignatureAndDateFlattenedOntoOneLine() {
        let body = "一、加强党的建设\n1.落实主体责任。\n某某县卫生健康局  2022年3月2日"
        let doc = ClauseOutline.segment(body)
        XCTAssertEqual(doc.clauses[0].children[0].text, "落实主体责任。")
        XCTAssertTrue(ClosingBlock.isSignatureWithDate("某某区卫生健康委员会\u{3000}二〇二二年三月五日"))
        XCTAssertFalse(ClosingBlock.isSignatureWithDate("会议由县卫生健康局 2022年3月2日召开"))
        XCTAssertFalse(ClosingBlock.isSignatureWithDate("某某县卫生健康局"))
    }

    /// The publicity note test trims ASCII spaces on scalars; it answers as the `Foundation`
    /// statement of the rule it replaced, on notes, near misses and lines with other spaces.
    func testPublicityNoteAsTheFoundationStatement() {
        func reference(_ line: String) -> Bool {
            let l = line.trimmingCharacters(in: [" "])
            return l.count <= 20 && (l.hasPrefix("（") || l.hasPrefix("(")) && l.contains("公开")
        }
        let lines = ["（此件公开发布）", "  （此件公开发布）  ", "(此件主动公开)", "\u{3000}（此件公开发布）", "（此件公开发布）\u{3000}",
                     "（\u{301}此件公开发布）", "（此件不予公开，仅供内部参阅使用，请勿外传转发他处）", "此件公开发布", "（此件依申请公开）",
                     "", " ", "   ", "（公开", "(公\u{301}开)", String(repeating: " ", count: 30) + "（公开）", "（信息公开）\t"]
        for line in lines {
            XCTAssertEqual(ClosingBlock.isPublicityNote(line), reference(line), line.debugDescription)
        }
        XCTAssertTrue(ClosingBlock.isPublicityNote("  （此件公开发布）  "))
        XCTAssertFalse(ClosingBlock.isPublicityNote("\u{3000}（此件公开发布）"))
    }
}
