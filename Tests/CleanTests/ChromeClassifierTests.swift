import XCTest
@testable import YaodianCore

/// One line at a time: is it site chrome (extraction guide, section 1), and of which kind?
final class ChromeClassifierTests: XCTestCase {
    private typealias Kind = ChromeClassifier.Kind

    private func assertKind(_ kind: Kind, _ lines: [String], file: StaticString = #filePath, line: UInt = #line) {
        for text in lines {
            XCTAssertEqual(ChromeClassifier.classify(text), kind, text, file: file, line: line)
        }
    }

    func testBreadcrumbsWithAPrefix() {
        assertKind(.breadcrumb, [
            "当前位置：首页 > 政务公开 > 计划总结",
            "您现在所在的位置：首页 > 信息公开 > 规划计划",
            "您现在的位置: 首页 » 部门动态",
            "当前位置:",
            "位置：青溪区卫生健康委员会 > 通知公告",
        ])
    }

    func testBreadcrumbsWithoutAPrefix() {
        assertKind(.breadcrumb, [
            "首页 > 政务公开 > 计划总结",
            "首页 » 青溪区卫健委 » 详情",
            "首页 › 通知公告",
            "首页＞信息公开＞工作计划",
            "首页 → 工作动态",
            "首页 》 政务公开 》 计划总结",
        ])
    }

    func testCounters() {
        assertKind(.counter, ["浏览次数：368", "点击数：", "阅读量 1.2万", "访问量：5021"])
    }

    func testWidgetsAndSwitches() {
        assertKind(.widgets, [
            "【字号：大 中 小】【打印本页】【关闭窗口】",
            "【大】【中】【小】",
            "打印 | 关闭",
            "分享到：微信 微博 QQ空间",
            "适老版 | 无障碍",
            "长辈版",
            "视力保护色： 默认",
            "上一篇 下一篇",
            "繁體 | English",
            "【 返回顶部 】",
        ])
    }

    func testFooters() {
        assertKind(.footer, [
            "主办单位：青溪区卫生健康委员会",
            "承办：青溪区大数据发展中心  技术支持：某某信息科技有限公司",
            "网站标识码：3301060012",
            "浙ICP备12345678号-2",
            "浙公网安备 33010602001234号",
            "Copyright © 2023 青溪区卫生健康委员会 All Rights Reserved",
            "版权所有：青溪区人民政府",
            "扫一扫在手机打开当前页",
            "建议使用1920×1080分辨率浏览本站",
            "网站地图 | 网站声明",
        ])
    }

    func testRelatedLinksHeadings() {
        assertKind(.relatedLinks, ["相关链接", "相关链接：", "相关阅读", "推荐阅读", "【相关链接】", "相关文章 更多>>"])
    }

    func testBulletsAndPageNumbers() {
        assertKind(.bullet, ["● ●", "★", "■", "◆ ◆ ◆"])
        // Bullets that are also widget separators are chrome either way.
        XCTAssertNotNil(ChromeClassifier.classify("•"))
        XCTAssertNotNil(ChromeClassifier.classify("-"))
        assertKind(.pageNumber, ["- 3 -", "—12—", "第3页", "第2页 共5页", "3/10", "15"])
    }

    func testYearsAndBigNumbersAreNotPageNumbers() {
        XCTAssertNil(ChromeClassifier.classify("2023"))
        XCTAssertNil(ChromeClassifier.classify("第三页"))
        XCTAssertNil(ChromeClassifier.classify("12345678"))
    }

    func testBodyLinesAreNotChrome() {
        for text in [
            "2023年青溪区卫生健康工作要点",
            "一、提升公共卫生服务能力",
            "（一）完善疾病预防控制体系。",
            "1.加强传染病监测预警，实现哨点医院全覆盖。",
            "全区建成标准化预防接种门诊12家，适龄儿童免疫规划疫苗接种率保持在95%以上。",
            "青溪区卫生健康委员会",
            "2023年2月10日",
            "大中小学校健康教育全覆盖",
        ] {
            XCTAssertNil(ChromeClassifier.classify(text), text)
        }
    }

    func testBreadcrumbLikeSentencesAreBody() {
        // 首页 with a separator, but a sentence.
        XCTAssertNil(ChromeClassifier.classify("在区政府网站首页开设专栏，点击“健康青溪 > 科普”即可查看。"))
    }

    func testClauseLineMentioningTheHomePageAndABookTitleIsBody() {
        // 首页 and 》, but a clause with a 《…》 title, not a breadcrumb.
        XCTAssertNil(ChromeClassifier.classify("2.在区政府网站首页开设《健康青溪》专栏"))
        XCTAssertNil(ChromeClassifier.classify("在区政府网站首页开设《健康青溪》专栏"))
    }

    func testSentencesWithCounterWordsAreBody() {
        // Health-promotion targets talk about 阅读量 and 访问量; a counter widget is not a sentence.
        XCTAssertNil(ChromeClassifier.classify("健康科普文章阅读量达到50万人次。"))
        XCTAssertNil(ChromeClassifier.classify("4.互联网医院访问量同比增长20%"))
    }

    func testSentencesWithFooterWordsAreBody() {
        XCTAssertNil(ChromeClassifier.classify("3.深化与省级医院合作，由省级专家团队提供技术支持。"))
        XCTAssertNil(ChromeClassifier.classify("各承办单位要按时报送活动开展情况。"))
        XCTAssertNil(ChromeClassifier.classify("（二）建议使用统一的家庭医生签约服务包"))
    }

    func testHeadingsThatStartLikeRelatedLinksAreBody() {
        XCTAssertNil(ChromeClassifier.classify("相关信息系统整合"))
        XCTAssertNil(ChromeClassifier.classify("相关文章发表奖励"))
    }

    func testLongLinesWithFooterWordsAreBody() {
        let long = String(repeating: "深化医药卫生体制改革，", count: 20) + "版权所有"
        XCTAssertGreaterThan(long.count, 200)
        XCTAssertNil(ChromeClassifier.classify(long))
    }

    func testWidgetOnlyCheckIgnoresLongLines() {
        XCTAssertFalse(ChromeClassifier.isWidgetsOnly(String(repeating: "打印 ", count: 30)))
        XCTAssertTrue(ChromeClassifier.isWidgetsOnly("打印本页"))
        XCTAssertFalse(ChromeClassifier.isWidgetsOnly("打印机采购"))
    }
}
