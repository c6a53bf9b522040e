import XCTest
@testable import YaodianCore

/// Values, units, raw spans and clauses of targets.
final class TargetExtractorTests: XCTestCase {
    func testPercentWithBoundWordAndRawSpan() throws {
        let text = "一、深入推进健康建设\n1. 实施居民健康素养促进行动项目，居民健康素养水平提高到30%以上。"
        let rows = extractTargets(text)
        XCTAssertEqual(rows.count, 1)
        let t = try XCTUnwrap(rows.first)
        XCTAssertEqual(t.indicator, "居民健康素养水平")
        XCTAssertEqual(t.comparator, .ge)
        XCTAssertEqual(t.value, 30)
        XCTAssertNil(t.valueMax)
        XCTAssertEqual(t.unit, "%")
        XCTAssertEqual(t.kind, .target)
        XCTAssertFalse(t.redacted)
        XCTAssertEqual(t.raw, "居民健康素养水平提高到30%以上")
        XCTAssertEqual(slice(text, t), t.raw)
        XCTAssertEqual(t.clauseID, "1.1")
    }

    func testDecimalWithoutUnit() throws {
        let rows = extractTargets("力争每千人医生数达到 3.09。")
        XCTAssertEqual(rows.first?.value, 3.09)
        XCTAssertEqual(rows.first?.unit, "")
        XCTAssertEqual(rows.first?.indicator, "每千人医生数")
    }

    func testTenThousandPeople() throws {
        let rows = extractTargets("完成城乡适龄妇女免费“两癌”检查2.8万人。")
        let t = try XCTUnwrap(rows.first)
        XCTAssertEqual(t.value, 2.8)
        XCTAssertEqual(t.unit, "万人")
        XCTAssertEqual(t.indicator, "城乡适龄妇女免费“两癌”检查")
    }

    func testHundredMillionYuan() throws {
        let t = try XCTUnwrap(extractTargets("全年争取中央和省级补助资金1.1亿元。").first)
        XCTAssertEqual(t.value, 1.1)
        XCTAssertEqual(t.unit, "亿元")
    }

    func testFullWidthDigitsAndPercent() throws {
        let t = try XCTUnwrap(extractTargets("孕产妇系统管理率达到９２．５％以上。").first)
        XCTAssertEqual(t.value, 92.5)
        XCTAssertEqual(t.unit, "%")
        XCTAssertEqual(t.comparator, .ge)
    }

    func testSpaceBetweenNumberAndUnit() throws {
        let t = try XCTUnwrap(extractTargets("开工建设项目7个，总投资 1.4025 万元。").last)
        XCTAssertEqual(t.value, 1.4025)
        XCTAssertEqual(t.unit, "万元")
        XCTAssertEqual(t.indicator, "总投资")
    }

    func testChineseNumeralQuantity() throws {
        let t = try XCTUnwrap(extractTargets("年内新增两家普惠托育机构。").first)
        XCTAssertEqual(t.value, 2)
        XCTAssertEqual(t.unit, "家")
        XCTAssertEqual(t.indicator, "普惠托育机构")
        XCTAssertEqual(t.raw, "新增两家普惠托育机构")
    }

    func testMaskedNumbersAreRedacted() throws {
        let rows = extractTargets("投入***万元改造县疾控中心实验室，建成××家预防接种数字化门诊，基层诊疗率达到**%。", kind: .report)
        XCTAssertEqual(rows.map(\.unit), ["万元", "家", "%"])
        XCTAssertTrue(rows.allSatisfy { $0.redacted && $0.value == nil && $0.valueMax == nil })
        XCTAssertEqual(rows.last?.indicator, "基层诊疗率")
        XCTAssertEqual(rows[1].indicator, "预防接种数字化门诊")
    }

    func testRatePerHundredThousandAndPermille() throws {
        let rows = extractTargets("力争孕产妇死亡率控制在7/10万以内，婴儿死亡率控制在5‰以内。")
        XCTAssertEqual(rows.map(\.unit), ["/10万", "‰"])
        XCTAssertEqual(rows.map(\.indicator), ["孕产妇死亡率", "婴儿死亡率"])
        XCTAssertEqual(rows.map(\.comparator), [.le, .le])
    }

    func testIndexWithoutUnit() throws {
        let t = try XCTUnwrap(extractTargets("群众满意度指数达85。").first)
        XCTAssertEqual(t.value, 85)
        XCTAssertEqual(t.unit, "")
        XCTAssertEqual(t.indicator, "群众满意度指数")
    }

    func testAgeAsValueOfAGoal() throws {
        let t = try XCTUnwrap(extractTargets("到2025年，人均预期寿命达到79岁。").first)
        XCTAssertEqual(t.value, 79)
        XCTAssertEqual(t.unit, "岁")
        XCTAssertEqual(t.indicator, "人均预期寿命")
    }

    func testPercentagePointsUnit() throws {
        let t = try XCTUnwrap(extractTargets("力争儿童青少年近视检出率较2020年降低1个百分点。").first)
        XCTAssertEqual(t.unit, "个百分点")
        XCTAssertEqual(t.indicator, "儿童青少年近视检出率")
    }

    func testOtherCountUnits() throws {
        let rows = extractTargets("组织中医药健康文化推进系列活动18场。完成500名儿童1000颗牙窝沟封闭项目任务。发表论文2篇以上。")
        XCTAssertEqual(rows.map(\.unit), ["场", "名", "颗", "篇"])
        XCTAssertEqual(rows.first?.indicator, "中医药健康文化推进系列活动")
    }

    func testClauseOfEachTarget() throws {
        let text = "一、公共卫生\n1. 建成4家示范发热门诊。\n2. 新增托位500-600个。\n二、医疗服务\n3. 基层医疗卫生机构达标率90%以上。"
        let rows = extractTargets(text)
        XCTAssertEqual(rows.map(\.clauseID), ["1.1", "1.2", "2.1"])
        for t in rows { XCTAssertEqual(slice(text, t), t.raw) }
    }

    func testIndicatorDropsQualifiersAndVerb() throws {
        let rows = extractTargets("全县甲乙类法定报告传染病发病率确保控制在120/10万以内。全县严重精神障碍患者规范管理率达94%以上。")
        XCTAssertEqual(rows.map(\.indicator), ["甲乙类法定报告传染病发病率", "严重精神障碍患者规范管理率"])
    }

    func testIndicatorBetweenVerbAndNumber() throws {
        let rows = extractTargets("新创建省级健康镇1个、健康村（社区）8个，培育健康细胞20个。")
        XCTAssertEqual(rows.map(\.indicator), ["省级健康镇", "健康村（社区）", "健康细胞"])
        XCTAssertEqual(rows.map(\.value), [1, 8, 20])
    }

    func testIndicatorAfterLastDe() throws {
        let t = try XCTUnwrap(extractTargets("建成1-2个功能齐全、设施配套完善、具有典型示范效应的普惠性婴幼儿照护服务机构。").first)
        XCTAssertEqual(t.indicator, "普惠性婴幼儿照护服务机构")
        XCTAssertEqual(t.comparator, .range)
    }

    func testEmptyBody() {
        XCTAssertEqual(TargetExtractor().extract(body: [], clauses: [], documentKind: .plan), [])
    }
}
