import XCTest
@testable import YaodianCore

/// The comparator rules of the extraction guide, section 3, in their order.
final class TargetComparatorTests: XCTestCase {
    private func comparators(_ text: String) -> [Target.Comparator] { extractTargets(text).map(\.comparator) }

    func testRanges() throws {
        let rows = extractTargets("新增托位500-600个。新增2—3家普惠托育机构。设立1至2所老年学校。建成1-2个示范机构。")
        XCTAssertEqual(rows.map(\.comparator), [.range, .range, .range, .range])
        XCTAssertEqual(rows.map(\.value), [500, 2, 1, 1])
        XCTAssertEqual(rows.map(\.valueMax), [600, 3, 2, 2])
        XCTAssertEqual(rows.map(\.unit), ["个", "家", "所", "个"])
        XCTAssertEqual(rows.first?.indicator, "托位")
    }

    func testChangeByAnAmount() {
        XCTAssertEqual(comparators("力争儿童青少年近视检出率较2020年降低1个百分点。"), [.decreaseBy])
        XCTAssertEqual(comparators("家庭医生签约率提高2个百分点。"), [.increaseBy])
        XCTAssertEqual(comparators("诊疗人次比上年增加1.3亿人次。"), [.increaseBy])
        XCTAssertEqual(comparators("卫生总费用增长5%。"), [.increaseBy])
        XCTAssertEqual(extractTargets("诊疗人次比上年增加1.3亿人次。").first?.unit, "亿人次")
    }

    func testGreaterOrEqualWords() {
        XCTAssertEqual(comparators("免疫规划疫苗接种率保持在90%以上。"), [.ge])
        XCTAssertEqual(comparators("产前筛查率达到92%及以上。"), [.ge])
        XCTAssertEqual(comparators("补助标准提高到人均不低于88元。"), [.ge])
        XCTAssertEqual(comparators("培训人数不少于500人。"), [.ge])
        XCTAssertEqual(comparators("每个县至少新增1家医疗机构。"), [.ge])
        XCTAssertEqual(comparators("签约覆盖率≥70%。"), [.ge])
    }

    func testGreaterThanWords() {
        XCTAssertEqual(comparators("老年人意外伤害保险承保覆盖率超过70%。"), [.gt])
        XCTAssertEqual(comparators("开展义诊活动40余次。"), [.gt])
        XCTAssertEqual(comparators("床位使用率高于85%。"), [.gt])
    }

    func testLessOrEqualWords() {
        XCTAssertEqual(comparators("个人自付医疗费用控制在30%以内。"), [.le])
        XCTAssertEqual(comparators("抗菌药物使用率不超过20%。"), [.le])
        XCTAssertEqual(comparators("平均住院日9天以下。"), [.le])
        XCTAssertEqual(comparators("药占比≤30%。"), [.le])
    }

    func testLessThanWords() {
        XCTAssertEqual(comparators("院内感染发生率低于5%。"), [.lt])
        XCTAssertEqual(comparators("剖宫产率小于40%。"), [.lt])
    }

    func testApproximateWords() {
        XCTAssertEqual(comparators("国家推荐标准机构新增20家左右。"), [.approx])
        XCTAssertEqual(comparators("招收住院规培学员约10人。"), [.approx])
        XCTAssertEqual(comparators("全市达到30%左右。"), [.approx])
    }

    func testFallingVerbWithoutBoundIsUpperBound() {
        XCTAssertEqual(comparators("孕产妇死亡率降至8/10万。"), [.le])
        XCTAssertEqual(comparators("平均住院日缩短至8天。"), [.le])
        XCTAssertEqual(comparators("个人卫生支出占比下降到25%。"), [.le])
        XCTAssertEqual(comparators("门诊均次费用增幅控制在5%。"), [.le])
    }

    func testEverythingElseIsEqual() {
        XCTAssertEqual(comparators("县域就诊率达到90%、基层首诊率保持70%。"), [.eq, .eq])
        XCTAssertEqual(comparators("年内建成4家示范发热门诊。"), [.eq])
        XCTAssertEqual(comparators("完成作业场所职业危害因素监测20家。"), [.eq])
    }

    func testRangeWinsOverBoundWord() {
        XCTAssertEqual(comparators("市级验收2-3个以上。"), [.range])
    }

    func testSignedWordsAreNotAbout() {
        // 签约 ends in 约 but is not "about".
        XCTAssertEqual(comparators("家庭医生签约90万人。"), [.eq])
    }
}
