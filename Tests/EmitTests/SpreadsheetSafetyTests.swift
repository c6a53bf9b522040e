import XCTest
@testable import YaodianCore

/// `--excel`: cells a spreadsheet would run as formulas get a leading `'`; numbers never change.
final class SpreadsheetSafetyTests: XCTestCase {
    func testFormulaStartsAreNeutralised() {
        XCTAssertEqual(SpreadsheetSafety.neutralise("=HYPERLINK(\"http://x\",\"点击\")"), "'=HYPERLINK(\"http://x\",\"点击\")")
        XCTAssertEqual(SpreadsheetSafety.neutralise("+各乡镇"), "'+各乡镇")
        XCTAssertEqual(SpreadsheetSafety.neutralise("-较上年下降"), "'-较上年下降")
        XCTAssertEqual(SpreadsheetSafety.neutralise("@SUM(A1)"), "'@SUM(A1)")
        XCTAssertEqual(SpreadsheetSafety.neutralise("\t=1"), "'\t=1")
        XCTAssertEqual(SpreadsheetSafety.neutralise("\r\n=1"), "'\r\n=1")
        XCTAssertEqual(SpreadsheetSafety.neutralise("-"), "'-")
        XCTAssertEqual(SpreadsheetSafety.neutralise("-3.5-3.4"), "'-3.5-3.4", "a range is text, not a number")
    }

    func testNumbersAreLeftAlone() {
        for number in ["-3.5", "+2", "-0", "-.5", "+1e3", "-2E-4", "30", "3.09"] {
            XCTAssertEqual(SpreadsheetSafety.neutralise(number), number, number)
            XCTAssertTrue(SpreadsheetSafety.isNumber(number), number)
        }
        for text in ["-", "+", "-.", "-e3", "1e", "1e+", "--1", "-1-", "- 1", "3.09%", ""] {
            XCTAssertFalse(SpreadsheetSafety.isNumber(text), text)
        }
    }

    func testOrdinaryCellsAreUnchanged() {
        for cell in ["", "居民健康素养水平", "30%", "2021-05-21", "（牵头领导：钱博）", "a=b", "—较上年", "＝全角"] {
            XCTAssertEqual(SpreadsheetSafety.neutralise(cell), cell, cell)
        }
    }

    func testWholeRows() {
        XCTAssertEqual(SpreadsheetSafety.neutralise(row: ["doc", "=1+1", "-3.5", "+x"]), ["doc", "'=1+1", "-3.5", "'+x"])
    }
}
