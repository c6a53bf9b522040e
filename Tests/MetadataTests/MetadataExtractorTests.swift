import XCTest
@testable import YaodianCore

/// Document metadata (extraction guide, section 5): title, 文号, publisher, published and written
/// dates as ISO, 索引号, region and plan year; empty where the document does not say.
final class MetadataExtractorTests: XCTestCase {
    private func field(_ label: String, _ field: ChromeFieldParser.Field, _ value: String) -> ChromeFieldParser.Entry {
        ChromeFieldParser.Entry(label: label, field: field, value: value)
    }

    private func extract(_ body: String, chrome: [ChromeFieldParser.Entry] = [], siteHeader: [String] = [],
                         htmlTitle: String? = nil, htmlMeta: [String: String] = [:]) -> DocumentMetadata {
        MetadataExtractor().extract(CleanDocument(body: body, chromeFields: chrome, siteHeader: siteHeader,
                                                  htmlTitle: htmlTitle, htmlMeta: htmlMeta))
    }

    private func extractFromPage(_ text: String) throws -> DocumentMetadata {
        let source = DocumentSource(docID: "t", sourcePath: "t.txt", bytes: Array(text.utf8))
        return MetadataExtractor().extract(try DocumentCleaner().clean(try TextDecoder().decode(source)))
    }

    // MARK: Title

    func testTitleIsTheFirstTitleLikeBodyLine() {
        let meta = extract("某某县2022年卫生健康工作要点\n2022年全县卫生健康工作的总体要求是：坚持人民至上。\n一、加强公共卫生体系建设")
        XCTAssertEqual(meta.title, "某某县2022年卫生健康工作要点")
    }

    func testTitleSkipsDocumentNumberAndDateLines() {
        let meta = extract("某卫发〔2022〕5号\n关于印发某某区2022年卫生健康工作要点的通知\n各街道社区卫生服务中心：")
        XCTAssertEqual(meta.title, "关于印发某某区2022年卫生健康工作要点的通知")
    }

    func testABodyThatOpensWithAClauseHasNoTitleLine() {
        XCTAssertEqual(extract("一、加强公共卫生体系建设\n1.做好传染病防控。").title, "")
    }

    func testTheChromeTitleFieldWins() {
        let meta = extract("某某县2022年卫生健康工作要点\n一、总体要求",
                           chrome: [field("标题", .title, "某某县卫生健康局2022年工作要点")])
        XCTAssertEqual(meta.title, "某某县卫生健康局2022年工作要点")
    }

    func testTheBodyLineThatThePageTitleRepeats() {
        let meta = extract("区卫健局召开会议\n区卫健局部署2022年重点工作\n会议强调……",
                           htmlTitle: "区卫健局部署2022年重点工作 - 某某区人民政府")
        XCTAssertEqual(meta.title, "区卫健局部署2022年重点工作")
        XCTAssertEqual(PageTitle.withoutSiteName("区卫健局部署2022年重点工作_某某区人民政府"), "区卫健局部署2022年重点工作")
    }

    // MARK: Chrome fields

    func testChromeFieldsGoToTheirMetadata() {
        let meta = extract("某某县2022年卫生健康工作要点\n一、总体要求", chrome: [
            field("索引号", .indexNumber, "11330000MB1234567X/2022-00015"),
            field("文号", .docNumber, "某卫发〔2022〕5号"),
            field("发布机构", .publisher, "某某县卫生健康局"),
            field("发布日期", .publishedDate, "2022-03-09 10:20"),
            field("成文日期", .writtenDate, "2022年3月1日"),
        ])
        XCTAssertEqual(meta.indexNumber, "11330000MB1234567X/2022-00015")
        XCTAssertEqual(meta.docNumber, "某卫发〔2022〕5号")
        XCTAssertEqual(meta.publisher, "某某县卫生健康局")
        XCTAssertEqual(meta.publishedDate, "2022-03-09")
        XCTAssertEqual(meta.writtenDate, "2022-03-01")
    }

    func testAnEmptyChromeFieldFallsBackToTheBody() {
        let meta = extract("某县卫〔2022〕7号\n某某县2022年卫生健康工作要点", chrome: [field("文号", .docNumber, "")])
        XCTAssertEqual(meta.docNumber, "某县卫〔2022〕7号")
    }

    func testHTMLMetaTagsFillMissingFields() {
        let meta = extract("一、总体要求", htmlMeta: ["articletitle": " 某某市2022年卫生健康工作要点 ",
                                                "contentsource": "某某市卫生健康委员会", "pubdate": "2022-02-28 08:00"])
        XCTAssertEqual(meta.title, "某某市2022年卫生健康工作要点")
        XCTAssertEqual(meta.publisher, "某某市卫生健康委员会")
        XCTAssertEqual(meta.publishedDate, "2022-02-28")
    }

    func testChromeFieldsReadFromAPage() throws {
        let meta = try extractFromPage("""
        当前位置：首页 > 信息公开 > 计划总结
        某某县2023年卫生健康工作要点
        发布日期：2023-02-15 浏览次数：
        一、深化医药卫生体制改革
        1.推进紧密型县域医共体建设。
        """)
        XCTAssertEqual(meta.title, "某某县2023年卫生健康工作要点")
        XCTAssertEqual(meta.publishedDate, "2023-02-15")
        XCTAssertEqual(meta.writtenDate, "")
    }

    // MARK: Written date

    func testWrittenDateFromTheSignatureWhenThePageHasNoField() {
        let body = """
        某某县2022年卫生健康工作要点
        一、加强党的建设
        1.落实全面从严治党主体责任。
        某某县卫生健康局
        2022年3月2日
        """
        XCTAssertEqual(extract(body).writtenDate, "2022-03-02")
    }

