import XCTest
@testable import YaodianCore

/// The named matchers the target extractor is built from, one at a time.
final class TargetMatcherTests: XCTestCase {
    private func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    func testQuantityParserReadsRangeUnitAndBound() throws {
        let q = try XCTUnwrap(QuantityParser.quantity(in: scalars("500-600个以上"), at: 0))
        XCTAssertEqual(q.value, 500)
        XCTAssertEqual(q.valueMax, 600)
        XCTAssertTrue(q.isRange)
        XCTAssertEqual(q.unit, "个")
        XCTAssertEqual(q.suffixBound, .ge)
        XCTAssertEqual(q.end, 10)
    }

    func testQuantityParserReadsThousandsSeparatorAndMasks() throws {
        XCTAssertEqual(QuantityParser.quantity(in: scalars("46,525万元"), at: 0)?.value, 46525)
        let masked = try XCTUnwrap(QuantityParser.quantity(in: scalars("***万元"), at: 0))
        XCTAssertTrue(masked.redacted)
        XCTAssertNil(masked.value)
        XCTAssertNil(QuantityParser.quantity(in: scalars("*号"), at: 0))
    }

    func testQuantityParserReadsChineseNumeralsAndMore() throws {
        XCTAssertEqual(QuantityParser.quantity(in: scalars("两家"), at: 0)?.value, 2)
        let more = try XCTUnwrap(QuantityParser.quantity(in: scalars("40余次"), at: 0))
        XCTAssertTrue(more.more)
        XCTAssertEqual(more.unit, "次")
    }

    func testUnitTableNormalisesAndPrefersLongestUnit() {
        XCTAssertEqual(UnitTable.match(in: scalars("％"), at: 0)?.unit, "%")
        XCTAssertEqual(UnitTable.match(in: scalars("／１０万"), at: 0)?.unit, "/10万")
        XCTAssertEqual(UnitTable.match(in: scalars("个百分点"), at: 0)?.unit, "个百分点")
        XCTAssertEqual(UnitTable.match(in: scalars("万人次"), at: 0)?.unit, "万人次")
        XCTAssertEqual(UnitTable.match(in: scalars(" 万元"), at: 0)?.unit, "万元")
        XCTAssertEqual(UnitTable.match(in: scalars("岁以上"), at: 0)?.unitClass, .age)
        XCTAssertNil(UnitTable.match(in: scalars("型糖尿病"), at: 0))
    }

    func testComparatorGovernorFindsBoundAndVerb() {
        let s = scalars("补助标准提高到人均不低于88元")
        let g = ComparatorMatcher.governor(in: s, before: 12, lowerBound: 0)
        XCTAssertEqual(g.bound, .ge)
        XCTAssertNil(g.verb) // 人均 stands between the verb and the bound word
        let h = ComparatorMatcher.governor(in: scalars("控制在7"), before: 3, lowerBound: 0)
        XCTAssertEqual(h.verb, .fallTo)
    }

    func testDeadlineFinderForms() {
        let s = scalars("力争到2021年底和2030年，年内")
        let all = DeadlineFinder.all(in: s, within: 0..<s.count)
        XCTAssertEqual(all.map(\.text), ["到2021年底", "2030年", "年内"])
        let pair = DeadlineFinder.nearest(in: s, within: 0..<15)
        XCTAssertEqual(pair.map(\.text), ["到2021年底", "2030年"])
        XCTAssertEqual(DeadlineFinder.all(in: scalars("较2020年降低"), within: 0..<8).map(\.text), [])
        XCTAssertEqual(DeadlineFinder.all(in: scalars("2021年6月底前完成"), within: 0..<11).map(\.text), ["2021年6月底前"])
        XCTAssertEqual(DeadlineFinder.all(in: scalars("科学编制“十四五”规划"), within: 0..<11).map(\.text), [])
    }

    func testIndicatorTrimAndItems() {
        let s = scalars("力争到2021年底全县孕产妇死亡率确保")
        XCTAssertEqual(IndicatorPhrase.text(s, IndicatorPhrase.trim(s, 0..<s.count)), "孕产妇死亡率")
        let t = scalars("儿童青少年近视检出率较2020年")
        XCTAssertEqual(IndicatorPhrase.text(t, IndicatorPhrase.trim(t, 0..<t.count)), "儿童青少年近视检出率")
        let u = scalars("每千人医生数、护士数")
        let items = IndicatorPhrase.items(u, 0..<u.count)
        XCTAssertEqual(IndicatorPhrase.completedNames(u, items), ["每千人医生数", "每千人护士数"])
    }

    func testKindRules() {
        let s = scalars("由2020年的10")
        XCTAssertTrue(TargetKindClassifier.isBaseline(s, before: 7, lowerBound: 0))
        XCTAssertTrue(TargetKindClassifier.isPast(scalars("已建成"), 0..<3))
        XCTAssertFalse(TargetKindClassifier.isPast(scalars("已婚育龄妇女"), 0..<6))
    }
}
