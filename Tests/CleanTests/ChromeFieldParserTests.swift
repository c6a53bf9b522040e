import XCTest
@testable import YaodianCore

/// Metadata a page shows in its chrome, as label–value pairs on one line.
final class ChromeFieldParserTests: XCTestCase {
    private typealias Field = ChromeFieldParser.Field

    private func pairs(_ line: String) -> [String]? {
        ChromeFieldParser.parse(line)?.map { "\($0.label)=\($0.value)" }
    }

    private func fields(_ line: String) -> [Field]? {
        ChromeFieldParser.parse(line)?.map(\.field)
    }

    func testDateSourceAndCounterOnOneLine() {
        let line = "发布日期：2023-02-14　来源：区卫生健康委　浏览次数：1024"
        XCTAssertEqual(pairs(line), ["发布日期=2023-02-14", "来源=区卫生健康委", "浏览次数=1024"])
        XCTAssertEqual(fields(line), [.publishedDate, .publisher, .other])
    }

    func testIssueDateAndReadingCountersEndTheValueBeforeThem() {
        XCTAssertEqual(pairs("发布机构：区政府 发文日期：2022-01-12"), ["发布机构=区政府", "发文日期=2022-01-12"])
        XCTAssertEqual(fields("发布机构：区政府 发文日期：2022-01-12"), [.publisher, .writtenDate])
        XCTAssertEqual(pairs("时间：2023-01-06 10:21  来源：某某网  阅读：2563 次  字数：4871"),
                       ["时间=2023-01-06 10:21", "来源=某某网", "阅读=2563 次", "字数=4871"])
    }

    func testEmptyCounterAtLineEnd() {
        XCTAssertEqual(pairs("发布日期:2022-11-30 浏览次数:"), ["发布日期=2022-11-30", "浏览次数="])
    }

    func testSpacedOutLineWithHalfWidthColons() {
        let line = "发布时间: 2023-03-08 15:20   信息来源: 青溪区卫生健康委员会   作者：办公室"
        XCTAssertEqual(pairs(line), ["发布时间=2023-03-08 15:20", "信息来源=青溪区卫生健康委员会", "作者=办公室"])
    }

    func testTableRowWithALabelFollowedByALabelHasAnEmptyValue() {
        let line = "索引号 | 11330106MB1234567X/2023-00021 | 文号 | 发布机构 | 青溪区卫生健康委员会 |"
        XCTAssertEqual(pairs(line), ["索引号=11330106MB1234567X/2023-00021", "文号=", "发布机构=青溪区卫生健康委员会"])
        XCTAssertEqual(fields(line), [.indexNumber, .docNumber, .publisher])
    }

    func testTableRowWithSpacedLabelsAndColons() {
        let line = "索 引 号： | 11330106/2023-00021 | 分　　类： | 卫生、体育 | 成文日期： | 2023-02-10 |"
        XCTAssertEqual(pairs(line), ["索引号=11330106/2023-00021", "分类=卫生、体育", "成文日期=2023-02-10"])
        XCTAssertEqual(fields(line), [.indexNumber, .other, .writtenDate])
    }

    func testTableRowWhoseCellsHoldLabelAndValue() {
        let line = "文号：青卫发〔2023〕5号 | 发布机构：青溪区卫生健康委员会"
        XCTAssertEqual(pairs(line), ["文号=青卫发〔2023〕5号", "发布机构=青溪区卫生健康委员会"])
    }

    func testFullWidthBarsSeparateCells() {
        XCTAssertEqual(pairs("发布机构｜青溪区卫生健康委员会｜公开方式｜主动公开"),
                       ["发布机构=青溪区卫生健康委员会", "公开方式=主动公开"])
    }

    func testTableRowOfWeakLabels() {
        XCTAssertEqual(pairs("时间 | 2023-04-01 | 来源 | 区卫健委"), ["时间=2023-04-01", "来源=区卫健委"])
        // One weak cell is not a table row, but it is still a short labelled line.
        XCTAssertEqual(pairs("时间 | 2023-04-01"), ["时间=2023-04-01"])
    }

