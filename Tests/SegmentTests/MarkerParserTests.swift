import XCTest
@testable import YaodianCore

/// Every marker style of the extraction guide's table (section 2), and what only looks like one.
final class MarkerParserTests: XCTestCase {
    private func match(_ text: String, at index: Int = 0) -> MarkerMatch? {
        MarkerParser.match(Array(text.unicodeScalars), at: index)
    }

    private func assertMarker(_ text: String, _ style: MarkerStyle, _ ordinal: Int, marker: String,
                              file: StaticString = #filePath, line: UInt = #line) {
        guard let m = match(text) else { return XCTFail("no marker in \(text)", file: file, line: line) }
        let s = Array(text.unicodeScalars)
        XCTAssertEqual(m.style, style, text, file: file, line: line)
        XCTAssertEqual(m.ordinal, ordinal, text, file: file, line: line)
        XCTAssertEqual(String(String.UnicodeScalarView(s[m.start..<m.markerEnd])), marker, text, file: file, line: line)
    }

    private func assertNotMarker(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertNil(match(text), "\(text) is not a clause marker", file: file, line: line)
    }

    // MARK: The styles of the guide's table

    func testChapterInChineseAndArabicNumerals() {
        assertMarker("第一章 总体要求", .chapter, 1, marker: "第一章")
        assertMarker("第3章 保障措施", .chapter, 3, marker: "第3章")
        assertMarker("第十二章 附则", .chapter, 12, marker: "第十二章")
    }

    func testSection() {
        assertMarker("第一节 基层医疗卫生服务", .section, 1, marker: "第一节")
        assertMarker("第二节公共卫生", .section, 2, marker: "第二节")
    }

    func testArticle() {
        assertMarker("第一条 为规范某某县家庭医生签约服务，制定本办法。", .article, 1, marker: "第一条")
        assertMarker("第二十三条 本办法自发布之日起施行。", .article, 23, marker: "第二十三条")
    }

    func testCnDun() {
        assertMarker("一、推进健康某某县建设", .cnDun, 1, marker: "一、")
        assertMarker("十二、加强党的建设", .cnDun, 12, marker: "十二、")
        assertMarker("二十、其他工作", .cnDun, 20, marker: "二十、")
    }

    func testCnDunWithSpacesAfterTheComma() {
        let m = match("三、  深化医药卫生体制改革")
        XCTAssertEqual(m?.style, .cnDun)
        XCTAssertEqual(m?.markerEnd, 2)
        XCTAssertEqual(m?.contentStart, 4)
        XCTAssertEqual(match("四、\u{3000}强化疾病预防控制")?.contentStart, 3)
    }

    func testCnParenInHalfAndFullWidth() {
        assertMarker("(一)完善公共卫生应急体系", .cnParen, 1, marker: "(一)")
        assertMarker("（二十）做好信访维稳工作", .cnParen, 20, marker: "（二十）")
        assertMarker("( 四 )落实食品安全标准", .cnParen, 4, marker: "( 四 )")
    }

    func testCnParenWithOptionalSpaceAfter() {
        let m = match("（五） 提升基层服务能力")
        XCTAssertEqual(m?.style, .cnParen)
        XCTAssertEqual(m?.ordinal, 5)
        XCTAssertEqual(m?.markerEnd, 3)
        XCTAssertEqual(m?.contentStart, 4)
    }

    func testArabicWithEverySeparator() {
        assertMarker("1.巩固国家卫生县城创建成果", .arabic, 1, marker: "1.")
        assertMarker("2、推进医共体建设", .arabic, 2, marker: "2、")
        assertMarker("3．加强院感防控", .arabic, 3, marker: "3．")
        assertMarker("28.做好安全生产工作", .arabic, 28, marker: "28.")
    }

    func testArabicWithASpaceAfterTheDot() {
        let m = match("1. 严格落实预检分诊制度")
        XCTAssertEqual(m?.style, .arabic)
        XCTAssertEqual(m?.markerEnd, 2)
        XCTAssertEqual(m?.contentStart, 3)
    }

    func testFullWidthDigits() {
        assertMarker("１２．完善药品供应保障", .arabic, 12, marker: "１２．")
        assertMarker("（１２）开展爱国卫生运动", .arabicParen, 12, marker: "（１２）")
    }

    func testArabicParen() {
        assertMarker("(1)开展慢病筛查", .arabicParen, 1, marker: "(1)")
        assertMarker("（12）推进智慧医院建设", .arabicParen, 12, marker: "（12）")
    }

    func testCircled() {
        assertMarker("①完善监测预警机制", .circled, 1, marker: "①")
        assertMarker("⑳强化督导考核", .circled, 20, marker: "⑳")
    }

    func testCnShiFromOneToTen() {
        assertMarker("一是抓实家庭医生签约", .cnShi, 1, marker: "一是")
        assertMarker("二是抓实慢病管理", .cnShi, 2, marker: "二是")
        assertMarker("十是强化作风建设", .cnShi, 10, marker: "十是")
    }

    func testMarkerInsideALineAtTheGivenIndex() {
        let text = "加强组织领导。二是强化经费保障"
        let m = match(text, at: 7)
        XCTAssertEqual(m?.style, .cnShi)
        XCTAssertEqual(m?.ordinal, 2)
        XCTAssertEqual(m?.start, 7)
        XCTAssertEqual(m?.markerEnd, 9)
    }

    func testOrdinalsInChineseNumerals() {
        XCTAssertEqual(match("二十三、做好统计工作")?.ordinal, 23)
        XCTAssertEqual(match("（二十三）做好统计工作")?.ordinal, 23)
        XCTAssertEqual(match("第二十三章 附则")?.ordinal, 23)
    }

    // MARK: What is not a marker

    func testDecimalsAreNotMarkers() {
        assertNotMarker("1.4025万元用于改造县疾控中心实验室")
        assertNotMarker("3.09名")
        assertNotMarker("2.8万人次")
    }

    func testRangesAndYearsAreNotMarkers() {
        assertNotMarker("2020-2022年持续推进")
        assertNotMarker("0-6岁儿童健康管理率达到90%")
        assertNotMarker("2021.5.20召开推进会")
        assertNotMarker("2021年是“十四五”开局之年")
    }

    func testNumbersInsideNamesAreNotMarkers() {
        assertNotMarker("2型糖尿病患者规范管理")
        assertNotMarker("5G远程医疗试点")
        assertNotMarker("120急救站点建设")
        assertNotMarker("“16819”健康行动")
        assertNotMarker("十四五规划编制")
    }

    func testAListOfNumeralsIsNotAMarker() {
        assertNotMarker("一、二级医院开展日间手术")
        assertNotMarker("一、二、三类疫苗")
        assertNotMarker("三、四级手术占比提高")
    }

    func testPercentagesAndZeroAreNotMarkers() {
        assertNotMarker("5.%")
        assertNotMarker("0.各单位")
        assertNotMarker("(0)无效")
    }

    func testNumeralsWithoutAMarkerSeparatorAreNotMarkers() {
        assertNotMarker("三医联动改革")
        assertNotMarker("五大行动")
        assertNotMarker("两保三救助")
        assertNotMarker("第一时间报告")
        assertNotMarker("（牵头科室：医政科）")
    }

    func testEmptyAndOutOfRange() {
        XCTAssertNil(match(""))
        XCTAssertNil(match("一、", at: 5))
    }
}
