import XCTest
@testable import YaodianCore

/// Dates as Chinese pages write them, normalised to ISO `YYYY-MM-DD`.
final class DateTextTests: XCTestCase {
    func testArabicDatesWithEverySeparator() {
        XCTAssertEqual(DateText.firstISODate(in: "2022-03-01"), "2022-03-01")
        XCTAssertEqual(DateText.firstISODate(in: "2022/3/1"), "2022-03-01")
        XCTAssertEqual(DateText.firstISODate(in: "2022.03.01"), "2022-03-01")
        XCTAssertEqual(DateText.firstISODate(in: "2022年3月1日"), "2022-03-01")
        XCTAssertEqual(DateText.firstISODate(in: "2022年12月31号"), "2022-12-31")
    }

    func testFullWidthDigits() {
        XCTAssertEqual(DateText.firstISODate(in: "２０２１年５月２１日"), "2021-05-21")
    }

    func testChineseNumeralDates() {
        XCTAssertEqual(DateText.firstISODate(in: "二〇二二年三月五日"), "2022-03-05")
        XCTAssertEqual(DateText.firstISODate(in: "二○二一年十二月二十八日"), "2021-12-28")
        XCTAssertEqual(DateText.firstISODate(in: "二零二三年一月十日"), "2023-01-10")
    }

    func testADateWithATimeOrInsideALine() {
        XCTAssertEqual(DateText.firstISODate(in: "2020-12-22 09:30:15"), "2020-12-22")
        XCTAssertEqual(DateText.firstISODate(in: "发布时间: 2020-12-22   来源: 区卫生健康局"), "2020-12-22")
    }

    func testTheFirstDateWins() {
        XCTAssertEqual(DateText.firstISODate(in: "成文日期：2023年1月5日 发布日期：2023年1月9日"), "2023-01-05")
    }

    func testWhatIsNotADate() {
        XCTAssertNil(DateText.firstISODate(in: ""))
        XCTAssertNil(DateText.firstISODate(in: "2021年是“十四五”开局之年"))
        XCTAssertNil(DateText.firstISODate(in: "2021年5月"))
        XCTAssertNil(DateText.firstISODate(in: "2022-13-01"), "no 13th month")
        XCTAssertNil(DateText.firstISODate(in: "2022-02-32"))
        XCTAssertNil(DateText.firstISODate(in: "2022-03/01"), "mixed separators")
        XCTAssertNil(DateText.firstISODate(in: "1800-01-01"))
        XCTAssertNil(DateText.firstISODate(in: "00248984X/2020-17492"), "an index number is no date")
        XCTAssertNil(DateText.firstISODate(in: "12022-03-01"), "a date does not start inside a number")
    }

    func testDateLines() {
        XCTAssertTrue(DateText.isDateLine("2022年3月15日"))
        XCTAssertTrue(DateText.isDateLine("  二〇二二年三月十五日\u{3000}"))
        XCTAssertTrue(DateText.isDateLine("2022-03-15"))
        XCTAssertFalse(DateText.isDateLine("2022年3月15日召开全县卫生健康工作会议"))
        XCTAssertFalse(DateText.isDateLine("截至2022年3月15日"))
        XCTAssertFalse(DateText.isDateLine(""))
    }

    /// `isDateLine` trims on scalars and stops copying a line once it is longer than any date;
    /// it answers as the Foundation statement it replaces (trim, copy every scalar, parse).
    func testDateLineAsTheFoundationStatement() {
        func reference(_ line: String) -> Bool {
            let s = Array(line.trimmingCharacters(in: [" ", "\u{3000}"]).unicodeScalars)
            guard let (_, end) = DateText.date(at: 0, in: s) else { return false }
            return end == s.count
        }
        let dates = ["2022年3月15日", "二〇二二年十二月三十一日", "二〇二二年十一月二十日", "2022-03-15", "2022/3/5", "2022.12.31",
                     "２０２２年１２月３１日", "2022年12月31号", "一九四九年十月一日"]
        var lines: [String] = []
        for d in dates {
            lines += [d, "  " + d + "\u{3000}", "\u{3000}\u{3000}" + d, d + String(repeating: " ", count: 40), d + "召开会议",
                      "截至" + d, d + "\u{301}", " \u{301}" + d, String(d.dropLast())]
        }
        lines += ["", " ", "\u{3000}", String(repeating: "二", count: 40), "某某县卫生健康局 2022年3月2日", "2022年3月15日\t"]
        for line in lines {
            XCTAssertEqual(DateText.isDateLine(line), reference(line), line.debugDescription)
        }
        // Each date alone and with spaces around it (and a few cut short, such as 2022-03-1) is a date line.
        XCTAssertGreaterThanOrEqual(lines.filter(DateText.isDateLine).count, dates.count * 4)
    }
}