    func testBracketedFontSizeWidget() {
        XCTAssertEqual(pairs("【字号：大 中 小】"), ["字号=大 中 小"])
    }

    func testStrongLabelWithoutColonButFollowedBySpaces() {
        XCTAssertEqual(pairs("成文日期 2023-02-10"), ["成文日期=2023-02-10"])
        XCTAssertEqual(fields("成文日期 2023-02-10"), [.writtenDate])
    }

    func testLabelAloneOnItsLineHasAnEmptyValue() {
        XCTAssertEqual(pairs("浏览次数："), ["浏览次数="])
        XCTAssertEqual(pairs("索引号"), ["索引号="])
    }

    func testFieldsOfEveryMetadataLabel() {
        XCTAssertEqual(fields("索引号：11330106/2023-00021"), [.indexNumber])
        XCTAssertEqual(fields("发文字号：青卫发〔2023〕5号"), [.docNumber])
        XCTAssertEqual(fields("发布机构：青溪区卫生健康委员会"), [.publisher])
        XCTAssertEqual(fields("文章来源：区卫健委"), [.publisher])
        XCTAssertEqual(fields("公开日期：2023-02-14"), [.publishedDate])
        XCTAssertEqual(fields("印发日期：2023-02-10"), [.writtenDate])
        XCTAssertEqual(fields("标题：2023年青溪区卫生健康工作要点"), [.title])
        XCTAssertEqual(fields("有效性：有效"), [.other])
    }

    func testLongerLabelsWinOverTheirPrefixes() {
        // 文件编号 is not 文号, 发布日期 is not 日期, 来源单位 is not 来源.
        XCTAssertEqual(pairs("文件编号：青卫〔2023〕12号"), ["文件编号=青卫〔2023〕12号"])
        XCTAssertEqual(pairs("来源单位：区疾控中心"), ["来源单位=区疾控中心"])
    }

    func testShortLineWithAWeakLabelIsMetadata() {
        XCTAssertEqual(pairs("来源：青溪区卫生健康委员会"), ["来源=青溪区卫生健康委员会"])
        XCTAssertEqual(fields("来源：青溪区卫生健康委员会"), [.publisher])
    }

    func testBodySentencesStartingWithAWeakLabelWordStayBody() {
        XCTAssertNil(ChromeFieldParser.parse("时间紧、任务重，各科室要对照任务清单倒排工期。"))
        XCTAssertNil(ChromeFieldParser.parse("来源于基层的意见建议要及时研究吸纳。"))
        XCTAssertNil(ChromeFieldParser.parse("来源 区卫健委"), "a weak label needs a separator")
        XCTAssertNil(ChromeFieldParser.parse("时间：全年，由各医疗卫生单位按照本方案要求分阶段组织实施并报送进展情况"),
                     "a weak label alone on a long line is a sentence")
    }

    func testLongValueOnASingleLabelLineIsASentence() {
        let line = "主题词：" + String(repeating: "健康青溪建设医疗卫生服务体系", count: 5)
        XCTAssertNil(ChromeFieldParser.parse(line))
    }

    func testClauseLinesAreNotMetadata() {
        for line in ["一、提升公共卫生服务能力", "（一）完善疾病预防控制体系。", "1.加强传染病监测预警。",
                     "2023年青溪区卫生健康工作要点", "青溪区卫生健康委员会", "文化、卫生、体育"] {
            XCTAssertNil(ChromeFieldParser.parse(line), line)
        }
    }

    func testALabelInsideAWordIsNotASecondLabel() {
        // 时间 inside 发布时间's value is not at a boundary; 来源 after a space is.
        XCTAssertEqual(pairs("发布日期：2023年2月14日上午时间：9点 来源：区卫健委"),
                       ["发布日期=2023年2月14日上午时间：9点", "来源=区卫健委"])
    }

    // MARK: Faster statements of the same rules

