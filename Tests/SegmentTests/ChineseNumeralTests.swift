import XCTest
@testable import YaodianCore

/// The numbers of clause markers and quantities: 二十三 → 23, 一百零五 → 105, 两 → 2, １２ → 12.
final class ChineseNumeralTests: XCTestCase {
    private func value(_ text: String) -> Int? { ChineseNumeral.value(of: Array(text.unicodeScalars)) }

    /// The switches that `value(of:)` reads agree with the tables other code reads.
    func testSwitchesMatchTheTables() {
        for v in 0..<UInt32(0x10000) {
            guard let c = Unicode.Scalar(v) else { continue }
            XCTAssertEqual(ChineseNumeral.digitValue(c), ChineseNumeral.digitValues[c])
            XCTAssertEqual(ChineseNumeral.unitValue(c), ChineseNumeral.unitValues[c])
        }
    }

    func testSingleDigits() {
        XCTAssertEqual(value("一"), 1)
        XCTAssertEqual(value("五"), 5)
        XCTAssertEqual(value("九"), 9)
        XCTAssertEqual(value("两"), 2)
        XCTAssertEqual(value("零"), 0)
        XCTAssertEqual(value("〇"), 0)
    }

    func testTensWithAndWithoutALeadingDigit() {
        XCTAssertEqual(value("十"), 10)
        XCTAssertEqual(value("十二"), 12)
        XCTAssertEqual(value("二十"), 20)
        XCTAssertEqual(value("二十三"), 23)
        XCTAssertEqual(value("九十九"), 99)
    }

    func testHundredsAndThousandsWithZero() {
        XCTAssertEqual(value("一百"), 100)
        XCTAssertEqual(value("一百零五"), 105)
        XCTAssertEqual(value("三百二十"), 320)
        XCTAssertEqual(value("两千零二十一"), 2021)
    }

    func testWhatIsNotANumeral() {
        XCTAssertNil(value(""))
        XCTAssertNil(value("是"))
        XCTAssertNil(value("十四五规划"))
        XCTAssertNil(value("零十"), "a unit after zero is not a numeral")
    }

    func testNumeralScalars() {
        for c in "零〇一二两三四五六七八九十百千".unicodeScalars {
            XCTAssertTrue(ChineseNumeral.isNumeralScalar(c), "\(c)")
        }
        for c in "是、万亿年1".unicodeScalars {
            XCTAssertFalse(ChineseNumeral.isNumeralScalar(c), "\(c)")
        }
    }

    func testHalfAndFullWidthDigits() {
        XCTAssertEqual(ChineseNumeral.digit("0"), 0)
        XCTAssertEqual(ChineseNumeral.digit("7"), 7)
        XCTAssertEqual(ChineseNumeral.digit("１"), 1)
        XCTAssertEqual(ChineseNumeral.digit("９"), 9)
        XCTAssertNil(ChineseNumeral.digit("一"))
        XCTAssertNil(ChineseNumeral.digit("a"))
        XCTAssertNil(ChineseNumeral.digit("."))
    }
}