    func testThe成文日期FieldBeatsTheSignatureDate() {
        let body = "某某县2022年卫生健康工作要点\n一、加强党的建设\n某某县卫生健康局\n2022年3月2日"
        let meta = extract(body, chrome: [field("成文日期", .writtenDate, "2022-02-25")])
        XCTAssertEqual(meta.writtenDate, "2022-02-25")
    }

    func testATransmittalNoticeSignsBeforeThePlanItCarries() {
        let body = """
        关于印发某某区2022年卫生健康工作要点的通知
        各社区卫生服务中心：
        现将《某某区2022年卫生健康工作要点》印发给你们，请认真贯彻执行。
        某某区卫生健康局
        二〇二二年二月十八日
        某某区2022年卫生健康工作要点
        一、总体要求
        """
        let meta = extract(body)
        XCTAssertEqual(meta.writtenDate, "2022-02-18")
        XCTAssertEqual(meta.title, "关于印发某某区2022年卫生健康工作要点的通知")
    }

    func testNoSignatureDateMeansNoWrittenDate() {
        XCTAssertEqual(extract("某某县2022年卫生健康工作要点\n一、总体要求\n2022年要完成各项任务。").writtenDate, "")
    }

    // MARK: Plan year

    func testPlanYearOfAYearlyPlan() {
        XCTAssertEqual(MetadataExtractor.planYear(title: "某某县2022年卫生健康工作要点"), "2022")
        XCTAssertEqual(MetadataExtractor.planYear(title: "某某区卫生健康局2023年工作计划"), "2023")
        XCTAssertEqual(MetadataExtractor.planYear(title: "区卫健局谋划2021年工作"), "2021")
        XCTAssertEqual(extract("某某县2022年卫生健康工作要点\n一、总体要求").planYear, "2022")
    }

    func testPlanYearOfANoticeThatTransmitsAYearlyPlan() {
        XCTAssertEqual(MetadataExtractor.planYear(title: "关于印发某某区2022年卫生健康工作要点的通知"), "2022")
        XCTAssertEqual(MetadataExtractor.planYear(title: "某某县卫生健康局2023年度重点任务清单"), "2023")
    }

    func testSummariesAndReportsHaveNoPlanYear() {
        XCTAssertEqual(MetadataExtractor.planYear(title: "某某县卫生健康局2021年工作总结"), "")
        XCTAssertEqual(MetadataExtractor.planYear(title: "某某县卫生健康局2021年工作总结和2022年工作计划"), "2022",
                       "a mixed title names one yearly plan: the plan part's year (guide, Decisions)")
        XCTAssertEqual(MetadataExtractor.planYear(title: "关于印发2023年工作总结及2024年工作安排的通知"), "2024")
        XCTAssertEqual(MetadataExtractor.planYear(title: "某某区卫生健康局2023年重点工作目标任务"), "2023")
        XCTAssertEqual(MetadataExtractor.planYear(title: "关于印发《2024年全市卫生健康重点工作任务》的通知"), "2024")
        XCTAssertEqual(MetadataExtractor.planYear(title: "某某县卫生健康局2023年度工作总结"), "")
        XCTAssertEqual(MetadataExtractor.planYear(title: "某某县卫生健康事业发展情况调研报告"), "")
    }

    func testMultiYearPlansHaveNoPlanYear() {
        XCTAssertEqual(MetadataExtractor.planYear(title: "某某市健康促进行动方案（2021-2025年）"), "")
        XCTAssertEqual(MetadataExtractor.planYear(title: "某某市2021—2023年基层卫生能力提升行动方案"), "")
        XCTAssertEqual(MetadataExtractor.planYear(title: "某某市“十四五”卫生健康发展规划"), "")
    }

    func testATitleWithoutAYearHasNoPlanYear() {
        XCTAssertEqual(MetadataExtractor.planYear(title: "某某县卫生健康工作要点"), "")
    }

    // MARK: Region

    func testRegionFromTheTitle() {
        XCTAssertEqual(extract("柳岸区2022年卫生健康工作要点\n一、总体要求").region, "柳岸区")
    }

    func testRegionFromTheMastheadWhenTheTitleOnlySaysTheLevel() {
        let meta = extract("区卫健局部署2022年重点工作\n区卫健局召开全体干部大会。",
                           chrome: [field("来源", .publisher, "区卫生健康局")], siteHeader: ["青石市柳岸区人民政府"])
        XCTAssertEqual(meta.region, "柳岸区")
        XCTAssertEqual(meta.publisher, "区卫生健康局")
    }

    func testRegionFromTheBodyWhenItRecurs() {
        let body = """
        2022年全县卫生健康工作要点
        一、深入推进健康青石县建设
        全面实施健康青石县行动，青石县居民健康素养水平持续提升。
        """
        XCTAssertEqual(extract(body).region, "青石县")
    }

    func testEverythingIsEmptyWhereTheDocumentDoesNotSay() {
        let meta = extract("一、加强公共卫生体系建设\n1.做好传染病防控。")
        XCTAssertEqual(meta, DocumentMetadata())
    }

    func testWrittenDateFromASignatureAndDateOnOneLine() {
        let body = "某某县2022年卫生健康工作要点\n一、加强党的建设\n1.落实主体责任。\n某某县卫生健康局 2022年3月2日"
        XCTAssertEqual(extract(body).writtenDate, "2022-03-02")
    }

    func testASentenceIsNotATitle() {
        // No title line: the first unnumbered line is a tagged work item, not the document's title.
        let body = "一、重点工作\n1.做好医疗质量控制。（责任科室：医政科）\n完成上级交办的任务。（责任科室：办公室）"
        XCTAssertEqual(extract(body).title, "")
    }
}
