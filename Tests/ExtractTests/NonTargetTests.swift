import XCTest
@testable import YaodianCore

/// Numbers that are never targets (extraction guide, section 3, "Not quantities").
final class NonTargetTests: XCTestCase {
    private func assertNoTargets(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let rows = extractTargets(text)
        XCTAssertEqual(rows.map(\.raw), [], file: file, line: line)
    }

    func testYearsAndDates() {
        assertNoTargets("2021年是实施“十四五”规划的第一年。")
        assertNoTargets("发布日期:2020-12-22 浏览次数:")
        assertNoTargets("全面落实《三年行动计划(2018—2020年)》。")
        assertNoTargets("启动2020-2022周期医学重点学科建设。")
    }

    func testDocumentNumbers() {
        assertNoTargets("根据浙卫发〔2023〕10号文件精神。")
    }

    func testPhoneNumbers() {
        assertNoTargets("联系电话:0839-3262313")
    }

    func testClauseMarkers() {
        assertNoTargets("一、公共卫生\n1. 严格执行重点场所防控措施。\n（2）强化疫情监测预警。16.打造健康城市。")
    }

    func testDigitsInNames() {
        assertNoTargets("加强2型糖尿病患者管理。")
        assertNoTargets("加快推进5G、区块链技术应用。")
        assertNoTargets("推进县120急救站省定标准建设。")
        assertNoTargets("深入开展“16819”健康行动。")
        assertNoTargets("畅通12345热线。")
        assertNoTargets("推广出生“一件事”2.0掌上办。")
        assertNoTargets("关爱医务人员“520”主题活动，健全“6+1”平台。")
        assertNoTargets("基本达到国家互联互通成熟度测评5级乙等标准。")
        assertNoTargets("加强**120指挥调度中心建设。")
    }

    func testSlogansWithNumerals() {
        assertNoTargets("全面推进五大公共卫生防治行动。")
        assertNoTargets("抓深抓实“三医联动”“六医统筹”集成改革。")
        assertNoTargets("坚决落实脱贫攻坚“四不摘”要求。")
        assertNoTargets("构建“一老一小”服务体系。")
        assertNoTargets("落实母婴安全保障五项制度。")
        assertNoTargets("压实属地责任、主体责任等六项疫情防控责任。")
        assertNoTargets("启动二级老年医院建设，二、三级公立医院绩效考核。")
    }

    func testPopulationQualifiers() {
        assertNoTargets("为60岁以上男性提供前列腺癌免费筛查。")
        assertNoTargets("做好0-6岁儿童眼保健和视力检查。")
        assertNoTargets("完成65岁及以上老年人健康体检任务。")
        assertNoTargets("加强3岁以下婴幼儿照护服务。")
        assertNoTargets("推动用人单位对年满35周岁以上女职工体检。")
        assertNoTargets("**岁以上老年人纳入管理。")
    }

    func testQualifierInsideAnIndicatorIsKept() throws {
        let rows = extractTargets("0-6岁儿童眼保健和视力检查覆盖率稳定在95%以上。")
        XCTAssertEqual(rows.count, 1)
        XCTAssertEqual(rows.first?.indicator, "0-6岁儿童眼保健和视力检查覆盖率")
        XCTAssertEqual(rows.first?.value, 95)
    }

    func testDurationsAndAnniversaries() {
        assertNoTargets("保持防控体系24小时运行。")
        assertNoTargets("庆祝中国共产党成立100周年。")
    }

    func testSizesOfRuleSetsAreNotTargets() {
        assertNoTargets("推动落实高危孕产妇管理24项制度。")
        assertNoTargets("加强健康城市建设36项评价指标的监测工作。")
    }

    func testMaskedDaysAreRedactedRows() {
        let rows = extractTargets("提前**日报告在外人员返城信息。")
        XCTAssertEqual(rows.count, 1)
        XCTAssertEqual(rows.first?.redacted, true)
        XCTAssertEqual(rows.first?.unit, "日")
    }

    func testFiveYearPlanAndOrdinals() {
        assertNoTargets("科学编制“十四五”卫生健康发展规划。")
        assertNoTargets("确保第一时间启动应急处置，构建全国数字经济第一城。")
        assertNoTargets("深入贯彻县委十二届十一次全会精神。")
    }

    func testPercentagesInsideNames() {
        assertNoTargets("开展“100%满意”服务竞赛。")
        assertNoTargets("印发《关于实现90%住院患者满意的实施方案》。")
    }

    func testMaskedNamesAreNotNumbers() {
        assertNoTargets("对照**工作要求，深学“**经验”，与**协同合作。")
    }

    func testSummaryCountsAndDescriptions() {
        assertNoTargets("全面推进健康环境建设等37项具体行动。")
        assertNoTargets("对2020年遴选的57名市级优秀基层卫生骨干人才进行考核。")
    }
}
