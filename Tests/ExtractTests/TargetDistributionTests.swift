import XCTest
@testable import YaodianCore

/// `分别` statements: one row per value.
final class TargetDistributionTests: XCTestCase {
    func testValuesDistributeOverIndicators() throws {
        let text = "力争到2021年底每千人医生数、护士数分别达到 3.09、3.40,到“十四五”末,每千人医生数、护士数分别达到4.5人、5.0人。"
        let rows = extractTargets(text)
        XCTAssertEqual(rows.map(\.indicator), ["每千人医生数", "每千人护士数", "每千人医生数", "每千人护士数"])
        XCTAssertEqual(rows.map(\.value), [3.09, 3.40, 4.5, 5.0])
        XCTAssertEqual(rows.map(\.unit), ["", "", "人", "人"])
        XCTAssertEqual(rows.map(\.deadline), ["到2021年底", "到2021年底", "到“十四五”末", "到“十四五”末"])
        for t in rows { XCTAssertEqual(slice(text, t), t.raw) }
    }

    func testBoundWordAfterLastValueAppliesToAll() throws {
        let rows = extractTargets("2021年全员人口库常住人口覆盖率达100%，信息完整性和逻辑关系正确性分别达到99%和98%以上。")
        XCTAssertEqual(rows.count, 3)
        XCTAssertEqual(rows.dropFirst().map(\.indicator), ["信息完整性", "逻辑关系正确性"])
        XCTAssertEqual(rows.dropFirst().map(\.comparator), [.ge, .ge])
        XCTAssertEqual(rows.dropFirst().map(\.value), [99, 98])
        XCTAssertEqual(rows.map(\.deadline), ["2021年", "2021年", "2021年"])
    }

    func testSharedMeasureSuffix() {
        let rows = extractTargets("高血压患者、2型糖尿病患者健康规范化管理率分别达到91%、90%以上。")
        XCTAssertEqual(rows.map(\.indicator), ["高血压患者健康规范化管理率", "2型糖尿病患者健康规范化管理率"])
        XCTAssertEqual(rows.map(\.comparator), [.ge, .ge])
    }

    func testValuesDistributeOverDeadlines() {
        let rows = extractTargets("到2023年底和2030年，全市居民健康素养水平分别不低于24%和30%。")
        XCTAssertEqual(rows.count, 2)
        XCTAssertEqual(rows.map(\.indicator), ["居民健康素养水平", "居民健康素养水平"])
        XCTAssertEqual(rows.map(\.deadline), ["到2023年底", "2030年"])
        XCTAssertEqual(rows.map(\.comparator), [.ge, .ge])
        XCTAssertEqual(rows.map(\.value), [24, 30])
    }

    func testSameValueForSeveralIndicatorsWithJunIsOneRowEach() {
        let rows = extractTargets("准确率、兑现率均达100%。")
        XCTAssertEqual(rows.map(\.indicator), ["准确率", "兑现率"])
        XCTAssertEqual(rows.map(\.value), [100, 100])
        XCTAssertEqual(rows.map(\.raw), ["准确率、兑现率均达100%", "兑现率均达100%"])
    }

    func testListOfRatesSharesItsMeasure() {
        let rows = extractTargets("确保老年人健康管理率、高血压患者和糖尿病患者规范管理率达到70%以上。")
        XCTAssertEqual(rows.map(\.indicator), ["老年人健康管理率", "高血压患者规范管理率", "糖尿病患者规范管理率"])
        XCTAssertEqual(rows.map(\.comparator), [.ge, .ge, .ge])
    }

    func testOneRatioOverSeveralSubjectsStaysOneRow() {
        let rows = extractTargets("二级以上综合医院和二甲以上中医医院设置老年医学科的比例达到60%以上。")
        XCTAssertEqual(rows.count, 1)
    }

    func testCombinedCountStaysOneRow() {
        let rows = extractTargets("获得市级以上科技奖项和科研立项2项以上。")
        XCTAssertEqual(rows.count, 1)
        XCTAssertEqual(rows.first?.value, 2)
    }
}