    /// Values are trimmed on scalars as `trimmingCharacters(in:)` trims them.
    func testValueTrimAsFoundation() {
        let set: CharacterSet = [" ", "\u{3000}", "\t", "|", "｜", ":", "：", "【", "】", "[", "]", "\u{A0}"]
        let values = ["", " ", "：2021-05-21 ", "【区卫健委】", "｜ 00248984X/2020-17492 ｜", "\u{A0}\t值\u{3000}", "::", "a : b",
                      ":\u{301}值", "值\u{301}:", "[]", "e\u{301}", "字号：大 中 小", "\u{3000}\u{3000}"]
        for v in values {
            XCTAssertEqual(ChromeFieldParser.trimValue(v), v.trimmingCharacters(in: set), v.debugDescription)
        }
    }

    /// A cell label is found by one lookup; it answers as the search over every label did.
    func testCellLabelAsTheSearch() {
        func reference(_ cell: String) -> String? {
            var compact = cell.filter { $0 != " " && $0 != "\u{3000}" }
            while compact.hasSuffix(":") || compact.hasSuffix("：") { compact.removeLast() }
            return ChromeFieldParser.labels.first(where: { $0.0 == compact })?.0
        }
        var cells: [String] = []
        for (text, _, _) in ChromeFieldParser.labels {
            let spaced: String = " " + text.map { String($0) }.joined(separator: " ") + " ："
            cells.append(text)
            cells.append(text + "：")
            cells.append(text + ":：")
            cells.append(spaced)
            cells.append(text + "值")
            cells.append("某" + text)
        }
        cells += ["", "：", "发布", "索 引 号：", "发布日期 2021", "信息来源\u{3000}："]
        for cell in cells {
            XCTAssertEqual(ChromeFieldParser.cellLabel(cell)?.text, reference(cell), cell.debugDescription)
        }
    }

    /// Table rows are judged on their first non-empty cell before the others are trimmed; the
    /// entries are those of splitting and trimming every cell first.
    func testCellsAsSplittingEveryCellFirst() {
        func reference(_ line: String) -> [ChromeFieldParser.Entry]? {
            let cells = line.split(whereSeparator: { $0 == "|" || $0 == "｜" })
                .map { LineSplitter.trim(String($0)) }.filter { !$0.isEmpty }
            guard let first = cells.first, ChromeFieldParser.mayStartWithLabel(first),
                  ChromeFieldParser.cellLabel(first) != nil || ChromeFieldParser.parseInline(first) != nil else { return nil }
            // The rest as `parseCells` states it.
            var entries: [ChromeFieldParser.Entry] = []
            var current: (text: String, field: ChromeFieldParser.Field)?
            var values: [String] = []
            var strong = false
            func flush() {
                if let c = current { entries.append(ChromeFieldParser.Entry(label: c.text, field: c.field, value: values.joined(separator: " "))) }
                current = nil
                values = []
            }
            for cell in cells {
                if let l = ChromeFieldParser.cellLabel(cell) {
                    flush()
                    current = (l.text, l.field)
                    strong = strong || !l.weak
                } else if current == nil, let inline = ChromeFieldParser.parseInline(cell) {
                    entries.append(contentsOf: inline)
                    strong = true
                } else {
                    values.append(cell)
                }
            }
            flush()
            return strong || entries.count >= 2 ? entries : nil
        }
        let lines = ["索引号 | 00248984X/2020-17492 | 文件编号 | | 发布机构 | 区卫健委",
                     " | | 索 引 号： | 001 | 发布日期： | 2021-05-21",
                     "首页 | 政务公开 | 办事服务 | 互动交流", "| |", "", "|", "｜发布时间：2020-12-22｜来源：区卫生健康局｜",
                     "主题分类 | 卫生 | 体裁分类 | 通知", "来源 | 区政府", "文号：某卫发〔2022〕5号 | 成文日期：2022-03-01",
                     "网站地图 | 联系我们 | 索引号 | 001"]
        for line in lines {
            XCTAssertEqual(ChromeFieldParser.parseCells(line), reference(line), line.debugDescription)
        }
        XCTAssertNotNil(ChromeFieldParser.parseCells(lines[1]))
        XCTAssertNil(ChromeFieldParser.parseCells(lines[2]))
    }
}
