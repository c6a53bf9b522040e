import XCTest
@testable import YaodianCore

/// Deadlines as written, and the kind of each row.
final class TargetDeadlineAndKindTests: XCTestCase {
    private func deadlines(_ text: String) -> [String] { extractTargets(text).map(\.deadline) }

    func testDeadlineInTheSentence() {
        XCTAssertEqual(deadlines("年内建成4家示范发热门诊。"), ["年内"])
        XCTAssertEqual(deadlines("年底前完成500名基层卫生技术人员培训。"), ["年底前"])
        XCTAssertEqual(deadlines("到2025年，居民健康素养水平达到30%。"), ["到2025年"])
        XCTAssertEqual(deadlines("力争到2021年底每千人医生数达到 3.09。"), ["到2021年底"])
        XCTAssertEqual(deadlines("到“十四五”末，每千人护士数达到5.0人。"), ["到“十四五”末"])
        XCTAssertEqual(deadlines("2021年全区疫苗接种率保持在99%以上。"), ["2021年"])
        XCTAssertEqual(deadlines("计划三年内在直属单位建立博士后工作站8个。"), ["三年内"])
    }

    func testDeadlineFromTheParagraphLead() {
        let text = "到2025年，全面建成健康城市。居民健康素养水平达到30%，人均预期寿命达到80岁。"
        XCTAssertEqual(deadlines(text), ["到2025年", "到2025年"])
    }

    func testDeadlineFromAHeading() {
        let text = "一、到2025年，主要目标\n1. 居民健康素养水平达到30%。"
        XCTAssertEqual(deadlines(text), ["到2025年"])
    }

    func testNoDeadlineWhenNoneIsStated() {
        XCTAssertEqual(deadlines("孕产妇住院分娩率100%。"), [""])
    }

    func testReferenceYearIsNotADeadline() {
        XCTAssertEqual(deadlines("力争儿童青少年近视检出率较2020年降低1个百分点。"), [""])
        XCTAssertEqual(deadlines("2020年以来，累计建成15家胸痛中心。"), [""])
    }

    func testPlanRowsAreTargets() {
        XCTAssertEqual(extractTargets("新增托位500-600个。").map(\.kind), [.target])
    }

    func testReportRowsAreAchievements() {
        let text = "一、2020年以来工作情况\n组建**支**人卫生应急救援队伍。\n二、下一步目标\n规划设置病床**张。"
        XCTAssertEqual(extractTargets(text, kind: .report).map(\.kind), [.achievement, .achievement, .target])
    }

    func testPastTenseInAPlanIsAnAchievement() {
        XCTAssertEqual(extractTargets("全市已建成胸痛中心12家。").map(\.kind), [.achievement])
        XCTAssertEqual(extractTargets("去年累计完成核酸检测3.5万份。").map(\.kind), [.achievement])
    }

    func testBaselineValue() {
        let rows = extractTargets("孕产妇死亡率由2020年的10/10万下降到8/10万。")
        XCTAssertEqual(rows.map(\.kind), [.baseline, .target])
        XCTAssertEqual(rows.map(\.value), [10, 8])
        XCTAssertEqual(rows.map(\.indicator), ["孕产妇死亡率", "孕产妇死亡率"])
        XCTAssertEqual(rows.map(\.comparator), [.eq, .le])
    }
}
